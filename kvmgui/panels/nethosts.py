"""The static DHCP hosts and DNS host records of a network, listed and edited in place.

Each change is one ``networkUpdate`` job (``kvmgui.libvirt.dhcphosts``) on the running network
and its definition; nothing restarts. Entries are checked as they are typed in a small
dialog; removal asks first.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt import dhcphosts
from kvmgui.libvirt.connection import Connection
from kvmgui.models.checkwords import pin_words
from kvmgui.models.nethosts import DhcpHostModel, DnsRecordModel
from kvmgui.models.networks import NetworkInfo
from kvmgui.models.words import failure_words
from kvmgui.panels.base import HostPanel
from kvmgui.utils.tr import comma_list, fill, window_title
from kvmgui.widgets import itemviews
from kvmgui.widgets.heldopen import HeldOpenWhileBusy
from kvmgui.widgets.labels import MessageLine
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.network import MANAGED_MODES, NetworkDoc
from kvmgui.xml.network_hosts import (
    DhcpHost,
    DnsRecord,
    PinProblem,
    check_pin,
    dhcp_hosts,
    dns_records,
)
from kvmgui.xml.network_validate import DNS_NAME_RE, HOST_NAME_RE, parse_address


class _EntryDialog(HeldOpenWhileBusy, QDialog):
    """A form whose OK button waits until ``problem()`` has nothing to say, then runs the
    view's ``job``: the form closes once it worked, and stays, with libvirt's words and
    what was typed, when not."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.busy = False
        self.refused = False  # libvirt's refusal is shown
        self.doc: NetworkDoc | None = None
        self.job: Callable[[], None] | None = None  # set by the view; without one OK closes
        self.setWindowTitle(window_title(title))
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.problem_line = MessageLine(self, description=self.tr("Entry problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setAccessibleName(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_line)
        layout.addWidget(self.buttons)

    def field(self, label: str, name: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.textChanged.connect(lambda _t: self.check())
        row_label = QLabel(label, self)
        row_label.setBuddy(edit)
        self.form.addRow(row_label, edit)
        return edit

    def problem(self) -> str:
        return ""

    def check(self) -> None:
        self.refused = False
        text = self.problem()
        self.problem_line.error(text)
        self.ok.setEnabled(not text and not self.busy)

    def accept(self) -> None:
        if self.busy or self.problem():
            return
        if self.job is None:
            super().accept()
        else:
            self.job()

    def run_job(self, conn: Connection, what: str, fn: Callable[..., Any], *args: Any,
                after: Callable[[], None]) -> None:
        """Run ``fn(virConnect, *args)``; ``after()`` once it ended either way (a failed
        update may have changed the network), then close, or say "Could not <what>: <why>"."""
        self._set_busy(True)

        def finished(_result: Any) -> None:
            self._set_busy(False)
            after()
            super(_EntryDialog, self).accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            after()
            self.problem_line.error(fill(self.tr("Could not %1: %2"), what, failure_words(exc)))
            self.refused = True

        conn.run(fn, *args, done=finished, failed=failed, context=self)

    def set_doc(self, doc: NetworkDoc) -> None:
        """The network's definition re-read (after a refused change, or a change elsewhere):
        what was typed is checked against it. libvirt's words of a refusal stay until the
        user types; OK waits meanwhile if the entry it refused for is known now."""
        self.doc = doc
        if self.refused:
            self.ok.setEnabled(not self.busy and not self.problem())
        else:
            self.check()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok.setEnabled(not busy and not self.problem())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)



class HostEntryDialog(_EntryDialog):
    """A static DHCP host: the card with this MAC always gets this address."""

    doc: NetworkDoc

    def __init__(self, doc: NetworkDoc, old: DhcpHost | None, parent: QWidget) -> None:
        super().__init__(self.tr("Static DHCP host"), parent)
        self.doc, self.old = doc, old
        self.mac = self.field(self.tr("&MAC address:"), self.tr("MAC address"), old.mac if old else "")
        self.name = self.field(self.tr("&Name:"), self.tr("Host name"), old.name if old else "")
        self.ip = self.field(self.tr("&IP address:"), self.tr("IP address"), old.ip if old else "")
        self.check()

    def entry(self) -> DhcpHost:
        return DhcpHost(self.mac.text().strip().lower(), self.name.text().strip(),
                        self.ip.text().strip())

    def problem(self) -> str:
        entry = self.entry()
        if not entry.mac and not entry.name:  # IPv4 static hosts may have either or both
            return self.tr("Enter a MAC address or a host name.")
        if entry.name and not HOST_NAME_RE.fullmatch(entry.name):
            return fill(self.tr("'%1' is not a valid host name."), entry.name)
        old_mac = self.old.mac.lower() if self.old else ""
        for finding in check_pin(self.doc, entry.mac, entry.ip):
            own = (finding.code is PinProblem.RESERVED and self.old is not None  # itself
                   and finding.args == (old_mac, self.old.name))
            if finding.blocking and not own:
                return pin_words(finding)
        others = [h for h in dhcp_hosts(self.doc) if h != self.old]
        if entry.mac != old_mac and any(h.same_mac(entry.mac) for h in others):
            return self.tr("This MAC address has a static host already: edit that one.")
        # libvirt refuses a second entry of the same name (dnsmasq ignores the case).
        named = next((h for h in others if entry.name and h.name.lower() == entry.name.lower()), None)
        if named is not None:
            return fill(self.tr("The static host %1 has the name '%2' already."),
                        named.mac.lower() or named.ip, named.name)
        return ""


class DnsEntryDialog(_EntryDialog):
    """A DNS host record: these names resolve to this address on the network."""

    def __init__(self, old: DnsRecord | None, parent: QWidget, doc: NetworkDoc | None = None) -> None:
        super().__init__(self.tr("DNS host record"), parent)
        self.doc, self.old = doc, old
        self.ip = self.field(self.tr("&IP address:"), self.tr("IP address"), old.ip if old else "")
        self.names = self.field(self.tr("Host &names:"), self.tr("Host names, separated by spaces"),
                                " ".join(old.hostnames) if old else "")
        self.check()

    def entry(self) -> DnsRecord:
        names = tuple(n for n in self.names.text().replace(",", " ").split() if n)
        return DnsRecord(self.ip.text().strip(), names)

    def problem(self) -> str:
        entry = self.entry()
        try:
            ip = parse_address(entry.ip)  # not ip_address: libvirt refuses an IPv6 zone
        except ValueError:
            return self.tr("Enter an IP address.")
        # libvirt keeps one record per address: a second one is refused.
        others = [r for r in dns_records(self.doc) if r != self.old] if self.doc is not None else []
        if any(_same_ip(r.ip, ip) for r in others):
            return fill(self.tr("%1 has a DNS record already: edit that one."), str(ip))
        if not entry.hostnames:
            return self.tr("Enter at least one host name.")
        bad = [n for n in entry.hostnames if not DNS_NAME_RE.fullmatch(n)]
        return fill(self.tr("'%1' is not a valid host name."), bad[0]) if bad else ""


def _same_ip(text: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    try:
        return ipaddress.ip_address(text) == ip
    except ValueError:
        return False


class _EntryTable(QGroupBox):
    """A table of entries with Add, Edit and Remove. ``names``: the three buttons'
    accessible names, each a string of its own ("Add %1" cannot join both 「靜態主機」 and
    「DNS 記錄」 in Chinese)."""

    def __init__(self, title: str, names: tuple[str, str, str],
                 model: DhcpHostModel | DnsRecordModel, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.model = model
        self.view = QTableView(self)
        self.view.setAccessibleName(title)
        self.view.setModel(model)
        itemviews.follow_selection(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setAccessibleName(names[0])
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setAccessibleName(names[1])
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(names[2])
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        self.view.doubleClicked.connect(lambda _i: self.edit_button.click())

    def current(self) -> DhcpHost | DnsRecord | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None


class NetworkHostsView(QWidget):
    """Static DHCP hosts and DNS records of the network the panel shows."""

    def __init__(self, panel: HostPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setAccessibleName(self.tr("Static hosts and DNS records"))
        self.info: NetworkInfo | None = None
        self.dialog: _EntryDialog | None = None
        self.hosts = _EntryTable(
            self.tr("Static DHCP hosts"),
            (self.tr("Add static host"), self.tr("Edit static host"), self.tr("Remove static host")),
            DhcpHostModel(self), self)
        self.records = _EntryTable(
            self.tr("DNS host records"),
            (self.tr("Add DNS record"), self.tr("Edit DNS record"), self.tr("Remove DNS record")),
            DnsRecordModel(self), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hosts)
        layout.addWidget(self.records)
        self.hosts.add_button.clicked.connect(lambda: self.edit_host(None))
        self.hosts.edit_button.clicked.connect(lambda: self.edit_host(self.hosts.current()))
        self.hosts.remove_button.clicked.connect(self.remove_host)
        self.records.add_button.clicked.connect(lambda: self.edit_record(None))
        self.records.edit_button.clicked.connect(lambda: self.edit_record(self.records.current()))
        self.records.remove_button.clicked.connect(self.remove_record)
        for table in (self.hosts, self.records):
            table.view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_actions())
        self.update_actions()

    def doc(self) -> NetworkDoc | None:
        if self.info is None:
            return None
        try:
            return NetworkDoc.from_string(self.info.record.xml)
        except XMLParseError:
            return None

    def set_network(self, info: NetworkInfo | None) -> None:
        same = info is not None and self.info is not None and info.record.uuid == self.info.record.uuid
        unchanged = same and info is not None and self.info is not None \
            and info.record.xml == self.info.record.xml
        self.info = info
        if unchanged:  # another network's event: the tables hold this definition already
            self.update_actions()
            return
        doc = self.doc()
        if same and doc is not None and self.dialog is not None:
            self.dialog.set_doc(doc)
        managed = doc is not None and doc.forward_mode in MANAGED_MODES
        self.hosts.model.set_doc(doc if managed else None)
        self.records.model.set_doc(doc if managed else None)
        self.setEnabled(managed)
        self.update_actions()

    def update_actions(self) -> None:
        idle = not self.panel.busy and self.panel.connected and self.info is not None
        for table in (self.hosts, self.records):
            table.add_button.setEnabled(idle)
            table.edit_button.setEnabled(idle and table.current() is not None)
            table.remove_button.setEnabled(idle and table.current() is not None)

    # -- static hosts ----------------------------------------------------------------------

    def edit_host(self, old: object) -> None:
        doc = self.doc()
        if doc is None or self.info is None:
            return
        uuid = self.info.record.uuid
        dialog = HostEntryDialog(doc, old if isinstance(old, DhcpHost) else None, self)
        self._open(dialog, lambda: dialog.run_job(
            self.panel.conn, self.tr("change the static host"), dhcphosts.set_dhcp_host, uuid,
            dialog.entry(), dialog.old, after=lambda: self.panel.conn.refresh("network", uuid)))

    def remove_host(self) -> None:
        entry = self.hosts.current()
        if not isinstance(entry, DhcpHost) or self.info is None:
            return
        uuid = self.info.record.uuid
        self.panel.confirm(self.tr("Remove static host"),
                           fill(self.tr("Remove the static host %1 (%2)? That card then gets an "
                                   "address from the DHCP range."), entry.ip,
                                # A host known by its name alone (no MAC) is named so.
                                entry.mac.lower() or entry.name),
                           lambda: self.panel.run_job(
                               self.tr("remove the static host"), dhcphosts.remove_dhcp_host,
                               uuid, entry, after=lambda: self.panel.conn.refresh("network", uuid)))

    # -- DNS records -----------------------------------------------------------------------

    def edit_record(self, old: object) -> None:
        if self.info is None:
            return
        uuid = self.info.record.uuid
        before = old if isinstance(old, DnsRecord) else None
        dialog = DnsEntryDialog(before, self, self.doc())
        self._open(dialog, lambda: dialog.run_job(
            self.panel.conn, self.tr("change the DNS record"), dhcphosts.set_dns_record, uuid,
            dialog.entry(), before, after=lambda: self.panel.conn.refresh("network", uuid)))

    def remove_record(self) -> None:
        entry = self.records.current()
        if not isinstance(entry, DnsRecord) or self.info is None:
            return
        uuid = self.info.record.uuid
        self.panel.confirm(self.tr("Remove DNS record"),
                           fill(self.tr("Remove the DNS record %1 → %2?"),
                                comma_list(entry.hostnames), entry.ip),
                           lambda: self.panel.run_job(
                               self.tr("remove the DNS record"), dhcphosts.remove_dns_record,
                               uuid, entry, after=lambda: self.panel.conn.refresh("network", uuid)))

    def _closed(self, dialog: _EntryDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _open(self, dialog: _EntryDialog, job: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.job = job
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
