"""Editing lxml trees in place: where a new child goes, paths created on demand, units.

libvirt keeps a schema order for some children (``<title>`` before ``<description>``,
``<kernel>`` after ``<type>``); placing new elements where libvirt would keeps diffs small.
"""

from __future__ import annotations

from typing import TypeVar

from lxml import etree

from kvmgui.xml.base import XMLParseError, XPathProperty
from kvmgui.xml.words import QT_TRANSLATE_NOOP

T = TypeVar("T")


def insert_child(
    parent: etree._Element, child: etree._Element, after: tuple[str, ...] | None = None
) -> etree._Element:
    """Append `child`, or place it after the last existing sibling named in `after`
    (first if none exists) so output reads in libvirt's usual order."""
    if after is None:
        parent.append(child)
        return child
    anchors = [i for i, sib in enumerate(parent) if sib.tag in after]
    parent.insert(anchors[-1] + 1 if anchors else 0, child)
    return child


def ensure_path(
    parent: etree._Element, path: str, after: tuple[str, ...] | None = None
) -> etree._Element:
    """Find or create the element at a plain 'a/b' path; `after` places the last one."""
    parts = path.split("/")
    for depth, tag in enumerate(parts):
        child = parent.find(tag)
        if child is None:
            child = insert_child(
                parent, etree.Element(tag), after if depth == len(parts) - 1 else None
            )
        parent = child
    return parent


class PlacedProperty(XPathProperty[T]):
    """An XPathProperty whose element, when it has to be created, goes after the siblings
    named in `after` instead of last, so edited XML reads like libvirt's own."""

    def __init__(self, prop: XPathProperty[T], after: tuple[str, ...]) -> None:
        super().__init__(prop.path, prop.parse, prop.unparse, prop.default)
        self.after = after

    def write(self, node: etree._Element, value: T | None) -> None:
        existed = self._walk(node, create=False) is not None
        super().write(node, value)
        created = None if existed else self._walk(node, create=False)
        if created is not None and created is not node:
            parent = created.getparent()
            assert parent is not None  # created below node
            parent.remove(created)
            insert_child(parent, created, self.after)


_POWERS = "kmgtpe"  # k = 1, … e = 6


def _unit_scale(unit: str) -> int | None:
    """Bytes in one ``unit``, read as libvirt's ``virScaleInteger`` does (any case): b, byte,
    bytes; k, KiB … e, EiB in powers of 1024; KB … EB in powers of 1000. None when
    libvirt refuses the unit ("unknown suffix")."""
    unit = unit.lower()
    if unit in ("b", "byte", "bytes"):
        return 1
    power = _POWERS.find(unit[:1]) + 1 if unit else 0
    rest = unit[1:]
    if not power or rest not in ("", "ib", "b"):
        return None
    base = 1000 if rest == "b" else 1024
    return int(base**power)  # int ** int is Any to mypy (a negative power gives a float)


def scaled_bytes(node: etree._Element | None, default_unit: str) -> int | None:
    """Value of a libvirt scaled integer (`<memory unit='GiB'>2</memory>`) in bytes; raises
    ``XMLParseError`` for a unit libvirt refuses."""
    if node is None:
        return None
    text = (node.text or "").strip()
    if not text:
        return None
    unit = node.get("unit") or default_unit
    scale = _unit_scale(unit)
    if scale is None:
        raise XMLParseError(QT_TRANSLATE_NOOP("XmlCheck", "unknown unit '%1' in <%2>").words(
            unit, node.tag))
    return int(text) * scale
