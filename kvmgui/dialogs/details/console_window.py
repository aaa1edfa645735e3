"""A window of its own for the VM's consoles, with full screen (F11); closing it hands the
consoles back to the details window's Console page.

F11 belongs to one action at a time (Qt ignores a key two actions claim): the shown
console's own full screen when it has one (the VM's screen, as virt-manager's F11), else
the window's; while the window is full screen (its toolbar hidden) F11 brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QToolBar, QVBoxLayout, QWidget

from kvmgui.dialogs.details.console_view import ConsoleView
from kvmgui.utils.tr import window_title
from kvmgui.widgets import toolbars

F11 = QKeySequence(Qt.Key.Key_F11)


class ConsoleWindow(QWidget):
    """Signals:
    closed(): the user closed the window; the page takes its consoles back.
    """

    closed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.set_title(title)
        self.resize(900, 600)
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Console"))
        self._shown: ConsoleView | None = None
        self.full_action = QAction(self.tr("&Full Screen"), self)
        self.full_action.setCheckable(True)
        self.full_action.setShortcut(F11)
        self.full_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.full_action.toggled.connect(self.set_full_screen)
        self.back_action = QAction(self.tr("&Back to Details"), self)
        self.back_action.triggered.connect(self.close)
        self.toolbar = QToolBar(self.tr("Console"), self)
        self.toolbar.setAccessibleName(self.tr("Console toolbar"))
        for action, name in ((self.full_action, self.tr("Full screen")),
                             (self.back_action, self.tr("Back to details"))):
            toolbars.add_action(self.toolbar, action, name)
        self.addAction(self.full_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

    def set_title(self, title: str) -> None:
        self.setWindowTitle(window_title(title))
        self.setAccessibleName(title)

    def add(self, view: ConsoleView) -> None:
        self.stack.addWidget(view)

    def remove(self, view: ConsoleView) -> None:
        self.stack.removeWidget(view)
        own = view.full_screen_action()
        if own is not None:
            own.setShortcut(F11)  # its own again, back on the page
        if view is self._shown:
            self._shown = None
            self._share_f11()

    def show_console(self, view: ConsoleView) -> None:
        self.stack.setCurrentWidget(view)
        self._shown = view
        self._share_f11()

    def _share_f11(self) -> None:
        own = self._shown.full_screen_action() if self._shown is not None else None
        mine = own is None or self.full_action.isChecked()
        self.full_action.setShortcut(F11 if mine else QKeySequence())
        if own is not None:
            own.setShortcut(QKeySequence() if mine else F11)

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.toolbar.hide()  # F11 brings the window back
            self.showFullScreen()
        else:
            self.toolbar.show()
            self.showNormal()
        if self.full_action.isChecked() != on:
            self.full_action.setChecked(on)
        self._share_f11()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
