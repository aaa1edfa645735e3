"""A View menu entry for a dock that may be tabbed behind another one."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget


class DockToggle(QAction):
    """Brings ``dock`` in front, or puts it away when it is in front already.

    Qt's ``toggleViewAction`` hides a dock tabbed behind another (out of sight: the key
    seemed to do nothing) and shows it again behind that tab.
    """

    def __init__(self, dock: QDockWidget, text: str, keys: str, parent: QObject | None = None) -> None:
        super().__init__(text, parent)
        self.dock = dock
        self.setCheckable(True)
        self.setShortcut(QKeySequence(keys))
        self.setChecked(not dock.isHidden())
        self._front = False
        dock.visibilityChanged.connect(self._visibility_changed)
        dock.toggleViewAction().toggled.connect(self.setChecked)  # closed by its own button
        self.triggered.connect(self._triggered)

    def _visibility_changed(self, visible: bool) -> None:
        self._front = visible  # False also while another tab covers it

    def _triggered(self) -> None:
        if self.dock.isHidden() or not self._front:
            self.dock.show()
            self.dock.raise_()  # a tabbed dock's raise makes its tab the current one
        else:
            self.dock.hide()
        self.setChecked(not self.dock.isHidden())
