"""Words for the user from below the GUI: placeholders, sizes, plurals, marked texts that
keep their context, and that pyside6-lupdate finds every marked text of the new-VM modules
(the storage modules' texts: test_storage_messages.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from kvmgui.xml.newvm_problems import TEXTS
from kvmgui.xml.newvm_spec import GENERIC_OSES
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Bytes, Marked, Words

REPO = Path(__file__).resolve().parents[3]
LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")


def test_noop_returns_the_text():
    assert QT_TRANSLATE_NOOP("Ctx", "Hello %1") == "Hello %1"


def test_marked_text_keeps_its_context():
    marked = QT_TRANSLATE_NOOP("Ctx", "Hello %1")
    assert isinstance(marked, str) and isinstance(marked, Marked) and marked.context == "Ctx"
    words = marked.words("you", n=2)
    assert words == Words("Ctx", "Hello %1", ("you",), 2)
    assert type(words.text) is str  # a plain string in the Words, not the marked one
    assert words.english() == "Hello you"
    assert {marked: 1}["Hello %1"] == 1  # hashes and compares as its text


def test_english_fills_placeholders():
    words = Words("C", "%1 of %2, %10 and %3", ("a", 2))
    assert words.english() == "a of 2, %10 and %3"  # missing arguments stay visible
    assert Words("C", "%n CPU(s)", n=4).english() == "4 CPU(s)"
    assert Words("C", "%1 free", (Bytes(10 * 1024**3),)).english() == "10 GiB free"
    assert Words("C", "%1", (Bytes(1536 * 1024**2),)).english() == "1.5 GiB"
    assert Words("C", "%1", (Bytes(512),)).english() == "512 bytes"


@pytest.mark.parametrize(("args", "english"), [
    ((), "%1 and %10 stay"),
    (("a",) * 9 + ("ten",), "a and ten stay"),
    (("%10",), "%10 and %10 stay"),  # an argument is never read as a placeholder
])
def test_placeholders_are_filled_longest_first_in_one_pass(args, english):
    assert Words("T", "%1 and %10 stay", args).english() == english


def test_sizes_in_english():
    words = Words("T", "%1 of %2 (%3)", (Bytes(1536), Bytes(3 * 1024**3), 7))
    assert words.english() == "1.5 KiB of 3 GiB (7)"
    assert Words("T", "%1", (Bytes(12),)).english() == "12 bytes"


def test_bytes_is_an_int_for_the_gui():
    size = Bytes(2048)
    assert isinstance(size, int) and size == 2048


@pytest.mark.skipif(not Path(LUPDATE).exists(), reason="pyside6-lupdate not installed")
def test_lupdate_extracts_every_text(tmp_path):
    sources = [REPO / "kvmgui" / "xml" / name for name in ("newvm_problems.py", "newvm_spec.py")]
    ts = tmp_path / "out.ts"
    subprocess.run([LUPDATE, *map(str, sources), "-ts", str(ts)], check=True, capture_output=True)
    found: dict[str, set[str]] = {}
    for context in etree.parse(str(ts)).getroot().iterfind("context"):
        found[context.findtext("name")] = {m.findtext("source") for m in context.iterfind("message")}
    assert found["NewVm"] == set(TEXTS.values())
    assert found["OsName"] == {os.name for os in GENERIC_OSES}


def test_marked_texts_survive_copy_deepcopy_and_pickle():
    """A spec holding marked texts is deep-copied for its worker; a Marked that could not be
    rebuilt raised inside QWizard.accept(), where PySide 6.10/6.11 segfault on it."""
    import copy
    import pickle

    from kvmgui.xml.words import QT_TRANSLATE_NOOP

    marked = QT_TRANSLATE_NOOP("Ctx", "Hello %1")
    for again in (copy.copy(marked), copy.deepcopy({"k": [marked]})["k"][0],
                  pickle.loads(pickle.dumps(marked))):
        assert again == "Hello %1" and again.context == "Ctx"
        assert again.words("x").english() == "Hello x"
