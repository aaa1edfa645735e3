"""The NIC page's address box told how its card is reached: its running MAC, and whether
its network hands out leases, puts it on the LAN (a bridge) or behind macvtap."""

from __future__ import annotations

from kvmgui.dialogs.details.addressbox import AddressBox
from kvmgui.libvirt import netops
from kvmgui.libvirt.connection import Connection
from kvmgui.xml.devices import Device, Interface
from kvmgui.xml.network import MANAGED_MODES
from kvmgui.xml.network_spec import macvtap_forward


def show_card(addresses: AddressBox, conn: Connection, nic: Interface, running: Device | None,
              vm_running: bool) -> None:
    """``nic`` as defined, ``running`` the same card in the running VM (None: not there)."""
    # Addresses are the running card's: until the restart it may have another MAC, or
    # be on another network.
    if isinstance(running, Interface):
        nic = running
    pending = vm_running and running is None  # added for the next start
    leased = nic.source_type == "network"  # libvirt's DHCP, on a network only its host reaches
    no_dhcp, macvtap, unlisted = "", nic.source_type == "direct", False
    if leased:
        rec = next((r for r in conn.networks.records() if r.name == nic.source), None)
        bridge = rec.bridge if rec is not None else ""
        # A network forwarding to a host bridge or a device (macvtap) puts the card on
        # the LAN, as a bridge card: no lease, and its host may not reach it (macvtap).
        mode = rec.summary.forward_mode if rec is not None else ""
        leased = not mode or mode in MANAGED_MODES
        # A pool of host devices, not a host bridge: its cards are macvtap ones.
        macvtap = macvtap_forward(mode, bridge)
        listed = rec.summary.listed_only if rec is not None else None
        unlisted = listed is not None and (nic.mac or "").lower() not in listed
        if leased and rec is not None and (not rec.summary.hands_out or unlisted):
            no_dhcp = nic.source or ""  # its dnsmasq hands out nothing: no lease comes
    else:
        bridge = (nic.source or "") if nic.source_type == "bridge" else ""
    # Plugged straight into a libvirt network's own bridge (virbr0): only its host reaches it.
    bridge_of = next((r.name for r in conn.networks.records()
                      if netops.own_bridge(r.summary.forward_mode, r.bridge) == bridge),
                     "") if nic.source_type == "bridge" and bridge else ""
    user = nic.source_type == "user"
    addresses.set_card((nic.mac or "").lower() or None, leased, bridge, user,
                       nic.host_port_to(22) if user else None, no_dhcp, macvtap,
                       pending, vm_running and not nic.link_up, unlisted=unlisted,
                       bridge_of=bridge_of)
