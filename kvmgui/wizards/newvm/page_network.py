"""Page 6: the VM's network: a virtual network (running ones first; a stopped one can
be started from here), a host bridge, or macvtap on a host device; the NIC model and
its MAC address (automatic or given)."""

from __future__ import annotations

from dataclasses import replace

import libvirt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kvmgui.libvirt import netfix, netops
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.netops import HostInterface
from kvmgui.libvirt.records import NetworkRecord
from kvmgui.models.words import reconnect_failures
from kvmgui.utils.tr import comma_list, fill
from kvmgui.widgets.examples import set_example
from kvmgui.widgets.labels import MessageLine
from kvmgui.wizards.newvm.fields import Form, exactly, keys
from kvmgui.wizards.newvm.page import SpecPage, fill_line
from kvmgui.wizards.newvm.state import WizardState
from kvmgui.xml.device_specs import generate_mac
from kvmgui.xml.network_spec import MacvtapMode
from kvmgui.xml.newvm_build import nic_model
from kvmgui.xml.newvm_spec import NetworkKind
from kvmgui.xml.words import QT_TRANSLATE_NOOP

N = NetworkKind
KINDS = [
    (N.VIRTUAL, QT_TRANSLATE_NOOP("NetworkPage", "Virtual network")),
    (N.BRIDGE, QT_TRANSLATE_NOOP("NetworkPage", "Host bridge")),
    (N.MACVTAP, QT_TRANSLATE_NOOP("NetworkPage", "Macvtap on a host device")),
    (N.NONE, QT_TRANSLATE_NOOP("NetworkPage", "No network")),
]
M = MacvtapMode
MACVTAP_MODES = [
    (M.BRIDGE, QT_TRANSLATE_NOOP("NetworkPage", "Bridge: VMs on the device see each other (not the host)")),
    (M.VEPA, QT_TRANSLATE_NOOP("NetworkPage", "VEPA: all traffic goes through the external switch")),
    (M.PRIVATE, QT_TRANSLATE_NOOP("NetworkPage", "Private: VMs cannot see each other")),
    (M.PASSTHROUGH, QT_TRANSLATE_NOOP("NetworkPage", "Passthrough: this VM owns the device")),
]
MODELS = ["virtio", "e1000e", "e1000", "rtl8139"]
UPLINKS = ("ethernet", "bond", "vlan")


class NetworkPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Network"), self.tr("How the VM reaches the network."),
                         keys("network"))
        self._ifaces: list[HostInterface] = []
        self._ifaces_of: Connection | None = None  # the host they are of
        self._asked_ifaces = False
        self._starting: Connection | None = None  # the host whose network start is awaited
        self._sources_of: NetworkKind | None = None  # the kind the source list was filled for
        form = Form(self, self.marks)
        self.kind = QComboBox(self)
        for kind, text in KINDS:
            self.kind.addItem(self.tr(text), kind)
        form.field(self.tr("&Connect to:"), self.kind, self.tr("Connect to"), exactly("network"))
        source_row = QWidget(self)
        row = QHBoxLayout(source_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.source = QComboBox(source_row)
        self.source.setEditable(True)
        self.start_button = QPushButton(self.tr("S&tart it"), source_row)
        self.start_button.setAccessibleName(self.tr("Start the virtual network"))
        row.addWidget(self.source, 1)
        row.addWidget(self.start_button)
        form.field(self.tr("&Source:"), source_row, self.tr("Network source"), exactly("network.source"),
                   buddy=self.source)
        self.start_result = MessageLine(self, description=self.tr("Starting the network"))
        form.below(self.start_result)
        self.macvtap_mode = QComboBox(self)
        for mode, text in MACVTAP_MODES:
            self.macvtap_mode.addItem(self.tr(text), mode)
        form.field(self.tr("Macvtap m&ode:"), self.macvtap_mode, self.tr("Macvtap mode"))
        self.model = QComboBox(self)
        form.field(self.tr("Device mo&del:"), self.model, self.tr("Device model"))
        self.own_mac = QCheckBox(self.tr("Choose the &MAC address"), self)
        form.widget(self.own_mac, self.tr("Choose the MAC address"))
        mac_row = QWidget(self)
        row = QHBoxLayout(mac_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.mac = QLineEdit(mac_row)
        set_example(self.mac, "52:54:00:12:34:56")
        self.generate = QPushButton(self.tr("&Generate"), mac_row)
        self.generate.setAccessibleName(self.tr("Generate a MAC address"))
        row.addWidget(self.mac, 1)
        row.addWidget(self.generate)
        form.field(self.tr("MAC &address:"), mac_row, self.tr("MAC address"), exactly("network.mac"),
                   buddy=self.mac)
        self.form = form
        self._source_row, self._mac_row = source_row, mac_row
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)
        self.reload()
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.source.editTextChanged.connect(self.edited)
        self.source.currentIndexChanged.connect(self.edited)
        self.macvtap_mode.currentIndexChanged.connect(self.edited)
        self.model.currentIndexChanged.connect(self.edited)
        self.own_mac.toggled.connect(self.edited)
        self.mac.textChanged.connect(self.edited)
        self.generate.clicked.connect(lambda: self.mac.setText(generate_mac()))
        self.start_button.clicked.connect(self.start_network)
        state.hostObjectsChanged.connect(self._networks_changed)
        state.factsChanged.connect(self._facts_changed)

    # -- choices ------------------------------------------------------------------------------

    def _network_records(self) -> list[NetworkRecord]:
        records: list[NetworkRecord] = self.state.conn.networks.records()
        return sorted(records, key=lambda r: (not r.active, r.name))

    def _virtual_items(self) -> list[tuple[str, str]]:
        """(text, name) of each virtual network, as the source list shows it."""
        return [(rec.name if rec.active else fill(self.tr("%1 (not running)"), rec.name), rec.name)
                for rec in self._network_records()]

    def _source_items(self, kind: NetworkKind) -> list[tuple[str, str]]:
        """(text, name) of each source the list offers for ``kind``."""
        if kind is N.VIRTUAL:
            return self._virtual_items()
        wanted = ("bridge",) if kind is N.BRIDGE else UPLINKS
        # The bridges libvirt makes for its networks (virbr0): a network forwarding to a
        # host bridge (br0) leaves it the host's.
        ours = {r.bridge for r in self.state.conn.networks.records()
                if netops.own_bridge(r.summary.forward_mode, r.bridge)}
        return [(i.name, i.name) for i in self._ifaces if i.kind in wanted and i.name not in ours]

    def _shown_items(self) -> list[tuple[str, object]]:
        return [(self.source.itemText(i), self.source.itemData(i)) for i in range(self.source.count())]

    def _fill_sources(self, kind: NetworkKind, keep: str) -> None:
        self._sources_of = kind
        self.source.blockSignals(True)
        self.source.clear()
        for text, name in self._source_items(kind):
            self.source.addItem(text, name)
        index = self.source.findData(keep)
        if index >= 0:
            self.source.setCurrentIndex(index)
        else:
            self.source.setEditText(keep)
        self.source.blockSignals(False)
        edit = self.source.lineEdit()
        if edit is not None:
            set_example(edit, {N.VIRTUAL: "default", N.BRIDGE: "br0", N.MACVTAP: "eth0"}.get(kind, ""))

    def source_name(self) -> str:
        index = self.source.findText(self.source.currentText())
        data = self.source.itemData(index) if index >= 0 else None
        return (data if isinstance(data, str) else self.source.currentText()).strip()

    def _networks_changed(self, *_args: object) -> None:
        """A VM or network event: the list is filled again only if it changed, and a name
        being typed (none of the list's) stays as typed, the cursor where it was."""
        if self.state.spec.network.kind is not N.VIRTUAL:
            return
        if self._shown_items() != self._virtual_items():
            self._loading = True
            try:
                self._refill(N.VIRTUAL, self.source_name())
            finally:
                self._loading = False
        self._show()

    def _refill(self, kind: NetworkKind, keep: str) -> None:
        """Fill the list again, ``keep`` chosen; a name being typed that is ``keep`` (none of
        the list's) stays as typed, its trailing space and the cursor where they were."""
        typed, edit = self.source.currentText(), self.source.lineEdit()
        at = edit.cursorPosition() if edit is not None else 0
        listed = self.source.findText(typed) >= 0
        self._fill_sources(kind, keep)
        if (not listed and edit is not None and typed.strip() == keep
                and self.source.currentText() != typed):
            self.source.setEditText(typed)
            edit.setCursorPosition(at)

    def _facts_changed(self) -> None:
        self._asked_ifaces = False  # another host (or the same again): its interfaces anew
        if self._ifaces_of is not self.state.conn:
            self._ifaces = []  # not the last host's while this one's are read
        if self._starting is not None and self._starting is not self.state.conn:
            self._starting = None  # its answer is not this host's: this one's can be started
            self.start_result.clear()
            self.start_button.setEnabled(True)
        self.reload()
        wizard = self.wizard()
        if self.state.facts is not None and wizard is not None and wizard.currentPage() is self:
            self._ask_interfaces()  # a reconnect: this page is not entered again to ask

    def initializePage(self) -> None:
        self._fill_models(self.state.spec.network.model)  # the machine may have changed the automatic one
        self._ask_interfaces()
        super().initializePage()

    def _ask_interfaces(self) -> None:
        if not self._asked_ifaces:
            self._asked_ifaces = True
            conn = self.state.conn
            conn.run(netops.host_interfaces, conn.is_local, context=self,
                     done=lambda ifaces: self._got_interfaces(conn, ifaces),
                     failed=lambda _exc: None)  # then the names are typed in

    def _got_interfaces(self, conn: Connection, ifaces: list[HostInterface]) -> None:
        if conn is not self.state.conn:
            return  # another host was chosen meanwhile
        self._ifaces, self._ifaces_of = ifaces, conn
        kind = self.state.spec.network.kind
        if kind in (N.BRIDGE, N.MACVTAP):
            self._loading = True
            try:
                keep = self.source_name()
                self._fill_sources(kind, keep)
                if not keep:  # chosen before the list came: the first that fits, as then
                    self.source.setEditText(self._first_fitting())
            finally:
                self._loading = False
            self.edited()

    def _first_fitting(self) -> str:
        data = self.source.itemData(0) if self.source.count() else None
        return data if isinstance(data, str) else ""

    def start_network(self) -> None:
        name = self.source_name()
        rec = next((r for r in self.state.conn.networks.records() if r.name == name), None)
        if rec is None:
            return
        self.start_button.setEnabled(False)
        self.start_result.say(fill(self.tr("Starting %1…"), name))
        conn = self._starting = self.state.conn
        # As the networks panel's Start: the running VMs on it are plugged back in.
        conn.run(netfix.start_and_reconnect, rec.uuid, context=self,
                 done=lambda result: self._started(conn, rec.uuid, name, *result),
                 failed=lambda exc: self._start_failed(conn, name, exc))

    def _started(self, conn: Connection, uuid: str, name: str, vms: netfix.Reconnected,
                 failure: libvirt.libvirtError | None) -> None:
        conn.refresh("network", uuid)  # the table shows it running; we follow it
        if conn is not self._starting:
            return  # another host was chosen meanwhile: not its network
        self._starting = None
        if failure is not None:
            self.start_result.error(fill(self.tr("%1 is running, but could not reconnect the "
                                                 "running VMs that use it: %2"), name,
                                         error_text(failure)))
        elif vms.failed:
            self.start_result.error(fill(self.tr("%1 is running, but could not reconnect %2"),
                                         name, reconnect_failures(vms.failed)))
        elif vms.done:
            self.start_result.say(fill(self.tr("%1 is running; reconnected the running VMs that "
                                               "use it: %2."), name,
                                       comma_list(sorted(vms.done))))
        else:
            self.start_result.say(fill(self.tr("%1 is running."), name))
        self.start_button.setEnabled(True)

    def _start_failed(self, conn: Connection, name: str, exc: BaseException) -> None:
        if conn is not self._starting:
            return
        self._starting = None
        self.start_result.error(fill(self.tr("Could not start %1: %2"), name, error_text(exc)))
        self.start_button.setEnabled(True)

    # -- spec -----------------------------------------------------------------------------------

    def load(self) -> None:
        nic = self.state.spec.network
        self.kind.setCurrentIndex(max(self.kind.findData(nic.kind), 0))
        # Filled again only if it would show something else: a name being typed keeps its
        # space and cursor through a reload (a reconnect), as the line edits do (fill_line).
        if (self._sources_of is not nic.kind or self.source_name() != nic.source
                or self._shown_items() != self._source_items(nic.kind)):
            self._refill(nic.kind, nic.source)
        self.macvtap_mode.setCurrentIndex(max(self.macvtap_mode.findData(nic.macvtap_mode), 0))
        self._fill_models(nic.model)
        # Ticked with the field still empty says what the spec says (no MAC given yet): a
        # reload (a pool event, a reconnect) must not untick it under the user's typing.
        self.own_mac.setChecked(bool(nic.mac) or (self.own_mac.isChecked() and not self.mac.text().strip()))
        fill_line(self.mac, nic.mac, lambda typed: typed.strip().lower() if nic.mac else "")
        self._show()

    def _fill_models(self, keep: str) -> None:
        spec = self.state.spec
        self.model.blockSignals(True)
        self.model.clear()
        auto = nic_model(replace(spec, network=replace(spec.network, model="")))
        self.model.addItem(fill(self.tr("Chosen for the OS (%1)"), auto), "")
        for model in MODELS:
            self.model.addItem(model, model)
        self.model.setCurrentIndex(max(self.model.findData(keep), 0))
        self.model.blockSignals(False)

    def _kind_chosen(self) -> None:
        if self._loading:
            return
        kind = N(self.kind.currentData())
        self._loading = True
        try:
            self._fill_sources(kind, self._default_network() if kind is N.VIRTUAL else "")
            if kind is not N.VIRTUAL and not self.source.currentText():
                self.source.setEditText(self._first_fitting())
        finally:
            self._loading = False
        self.edited()

    def _default_network(self) -> str:
        """As the host's defaults: "default" if it has one, else its first (running ones first)."""
        records = self.state.conn.networks.records()
        names = sorted(r.name for r in records if r.active) or sorted(r.name for r in records)
        return "default" if "default" in names else (names[0] if names else "")

    def store(self) -> None:
        nic = self.state.spec.network
        nic.kind = N(self.kind.currentData())
        nic.source = self.source_name() if nic.kind is not N.NONE else ""
        nic.macvtap_mode = str(self.macvtap_mode.currentData() or MacvtapMode.BRIDGE)
        nic.model = self.model.currentData() or ""
        nic.mac = self.mac.text().strip().lower() if self.own_mac.isChecked() else ""
        self._show()

    def _show(self) -> None:
        nic = self.state.spec.network
        on = nic.kind is not N.NONE
        self.form.set_visible(self._source_row, on)
        self.form.set_visible(self.macvtap_mode, nic.kind is N.MACVTAP)
        for widget in (self.model, self.own_mac, self._mac_row):
            self.form.set_visible(widget, on)
        self.mac.setEnabled(self.own_mac.isChecked())
        self.generate.setEnabled(self.own_mac.isChecked())
        records = {r.name: r for r in self.state.conn.networks.records()}
        chosen = records.get(self.source_name())
        self.start_button.setVisible(nic.kind is N.VIRTUAL and chosen is not None and not chosen.active)
