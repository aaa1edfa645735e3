"""Page 2: the host device the network forwards to, or sits on (bridge, macvtap, SR-IOV)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from kvmgui.libvirt.netops import HostInterface
from kvmgui.utils.tr import fill
from kvmgui.widgets import a11y
from kvmgui.widgets.examples import set_example
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.network.fields import Form, keys, problem_name, show_field_problems
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.state import Message, WizardState, missing_device_note
from kvmgui.xml.network_spec import ForwardMode, MacvtapMode

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

MACVTAP_MODES = [
    (MacvtapMode.BRIDGE, QT_TRANSLATE_NOOP("DevicePage", "Bridge: guests on the interface see each other")),
    (MacvtapMode.VEPA, QT_TRANSLATE_NOOP("DevicePage", "VEPA: all traffic goes through the external switch")),
    (MacvtapMode.PRIVATE, QT_TRANSLATE_NOOP("DevicePage", "Private: guests cannot see each other")),
    (MacvtapMode.PASSTHROUGH, QT_TRANSLATE_NOOP("DevicePage", "Passthrough: one guest owns the interface")),
]
# (label, accessible name, placeholder: an example interface name) of the host device
# field, by mode
HOST_DEV_WORDS = {
    ForwardMode.BRIDGE: (QT_TRANSLATE_NOOP("DevicePage", "Host b&ridge:"),
                         QT_TRANSLATE_NOOP("DevicePage", "Host bridge"), "br0"),
    ForwardMode.MACVTAP: (QT_TRANSLATE_NOOP("DevicePage", "Host &interface:"),
                          QT_TRANSLATE_NOOP("DevicePage", "Host interface"), "eth0"),
    ForwardMode.HOSTDEV: (QT_TRANSLATE_NOOP("DevicePage", "&Physical function:"),
                          QT_TRANSLATE_NOOP("DevicePage", "Physical function"), "enp1s0f0"),
}


def _tr(text: str) -> str:
    """A text of the tables above (marked there) in this page's context."""
    return QCoreApplication.translate("DevicePage", text)


