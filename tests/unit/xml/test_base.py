"""kvmgui.xml.base: safe parsing, output, XPath properties, RelaxNG."""

from __future__ import annotations

import pytest
from lxml import etree

from kvmgui.xml.base import (
    SCHEMA_DIR,
    XMLDocument,
    XMLNode,
    XMLParseError,
    bool_property,
    int_property,
    parse_xml,
    text_property,
    to_xml,
    validate_rng,
)


class Thing(XMLDocument):
    ROOT_TAG = "thing"
    name = text_property("./name")
    size = int_property("./target/size/@bytes")
    shared = bool_property("./shared/@enabled", default=False)
    stp = bool_property("./bridge/@stp", "on", "off")
    v6 = text_property("./ip[@family='ipv6']/@address")
    kind = text_property("./@kind")


class Item(XMLNode):
    id = text_property("./@id")


# --- parsing ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["UTF-8", "ISO-8859-1"])
def test_parse_str_with_encoding_declaration(encoding):
    root = parse_xml(f"<?xml version='1.0' encoding='{encoding}'?>\n<thing><name>é</name></thing>")
    assert root.findtext("name") == "é"


@pytest.mark.parametrize(
    "text",
    [
        '<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><t>&x;</t>',
        '<!DOCTYPE t [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><t>&b;</t>',  # laughs
        '<!DOCTYPE t SYSTEM "http://example.invalid/t.dtd"><t/>',
    ],
)
def test_parse_refuses_doctype_and_entities(text):
    with pytest.raises(XMLParseError, match="DOCTYPE"):
        parse_xml(text)


def test_parse_error_has_line():
    with pytest.raises(XMLParseError) as info:
        parse_xml("<thing>\n  <name>\n</thing>")
    assert info.value.line == 3
    assert isinstance(info.value, ValueError)


def test_to_xml_pretty_prints_without_tail():
    root = parse_xml("<a>  <b>x</b>   <c/>  </a>")
    assert to_xml(root) == "<a>\n  <b>x</b>\n  <c/>\n</a>\n"
    assert to_xml(root.find("b")) == "<b>x</b>\n"


def test_document_root_tag():
    with pytest.raises(XMLParseError, match="expected <thing>"):
        Thing.from_string("<other/>")
    assert Thing.new().to_string() == "<thing/>\n"


# --- XPath properties ---------------------------------------------------------------


def test_read_missing_gives_default():
    thing = Thing.new()
    assert (thing.name, thing.size, thing.shared, thing.stp, thing.v6) == (
        None, None, False, None, None
    )


def test_write_creates_path_in_place():
    thing = Thing.from_string("<thing><name>a</name><keep x='1'/></thing>")
    thing.size = 4096
    thing.stp = False
    thing.v6 = "fd00::1"
    thing.kind = "test"
    assert to_xml(thing.node) == (
        '<thing kind="test">\n  <name>a</name>\n  <keep x="1"/>\n'
        '  <target>\n    <size bytes="4096"/>\n  </target>\n  <bridge stp="off"/>\n'
        '  <ip family="ipv6" address="fd00::1"/>\n</thing>\n'
    )
    assert (thing.size, thing.stp, thing.v6) == (4096, False, "fd00::1")


def test_write_none_removes_and_prunes_empty_parents():
    thing = Thing.from_string(
        "<thing><name>a</name><target><size bytes='1'/><path>/x</path></target>"
        "<shared enabled='yes'/></thing>"
    )
    thing.shared = None
    thing.size = None
    thing.name = None
    assert to_xml(thing.node) == "<thing>\n  <target>\n    <path>/x</path>\n  </target>\n</thing>\n"
    thing.name = None  # removing what is not there is fine
    assert thing.node.find("name") is None


def test_predicate_selects_the_right_sibling():
    thing = Thing.from_string(
        "<thing><ip address='10.0.0.1'/><ip family='ipv6' address='fd00::2'/></thing>"
    )
    assert thing.v6 == "fd00::2"


def test_unparsable_values_read_as_default():
    thing = Thing.from_string(
        "<thing><target><size bytes='lots'/></target><shared enabled='maybe'/></thing>"
    )
    assert thing.size is None
    assert thing.shared is False


def test_removing_text_keeps_element_with_children():
    thing = Thing.from_string("<thing><name>a<sub/></name></thing>")
    thing.name = None
    assert to_xml(thing.node) == "<thing>\n  <name>\n    <sub/>\n  </name>\n</thing>\n"


def test_bad_path_is_refused_at_definition():
    with pytest.raises(ValueError, match="unsupported path step"):
        text_property("./a[1]/@b")


def test_children_wraps_each_match():
    thing = Thing.from_string("<thing><item id='1'/><item id='2'/><other/></thing>")
    items = thing.children("./item", Item)
    assert [item.id for item in items] == ["1", "2"]
    items[1].id = "3"
    assert thing.node.findall("item")[1].get("id") == "3"


# --- RelaxNG --------------------------------------------------------------------------

needs_schemas = pytest.mark.skipif(not SCHEMA_DIR.is_dir(), reason="libvirt schemas not installed")


@needs_schemas
def test_validate_ok_and_errors_with_lines():
    assert validate_rng("<network><name>n</name></network>", "network") == []
    errors = validate_rng("<network>\n  <name>n</name>\n  <bogus/>\n</network>", "network")
    assert errors and all(isinstance(line, int) and msg for line, msg in errors)
    assert any("bogus" in msg for _, msg in errors)


@needs_schemas
def test_validate_element_and_malformed_text():
    assert validate_rng(etree.fromstring("<network><name>n</name></network>"), "network") == []
    assert validate_rng("<network>", "network")[0][0] == 1


def test_validate_without_schema_dir_checks_nothing(tmp_path):
    assert validate_rng("<bogus/>", "network", schema_dir=tmp_path / "absent") == []


def test_validate_unknown_schema_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        validate_rng("<x/>", "nosuch", schema_dir=tmp_path)
