"""The pseudo-locale walk: a catalogue that marks every string lupdate finds, and a walk
over a window that collects every text a person sees or hears and keeps the unmarked ones.

``build_pseudo_catalogue(folder)`` runs lupdate over the tree into a fresh .ts, writes
``⟦source⟧`` as every translation and compiles it. With it installed, a text that went
through ``tr()``/``translate()`` carries ⟦…⟧ around its own words, not around what fills
its place markers (``%1 (%2)`` becomes ``%1⟦ (⟧%2⟦)⟧``): an argument is judged on its own,
as words that missed lupdate may be passed in. Anything else of letters is a string that
still needs marking — or data. Data is taken out before judging:
the names, titles and descriptions of the host's objects, URIs, paths, MAC and IP
addresses, numbers with units. ``unmarked(root)`` gives the rest, normalised so that a
window's list is the same on every run (``<n>`` for a number, ``<name>`` for a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from lxml import etree
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from kvmgui.utils.tr import without_mnemonic
from kvmgui.widgets.examples import EXAMPLE
from tests.i18n.tools import translations as tool

OPEN, CLOSE = "⟦", "⟧"
# A marked text: a translation's own words. What fills its place markers sits beside the
# marks, never inside them (``_pseudo``), so marks do not nest.
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def _unmark(text: str) -> str:
    """``text`` with every marked part turned into ⟦⟧."""
    return MARKED.sub(OPEN + CLOSE, text)


_PLACE = re.compile(r"(%L?\d+|%n)")


def _pseudo(source: str) -> str:
    """``source``'s words marked, its place markers not: what fills them in (a name, a
    number, or words that missed lupdate) is judged on its own."""
    return "".join(part if _PLACE.fullmatch(part) else OPEN + part + CLOSE
                   for part in _PLACE.split(source) if part)


def build_pseudo_catalogue(folder: Path) -> Path:
    """A .qm that translates every string of today's tree to its words in ⟦⟧ (``_pseudo``)."""
    ts = folder / "kvmgui_pseudo.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  '<TS version="2.1" language="en" sourcelanguage="en"/>\n', encoding="utf-8")
    tool.lupdate([ts])
    tree = etree.parse(str(ts))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        if message.get("numerus") == "yes" and not forms:
            forms = [etree.SubElement(translation, "numerusform") for _ in range(2)]
        for target in forms or [translation]:
            target.text = _pseudo(source)
    tree.write(str(ts), xml_declaration=True, encoding="utf-8")
    qm = ts.with_suffix(".qm")
    result = tool.lrelease(ts, qm)
    assert result.returncode == 0 and qm.exists(), result.stdout + result.stderr
    return qm


# -- What a person meets ----------------------------------------------------------------------


