"""The XML editor's worker side: checks (parse, root element, libvirt's RelaxNG schema),
the diff before applying, and reading a definition with "is it what we had?".

All run in workers: for a large definition each takes milliseconds to tens of them
(docs/performance.md, "XML editor"), which the GUI thread must not wait for.
"""

from __future__ import annotations

from typing import cast

import libvirt

from kvmgui.libvirt import domainops
from kvmgui.xml.base import XMLParseError, parse_xml, validate_rng
from kvmgui.xml.diff import canonical_xml, xml_diff
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words

SCHEMAS = {"domain": "domain", "network": "network", "pool": "storagepool"}
# Our own problems are Words (worded on the GUI thread by kvmgui.models.words.say); the
# schema's are libxml2's text, shown as they are.
NOT_WELL_FORMED = QT_TRANSLATE_NOOP("XmlEditorDialog", "Not well-formed XML: %1")
WRONG_ROOT = QT_TRANSLATE_NOOP("XmlEditorDialog", "The root element must be <%1>, not <%2>")

Problems = list[tuple[int, Words | str]]


def check_xml(text: str, kind: str) -> Problems:
    """(line, message) problems of ``text`` as a ``kind`` definition; empty when fine."""
    try:
        root = parse_xml(text)
    except XMLParseError as err:
        return [(err.line or 1, NOT_WELL_FORMED.words(err.reason))]  # the parser's words or ours
    expected = "pool" if kind == "pool" else kind
    if root.tag != expected:
        line = cast("int | None", root.sourceline)  # lxml-stubs leave sourceline untyped
        return [(line or 1, WRONG_ROOT.words(expected, str(root.tag)))]
    return [(line or 1, message) for line, message in validate_rng(text, SCHEMAS[kind])]


def check_and_diff(text: str, kind: str, definition: str | None,
                   labels: tuple[str, str] = ("current definition", "your edit"),
                   ) -> tuple[Problems, list[str]]:
    """The problems of ``text``; when there are none and ``definition`` is given, the diff
    from it to ``text`` (what applying would change), its sides called ``labels`` (words
    the GUI translated: the worker makes none)."""
    problems = check_xml(text, kind)
    if problems or definition is None:
        return problems, []
    return [], xml_diff(definition, text, *labels)


def same_xml(a: str, b: str) -> bool:
    try:
        return canonical_xml(a) == canonical_xml(b)
    except (XMLParseError, ValueError):
        return a == b


def read_and_compare(conn: libvirt.virConnect, kind: str, uuid: str,
                     known: str | None) -> tuple[str, bool]:
    """The definition libvirt has now, and whether it means the same as ``known``."""
    text = domainops.read_definition(conn, kind, uuid)
    return text, known is not None and same_xml(text, known)
