"""The VM's screen alone on the whole monitor, with a slim bar to send keys and leave.

The console lends its screen area to this window and takes it back on leave. Ctrl+Alt
releases the keyboard and puts focus on *Leave full screen*: Enter then leaves, no mouse
needed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kvmgui.utils import icons


class FullScreenWindow(QWidget):
    """A top-level window holding the console's screen area.

    Signals:
        leaveRequested(): the user wants the screen back in the console.
    """

    leaveRequested = Signal()

    def __init__(self, area: QScrollArea, send_keys: QMenu, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("vncFullScreen")
        self.setAccessibleName(self.tr("Graphical console, full screen"))
        self.setWindowTitle(parent.window().windowTitle())
        self.area = area
        self.send_key_button = QPushButton(icons.action_icon("send_key"), self.tr("Send key"), self)
        self.send_key_button.setObjectName("fullScreenSendKey")
        self.send_key_button.setAccessibleName(self.tr("Send key"))
        self.send_key_button.setMenu(send_keys)
        self.leave_button = QPushButton(icons.action_icon("leave_fullscreen"), self.tr("Leave full screen"),
                                        self)
        self.leave_button.setObjectName("leaveFullScreen")
        self.leave_button.setAccessibleName(self.tr("Leave full screen"))
        self.leave_button.clicked.connect(self.leaveRequested)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addStretch(1)
        bar.addWidget(self.send_key_button)
        bar.addWidget(self.leave_button)
        bar.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addLayout(bar)
        self.column.addWidget(area, 1)
        area.show()

    def take_area(self) -> QScrollArea:
        """Give the screen area back (the console re-parents it)."""
        self.column.removeWidget(self.area)
        return self.area

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.area.parent() is self:
            self.leaveRequested.emit()
        super().closeEvent(event)
