"""Checks on network XML typed by hand in the wizard, before libvirt sees it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kvmgui.libvirt.netops import HostInterface
from kvmgui.models.words import say
from kvmgui.utils.tr import fill
from kvmgui.wizards.common.schema_check import Shown
from kvmgui.wizards.network.state import Message, missing_device_note
from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_spec import ForwardMode, macvtap_forward
from kvmgui.xml.network_validate import HostNetwork, ValidationContext

MAX_SCHEMA_MESSAGES = 3
NOTE = "xml.note"  # said under the XML, not blocking Finish


def check_xml(text: str, context: ValidationContext, schema: Callable[[str], Shown],
              ifaces: list[HostInterface] | None = None) -> list[Message]:
    """Problems (key ``xml``) of hand-written network XML: syntax, schema (``schema``'s
    answer, from a worker), clashes; and notes (key ``NOTE``): a host device the host's
    interfaces (``ifaces``) lack, a schema check that failed. The parser's and the schema's
    own messages are libxml2's, quoted as they are."""
    try:
        root = parse_xml(text)
    except XMLParseError as err:
        return [Message("xml", fill(QCoreApplication.translate(
            "NetworkXmlCheck", "The XML does not parse: %1"), say(err.words)))]
    if root.tag != "network":
        return [Message("xml", fill(QCoreApplication.translate(
            "NetworkXmlCheck", "The root element must be <network>, not <%1>."), str(root.tag)))]
    shown = schema(text)
    problems = [Message("xml", fill(QCoreApplication.translate("NetworkXmlCheck", "Line %1: %2"),
                                    line, message))
                for line, message in shown.problems[:MAX_SCHEMA_MESSAGES]]
    doc = NetworkDoc(root)
    mine = HostNetwork.from_doc(doc)
    if not mine.name:
        problems.append(Message("xml", QCoreApplication.translate(
            "NetworkXmlCheck", "The network needs a <name>.")))
    for other in context.others():
        if other.name == mine.name:
            problems.append(Message("xml", fill(QCoreApplication.translate(
                "NetworkXmlCheck", "This host already has a network named '%1'."), other.name)))
        if mine.bridge and other.bridge == mine.bridge and (mine.managed or other.managed):
            problems.append(Message("xml", fill(QCoreApplication.translate(
                "NetworkXmlCheck", "Bridge %1 belongs to network '%2'."), mine.bridge, other.name)))
        for subnet in mine.subnets:
            for theirs in other.subnets:
                if subnet.version == theirs.version and subnet.overlaps(theirs):
                    problems.append(Message("xml", fill(QCoreApplication.translate(
                        "NetworkXmlCheck", "%1 overlaps network '%2' (%3)."),
                        str(subnet), other.name, str(theirs))))
    # As the spec check: libvirt cannot create its own bridge under a name the host has.
    if mine.managed and mine.bridge and mine.bridge in (context.interfaces or ()) \
            and mine.bridge not in {net.bridge for net in context.networks}:
        problems.append(Message("xml", fill(QCoreApplication.translate(
            "NetworkXmlCheck", "This host already has an interface named %1."), mine.bridge)))
    for route in context.foreign_routes():
        for subnet in mine.subnets:
            net = route.network
            if net.version == subnet.version and net.prefixlen and net.overlaps(subnet):
                problems.append(Message("xml", fill(QCoreApplication.translate(
                    "NetworkXmlCheck", "%1 overlaps %2, which this machine already routes."),
                    str(subnet), str(net))))
    problems.extend(Message(NOTE, note) for note in _host_device_notes(doc, ifaces or []))
    if shown.failure:  # libvirt checks it again at the define
        problems.append(Message(NOTE, fill(QCoreApplication.translate(
            "NetworkXmlCheck", "Could not check the XML against libvirt's schema: %1"), shown.failure)))
    return problems


def _host_device_notes(doc: NetworkDoc, ifaces: list[HostInterface]) -> list[str]:
    """The Host device page's note on each device a bridge, macvtap or SR-IOV network is on."""
    mode = doc.forward_mode
    if mode == "bridge" and doc.bridge_name:
        notes = [missing_device_note(ForwardMode.BRIDGE, doc.bridge_name, ifaces)]
    elif macvtap_forward(mode, doc.bridge_name):
        # A macvtap pool may list several interfaces: its VMs take any of them.
        devs = dict.fromkeys([doc.forward_dev or "", *doc.forward_interfaces])
        notes = [missing_device_note(ForwardMode.MACVTAP, dev, ifaces) for dev in devs]
    elif mode == "hostdev":
        notes = [missing_device_note(ForwardMode.HOSTDEV, doc.pf_dev or "", ifaces)]
    else:
        notes = []
    return [note for note in notes if note]
