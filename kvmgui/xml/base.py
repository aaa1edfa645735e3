"""Shared plumbing for libvirt XML documents.

Safe parsing, pretty output, XPath-mapped properties and RelaxNG checks. A
document class wraps the parsed lxml tree and edits it in place, so whatever
it does not model survives a round trip (the descriptor idea comes from
virt-manager's ``virtinst/xmlbuilder.py``)::

    class Pool(XMLDocument):
        ROOT_TAG = "pool"
        name = text_property("./name")
        capacity = int_property("./capacity")
        path = text_property("./target/path")

    pool = Pool.from_string(text)
    pool.path = "/srv/images"   # creates <target><path> if missing
    pool.capacity = None        # removes <capacity>
    pool.to_string()
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import ClassVar, Generic, Self, TypeVar, cast, overload

from lxml import etree

from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words

SCHEMA_DIR = Path("/usr/share/libvirt/schemas")

T = TypeVar("T")
N = TypeVar("N", bound="XMLNode")


class XMLParseError(ValueError):
    """The text is not a document we accept; ``line`` is 1-based when known. ``reason``:
    the parser's own message (libxml2's English, like libvirt's), or kvmgui's ``Words``."""

    def __init__(self, message: str | Words, line: int | None = None) -> None:
        text = message.english() if isinstance(message, Words) else message
        super().__init__(text if line is None else f"line {line}: {text}")
        self.line = line
        self.reason = message

    @property
    def words(self) -> Words:
        """The whole message for the user (the GUI says it with ``models.words.say``)."""
        if self.line is None:
            return self.reason if isinstance(self.reason, Words) else Words("XmlCheck", "%1", (self.reason,))
        return QT_TRANSLATE_NOOP("XmlCheck", "line %1: %2").words(self.line, self.reason)


def parse_xml(text: str | bytes) -> etree._Element:
    """Parse ``text`` and return its root element.

    Entities are never expanded, nothing is fetched from the network and a
    DOCTYPE is refused outright: libvirt XML never has one, and refusing it
    closes the entity-expansion tricks for good.
    """
    # Parsers are cheap and not safe to share between threads, so one per call.
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_blank_text=True,  # lets pretty_print re-indent edited trees
        # lxml refuses str with an encoding declaration; we pass UTF-8 bytes
        # and override whatever the declaration says.
        encoding="utf-8" if isinstance(text, str) else None,
    )
    data = text.encode() if isinstance(text, str) else text
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise XMLParseError(err.msg or str(err), err.lineno) from err
    if root.getroottree().docinfo.doctype:  # type: ignore[union-attr]  # lxml-stubs' DocInfo lacks doctype
        raise XMLParseError(QT_TRANSLATE_NOOP("XmlCheck", "a DOCTYPE is not allowed").words(), 1)
    return root


def to_xml(node: etree._Element) -> str:
    """Serialise ``node`` (and its children, not its tail) pretty-printed."""
    return etree.tostring(node, encoding="unicode", pretty_print=True, with_tail=False)


# --- XPath-mapped properties -------------------------------------------------

# One step of the simple paths we can create: "tag" or "tag[@attr='value']".
_STEP = re.compile(r"([A-Za-z_][\w.-]*)(?:\[@([A-Za-z_][\w.-]*)='([^']*)'\])?")


class XPathProperty(Generic[T]):
    """A property of an :class:`XMLNode` mapped to a path below its node.

    The path is ``./step/step/@attr`` (an attribute) or ``./step/step`` (the
    text of an element); each step is ``tag`` or ``tag[@attr='value']``.
    Reading returns ``default`` when anything on the path is missing or the
    text does not convert. Writing creates missing elements in place (with the
    step's attribute, if it has one); writing ``None`` removes the attribute or
    element and then any ancestors this left empty.
    """

    def __init__(
        self,
        path: str,
        parse: Callable[[str], T],
        unparse: Callable[[T], str],
        default: T | None = None,
    ) -> None:
        parts = path.removeprefix("./").split("/") if path not in ("", ".") else []
        self.attr = parts.pop()[1:] if parts and parts[-1].startswith("@") else None
        self.steps: list[tuple[str, str | None, str | None]] = []
        for part in parts:
            match = _STEP.fullmatch(part)
            if not match:
                raise ValueError(f"unsupported path step {part!r} in {path!r}")
            self.steps.append((match[1], match[2], match[3]))
        self.path = path
        self.parse = parse
        self.unparse = unparse
        self.default = default

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: XMLNode, owner: type | None = None) -> T | None: ...
    def __get__(self, obj: XMLNode | None, owner: type | None = None) -> Self | T | None:
        if obj is None:
            return self
        return self.read(obj.node)

    def __set__(self, obj: XMLNode, value: T | None) -> None:
        self.write(obj.node, value)

    def read(self, node: etree._Element) -> T | None:
        """The value below ``node``, or the default."""
        el = self._walk(node, create=False)
        if el is None:
            return self.default
        raw = el.get(self.attr) if self.attr else el.text
        if raw is None:
            return self.default
        try:
            return self.parse(raw)
        except ValueError:
            return self.default

    def write(self, node: etree._Element, value: T | None) -> None:
        """Set the value below ``node``; ``None`` removes it."""
        if value is not None:
            el = self._walk(node, create=True)
            assert el is not None  # create=True always yields an element
            text = self.unparse(value)
            if self.attr:
                el.set(self.attr, text)
            else:
                el.text = text
            return
        el = self._walk(node, create=False)
        if el is None:
            return
        if self.attr:
            drop_attr(el, self.attr)
            _prune_empty(el, node)
        elif el is node or len(el) or el.attrib:
            el.text = None  # the element carries more than this text: keep it
        else:
            parent = el.getparent()
            assert parent is not None  # el is below node
            parent.remove(el)
            _prune_empty(parent, node)

    def _walk(self, node: etree._Element, *, create: bool) -> etree._Element | None:
        el = node
        for tag, key, val in self.steps:
            selector = tag if key is None else f"{tag}[@{key}='{val}']"
            child = el.find(selector)
            if child is None:
                if not create:
                    return None
                child = etree.SubElement(el, tag, {key: val} if key and val is not None else {})
            el = child
        return el


def drop_attr(el: etree._Element, *names: str) -> None:
    """Remove the attributes ``names`` of ``el`` that it has (``attrib.pop(name, None)``,
    which lxml-stubs do not accept)."""
    for name in names:
        if name in el.attrib:
            del el.attrib[name]


def _prune_empty(el: etree._Element | None, stop: etree._Element) -> None:
    """Remove ``el`` and its ancestors while they hold nothing, up to ``stop``."""
    while el is not None and el is not stop:
        if len(el) or el.attrib or (el.text and el.text.strip()):
            return
        parent = el.getparent()
        if parent is None:
            return
        parent.remove(el)
        el = parent


def text_property(path: str, default: str | None = None) -> XPathProperty[str]:
    """A string attribute or element text."""
    return XPathProperty(path, str, str, default)


def int_property(path: str, default: int | None = None) -> XPathProperty[int]:
    """A decimal integer; unparsable text reads as ``default``."""
    return XPathProperty(path, int, str, default)


def bool_property(
    path: str, true: str = "yes", false: str = "no", default: bool | None = None
) -> XPathProperty[bool]:
    """A two-valued word such as yes/no or on/off; other words read as ``default``."""

    def parse(text: str) -> bool:
        if text not in (true, false):
            raise ValueError(text)
        return text == true

    return XPathProperty(path, parse, lambda value: true if value else false, default)


class XMLNode:
    """One lxml element; the class's :class:`XPathProperty` attributes read
    and write below it."""

    def __init__(self, node: etree._Element) -> None:
        self.node = node

    def children(self, path: str, cls: type[N]) -> list[N]:
        """Every element matching ``path`` (ElementPath), each wrapped in ``cls``."""
        return [cls(el) for el in self.node.findall(path)]

    def to_string(self) -> str:
        return to_xml(self.node)


class XMLDocument(XMLNode):
    """A whole document whose root tag is ``ROOT_TAG``."""

    ROOT_TAG: ClassVar[str]

    @classmethod
    def from_string(cls, text: str | bytes) -> Self:
        """Parse ``text``; raises :class:`XMLParseError` for a wrong root tag too."""
        root = parse_xml(text)
        if root.tag != cls.ROOT_TAG:
            line = cast("int | None", root.sourceline)  # lxml-stubs leave sourceline untyped
            raise XMLParseError(QT_TRANSLATE_NOOP("XmlCheck", "expected <%1>, found <%2>").words(
                cls.ROOT_TAG, str(root.tag)), line)
        return cls(root)

    @classmethod
    def new(cls) -> Self:
        """An empty document: just the root element."""
        return cls(etree.Element(cls.ROOT_TAG))


# --- RelaxNG ---------------------------------------------------------------

# One thread owns every RelaxNG object: it parses the schema, compiles it, parses the
# document and validates. lxml ties documents and compiled schemas to the thread whose
# parser dictionary made them; sharing a cached schema between worker threads crashed the
# test suite now and then (a segfault in an unrelated paint, 1 run in 4 of the XML editor
# tests) once the editor's check moved off the GUI thread.
_rng_thread = ThreadPoolExecutor(1, thread_name_prefix="kvmgui-relaxng")


@functools.cache
def _relaxng(path: Path) -> etree.RelaxNG:  # only ever called on _rng_thread
    return etree.RelaxNG(etree.parse(str(path)))


def validate_rng(
    xml: str | etree._Element, schema: str, schema_dir: Path = SCHEMA_DIR
) -> list[tuple[int, str]]:
    """Check ``xml`` against ``<schema_dir>/<schema>.rng`` (e.g. ``"network"``).

    Returns ``(line, message)`` pairs, empty when valid. Lines refer to
    ``xml`` itself, or for an element to its :func:`to_xml` text. When
    ``schema_dir`` does not exist (libvirt not installed) nothing can be
    checked and the result is empty; a missing schema file in an existing
    directory raises ``FileNotFoundError``, as a typo should. Blocks while the
    RelaxNG thread works: call it from a worker (or a test).
    """
    if not schema_dir.is_dir():
        return []
    path = schema_dir / f"{schema}.rng"
    if not path.is_file():
        raise FileNotFoundError(path)
    text = xml if isinstance(xml, str) else to_xml(xml)
    return _rng_thread.submit(_validate_text, text, path).result()


def _validate_text(text: str, path: Path) -> list[tuple[int, str]]:
    try:
        root = parse_xml(text)
    except XMLParseError as err:
        return [(err.line or 0, str(err))]
    rng = _relaxng(path)
    if rng.validate(root.getroottree()):
        return []
    return [(entry.line, entry.message) for entry in rng.error_log]
