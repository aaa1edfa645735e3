"""The actions of a VM's details window: power (the main window's VM actions), hardware,
XML, page navigation and closing, with their menus and toolbars.

Built apart from the window so that Help → Keyboard shortcuts can list exactly these
QActions (with their real shortcuts) without a VM to show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from kvmgui.utils import icons
from kvmgui.utils.tr import fill, without_mnemonic
from kvmgui.widgets import toolbars
from kvmgui.widgets.vmactions import VmActionSet

Entry = QAction | None  # None: a separator


class DetailsActions(QObject):
    """The QActions of one details window (owned by ``parent``), not yet connected."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.power = VmActionSet(parent)
        self.add_hw = self._make(self.tr("&Add Hardware…"), "action_add_hardware", "list-add")
        self.remove = self._make(self.tr("&Remove Device…"), "action_remove_device", "list-remove",
                                 "Del")
        self.xml = self._make(self.tr("Edit &XML…"), "action_edit_xml", "text-x-generic", "Ctrl+E")
        self.previous_page = self._make(self.tr("&Previous Page"), "action_previous_page", "go-up",
                                        "Ctrl+PgUp")
        self.next_page = self._make(self.tr("&Next Page"), "action_next_page", "go-down",
                                    "Ctrl+PgDown")
        self.close = self._make(self.tr("&Close Window"), "action_close_details", "window-close",
                                "Ctrl+W")

    def _make(self, text: str, name: str, icon: str, shortcut: str = "") -> QAction:
        action = QAction(icons.icon(icon), text, self.parent())
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        words = without_mnemonic(text).rstrip("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(fill(self.tr("%1 (%2)"), words, keys) if keys else words)
        return action

    def menus(self) -> list[tuple[str, list[Entry] | list[QAction]]]:
        """(menu title, entries) of the window's menu bar."""
        # Letters no page of the window uses for its labels (Alt+M would clash with "&Model").
        return [
            (self.tr("&Power"), self.power.values()),
            (self.tr("&Hardware"), [self.add_hw, self.remove, None, self.xml]),
            (self.tr("&Go"), [self.previous_page, self.next_page, None, self.close]),
        ]

    def toolbars(self) -> list[tuple[str, str, list[QAction]]]:
        """(title, object name, actions) of the window's toolbars; the title is also what
        a screen reader calls the toolbar."""
        return [
            (self.tr("Virtual machine toolbar"), "powerToolbar", self.power.toolbar_actions()),
            (self.tr("Details toolbar"), "detailsToolbar", [self.add_hw, self.remove, self.xml]),
        ]

    def install(self, window: QMainWindow) -> None:
        for title, entries in self.menus():
            menu = window.menuBar().addMenu(title)
            _fill(menu, entries)
        for title, name, actions in self.toolbars():
            bar = QToolBar(title, window)
            bar.setObjectName(name)
            bar.setAccessibleName(title)
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            for action in actions:
                toolbars.add_action(bar, action)
            window.addToolBar(bar)


def _fill(menu: QMenu, entries: list[Entry] | list[QAction]) -> None:
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(entry)
