"""Help → Keyboard shortcuts: every action and the keys that reach it, read from the
windows' own QActions (their shortcuts and menu mnemonics), so the list cannot go stale.

``keymap_markdown`` prints the same rows for the README (a unit test compares them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.details.actions import DetailsActions
from kvmgui.utils.tr import fill, without_mnemonic
from kvmgui.widgets import itemviews


@dataclass(frozen=True)
class Row:
    action: str  # the action's words, without the mnemonic
    keys: str  # its shortcuts, as the platform writes them ("" when it has none)
    route: str  # the menu route by mnemonics ("Alt+C, H"), or "" outside menus


Section = tuple[str, list[Row]]

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


def _words(text: str) -> str:
    return without_mnemonic(text).rstrip("…").strip()


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                     if not k.isEmpty())


def mnemonic(text: str) -> str:
    """The letter after the single '&' of a menu text, upper-cased ("" when none)."""
    i = text.replace("&&", "__").find("&")
    return text[i + 1].upper() if 0 <= i < len(text) - 1 else ""


def menu_rows(title: str, menu: QMenu, route: str | None = None) -> list[Row]:
    """The rows of one menu and its sub-menus; ``title`` is the menu's text in the menu bar
    (with '&'), ``route`` the keys that open a sub-menu ("Alt+V, C")."""
    opener = route if route is not None else \
        QKeySequence.mnemonic(title).toString(QKeySequence.SequenceFormat.NativeText)
    rows = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        path = f"{opener}, {letter}" if opener and letter else opener
        rows.append(Row(_words(action.text()), _keys(action), path))
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += menu_rows(action.text(), sub, path if letter else "")
    return rows


def menubar_sections(menubar: QMenuBar, prefix: str) -> list[Section]:
    """One section per menu of ``menubar``, titled "<prefix> › <menu>"."""
    out = []
    for action in menubar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            title = fill(QCoreApplication.translate("Shortcuts", "%1 › %2"), prefix,
                         _words(action.text()))
            out.append((title, menu_rows(action.text(), menu)))
    return out


def action_section(title: str, actions: Iterable[QAction]) -> Section:
    """Actions outside menus (keys inside a list, say)."""
    return title, [Row(_words(a.text()), _keys(a), "") for a in actions]


def details_sections() -> list[Section]:
    """The VM details window's menus, from its real actions built on a scratch window."""
    from PySide6.QtWidgets import QMainWindow  # noqa: PLC0415 - a scratch window only

    scratch = QMainWindow()
    try:
        actions = DetailsActions(scratch)
        actions.install(scratch)
        return menubar_sections(scratch.menuBar(),
                                QCoreApplication.translate("Shortcuts", "Details window"))
    finally:
        scratch.deleteLater()


# Qt's own keys, the same in every window (not actions of ours): (action, keys).
GENERAL_KEYS = [
    (QT_TRANSLATE_NOOP("Shortcuts", "Next or previous control"),
     QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Press the underlined letter of a label, button or tab"),
     QT_TRANSLATE_NOOP("Shortcuts", "Alt+letter")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Open the menu bar"),
     QT_TRANSLATE_NOOP("Shortcuts", "F10, or Alt+the menu's letter")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Next or previous tab (host details)"),
     QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Tab, Ctrl+Shift+Tab")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Context menu of the selected row"),
     QT_TRANSLATE_NOOP("Shortcuts", "Menu, Shift+F10")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select, or tick a check box"),
     QT_TRANSLATE_NOOP("Shortcuts", "Space")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Add or remove a row from the selection"),
     QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Space, Shift+arrows")),
    (QT_TRANSLATE_NOOP("Shortcuts", "The dialog's default button"),
     QT_TRANSLATE_NOOP("Shortcuts", "Enter")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Close a dialog"), QT_TRANSLATE_NOOP("Shortcuts", "Escape")),
]


def general_section() -> Section:
    """Qt's own keys, the same in every window."""
    rows = [Row(QCoreApplication.translate("Shortcuts", action),
                QCoreApplication.translate("Shortcuts", keys), "") for action, keys in GENERAL_KEYS]
    return QCoreApplication.translate("Shortcuts", "In every window"), rows


def keymap_markdown(sections: list[Section]) -> str:
    lines = []
    for title, rows in sections:
        lines += ["", f"**{title}**", "", "| Action | Keys | Menu |", "|---|---|---|"]
        lines += [f"| {r.action} | {r.keys or '—'} | {r.route or '—'} |" for r in rows]
    return "\n".join(lines).strip() + "\n"


class ShortcutsDialog(QDialog):
    """The keyboard map in a filterable tree: a section per window part, a row per action."""

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts — kvmgui"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.setWindowFlag(Qt.WindowType.Window)
        self.sections = sections
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Find an action or a key"))
        self.filter.setPlaceholderText(self.tr("Action or key"))
        self.filter.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.filter)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Actions and their keys"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("From the menu")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        itemviews.follow_selection(self.tree)
        for title, rows in sections:
            head = QTreeWidgetItem(self.tree, [title])
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for row in rows:
                QTreeWidgetItem(head, [row.action, row.keys or "—", row.route or "—"])
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 400)
        self.tree.setColumnWidth(1, 170)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the keyboard shortcuts"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QVBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(820, 640)

    def rows(self) -> list[Row]:
        return [r for _t, rows in self.sections for r in rows]

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is None:
                continue
            shown = 0
            for j in range(head.childCount()):
                item = head.child(j)
                if item is None:
                    continue
                match = not needle or any(needle in item.text(c).lower() for c in range(3))
                item.setHidden(not match)
                shown += match
            head.setHidden(shown == 0)


def sections_for(menubar: QMenuBar, window_title: str, extra: list[Section]) -> list[Section]:
    """The main window's menus, ``extra`` sections, the details window's, then Qt's keys."""
    return [*menubar_sections(menubar, window_title), *extra, *details_sections(),
            general_section()]
