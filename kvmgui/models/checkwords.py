"""The troubleshooter's codes in words: step titles, outcomes, sentences, fixes.

Tables hold source text marked with ``QT_TRANSLATE_NOOP`` (context "NetCheck"); each is
translated when shown, its ``%1``, ``%2`` … filled from the result's plain ``args``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from kvmgui.libvirt.netcheck import Fix, Outcome, Reason, Result, Step
from kvmgui.utils.tr import fill
from kvmgui.xml.network_hosts import PinFinding, PinProblem

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

R = Reason

STEP_TITLES: dict[Step, str] = {
    Step.VM_RUNNING: QT_TRANSLATE_NOOP("NetCheck", "The VM runs"),
    Step.LINK_UP: QT_TRANSLATE_NOOP("NetCheck", "The network card's link is up"),
    Step.NETWORK: QT_TRANSLATE_NOOP("NetCheck", "Its network exists and is active"),
    Step.DHCP: QT_TRANSLATE_NOOP("NetCheck", "The network hands out addresses (DHCP)"),
    Step.DNSMASQ: QT_TRANSLATE_NOOP("NetCheck", "The network's DHCP server answers"),
    Step.STATIC_HOSTS: QT_TRANSLATE_NOOP("NetCheck", "No reserved address stands in the way"),
    Step.LEASE: QT_TRANSLATE_NOOP("NetCheck", "The VM has a DHCP lease"),
    Step.IP_FORWARD: QT_TRANSLATE_NOOP("NetCheck", "The host forwards IP packets"),
    Step.NAT_RULES: QT_TRANSLATE_NOOP("NetCheck", "libvirt's NAT rules are in place"),
    Step.ROUTES: QT_TRANSLATE_NOOP("NetCheck", "No host route overlaps the network"),
    Step.AGENT: QT_TRANSLATE_NOOP("NetCheck", "The guest agent answers"),
    Step.GUEST_NIC: QT_TRANSLATE_NOOP("NetCheck", "The guest sees the card and an address"),
    Step.GUEST_ADDR: QT_TRANSLATE_NOOP("NetCheck", "In the guest: ip a"),
    Step.GUEST_ROUTE: QT_TRANSLATE_NOOP("NetCheck", "In the guest: ip route"),
    Step.PING_GATEWAY: QT_TRANSLATE_NOOP("NetCheck", "In the guest: ping the gateway"),
    Step.PING_HOST: QT_TRANSLATE_NOOP("NetCheck", "In the guest: ping the host"),
    Step.PING_NAME: QT_TRANSLATE_NOOP("NetCheck", "In the guest: resolve and ping a name"),
}

OUTCOMES: dict[Outcome, str] = {
    Outcome.PASSED: QT_TRANSLATE_NOOP("NetCheck", "Passed"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("NetCheck", "Failed"),
    Outcome.NOT_APPLICABLE: QT_TRANSLATE_NOOP("NetCheck", "Not applicable"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("NetCheck", "Skipped"),
    Outcome.PENDING: QT_TRANSLATE_NOOP("NetCheck", "Waiting"),
}

OUTCOME_ICONS: dict[Outcome, str] = {
    Outcome.PASSED: "dialog-ok",
    Outcome.FAILED: "dialog-error",
    Outcome.NOT_APPLICABLE: "dialog-information",
    Outcome.SKIPPED: "dialog-warning",
    Outcome.PENDING: "",
}

SENTENCES: dict[Reason, str] = {
    R.VM_RUNS: QT_TRANSLATE_NOOP("NetCheck", "%1 is running."),
    R.VM_STOPPED: QT_TRANSLATE_NOOP("NetCheck", "%1 is not running: a stopped VM has no address."),
    R.NIC_GONE: QT_TRANSLATE_NOOP("NetCheck", "The VM has no network card with the MAC address %1."),
    R.LINK_UP: QT_TRANSLATE_NOOP("NetCheck", "The virtual cable is plugged in."),
    R.LINK_DOWN: QT_TRANSLATE_NOOP(
        "NetCheck", "The card's link is down, as if its cable were pulled: the guest cannot send "
        "anything (virsh domif-getlink says \"down\")."),
    R.NETWORK_ACTIVE: QT_TRANSLATE_NOOP("NetCheck", "Network %1 is active."),
    R.NETWORK_MISSING: QT_TRANSLATE_NOOP(
        "NetCheck", "The card is connected to network %1, which does not exist on this host."),
    R.NETWORK_INACTIVE: QT_TRANSLATE_NOOP(
        "NetCheck", "Network %1 is stopped: nothing on it forwards packets or hands out addresses."),
    R.NIC_UNPLUGGED: QT_TRANSLATE_NOOP(
        "NetCheck", "Network %1 was restarted while the VM ran: its card (%2) is no longer "
        "plugged into the bridge %3."),
    R.NIC_OUTSIDE_HOST_BRIDGE: QT_TRANSLATE_NOOP(
        "NetCheck", "The card (%2) is not plugged into the host bridge %3 that network %1 "
        "forwards to (was the bridge made again on the host?): shut the VM down and start it "
        "again to plug it in."),
    R.NOT_A_NETWORK_NIC: QT_TRANSLATE_NOOP(
        "NetCheck", "The card is of type %1, not on a libvirt network."),
    R.DHCP_ON: QT_TRANSLATE_NOOP("NetCheck", "Network %1 hands out %2 on %3."),
    R.DHCP_OFF: QT_TRANSLATE_NOOP(
        "NetCheck", "DHCP is off on network %1 (%2): a guest that asks for an address gets none."),
    R.NO_IPV4: QT_TRANSLATE_NOOP(
        "NetCheck", "Network %1 has no IPv4 address, so it cannot hand out IPv4 addresses."),
    R.OUTSIDE_BRIDGE: QT_TRANSLATE_NOOP(
        "NetCheck", "The card sits on the host bridge %1: its address comes from the DHCP "
        "server of the network outside (your router), which libvirt cannot see."),
    R.OUTSIDE_MACVTAP: QT_TRANSLATE_NOOP(
        "NetCheck", "The card uses macvtap on %1: its address comes from the DHCP server of the "
        "network outside. (With macvtap the guest and the host cannot reach each other.)"),
    R.OUTSIDE_NETWORK: QT_TRANSLATE_NOOP(
        "NetCheck", "Network %1 (%2 mode) passes guests to the network outside, whose DHCP "
        "server hands out the addresses."),
    R.LEASES_READ: QT_TRANSLATE_NOOP("NetCheck", "Its leases can be read (leases now: %1)."),
    R.LEASES_FAILED: QT_TRANSLATE_NOOP("NetCheck", "The leases could not be read: %1"),
    R.NO_CONFLICT: QT_TRANSLATE_NOOP("NetCheck", "No static host entry is in the way."),
    R.PINNED_TO: QT_TRANSLATE_NOOP("NetCheck", "The network always gives this card %1."),
    R.RESERVED_FOR_OTHER: QT_TRANSLATE_NOOP(
        "NetCheck", "The address %1 is reserved for another card (%2 %3), so dnsmasq will not "
        "give it to this one."),
    R.PINNED_OUTSIDE: QT_TRANSLATE_NOOP(
        "NetCheck", "A static host entry pins this card to %1, which is outside the network's "
        "subnet %2."),
    R.PINNED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "NetCheck", "A static host entry pins this card to %1, but it holds %2: dnsmasq refuses "
        "to renew %2 and hands out %1 when the guest asks again (or restarts)."),
    R.POOL_EXHAUSTED: QT_TRANSLATE_NOOP(
        "NetCheck", "Every address of the DHCP range (%1) is reserved or leased to other cards."),
    R.LEASE_FOUND: QT_TRANSLATE_NOOP("NetCheck", "It has %1 (lease expires %2)."),
    R.NO_LEASE: QT_TRANSLATE_NOOP(
        "NetCheck", "The network has no lease for %1: the guest has not asked for an address, "
        "or its request did not arrive."),
    R.FORWARD_ON: QT_TRANSLATE_NOOP("NetCheck", "IP forwarding is on (/proc/sys/net/ipv4/ip_forward)."),
    R.FORWARD_OFF: QT_TRANSLATE_NOOP(
        "NetCheck", "IP forwarding is off: guests cannot reach beyond the host. As root: "
        "sysctl -w net.ipv4.ip_forward=1"),
    R.NAT_RULES_FOUND: QT_TRANSLATE_NOOP("NetCheck", "%1 shows the masquerade rule for %2."),
    R.NAT_RULES_MISSING: QT_TRANSLATE_NOOP(
        "NetCheck", "No masquerade rule for %1 in %2: a firewall reload may have removed "
        "libvirt's rules (restarting the network puts them back)."),
    R.ROUTES_CLEAR: QT_TRANSLATE_NOOP("NetCheck", "No other route of the host covers %1."),
    R.ROUTE_OVERLAP: QT_TRANSLATE_NOOP(
        "NetCheck", "The host routes %2 through %3, which overlaps the network's subnet %1: "
        "replies to the guests go the wrong way."),
    R.NOT_NAT: QT_TRANSLATE_NOOP("NetCheck", "The network does not use NAT (%1 mode)."),
    R.NOT_LOCAL: QT_TRANSLATE_NOOP(
        "NetCheck", "Skipped: the host is another machine; kvmgui can only look at this one."),
    R.OTHER_NAMESPACE: QT_TRANSLATE_NOOP(
        "NetCheck", "Skipped: the network's bridge %1 is not visible from here (the host's "
        "networking lives in another network namespace or machine)."),
    R.NEEDS_ROOT: QT_TRANSLATE_NOOP(
        "NetCheck", "Skipped: reading the firewall rules (%1) needs root."),
    R.NO_FIREWALL_TOOL: QT_TRANSLATE_NOOP(
        "NetCheck", "Skipped: neither iptables nor nft is installed here."),
    R.AGENT_ANSWERS: QT_TRANSLATE_NOOP("NetCheck", "The QEMU guest agent answers."),
    R.NO_AGENT: QT_TRANSLATE_NOOP(
        "NetCheck", "Skipped: no guest agent answers (%1). Install qemu-guest-agent in the "
        "guest and give the VM a guest agent channel to check inside the guest."),
    R.GUEST_HAS_ADDRESS: QT_TRANSLATE_NOOP("NetCheck", "The guest's card %1 has %2."),
    R.GUEST_NIC_NO_ADDRESS: QT_TRANSLATE_NOOP(
        "NetCheck", "The guest sees the card %1 but it has no IPv4 address: is its DHCP "
        "client running?"),
    R.GUEST_NO_NIC: QT_TRANSLATE_NOOP(
        "NetCheck", "The guest sees no card with the MAC address %1: a driver may be missing."),
    R.NO_CONSENT: QT_TRANSLATE_NOOP(
        "NetCheck", "Skipped: running commands in the guest was not allowed."),
    R.COMMAND_OK: QT_TRANSLATE_NOOP("NetCheck", "The command worked."),
    R.COMMAND_FAILED: QT_TRANSLATE_NOOP("NetCheck", "The command failed (exit code %1)."),
    R.NO_DEFAULT_ROUTE: QT_TRANSLATE_NOOP(
        "NetCheck", "The guest has no default route: it cannot reach beyond its own subnet."),
    R.ROUTE_VIA_OTHER: QT_TRANSLATE_NOOP(
        "NetCheck", "The guest's default route goes via %1, not via the network's gateway %2."),
    R.ROUTE_VIA_GATEWAY: QT_TRANSLATE_NOOP("NetCheck", "The default route goes via %1."),
    R.NAME_NOT_RESOLVED: QT_TRANSLATE_NOOP(
        "NetCheck", "The guest cannot resolve %1: check its DNS server (the gateway, for libvirt "
        "networks)."),
    R.NO_REPLY: QT_TRANSLATE_NOOP("NetCheck", "No reply from %1."),
    R.REPLY: QT_TRANSLATE_NOOP("NetCheck", "%1 replies."),
    R.NO_TARGET: QT_TRANSLATE_NOOP("NetCheck", "Nothing to ping: the address is not known."),
    R.NOT_A_NAME: QT_TRANSLATE_NOOP(
        "NetCheck", "Skipped: “%1” is neither a host name nor an address; nothing was sent to "
        "the guest."),
    R.EXEC_FAILED: QT_TRANSLATE_NOOP("NetCheck", "The guest could not run the command: %1"),
    R.TIMED_OUT: QT_TRANSLATE_NOOP("NetCheck", "Skipped: no answer within %1 s."),
    R.STILL_RUNNING: QT_TRANSLATE_NOOP(
        "NetCheck", "Skipped: the same check of an earlier run has not answered yet (waited "
        "%1 s); it is not started twice."),
    R.EARLIER_FAILED: QT_TRANSLATE_NOOP("NetCheck", "Not checked: it depends on \"%1\"."),
    R.ERROR: QT_TRANSLATE_NOOP("NetCheck", "Could not check: %1"),
}

FIX_BUTTONS: dict[Fix, str] = {
    Fix.START_VM: QT_TRANSLATE_NOOP("NetCheck", "Start the VM"),
    Fix.SET_LINK_UP: QT_TRANSLATE_NOOP("NetCheck", "Set the link up"),
    Fix.START_NETWORK: QT_TRANSLATE_NOOP("NetCheck", "Start the network"),
    Fix.RECONNECT_NIC: QT_TRANSLATE_NOOP("NetCheck", "Plug the card in again"),
    Fix.ENABLE_DHCP: QT_TRANSLATE_NOOP("NetCheck", "Turn DHCP on"),
    Fix.REMOVE_RESERVATION: QT_TRANSLATE_NOOP("NetCheck", "Remove the reservation"),
}

FIX_QUESTIONS: dict[Fix, str] = {
    Fix.START_VM: QT_TRANSLATE_NOOP("NetCheck", "Start the VM?"),
    Fix.SET_LINK_UP: QT_TRANSLATE_NOOP(
        "NetCheck", "Set the link of this network card up, in the running VM and in its "
        "definition?"),
    Fix.START_NETWORK: QT_TRANSLATE_NOOP(
        "NetCheck", "Start the network, and plug the cards of the VMs running on it into it "
        "again?"),
    Fix.RECONNECT_NIC: QT_TRANSLATE_NOOP(
        "NetCheck", "Plug this VM's card into the network's bridge again? The guest keeps "
        "running; only the host side is reconnected."),
    Fix.ENABLE_DHCP: QT_TRANSLATE_NOOP(
        "NetCheck", "Hand out the addresses %2 – %3 by DHCP on this network, live and in its "
        "definition (no restart)?"),
    Fix.REMOVE_RESERVATION: QT_TRANSLATE_NOOP(
        "NetCheck", "Remove the static host entry that reserves %4 for %2 from the network, "
        "live and in its definition? That card then gets an address from the range like "
        "any other."),
}


def step_title(step: Step) -> str:
    return QCoreApplication.translate("NetCheck", STEP_TITLES[step])


def outcome_words(outcome: Outcome) -> str:
    return QCoreApplication.translate("NetCheck", OUTCOMES[outcome])


def expiry_text(epoch: str) -> str:
    seconds = int(epoch) if epoch.isdecimal() else 0
    if seconds <= 0:
        return QCoreApplication.translate("NetCheck", "never")
    when = QDateTime.fromSecsSinceEpoch(seconds)
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def sentence(result: Result) -> str:
    args = result.args
    if result.reason is Reason.LEASE_FOUND and len(args) == 2:
        args = (args[0], expiry_text(args[1]))
    elif result.reason is Reason.EARLIER_FAILED and args:
        args = (step_title(Step(args[0])),)
    elif result.reason is Reason.RESERVED_FOR_OTHER and len(args) == 3 and not args[2]:
        args = (args[0], args[1], "")
    text = fill(QCoreApplication.translate("NetCheck", SENTENCES[result.reason]), *args)
    # an empty argument leaves no gap
    return text.replace(" )", ")").replace("( ", "(").replace("  ", " ")


def fix_button(fix: Fix) -> str:
    return QCoreApplication.translate("NetCheck", FIX_BUTTONS[fix])


def fix_question(result: Result) -> str:
    assert result.fix is not None
    args = result.fix_args
    if result.fix is Fix.REMOVE_RESERVATION and len(args) == 4 and not args[1]:
        args = (args[0], args[2], args[2], args[3])  # a host with no MAC: its name says whose
    return fill(QCoreApplication.translate("NetCheck", FIX_QUESTIONS[result.fix]), *args)


def summary(results: list[Result], running: bool) -> str:
    """One sentence about the whole run: the first failing step, or that none failed."""
    failed = next((r for r in results if r.failed), None)
    if running:
        return fill(QCoreApplication.translate("NetCheck", "Checking… (%1 of %2 steps)"), len(results),
                    len(STEP_TITLES))
    if failed is not None:
        return fill(QCoreApplication.translate("NetCheck", "First failing step: “%1”. %2"),
                    step_title(failed.step), sentence(failed))
    if not results:
        return ""
    return QCoreApplication.translate(
        "NetCheck", "No step failed. If the VM still has no address, look at the skipped steps: "
        "they could not be checked from here.")


# -- pinning an address --------------------------------------------------------------------------

PIN_PROBLEMS: dict[PinProblem, str] = {
    PinProblem.NO_IPV4: QT_TRANSLATE_NOOP(
        "NetCheck", "This network has no IPv4 subnet of its own: addresses come from outside."),
    PinProblem.NOT_AN_ADDRESS: QT_TRANSLATE_NOOP("NetCheck", "'%1' is not an IP address."),
    PinProblem.OUTSIDE: QT_TRANSLATE_NOOP("NetCheck", "The address must be inside %1."),
    PinProblem.NETWORK_ADDRESS: QT_TRANSLATE_NOOP(
        "NetCheck", "%1 is the network's own address (all host bits zero)."),
    PinProblem.BROADCAST: QT_TRANSLATE_NOOP("NetCheck", "%1 is the network's broadcast address."),
    PinProblem.GATEWAY: QT_TRANSLATE_NOOP("NetCheck", "%1 is the host's address: the guests' gateway."),
    PinProblem.RESERVED: QT_TRANSLATE_NOOP(
        "NetCheck", "The address is already reserved for another card (%1 %2)."),
    PinProblem.BAD_MAC: QT_TRANSLATE_NOOP("NetCheck", "'%1' is not a MAC address."),
    PinProblem.OWN_RESERVED: QT_TRANSLATE_NOOP(
        "NetCheck", "Note: the address is pinned now for this card's current MAC address %1. "
        "Pinning moves it to %2, its MAC address from the next start: the card loses the address "
        "when it next renews its lease, and gets it back when the VM restarts."),
    PinProblem.LEASED: QT_TRANSLATE_NOOP(
        "NetCheck", "Note: %1 has this address leased right now; it keeps it until it renews."),
    # dnsmasq refuses a renewal of an address reserved for another MAC ("address reserved").
    PinProblem.OWN_LEASED: QT_TRANSLATE_NOOP(
        "NetCheck", "Note: this card has the address now under its current MAC address %1. "
        "Pinned for %2, its MAC address from the next start, the address is kept for that one: "
        "the card loses it when it next renews its lease, and gets it back when the VM restarts."),
}


def pin_words(finding: PinFinding) -> str:
    args = finding.args
    if finding.code is PinProblem.RESERVED and args and not args[0]:  # a host without a MAC
        args = (*args[1:], "")
    text = fill(QCoreApplication.translate("NetCheck", PIN_PROBLEMS[finding.code]), *args)
    return text.replace(" )", ")")
