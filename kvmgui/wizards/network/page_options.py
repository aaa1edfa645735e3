"""Page 5: DNS domain and the bridge libvirt creates (name, STP, delay, MTU, MAC)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from kvmgui.wizards.network.fields import Form, keys
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.state import WizardState
from kvmgui.xml.network_spec import ForwardMode
from kvmgui.xml.network_validate import Problem


class OptionsPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "DNS and bridge",
                         "Optional: a DNS domain for the guests, and details of the bridge.")
        dns_box = QGroupBox("DNS", self)
        dns = Form(dns_box, self.marks)
        self.domain = QLineEdit(dns_box)
        self.domain.setPlaceholderText("none (for example: vm.lan)")
        dns.field("DNS &domain:", self.domain, "DNS domain", keys("dns"))
        self.local_only = QCheckBox("Answer for the domain &locally only (never ask upstream)", dns_box)
        dns.widget(self.local_only, "DNS domain local only")
        dns_box.setLayout(dns.layout)

        bridge_box = QGroupBox("Bridge", self)
        bridge = Form(bridge_box, self.marks)
        self.bridge = QLineEdit(bridge_box)
        self.bridge.setPlaceholderText("automatic (libvirt picks a free virbrN)")
        bridge.field(self.tr("B&ridge name:"), self.bridge, "Bridge name", keys("bridge.name"))
        self.use_free_bridge = QPushButton(bridge_box)
        self.use_free_bridge.setAccessibleName("Use a free bridge name")
        self.use_free_bridge.hide()
        bridge.below(self.use_free_bridge)
        self.stp = QCheckBox("&Spanning tree protocol (STP)", bridge_box)
        bridge.widget(self.stp, "Spanning tree protocol")
        self.delay = QSpinBox(bridge_box)
        self.delay.setRange(0, 30)
        self.delay.setSuffix(" s")
        bridge.field(self.tr("For&ward delay:"), self.delay, "Forward delay", keys("bridge.delay"))
        self.mtu = QLineEdit(bridge_box)
        self.mtu.setPlaceholderText("default (1500)")
        bridge.field("&MTU:", self.mtu, "MTU", keys("mtu"))
        self.mac = QLineEdit(bridge_box)
        self.mac.setPlaceholderText("automatic")
        bridge.field("MA&C address:", self.mac, "Bridge MAC address", keys("mac"))
        bridge_box.setLayout(bridge.layout)

        layout = QVBoxLayout(self)
        layout.addWidget(dns_box)
        layout.addWidget(bridge_box)
        layout.addStretch(1)

        spec = state.spec
        self.domain.setText(spec.dns.domain)
        self.local_only.setChecked(spec.dns.local_only)
        self.bridge.setText(spec.bridge.name or "")
        self.stp.setChecked(spec.bridge.stp)
        self.delay.setValue(spec.bridge.delay)
        self.mtu.setText("" if spec.mtu is None else str(spec.mtu))
        self.mac.setText(spec.mac or "")
        for edit in (self.domain, self.bridge, self.mtu, self.mac):
            edit.textChanged.connect(self.edited)
        for box in (self.local_only, self.stp):
            box.toggled.connect(self.edited)
        self.delay.valueChanged.connect(self.edited)
        self.use_free_bridge.clicked.connect(lambda: self.bridge.setText(self.state.free_bridge()))

    def owns(self, key: str) -> bool:
        if key.startswith("bridge."):
            return self.state.spec.mode is not ForwardMode.BRIDGE
        return keys("dns", "mtu", "mac")(key)

    def local_problems(self) -> list[Problem]:
        text = self.mtu.text().strip()
        if self.state.spec.mode.managed and text and not text.isdigit():
            return [Problem("mtu", "The MTU is a number of bytes, such as 9000 (or empty for the default).")]
        return []

    def store(self) -> None:
        spec = self.state.spec
        spec.dns.domain = self.domain.text().strip()
        spec.dns.local_only = self.local_only.isChecked()
        if spec.mode.managed:
            spec.bridge.name = self.bridge.text().strip() or None
        spec.bridge.stp = self.stp.isChecked()
        spec.bridge.delay = self.delay.value()
        text = self.mtu.text().strip()
        spec.mtu = int(text) if text.isdigit() else None
        spec.mac = self.mac.text().strip() or None

    def _on_validated(self, problems: list[Problem]) -> None:
        super()._on_validated(problems)
        name = self.bridge.text().strip()
        taken = {n.bridge for n in self.state.context.others() if n.bridge}
        clash = bool(name) and name in taken and self.owns("bridge.name")
        if clash:
            self.use_free_bridge.setText(f"Use {self.state.free_bridge()} (free on this host)")
            self.use_free_bridge.setAccessibleDescription(self.use_free_bridge.text())
        self.use_free_bridge.setVisible(clash)
