"""What the IPv4 and IPv6 pages share: a subnet whose gateway and DHCP range follow it
until the user changes them, and the address problems only the page can see."""

from __future__ import annotations

import ipaddress

from PySide6.QtWidgets import QLineEdit

from kvmgui.utils.tr import fill
from kvmgui.wizards.network.addresses import default_addresses, gateway_fits, parse_subnet
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.state import Message
from kvmgui.xml.network_spec import IPv4Spec, IPv6Spec


class SubnetPage(SpecPage):
    """Subclasses set ``FAMILY`` ("ipv4", the spec's attribute and the problems' key) and
    ``VERSION``, and create ``network``, ``gateway``, ``dhcp_start`` and ``dhcp_end``, then
    call ``remember_derived()``."""

    FAMILY = "ipv4"
    VERSION = 4
    network: QLineEdit
    gateway: QLineEdit
    dhcp_start: QLineEdit
    dhcp_end: QLineEdit

    def family_spec(self) -> IPv4Spec | IPv6Spec:
        spec: IPv4Spec | IPv6Spec = getattr(self.state.spec, self.FAMILY)
        return spec

    def remember_derived(self) -> None:
        """The gateway and range shown now count as derived (they follow the subnet)."""
        self._derived = (self.gateway.text(), self.dhcp_start.text(), self.dhcp_end.text())

    def follow_subnet(self, text: str) -> None:
        """Gateway and DHCP range follow the subnet until the user changes them."""
        net, _why = parse_subnet(text, self.VERSION)
        if net is not None:
            fresh = default_addresses(net)
            for edit, old, new in zip((self.gateway, self.dhcp_start, self.dhcp_end),
                                      self._derived, fresh, strict=True):
                if edit.text() in (old, ""):
                    edit.setText(new)
            self._derived = fresh
        self.edited()

    def gateway_fits(self) -> bool:
        return gateway_fits(self.network.text(), self.gateway.text(), self.VERSION)

    def owns(self, key: str) -> bool:
        return key == self.FAMILY or key.startswith(f"{self.FAMILY}.")

    def local_problems(self) -> list[Message]:
        if not (self.family_spec().enabled and self.state.spec.mode.managed):
            return []
        net, why = parse_subnet(self.network.text(), self.VERSION)
        if net is None:
            return [Message(f"{self.FAMILY}.network", why)]
        try:
            gateway = ipaddress.ip_address(self.gateway.text().strip())
        except ValueError:
            return []  # the spec check says so, on the gateway
        if gateway not in net:
            return [Message(f"{self.FAMILY}.gateway",
                            fill(self.tr("The gateway %1 is not in %2."), str(gateway), str(net)))]
        return []

    def route_address_problems(self, problems: list[Message]) -> list[Message]:
        """The spec's address problems are about the gateway when it is not a plain host
        address of the subnet, else about the subnet as a whole (an overlap)."""
        to = f"{self.FAMILY}.network" if self.gateway_fits() else f"{self.FAMILY}.gateway"
        return [Message(to, p.text) if p.field == f"{self.FAMILY}.address" else p
                for p in problems]
