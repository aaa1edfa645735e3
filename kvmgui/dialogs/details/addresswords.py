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

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Addresses"
SOURCE_WORDS = {
    AddressSource.LEASE: QT_TRANSLATE_NOOP(CONTEXT, "DHCP lease"),
    AddressSource.AGENT: QT_TRANSLATE_NOOP(CONTEXT, "guest agent"),
    AddressSource.ARP: QT_TRANSLATE_NOOP(CONTEXT, "ARP"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def source_words(source: str) -> str:
    try:
        return _tr(SOURCE_WORDS[AddressSource(source)])
    except (KeyError, ValueError):
        return source


def address_line(addr: GuestAddress) -> str:
    """'192.168.10.5/24 (DHCP lease, ARP)'."""
    return _tr("%1 (%2)").replace("%1", addr.cidr).replace(
        "%2", ", ".join(source_words(s) for s in addr.sources))


def _lease_reason(report: AddressReport, on_network: bool | None) -> str:
    source = AddressSource.LEASE
    if source in report.errors:
        return _tr("the DHCP leases could not be read")
    if source not in report.answered:
        return ""
    if on_network is False:
        return _tr("it is not on a libvirt network, so there is no DHCP lease to read")
    return _tr("no DHCP lease for this MAC yet")


def _agent_reason(report: AddressReport) -> str:
    source = AddressSource.AGENT
    if source in report.errors:
        code = report.codes.get(source)
        if code == libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED:
            return _tr("no guest agent in this VM")
        if code in (libvirt.VIR_ERR_AGENT_UNRESPONSIVE, libvirt.VIR_ERR_AGENT_UNSYNCED):
            return _tr("the guest agent does not answer (not running in the guest yet?)")
        if code in (libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_OPERATION_UNSUPPORTED):
            return _tr("this host cannot ask a guest agent")
        return _tr("the guest agent could not be asked")
    if source in report.answered:
        return _tr("the guest agent reports no address for this MAC")
    return ""


def _arp_reason(report: AddressReport) -> str:
    source = AddressSource.ARP
    if source in report.errors:
        return _tr("the host's ARP table could not be read")
    if source in report.answered:
        return _tr("the host has seen no traffic from this MAC")
    return ""


def missing_words(report: AddressReport, on_network: bool | None = None) -> str:
    """Why a running VM's NIC shows no address: "No address yet. No guest agent in this
    VM; no DHCP lease for this MAC yet; …". ``on_network``: whether the NIC is on a
    libvirt virtual network (None: not known)."""
    reasons = [r for r in (_agent_reason(report), _lease_reason(report, on_network),
                           _arp_reason(report)) if r]
    if not reasons:
        return _tr("No address yet.")
    joined = "; ".join(reasons)
    return _tr("No address yet. %1.").replace("%1", joined[:1].upper() + joined[1:])


def libvirt_details(report: AddressReport) -> str:
    """libvirt's own messages, one line per source that failed ("" when none failed)."""
    if not report.errors:
        return ""
    lines = [_tr("%1: %2").replace("%1", source_words(s)).replace("%2", m)
             for s, m in report.errors.items()]
    return _tr("What libvirt said:") + "\n" + "\n".join(lines)
