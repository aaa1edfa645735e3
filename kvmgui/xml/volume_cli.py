"""A ``<volume>`` document as ``virsh vol-create-as`` arguments, where they say all of it.

``vol-create-as POOL NAME CAPACITY [--allocation A] [--format F] [--backing-vol P
--backing-vol-format BF]`` makes exactly the volume XML it was given only when that XML
holds nothing else: :func:`create_as` returns the arguments then, else None (the line is
then ``vol-create POOL FILE`` with the XML itself). Sizes are written as virsh's scaled
integers (``20GiB``, else bytes). No Qt, no libvirt.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.inplace import scaled_bytes

_VOLUME = frozenset({"name", "capacity", "allocation", "target", "backingStore"})
_TYPE = frozenset({"type"})
_UNITS = (("TiB", 1024**4), ("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024))


def scaled(count: int) -> str:
    """``count`` bytes as virsh reads a scaled integer: the largest exact binary unit."""
    for unit, factor in _UNITS:
        if count and count % factor == 0:
            return f"{count // factor}{unit}"
    return str(count)


@dataclass(frozen=True, slots=True)
class CreateAs:
    """What ``vol-create-as`` needs to make one volume."""

    name: str
    capacity: int
    allocation: int | None = None
    format: str = ""
    backing_path: str = ""
    backing_format: str = ""

    def args(self, pool: str) -> tuple[str, ...]:
        out = ["vol-create-as", pool, self.name, scaled(self.capacity)]
        if self.allocation is not None:
            out += ["--allocation", scaled(self.allocation)]
        if self.format:
            out += ["--format", self.format]
        if self.backing_path:
            out += ["--backing-vol", self.backing_path, "--backing-vol-format", self.backing_format]
        return tuple(out)


def _only(node: etree._Element, children: frozenset[str],
          attributes: frozenset[str] = frozenset()) -> bool:
    """Only these child elements (comments aside) and attributes."""
    return set(node.attrib) <= attributes and all(
        not isinstance(c.tag, str) or c.tag in children for c in node)


def create_as(xml: str) -> CreateAs | None:
    """The ``vol-create-as`` arguments for ``xml``, or None when they cannot say it all."""
    try:
        root = parse_xml(xml)
    except XMLParseError:
        return None
    if root.tag != "volume" or not _only(root, _VOLUME):
        return None
    name = (root.findtext("name") or "").strip()
    try:
        capacity = scaled_bytes(root.find("capacity"), "bytes")
        allocation = scaled_bytes(root.find("allocation"), "bytes")
    except ValueError:  # not a number, or a unit libvirt refuses (XMLParseError)
        return None
    if not name or capacity is None:
        return None
    fmt = ""
    target = root.find("target")
    if target is not None:
        if not _only(target, frozenset({"format"})):
            return None
        node = target.find("format")
        if node is not None:
            if not _only(node, frozenset(), _TYPE) or not node.get("type"):
                return None
            fmt = node.get("type", "")
    backing_path = backing_format = ""
    backing = root.find("backingStore")
    if backing is not None:
        node = backing.find("format")
        if not _only(backing, frozenset({"path", "format"})) or node is None \
                or not _only(node, frozenset(), _TYPE):
            return None
        backing_path = (backing.findtext("path") or "").strip()
        backing_format = node.get("type", "")
        if not backing_path or not backing_format:
            return None
    return CreateAs(name, capacity, allocation, fmt, backing_path, backing_format)
