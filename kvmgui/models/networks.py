"""The virtual networks of one host, one row each, following the connection's network table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import NetworkRecord
from kvmgui.models.keyed import HostTableModel, KeyedRow
from kvmgui.models.roles import Role
from kvmgui.models.words import say
from kvmgui.utils import icons
from kvmgui.utils.tr import comma_list
from kvmgui.xml.network_validate import HostNetwork
from kvmgui.xml.words import QT_TRANSLATE_NOOP


class Column(IntEnum):
    NAME = 0
    STATE = 1
    AUTOSTART = 2
    MODE = 3
    BRIDGE = 4
    IPV4 = 5
    IPV6 = 6
    DHCP = 7


_ACTIVE = QT_TRANSLATE_NOOP("NetworkModel", "Active")
_INACTIVE = QT_TRANSLATE_NOOP("NetworkModel", "Inactive")
_YES = QT_TRANSLATE_NOOP("NetworkModel", "Yes")
_NO = QT_TRANSLATE_NOOP("NetworkModel", "No")
_NO_TRANSIENT = QT_TRANSLATE_NOOP("NetworkModel", "No (transient)")


@dataclass(frozen=True, slots=True)
class NetworkInfo:
    """Display values of one network, worked out once per change (``data()`` stays cheap),
    in the user's language; logic reads the record and the libvirt words below."""

    record: NetworkRecord
    state: str
    autostart: str
    persistent: str
    mode: str  # "NAT via eth0"
    forward_mode: str  # libvirt's word, "nat"
    forward_dev: str
    bridge: str
    ipv4: str  # subnet, "192.168.122.0/24"
    gateway4: str
    ipv6: str
    gateway6: str
    dhcp: str
    dhcp6: str
    domain: str
    host_network: HostNetwork  # for the wizard's clash checks

    @classmethod
    def of(cls, rec: NetworkRecord) -> NetworkInfo:
        s = rec.summary  # read with the XML, in the worker
        return cls(
            record=rec,
            state=say(_ACTIVE if rec.active else _INACTIVE),
            autostart=say(_YES if rec.autostart else _NO),
            persistent=say(_YES if rec.persistent else _NO_TRANSIENT),
            mode=say(s.mode),
            forward_mode=s.forward_mode,
            forward_dev=s.forward_dev,
            bridge=rec.bridge or s.bridge or "",
            ipv4=s.ipv4 or "",
            gateway4=s.gateway4,
            ipv6=s.ipv6 or "",
            gateway6=s.gateway6,
            dhcp=comma_list(s.dhcp),
            dhcp6=comma_list(s.dhcp6),
            domain=s.domain,
            host_network=rec.host_network,
        )


class NetworkRow(KeyedRow):
    """A network's row, with its display values for the panel's details."""

    __slots__ = ("info",)

    def __init__(self, info: NetworkInfo, display: Sequence[str], sort: Sequence[Any]) -> None:
        super().__init__(info.record, display, sort)
        self.info = info


class NetworkModel(HostTableModel[NetworkRow]):
    """Flat table of one connection's virtual networks (active or not)."""

    HEADERS = (  # in Column order
        QT_TRANSLATE_NOOP("NetworkModel", "Name"),
        QT_TRANSLATE_NOOP("NetworkModel", "State"),
        QT_TRANSLATE_NOOP("NetworkModel", "Autostart"),
        QT_TRANSLATE_NOOP("NetworkModel", "Mode"),
        QT_TRANSLATE_NOOP("NetworkModel", "Bridge"),
        QT_TRANSLATE_NOOP("NetworkModel", "IPv4 network"),
        QT_TRANSLATE_NOOP("NetworkModel", "IPv6 network"),
        QT_TRANSLATE_NOOP("NetworkModel", "DHCP range"),
    )

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(conn, parent)
        self.follow(conn.networks)

    def make_row(self, record: NetworkRecord) -> NetworkRow:
        info = NetworkInfo.of(record)
        return NetworkRow(info, *self.cells(info))

    def cells(self, info: NetworkInfo) -> tuple[list[str], list[Any]]:
        """(display strings, sort keys) of a network, in Column order."""
        display = [info.record.name, info.state, info.autostart, info.mode, info.bridge, info.ipv4,
                   info.ipv6, info.dhcp]
        return display, [text.lower() for text in display]

    def extra(self, row: NetworkRow, col: int, role: int) -> Any:
        if role == Role.STATE:
            return row.record.active
        if role == Qt.ItemDataRole.DecorationRole and col == Column.NAME:
            return icons.icon("media-playback-start" if row.record.active else "media-playback-stop")
        return None

    # -- lookups ------------------------------------------------------------------

    def info_at(self, row: int) -> NetworkInfo | None:
        found = self.row_at(row)
        return found.info if found else None

    def info_of(self, uuid: str) -> NetworkInfo | None:
        return self.info_at(self.row_of(uuid))

    def infos(self) -> list[NetworkInfo]:
        return [row.info for row in self.rows]