def _action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    if action.toolTip() and action.toolTip() != without_mnemonic(action.text()):
        yield action.toolTip()
    yield action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub)


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    """Header words, and the cells of the first rows two levels deep (trees)."""
    if model is None:
        return
    for section in range(_columns(model, QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    yield from _cells(model, QModelIndex(), depth=2)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: PySide6 keeps its columnCount private
        return 1


def _cells(model: QAbstractItemModel, parent: QModelIndex, depth: int) -> Iterator[str]:
    for row in range(min(model.rowCount(parent), 100)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and depth > 1:
                yield from _cells(model, index, depth - 1)


def _shown_text(label: QLabel) -> str:
    """What a label shows: rich text without its markup (``<b>`` is not a word)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def _qt_own_button(w: QWidget) -> bool:
    """Buttons whose words come from Qt's own catalogue (qtbase), not ours."""
    parent = w.parentWidget()
    if isinstance(parent, QDialogButtonBox) and isinstance(w, QAbstractButton):
        return parent.standardButton(w) != QDialogButtonBox.StandardButton.NoButton
    if isinstance(parent, QTabBar) and isinstance(w, QToolButton):
        return True  # the tab bar's scroll buttons, named by Qt ("Scroll Left")
    window = w.window()
    if isinstance(window, QWizard) and isinstance(w, QAbstractButton):
        return any(window.button(b) is w for b in QWizard.WizardButton
                   if b not in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2,
                                QWizard.WizardButton.CustomButton3))
    return False


# Qt's own widgets that hold ours: what is inside them is ours (a scroll area's contents,
# a tab's page), not a part of Qt's.
QT_HOLDERS = {"qt_scrollarea_viewport", "qt_tabwidget_stackedwidget"}


def _internal(w: QObject) -> bool:
    """Parts Qt builds inside its own widgets (scroll bars, spin box edits, combo popups)."""
    while isinstance(w, QWidget):
        if w.objectName().startswith("qt_") and w.objectName() not in QT_HOLDERS:
            return True
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) and isinstance(w, QLineEdit):
            return True
        w = parent  # type: ignore[assignment]
    return False


def _combo_popup(view: QAbstractItemView) -> bool:
    """A combo box's pop-up list: its items are read from the combo box."""
    parent = view.parentWidget()
    while parent is not None and not isinstance(parent, QComboBox):
        parent = parent.parentWidget()
    return parent is not None and parent.view() is view


def texts(root: QWidget) -> Iterator[str]:
    """Every text of ``root`` and its children a person sees or a screen reader says."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if _internal(w) or _qt_own_button(w):
            continue
        if w.isWindow() or isinstance(w, QDockWidget):
            yield w.windowTitle()
        yield w.toolTip()
        yield w.statusTip()
        yield w.whatsThis()
        yield w.accessibleName()
        yield w.accessibleDescription()
        if isinstance(w, QLabel):
            yield _shown_text(w)
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and not w.property(EXAMPLE):
            yield w.placeholderText()  # an example of data is the same in every language
        elif isinstance(w, QComboBox):
            # An item that is its own value (an architecture, a disk format, a unit) is a
            # code shown as it is; logic compares values, so words are never values.
            yield from (w.itemText(i) for i in range(w.count()) if w.itemData(i) != w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield w.tabText(i)
                yield w.tabToolTip(i)
        elif isinstance(w, QAbstractItemView) and not _combo_popup(w):
            yield from _model_texts(w.model())
        elif isinstance(w, QWizardPage):
            yield w.title()
            yield w.subTitle()
        if isinstance(w, QSpinBox | QAbstractSpinBox):
            yield w.specialValueText()
            if hasattr(w, "suffix"):
                yield w.suffix()
                yield w.prefix()
        for action in w.actions():
            yield from _action_texts(action)


# -- Marked, data, or a string to mark ----------------------------------------------------------

# Keys as Qt names them (QKeySequence.toString: Qt's own catalogue translates them), one or
# a list ("Return, Enter"), and a menu route by mnemonics ("Alt+V, O").
_KEY = (r"(?:(?:Ctrl|Shift|Alt|Meta)\+)+[^\s,)]+|(?:F\d{1,2}|Del|Return|Enter|Esc|Backspace|Print|"
        r"PgUp|PgDown|Ins|Home|End|Tab|Space)(?![\w+])")
# Data with a shape of its own, taken out before the names (a path or a URI may hold a
# name, "/images/web01.qcow2": the name alone would leave ".qcow2" behind) …
SHAPE_PATTERNS = [
    (re.compile(r"\b[a-z][a-z0-9+.-]*://\S*"), "<uri>"),
    (re.compile(r"(?<![\w])(?:~|/)[\w.@%+=:,~/-]*"), "<path>"),
    (re.compile(r"\b[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}\b"), "<mac>"),
    (re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?:/\d+)?\b"), "<ip>"),
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"), "<uuid>"),
]
# … and keys and numbers after them: "web01", "net10" and "x86_64" are names, not "net<n>".
AFTER_NAME_PATTERNS = [
    (re.compile(rf"(?<![\w+])(?:{_KEY})(?:, (?:{_KEY}|[A-Z0-9](?!\w)))*"), "<keys>"),
    (re.compile(r"\d+(?:[.,:]\d+)*\s*(?:[KMGT]i?B|B|bytes|%|KiB/s|MiB/s|B/s|s|ms)?(?![\w])"), "<n>"),
]
DATA_PATTERNS = SHAPE_PATTERNS + AFTER_NAME_PATTERNS


def host_data(host_xml: Path) -> set[str]:
    """Words that are data on the test host: names, titles and descriptions of its objects,
    and the XML of the VMs' devices (a device page lists its settings by their XML names)."""
    tree = etree.parse(str(host_xml))
    words = {el.text.strip() for el in tree.iter("name", "title", "description")
             if el.text and el.text.strip()}
    for el in tree.iter():
        for key in ("name", "file", "path", "dev", "network", "bridge", "arch", "machine"):
            value = el.get(key)
            if value:
                words.add(value)
    words |= device_words(tree.getroot())
    return {w for w in words if len(w) > 1}


def device_words(root: etree._Element) -> set[str]:
    """The XML of the VMs' devices under ``root``: tags, attribute names and values."""
    words: set[str] = set()
    for devices in root.iter("devices"):
        for el in devices.iter():
            if isinstance(el.tag, str) and el is not devices:
                words.add(el.tag)
                words.update(str(k) for k in el.attrib)
                words.update(str(v) for v in el.attrib.values())
    return {w for w in words if len(w) > 1}


def judge(text: str, data: Iterable[str]) -> str | None:
    """``text`` normalised when it holds letters outside ⟦…⟧ and outside data, else None."""
    text = text.strip()
    if not text:
        return None
    shown = _unmark(text)
    rest = shown.replace(OPEN + CLOSE, " ")
    for pattern, token in SHAPE_PATTERNS:
        shown = pattern.sub(token, shown)
        rest = pattern.sub(" ", rest)
    # Names before numbers: "web01" is a name, not "web" and a number.
    for word in sorted(data, key=len, reverse=True):
        if word in rest:
            whole = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
            rest = whole.sub(" ", rest)
            shown = whole.sub("<name>", shown)
    for pattern, token in AFTER_NAME_PATTERNS:
        shown = pattern.sub(token, shown)
        rest = pattern.sub(" ", rest)
    if not any(ch.isalpha() for ch in rest):
        return None
    return shown.replace("\n", "\\n").replace("\t", "\\t")


def unmarked(root: QWidget, data: Iterable[str]) -> set[str]:
    data = set(data)
    return {found for text in texts(root) if (found := judge(text, data)) is not None}
