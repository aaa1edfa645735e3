"""Page 4 (optional): an IPv6 subnet, with DHCPv6 and (NAT mode) IPv6 NAT."""

from __future__ import annotations

import ipaddress

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout

from kvmgui.widgets.examples import set_example
from kvmgui.wizards.network.addresses import EXAMPLES, parse_subnet, random_ula
from kvmgui.wizards.network.fields import Form, keys, problem_name
from kvmgui.wizards.network.page_subnet import SubnetPage
from kvmgui.wizards.network.state import Message, WizardState
from kvmgui.xml.network_spec import DhcpRange, ForwardMode


class IPv6Page(SubnetPage):
    FAMILY, VERSION = "ipv6", 6

    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("IPv6 (optional)"),
                         self.tr("Give the guests an IPv6 subnet too. A unique local (fd…) /64 "
                                 "is proposed."))
        form = Form(self, self.marks)
        self.enabled = QCheckBox(self.tr("Enable IPv&6"), self)
        enable = self.tr("Enable IPv6")
        form.widget(self.enabled, enable)
        self.marks.add(lambda k: k == "ipv6", [self.enabled], form.message(problem_name(enable)))
        self.network = QLineEdit(self)
        set_example(self.network, EXAMPLES[6])
        form.field(self.tr("Net&work:"), self.network, self.tr("IPv6 network address"),
                   keys("ipv6.network", "ipv6.prefix"))
        self.gateway = QLineEdit(self)
        form.field(self.tr("&Gateway:"), self.gateway, self.tr("IPv6 gateway"), keys("ipv6.gateway"))
        self.nat = QCheckBox(self.tr("NAT IPv6 &too (otherwise it is routed)"), self)
        form.widget(self.nat, self.tr("NAT IPv6"))
        self.dhcp = QCheckBox(self.tr("Enable DHCP&v6"), self)
        form.widget(self.dhcp, self.tr("Enable DHCPv6"))
        self.dhcp_start, self.dhcp_end = QLineEdit(self), QLineEdit(self)
        form.field(self.tr("DHCPv6 &start:"), self.dhcp_start, self.tr("DHCPv6 start"))
        form.field(self.tr("DHCPv6 &end:"), self.dhcp_end, self.tr("DHCPv6 end"), keys("ipv6.dhcp"),
                   also=[self.dhcp_start])
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)

        v6 = state.spec.ipv6
        self.enabled.setChecked(v6.enabled)
        if v6.address:
            self.network.setText(str(ipaddress.ip_interface(f"{v6.address}/{v6.prefix}").network))
        self.gateway.setText(v6.address)
        self.nat.setChecked(v6.nat)
        self.dhcp.setChecked(v6.dhcp_enabled)
        self.dhcp_start.setText(v6.dhcp_range.start)
        self.dhcp_end.setText(v6.dhcp_range.end)
        self.remember_derived()
        self._sync_enabled()
        self.enabled.toggled.connect(self._enabled_toggled)
        self.network.textChanged.connect(self.follow_subnet)
        for edit in (self.gateway, self.dhcp_start, self.dhcp_end):
            edit.textChanged.connect(self.edited)
        for box in (self.nat, self.dhcp):
            box.toggled.connect(self.edited)

    def initializePage(self) -> None:
        self.form.set_visible(self.nat, self.state.spec.mode is ForwardMode.NAT)

    def _enabled_toggled(self, on: bool) -> None:
        if on and not self.network.text().strip():
            self.network.setText(str(random_ula()))  # gateway and DHCP follow
        self.edited()

    def store(self) -> None:
        v6 = self.state.spec.ipv6
        v6.enabled = self.enabled.isChecked() and self.state.spec.mode.managed
        net, _why = parse_subnet(self.network.text(), 6)
        if net is not None:
            v6.prefix = net.prefixlen
        v6.address = self.gateway.text().strip()
        v6.nat = self.nat.isChecked()
        v6.dhcp_enabled = self.dhcp.isChecked()
        v6.dhcp_range = DhcpRange(self.dhcp_start.text().strip(), self.dhcp_end.text().strip())
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        on = self.enabled.isChecked()
        for widget in (self.network, self.gateway, self.nat, self.dhcp):
            widget.setEnabled(on)
        for widget in (self.dhcp_start, self.dhcp_end):
            widget.setEnabled(on and self.dhcp.isChecked())

    def _on_validated(self, problems: list[Message]) -> None:
        super()._on_validated(self.route_address_problems(problems))
