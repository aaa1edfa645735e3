"""Checks on network XML typed by hand in the wizard, before libvirt sees it."""

from __future__ import annotations

from kvmgui.xml.base import XMLParseError, parse_xml, validate_rng
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_validate import HostNetwork, Problem, ValidationContext

MAX_SCHEMA_MESSAGES = 3


def check_xml(text: str, context: ValidationContext) -> list[Problem]:
    """Problems (key ``xml``) of hand-written network XML: syntax, schema, clashes."""
    try:
        root = parse_xml(text)
    except XMLParseError as err:
        return [Problem("xml", f"The XML does not parse: {err}")]
    if root.tag != "network":
        return [Problem("xml", f"The root element must be <network>, not <{root.tag}>.")]
    problems = [Problem("xml", f"Line {line}: {message}")
                for line, message in validate_rng(text, "network")[:MAX_SCHEMA_MESSAGES]]
    doc = NetworkDoc(root)
    mine = HostNetwork.from_doc(doc)
    if not mine.name:
        problems.append(Problem("xml", "The network needs a <name>."))
    for other in context.others():
        if other.name == mine.name:
            problems.append(Problem("xml", f"This host already has a network named '{other.name}'."))
        if mine.bridge and other.bridge == mine.bridge and (mine.managed or other.managed):
            problems.append(Problem("xml", f"Bridge {mine.bridge} belongs to network '{other.name}'."))
        for subnet in mine.subnets:
            for theirs in other.subnets:
                if subnet.version == theirs.version and subnet.overlaps(theirs):
                    problems.append(Problem(
                        "xml", f"{subnet} overlaps network '{other.name}' ({theirs})."))
    for route in context.foreign_routes():
        for subnet in mine.subnets:
            net = route.network
            if net.version == subnet.version and net.prefixlen and net.overlaps(subnet):
                problems.append(Problem(
                    "xml", f"{subnet} overlaps {net}, which this machine already routes."))
    return problems
