"""An address report in words: where each address came from, and, while a NIC has none,
what is known and what is missing — with libvirt's own messages kept for the curious.

``kvmgui.libvirt.addresses`` hands out source codes and libvirt's raw errors; this is
where they become sentences (translatable, context "Addresses").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QCoreApplication

from kvmgui.libvirt.addresses import AddressReport, AddressSource, GuestAddress
from kvmgui.utils.tr import comma_list, fill

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Addresses"
# (lupdate reads only literal words: a context named by the constant was never extracted)
SOURCE_WORDS = {
    AddressSource.LEASE: QT_TRANSLATE_NOOP("Addresses", "DHCP lease"),
    AddressSource.AGENT: QT_TRANSLATE_NOOP("Addresses", "guest agent"),
    AddressSource.ARP: QT_TRANSLATE_NOOP("Addresses", "ARP"),
}


def source_words(source: str) -> str:
    try:
        return QCoreApplication.translate(CONTEXT, SOURCE_WORDS[AddressSource(source)])
    except (KeyError, ValueError):
        return source


def address_line(addr: GuestAddress) -> str:
    """'192.168.10.5/24 (DHCP lease, ARP)'; no prefix when none is known (ARP's is 0)."""
    return fill(QCoreApplication.translate("Addresses", "%1 (%2)"),
                addr.cidr if addr.prefix else addr.address,
                comma_list(
                    source_words(s) for s in addr.sources))


def _lease_reason(report: AddressReport, on_network: bool | None, no_dhcp: str,
                  unlisted: bool, bridge_of: str) -> str:
    source = AddressSource.LEASE
    if source in report.errors:
        return QCoreApplication.translate("Addresses", "the DHCP leases could not be read")
    if source not in report.answered:
        return ""
    if on_network is False and bridge_of:  # its DHCP answers, libvirt lists no lease
        return fill(QCoreApplication.translate(
            "Addresses", "it is on the bridge of network %1, not on the network, so libvirt "
                         "lists no DHCP lease for it"), bridge_of)
    if on_network is False:
        return QCoreApplication.translate(
            "Addresses", "it is not on a libvirt network that hands out addresses, so there "
                         "is no DHCP lease to read")
    if no_dhcp and unlisted:
        return fill(QCoreApplication.translate(
            "Addresses", "network %1 gives addresses only to the cards it lists, and not to "
                         "this one, so no lease will come"), no_dhcp)
    if no_dhcp:
        return fill(QCoreApplication.translate(
            "Addresses", "network %1 hands out no addresses (it has no DHCP range), so no "
                         "lease will come"), no_dhcp)
    return QCoreApplication.translate("Addresses", "no DHCP lease for this MAC yet")


def _agent_reason(report: AddressReport) -> str:
    source = AddressSource.AGENT
    if source in report.errors:
        code = report.codes.get(source)
        if code == libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED:
            return QCoreApplication.translate("Addresses", "no guest agent in this VM")
        if code in (libvirt.VIR_ERR_AGENT_UNRESPONSIVE, libvirt.VIR_ERR_AGENT_UNSYNCED):
            return QCoreApplication.translate(
                "Addresses", "the guest agent does not answer (not running in the guest yet?)")
        if code in (libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_OPERATION_UNSUPPORTED):
            return QCoreApplication.translate("Addresses", "this host cannot ask a guest agent")
        if code in (libvirt.VIR_ERR_ACCESS_DENIED, libvirt.VIR_ERR_OPERATION_DENIED):
            return QCoreApplication.translate(
                "Addresses", "this login may not ask the VM's guest agent on this host")
        return QCoreApplication.translate("Addresses", "the guest agent could not be asked")
    if source in report.answered:
        return QCoreApplication.translate("Addresses",
                                          "the guest agent reports no address for this MAC")
    return ""


def _arp_reason(report: AddressReport) -> str:
    source = AddressSource.ARP
    if source in report.errors:
        return QCoreApplication.translate("Addresses", "the host's ARP table could not be read")
    if source in report.answered:
        return QCoreApplication.translate("Addresses", "the host has seen no traffic from this MAC")
    return ""


def missing_words(report: AddressReport, on_network: bool | None = None, no_dhcp: str = "",
                  unlisted: bool = False, bridge_of: str = "") -> str:
    """Why a running VM's NIC shows no address: "No address yet. No guest agent in this
    VM; no DHCP lease for this MAC yet; …". ``on_network``: whether the NIC is on a
    libvirt virtual network (None: not known); ``no_dhcp``: the name of that network when
    it has no DHCP, or (``unlisted``) DHCP only for the cards it lists, not this one;
    ``bridge_of``: the network on whose bridge (virbr0) the NIC is, not on the network."""
    reasons = [r for r in (_agent_reason(report),
                           _lease_reason(report, on_network, no_dhcp, unlisted, bridge_of),
                           _arp_reason(report)) if r]
    if not reasons:
        return QCoreApplication.translate("Addresses", "No address yet.")
    joined = QCoreApplication.translate("Addresses", "; ").join(reasons)
    return fill(QCoreApplication.translate("Addresses", "No address yet. %1."),
                joined[:1].upper() + joined[1:])


def libvirt_details(report: AddressReport) -> str:
    """libvirt's own messages, one line per source that failed ("" when none failed)."""
    if not report.errors:
        return ""
    lines = [fill(QCoreApplication.translate("Addresses", "%1: %2"), source_words(s), m)
             for s, m in report.errors.items()]
    return QCoreApplication.translate("Addresses", "What libvirt said:") + "\n" + "\n".join(lines)
