"""The committed catalogues: current with the code, complete, valid, and compiled."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.i18n.catalogue import Message, problems, read_ts
from tests.i18n.tools import translations as tool

LANGUAGES = tool.CATALOGUES


def _listing(messages: list[Message], limit: int = 60) -> str:
    lines = [f"  [{m.context}] {m.source!r}" + (f" ({m.comment})" if m.comment else "")
             for m in messages[:limit]]
    more = len(messages) - limit
    return "\n".join(lines + ([f"  … and {more} more"] if more > 0 else []))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_current_with_the_code(language: str, tmp_path: Path) -> None:
    """lupdate over the sources, into a copy of the committed .ts, finds nothing new and
    nothing gone: every string change comes with `make translations`."""
    committed = tool.ts_path(language)
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    tool.refresh(language, folder=tmp_path)  # the copy, plural forms only for English
    before = {m.key: m for m in read_ts(committed)}
    after = {m.key: m for m in read_ts(copy)}
    new = [after[k] for k in sorted(after.keys() - before.keys())]
    gone = [before[k] for k in sorted(before.keys() - after.keys())]
    assert not new and not gone, (
        f"{committed.name} is stale; run `make translations` and translate what it adds.\n"
        f"Strings in the code but not in the catalogue ({len(new)}):\n{_listing(new)}\n"
        f"Strings no longer in the code ({len(gone)}):\n{_listing(gone)}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_valid(language: str, tmp_path: Path) -> None:
    ts = tool.ts_path(language)
    bad = [(m, p) for m in read_ts(ts) for p in problems(m)]
    assert not bad, f"{ts.name}:\n" + "\n".join(f"  [{m.context}] {m.source!r}: {p}" for m, p in bad)
    result = tool.lrelease(ts, tmp_path / "strict.qm", strict=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 unfinished" in result.stdout, result.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_says_what_the_ts_says(language: str) -> None:
    """The shipped .qm answers every message of the .ts with its translation: compared
    through QTranslator rather than byte by byte, so another lrelease version that lays
    the file out differently does not fail it, and a forgotten `make translations` does."""
    ts = tool.ts_path(language)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    wrong = []
    for m in read_ts(ts):
        comment = m.comment or None
        got = translator.translate(m.context, m.source, comment, 1 if m.numerus else -1)
        if got != m.translations[0]:
            wrong.append(f"  [{m.context}] {m.source!r}: .qm has {got!r}, .ts {m.translations[0]!r}")
    assert not wrong, f"{ts.name} and its .qm differ: run `make translations`\n" + "\n".join(wrong[:40])


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in the code now, in a new catalogue (not the committed one,
    which may be stale until `make translations`; the test above catches that)."""
    ts = tmp_path_factory.mktemp("fresh") / "fresh.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  '<TS version="2.1" language="en" sourcelanguage="en"/>\n', encoding="utf-8")
    tool.lupdate([ts])
    return read_ts(ts)


def test_no_string_lands_outside_a_context(fresh_ts: list[Message]) -> None:
    """A module-level ``tr()`` alias or helper files its strings under the empty context,
    where no lookup finds them (docs/i18n.md, pitfalls)."""
    stray = [m for m in fresh_ts if not m.context]
    assert not stray, "strings lupdate could not place in a context:\n" + _listing(stray)


def test_catalogues_are_named_by_script() -> None:
    """zh_Hant serves Taiwan, Hong Kong and Macau; a region-named file would not (Qt's own
    lookup for zh_HK never reaches _zh_TW)."""
    names = sorted(p.name for p in tool.TRANSLATIONS.glob("kvmgui_*"))
    assert names == ["kvmgui_en.qm", "kvmgui_en.ts", "kvmgui_zh_Hans.qm", "kvmgui_zh_Hans.ts",
                     "kvmgui_zh_Hant.qm", "kvmgui_zh_Hant.ts"]


def test_no_string_lands_in_a_misread_context(fresh_ts: list[Message]) -> None:
    """lupdate files a ``self.tr("… %n …", "", n)`` that follows a
    ``QCoreApplication.translate(…)`` in the same function under the context
    "QCoreApplication.self", where no lookup finds it (docs/i18n.md, pitfalls). Our contexts
    are class names and literal words: none has a dot."""
    misread = [m for m in fresh_ts if "." in m.context]
    assert not misread, "strings lupdate filed under a misread context:\n" + _listing(misread)


def _marked_words(root: Path) -> list[tuple[str, int, ast.expr, str]]:
    """(file, line, context argument, words) of each ``QT_TRANSLATE_NOOP(context, "…")``
    and ``….translate(context, "…")`` in the code: the calls whose words lupdate files
    under the context they name."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            words = node.args[1]
            if name in ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") \
                    and isinstance(words, ast.Constant) and isinstance(words.value, str):
                found.append((str(path.relative_to(root.parent)), node.lineno, node.args[0],
                              words.value))
    return found


def test_every_marked_string_reaches_the_catalogue(fresh_ts: list[Message]) -> None:
    """lupdate reads a context only as written words: ``QT_TRANSLATE_NOOP(CONTEXT, "ARP")``
    with a constant was never extracted, and zh_TW's address sources stayed English."""
    filed = {(m.context, m.source) for m in fresh_ts}
    lost = []
    for where, line, context, words in _marked_words(tool.ROOT / "kvmgui"):
        if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
            lost.append(f"  {where}:{line}: context {ast.unparse(context)} is not written out")
        elif (context.value, words) not in filed:
            lost.append(f"  {where}:{line}: [{context.value}] {words!r} not in the catalogue")
    assert not lost, "words lupdate does not find where the code looks them up:\n" + "\n".join(lost)
