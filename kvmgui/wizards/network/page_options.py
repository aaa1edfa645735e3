"""Page 5: DNS domain and the bridge libvirt creates (name, STP, delay, MTU, MAC).

The form is ``ui/network_options.ui``; the problem lines under its fields and the words of
the "Use virbrN" button are added here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPushButton, QSpinBox

from kvmgui.utils.tr import fill
from kvmgui.widgets.forms import Form
from kvmgui.wizards.network.fields import keys, message_under
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.state import Message, WizardState
from kvmgui.xml.network_spec import ForwardMode


class OptionsPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("DNS and bridge"),
                         self.tr("Optional: a DNS domain for the guests, and details of the bridge."))
        form = Form("network_options", self)
        self.domain = form.widget("domain", QLineEdit)
        self.local_only = form.widget("local_only", QCheckBox)
        self.bridge = form.widget("bridge", QLineEdit)
        self.use_free_bridge = form.widget("use_free_bridge", QPushButton)
        self.use_free_bridge.hide()
        self.stp = form.widget("stp", QCheckBox)
        self.delay = form.widget("delay", QSpinBox)
        self.mtu = form.widget("mtu", QLineEdit)
        self.mac = form.widget("mac", QLineEdit)
        dns, bridge = form.widget("dns_form", QFormLayout), form.widget("bridge_form", QFormLayout)
        for layout, field, match in ((dns, self.domain, keys("dns")),
                                     (bridge, self.bridge, keys("bridge.name")),
                                     (bridge, self.delay, keys("bridge.delay")),
                                     (bridge, self.mtu, keys("mtu")),
                                     (bridge, self.mac, keys("mac"))):
            message_under(layout, field, field.accessibleName(), self.marks, match)

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

    def local_problems(self) -> list[Message]:
        text = self.mtu.text().strip()
        # isdecimal, not isdigit: int() refuses digits such as '²'.
        if self.state.spec.mode.managed and text and not text.isdecimal():
            return [Message("mtu", self.tr("The MTU is a number of bytes, such as 9000 (or empty for "
                                           "the default)."))]
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
        spec.mtu = int(text) if text.isdecimal() else None
        spec.mac = self.mac.text().strip() or None

    def _on_validated(self, problems: list[Message]) -> None:
        super()._on_validated(problems)
        name = self.bridge.text().strip()
        taken = {n.bridge for n in self.state.context.others() if n.bridge}
        taken |= set(self.state.context.interfaces or ())  # refused too ("File exists")
        clash = bool(name) and name in taken and self.owns("bridge.name")
        if clash:
            self.use_free_bridge.setText(fill(self.tr("Use %1 (free on this host)"),
                                              self.state.free_bridge()))
            self.use_free_bridge.setAccessibleDescription(self.use_free_bridge.text())
        self.use_free_bridge.setVisible(clash)
