"""Page 3: IPv4 subnet, gateway, DHCP range and static hosts."""

from __future__ import annotations

import ipaddress

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kvmgui.utils.tr import fill
from kvmgui.widgets.examples import set_example
from kvmgui.wizards.network.addresses import EXAMPLES, parse_subnet
from kvmgui.wizards.network.fields import Form, keys, message_label, problem_name, set_invalid
from kvmgui.wizards.network.hosts_table import StaticHostsEditor
from kvmgui.wizards.network.page_subnet import SubnetPage
from kvmgui.wizards.network.state import Message, WizardState
from kvmgui.xml.network_spec import DhcpRange, StaticHost


class IPv4Page(SubnetPage):
    FAMILY, VERSION = "ipv4", 4

    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("IPv4"),
                         self.tr("The guests' IPv4 subnet. The host takes the gateway address; "
                                 "DHCP hands out the range to guests."))
        form = Form(self, self.marks)
        self.enabled = QCheckBox(self.tr("Enable IPv&4"), self)
        enable = self.tr("Enable IPv4")
        form.widget(self.enabled, enable)
        self.marks.add(lambda k: k == "ipv4", [self.enabled], form.message(problem_name(enable)))
        self.network = QLineEdit(self)
        set_example(self.network, EXAMPLES[4])
        self.network_problem = form.field(self.tr("Net&work:"), self.network,
                                          self.tr("IPv4 network address"),
                                          keys("ipv4.network", "ipv4.prefix"))
        self.use_free = QPushButton(self)
        self.use_free.setAccessibleName(self.tr("Use a free network"))
        self.use_free.hide()
        form.below(self.use_free)
        self.gateway = QLineEdit(self)
        self.gateway_problem = form.field(self.tr("&Gateway:"), self.gateway, self.tr("IPv4 gateway"),
                                          keys("ipv4.gateway"))
        self.dhcp = QCheckBox(self.tr("Enable &DHCP"), self)
        form.widget(self.dhcp, self.tr("Enable DHCP"))
        self.dhcp_start, self.dhcp_end = QLineEdit(self), QLineEdit(self)
        form.field(self.tr("DHCP &start:"), self.dhcp_start, self.tr("DHCP start"))
        form.field(self.tr("DHCP &end:"), self.dhcp_end, self.tr("DHCP end"), keys("ipv4.dhcp"),
                   also=[self.dhcp_start])
        self.hosts = StaticHostsEditor(self)
        hosts_label = QLabel(self.tr("Static &hosts:"), self)
        hosts_label.setBuddy(self.hosts.table)
        form.layout.addRow(hosts_label, self.hosts)
        self.hosts_problem = message_label(self, problem_name(self.hosts.table.accessibleName()))
        form.below(self.hosts_problem)
        self.dhcp_rows: list[QWidget] = [self.dhcp_start, self.dhcp_end, self.hosts]
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)

        self._load()
        self.remember_derived()
        self.network_touched = False  # the user chose the subnet: no more suggestions
        self._suggesting = False
        self.enabled.toggled.connect(self.edited)
        self.network.textChanged.connect(self._follow_network)
        for edit in (self.gateway, self.dhcp_start, self.dhcp_end):
            edit.textChanged.connect(self.edited)
        self.dhcp.toggled.connect(self.edited)
        self.hosts.changed.connect(self.edited)
        self.use_free.clicked.connect(self.apply_free)
        state.contextChanged.connect(self._context_changed)

    def _load(self) -> None:
        v4 = self.state.spec.ipv4
        self.enabled.setChecked(v4.enabled)
        net = ipaddress.ip_interface(f"{v4.address}/{v4.prefix}").network
        self.network.setText(str(net))
        self.gateway.setText(v4.address)
        self.dhcp.setChecked(v4.dhcp_enabled)
        first = v4.dhcp_ranges[0] if v4.dhcp_ranges else DhcpRange()
        self.dhcp_start.setText(first.start)
        self.dhcp_end.setText(first.end)
        for host in v4.hosts:
            self.hosts.add_host(StaticHost(host.mac, host.name, host.ip))
        self._sync_enabled()

    # -- defaults that follow the subnet --------------------------------------------------

    def _follow_network(self, text: str) -> None:
        if not self._suggesting:
            self.network_touched = True
        self.follow_subnet(text)

    def apply_free(self) -> None:
        """Take the first free 192.168.N.0/24 of the host, with its default gateway and DHCP."""
        free = self.state.free_ipv4()
        if free is None:
            return
        gateway, prefix = free[:2]
        net = ipaddress.ip_interface(f"{gateway}/{prefix}").network
        self._derived = (self.gateway.text(), self.dhcp_start.text(), self.dhcp_end.text())
        self._suggesting = not self.network_touched
        try:
            self.network.setText(str(net))
        finally:
            self._suggesting = False

    def _context_changed(self) -> None:
        # Routes arrive after the first suggestion, which may clash with one: suggest again,
        # unless the user chose the subnet.
        net, _why = parse_subnet(self.network.text())
        taken = self.state.context.taken_subnets()
        if not self.network_touched and net is not None and any(
                net.version == t.version and net.overlaps(t) for t in taken):
            self.apply_free()

    # -- spec and problems ------------------------------------------------------------------

    def store(self) -> None:
        v4 = self.state.spec.ipv4
        v4.enabled = self.enabled.isChecked() and self.state.spec.mode.managed
        net, _why = parse_subnet(self.network.text())
        if net is not None:
            v4.prefix = net.prefixlen
        v4.address = self.gateway.text().strip()
        v4.dhcp_enabled = self.dhcp.isChecked()
        start, end = self.dhcp_start.text().strip(), self.dhcp_end.text().strip()
        # Both ends empty: no range (static hosts alone may be what DHCP hands out).
        v4.dhcp_ranges = [DhcpRange(start, end)] if start or end else []
        v4.hosts = self.hosts.hosts()
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        on = self.enabled.isChecked()
        for field in (self.network, self.gateway, self.dhcp):
            field.setEnabled(on)
        for widget in self.dhcp_rows:
            widget.setEnabled(on and self.dhcp.isChecked())

    def _on_validated(self, problems: list[Message]) -> None:
        mine = [p for p in problems if self.owns(p.field)]
        super()._on_validated(self.route_address_problems(problems))
        overlap = self.gateway_fits() and any(p.field == "ipv4.address" for p in mine)
        free = self.state.free_ipv4() if overlap else None
        if free:
            net = ipaddress.ip_interface(f"{free[0]}/{free[1]}").network
            self.use_free.setText(fill(self.tr("Use %1 (free on this host)"), str(net)))
            self.use_free.setAccessibleDescription(self.use_free.text())
        self.use_free.setVisible(bool(free))
        host_problems = [p for p in mine if p.field.startswith("ipv4.hosts")]
        self.hosts.mark(host_problems)
        text = "\n".join(dict.fromkeys(
            fill(self.tr("Host %1: %2", "a row of the static hosts table: its problem"),
                 int(p.field.split("[")[1].split("]")[0]) + 1, p.text) for p in host_problems))
        self.hosts_problem.setText(text)
        self.hosts_problem.setVisible(bool(text))
        set_invalid(self.hosts.table, [text] if text else [])