class DevicePage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Host device"),
                         self.tr("Choose the host interface the network uses."))
        self._ifaces: list[HostInterface] = []
        self._filled_for: ForwardMode | None = None
        self.form = form = Form(self, self.marks)
        self.forward_dev = QComboBox(self)
        self.forward_dev.addItem(self._any_device(), "")
        self.forward_dev_problem = form.field(self.tr("&Forward to:"), self.forward_dev,
                                              self.tr("Forward device"))
        self.host_dev = QComboBox(self)
        self.host_dev.setEditable(True)
        self.host_dev_problem = form.field(_tr("Host &interface:"), self.host_dev, _tr("Host interface"))
        self.macvtap_mode = QComboBox(self)
        for mode, text in MACVTAP_MODES:
            self.macvtap_mode.addItem(_tr(text), mode)
        form.field(self.tr("Macvtap m&ode:"), self.macvtap_mode, self.tr("Macvtap mode"))

        self.nat_ports = QCheckBox(self.tr("&Limit the ports NAT may use"), self)
        form.widget(self.nat_ports, self.tr("Limit NAT ports"))
        ports = QWidget(self)
        row = QHBoxLayout(ports)
        row.setContentsMargins(0, 0, 0, 0)
        self.nat_start, self.nat_end = QSpinBox(ports), QSpinBox(ports)
        for spin, value in ((self.nat_start, 1024), (self.nat_end, 65535)):
            spin.setRange(1, 65535)
            spin.setValue(value)
            row.addWidget(spin)
        row.insertWidget(1, QLabel(self.tr("to", "a range of ports: 1024 to 65535"), ports))
        row.addStretch(1)
        self.nat_start.setAccessibleName(self.tr("First NAT port"))
        self.nat_end.setAccessibleName(self.tr("Last NAT port"))
        form.field(self.tr("NAT &ports:"), ports, self.tr("NAT ports"), keys("nat_ports"),
                   also=[self.nat_start, self.nat_end])
        form.labels[ports].setBuddy(self.nat_start)

        self.note = QLabel(self.tr("Looking for host interfaces…"), self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes libvirt's message
        self.note.setObjectName("Host interfaces")
        self.note.setAccessibleDescription(self.tr("Host interfaces"))
        self._ports_row = ports
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._sync_ports()

        self.forward_dev.currentIndexChanged.connect(self.edited)
        self.host_dev.editTextChanged.connect(self.edited)
        self.macvtap_mode.currentIndexChanged.connect(self.edited)
        self.nat_ports.toggled.connect(self._sync_ports)
        self.nat_ports.toggled.connect(self.edited)
        self.nat_start.valueChanged.connect(self.edited)
        self.nat_end.valueChanged.connect(self.edited)

    # -- the host's interfaces (fetched by the wizard in a worker) -------------------------

    def set_interfaces(self, ifaces: list[HostInterface]) -> None:
        self._ifaces = ifaces
        self.state.set_interfaces(ifaces)
        self.note.setText("" if ifaces else
                          self.tr("No host interfaces were found: type the interface name."))
        self._fill()

    def set_interfaces_failed(self, message: str) -> None:
        self.note.setText(fill(self.tr("Cannot list host interfaces (%1): type the interface name."),
                               message))

    def _any_device(self) -> str:
        return self.tr("Any physical device")

    def _fill(self) -> None:
        mode = self.state.spec.mode
        # Bridges libvirt runs for its own networks are no uplink and no host bridge.
        ours = {n.bridge for n in self.state.context.networks if n.managed and n.bridge}
        fitting = [i.name for i in self._ifaces if i.name not in ours and _fits(i, mode)]
        self._loading = True
        try:
            current = self.forward_dev.currentData()
            self.forward_dev.clear()
            self.forward_dev.addItem(self._any_device(), "")
            if mode in (ForwardMode.NAT, ForwardMode.ROUTE):
                for name in fitting:
                    self.forward_dev.addItem(name, name)
            self.forward_dev.setCurrentIndex(max(0, self.forward_dev.findData(current)))
            # What was typed for another mode (an interface, not a bridge) does not carry over.
            typed = self.host_dev.currentText() if mode is self._filled_for else ""
            self._filled_for = mode
            self.host_dev.clear()
            self.host_dev.addItems(fitting)
            self.host_dev.setEditText(typed or self.host_dev.itemText(0))
        finally:
            self._loading = False
        self.edited()

    # -- page -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        mode = self.state.spec.mode
        routed = mode in (ForwardMode.NAT, ForwardMode.ROUTE)
        self.form.set_visible(self.forward_dev, routed)
        self.form.set_visible(self.nat_ports, mode is ForwardMode.NAT)
        self.form.set_visible(self._ports_row, mode is ForwardMode.NAT)
        self.form.set_visible(self.macvtap_mode, mode is ForwardMode.MACVTAP)
        self.form.set_visible(self.host_dev, not routed)
        if not routed:
            text, name, placeholder = HOST_DEV_WORDS[mode]
            self.form.labels[self.host_dev].setText(_tr(text))
            a11y.set_name(self.host_dev, _tr(name))  # and its text field
            edit = self.host_dev.lineEdit()
            if edit is not None:  # always: the combo box is editable
                set_example(edit, placeholder)
            self.host_dev_problem.setObjectName(problem_name(_tr(name)))
            self.host_dev_problem.setAccessibleDescription(problem_name(_tr(name)))
        self._fill()

    def owns(self, key: str) -> bool:
        if key == "bridge.name":
            # The host bridge of a "bridge" network is its bridge name: shown here, not on Options.
            return self.state.spec.mode is ForwardMode.BRIDGE
        return keys("forward_dev", "nat_ports")(key)

    def _on_validated(self, problems: list[Message]) -> None:
        super()._on_validated(problems)
        # One device field is visible per mode; its problems go there.
        mode = self.state.spec.mode
        routed = mode in (ForwardMode.NAT, ForwardMode.ROUTE)
        wanted = "bridge.name" if mode is ForwardMode.BRIDGE else "forward_dev"
        messages = list(dict.fromkeys(p.text for p in problems if p.field == wanted))
        for widget, label, shown in ((self.forward_dev, self.forward_dev_problem, routed),
                                     (self.host_dev, self.host_dev_problem, not routed)):
            mine = messages if shown else []
            show_field_problems(label, [widget], "\n".join(mine), Tone.ERROR, mine)
        note = missing_device_note(mode, self.host_dev.currentText(), self._ifaces)
        if note and not messages:
            self.host_dev_problem.say(note, Tone.PENDING)

    def store(self) -> None:
        spec = self.state.spec
        mode = spec.mode
        if mode in (ForwardMode.NAT, ForwardMode.ROUTE):
            spec.forward_dev = self.forward_dev.currentData() or ""
        elif mode in (ForwardMode.MACVTAP, ForwardMode.HOSTDEV):
            spec.forward_dev = self.host_dev.currentText().strip()
        elif mode is ForwardMode.BRIDGE:
            spec.bridge.name = self.host_dev.currentText().strip()
        spec.macvtap_mode = MacvtapMode(self.macvtap_mode.currentData())
        limited = self.nat_ports.isChecked()
        spec.nat_port_start = self.nat_start.value() if limited else None
        spec.nat_port_end = self.nat_end.value() if limited else None

    def _sync_ports(self) -> None:
        self._ports_row.setEnabled(self.nat_ports.isChecked())


UPLINKS = ("ethernet", "bond", "vlan")


def _fits(iface: HostInterface, mode: ForwardMode) -> bool:
    if mode is ForwardMode.BRIDGE:
        return iface.kind == "bridge"
    if mode is ForwardMode.HOSTDEV:
        return iface.sriov
    if mode is ForwardMode.MACVTAP:
        return iface.kind in UPLINKS
    return iface.kind in (*UPLINKS, "bridge")  # NAT/route may leave through a LAN bridge
