"""The XML editor fed broken edits: the definition of a VM, network and pool with parts
cut, junk inserted (tags, entities, a DOCTYPE, control characters) or all replaced.

For every edit: no exception escapes; if the text is not a valid definition, Apply shows
at least one problem (with its line) and an error status, nothing reaches libvirt (no
diff asked, no define), and the text in the editor is exactly what the user left there.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kvmgui.dialogs.xmledit_check import NOT_WELL_FORMED, check_xml
from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.libvirt import domainops
from kvmgui.models.words import say
from kvmgui.xml.words import Words
from tests.property.support import budget

OBJECTS = {  # on the Demo host
    "domain": "4dea22b3-1d52-d8f3-2516-782e98a23f01",
    "network": "dd8fe884-6c02-601e-7551-cca97df1c510",
    "pool": "35bb2ad9-388a-cdfe-461a-b8907f6e5301",
}
SNIPPETS = st.sampled_from([
    "<", ">", "&", "&amp", "&x;", "]]>", "<!--", "-->", "<?xml version='1.0'?>",
    "<!DOCTYPE domain [<!ENTITY x 'y'>]>", "</domain>", "<domain>", "<network>", "<pool>",
    "<colour>red</colour>", " bogus='1'", "<memory unit='KiB'>-5</memory>", "<vcpu>lots</vcpu>",
    "<name></name>", "<uuid>not-a-uuid</uuid>", "\x00", "\x07", "\u2028", "\ufeff", "é", "\t",
    "<![CDATA[x]]>", "xmlns:q='urn:q'", "<q:x xmlns:q='urn:q'/>",
])
# Well-formed pieces: the document stays XML, the schema has to find what is wrong.
ELEMENTS = st.sampled_from([
    "<colour>red</colour>", "<vcpu>lots</vcpu>", "<name></name>", "<uuid>not-a-uuid</uuid>",
    "<memory unit='KiB'>-5</memory>", "<q:x xmlns:q='urn:q'/>", "<![CDATA[x]]>", "<!--c-->",
    "\t", "é", "<devices/>", "<bridge name='virbr0'/>", "<target/>", "<capacity>big</capacity>",
])
# (where 0..1, characters to cut, what to insert), or ("after tag", n, what): inserted
# after the n-th ">", which keeps the XML well-formed more often (then the schema speaks).
CUTS = st.one_of(st.just(0), st.integers(0, 60))
EDITS = st.lists(st.one_of(
    st.tuples(st.floats(0, 1), CUTS, st.one_of(SNIPPETS, st.text(max_size=8))),
    st.tuples(st.just("after tag"), st.integers(0, 200), ELEMENTS),
    st.tuples(st.just("after tag"), st.integers(0, 200), ELEMENTS)), min_size=1, max_size=3)


def edited(text: str, edits: list[tuple]) -> str:
    for where, cut, insert in edits:
        if where == "after tag":
            ends = [i + 1 for i, c in enumerate(text) if c == ">"] or [0]
            at = ends[cut % len(ends)]
            text = text[:at] + insert + text[at:]
        else:
            at = int(where * len(text))
            text = text[:at] + insert + text[at + cut:]
    return text


@pytest.mark.parametrize("kind", sorted(OBJECTS))
def test_broken_edits_are_refused_with_a_message_and_kept(kind, connected, qtbot, monkeypatch):
    asked: list[list[str]] = []
    defined: list[str] = []
    monkeypatch.setattr(XmlEditorDialog, "confirm_diff",
                        lambda self, lines, answer: (asked.append(lines), answer(False)))
    monkeypatch.setattr(XmlEditorDialog, "ask_discard", lambda self, on_discard: on_discard())
    real_define = domainops.define_definition
    monkeypatch.setattr(domainops, "define_definition",
                        lambda *a: defined.append(a[-1]) or real_define(*a))
    dialog = XmlEditorDialog(connected, kind, OBJECTS[kind])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.definition is not None and bool(dialog.editor.toPlainText()))
    original = dialog.editor.toPlainText()
    seen: Counter[str] = Counter()

    @settings(max_examples=budget(120))
    @given(edits=EDITS, whole=st.one_of(st.none(), st.text(max_size=200)))
    def check(edits, whole):
        typed = whole if whole is not None else edited(original, edits)
        dialog.editor.selectAll()
        dialog.editor.insertPlainText(typed)  # as typed: undoable, marks the text modified
        before = dialog.editor.toPlainText()  # (Qt keeps line breaks its own way)
        asked.clear()
        problems = check_xml(before, kind)
        # our own problems are Words (said in the user's language), the schema's libxml2's text
        assert all(isinstance(line, int) and line >= 1 and say(msg).strip() for line, msg in problems)
        with qtbot.waitSignal(dialog.checked, timeout=10000):  # the check runs in a worker
            dialog.apply()
        assert dialog.editor.toPlainText() == before  # the user's text, untouched
        if problems:
            seen["refused"] += 1
            first = problems[0][1]
            seen["malformed" if isinstance(first, Words) and first.text == NOT_WELL_FORMED
                 else "schema/root"] += 1
            assert not asked, "a diff was offered for invalid XML"
            assert dialog.problems.isVisible() and dialog.problems.count() == len(problems)
            assert all(dialog.problems.item(i).text().startswith("Line ")
                       for i in range(dialog.problems.count()))
            assert "nothing was applied" in dialog.status.text()
            assert dialog.is_dirty() or before == original
        else:
            seen["valid"] += 1  # (then a diff is offered, and declined here)
        assert not defined, "libvirt was asked to define"

    check()
    print(f"{kind}: {dict(seen)}")
    assert seen["refused"] >= budget(120) // 2, seen
