"""One volume row of the volumes view: its columns, cells and sort keys, and the worker
job that finds which VMs use the volumes (``kvmgui.models.volumes`` files them)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

import libvirt
from PySide6.QtCore import QCoreApplication, Qt

from kvmgui.libvirt import diskusers
from kvmgui.libvirt.diskusers import DiskUser, VolumeRef
from kvmgui.libvirt.volumelist import VolumeDetails, VolumeRow
from kvmgui.utils.tr import comma_list, fill, size_text

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


class VolumeColumn(IntEnum):
    NAME = 0
    FORMAT = 1
    CAPACITY = 2
    ALLOCATION = 3
    USERS = 4  # the VMs whose disks use it
    PATH = 5


HEADERS = (QT_TRANSLATE_NOOP("VolumeModel", "Name"), QT_TRANSLATE_NOOP("VolumeModel", "Format"),
           QT_TRANSLATE_NOOP("VolumeModel", "Capacity"), QT_TRANSLATE_NOOP("VolumeModel", "Allocation"),
           QT_TRANSLATE_NOOP("VolumeModel", "Used by"), QT_TRANSLATE_NOOP("VolumeModel", "Path"))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COLUMNS = len(HEADERS)
SIZE_COLUMNS = (VolumeColumn.CAPACITY, VolumeColumn.ALLOCATION)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
USER = int(Qt.ItemDataRole.UserRole)


class Volume:
    """One row: the listing's ``row``, then its details and users once read (None
    until then; ``users`` stays None when they could not be found out at all). ``unread``:
    the VMs that could not be read, which may use it too."""

    __slots__ = ("details", "row", "text", "unread", "users")

    def __init__(self, row: VolumeRow) -> None:
        self.row = row
        self.details: VolumeDetails | None = None
        self.users: tuple[DiskUser, ...] | None = None
        self.unread: tuple[str, ...] = ()
        self.text: list[str] | None = None  # display strings, made when first painted

    @property
    def name(self) -> str:
        return self.row.name

    @property
    def key(self) -> str:
        """libvirt's key of the volume (its path in directory pools)."""
        return self.row.key

    @property
    def path(self) -> str:
        return self.row.path

    @property
    def capacity(self) -> int:
        return self.row.capacity

    @property
    def format(self) -> str | None:
        return self.details.format if self.details is not None else None

    @property
    def running_users(self) -> list[DiskUser]:
        """The running VMs with the volume open (not one that has it only in the definition
        it boots next)."""
        return [u for u in self.users or () if u.holds]


def users_words(users: tuple[DiskUser, ...] | None, unread: tuple[str, ...] = ()) -> str:
    """The users' names ("web01 (running), build"; a running VM that has it only in the
    definition it boots next: "db01 (next start)"), then those of the VMs that could not be
    read, marked: they may use the volume ("router (unknown)")."""
    if users is None:
        return ""
    running = QCoreApplication.translate("VolumeModel", "%1 (running)")
    later = QCoreApplication.translate("VolumeModel", "%1 (next start)")
    unknown = QCoreApplication.translate("VolumeModel", "%1 (unknown)")
    return comma_list([fill(running if u.holds else later, u.name) if u.active else u.name
                       for u in users] + [fill(unknown, name) for name in unread])


def texts(vol: Volume) -> list[str]:
    row = vol.row
    return [row.name, vol.format or "", size_text(row.capacity), size_text(row.allocation),
            users_words(vol.users, vol.unread), row.path]


# Sort keys by column: plain values Python compares fast.
SORT_KEYS: dict[int, Callable[[Volume], Any]] = {
    VolumeColumn.NAME: lambda v: v.row.name.lower(),
    VolumeColumn.FORMAT: lambda v: (v.format or "", v.row.name.lower()),
    VolumeColumn.CAPACITY: lambda v: v.row.capacity,
    VolumeColumn.ALLOCATION: lambda v: v.row.allocation,
    VolumeColumn.USERS: lambda v: (users_words(v.users, v.unread).lower(), v.row.name.lower()),
    VolumeColumn.PATH: lambda v: v.row.path,
}


def read_users(conn: libvirt.virConnect, pool: str, volumes: list[tuple[str, str]]
               ) -> tuple[dict[VolumeRef, list[DiskUser]], list[diskusers.UsersUnknownError]]:
    """Who uses each (path, name) volume of ``pool`` among the VMs that could be read, and
    why the others could not (a worker job)."""
    unknown: list[diskusers.UsersUnknownError] = []
    found = diskusers.find_users(conn, [VolumeRef(path, pool, name) for path, name in volumes],
                                 unknown=unknown)
    return found, unknown
