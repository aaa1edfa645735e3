"""The bar that lists changes pending until restart and offers to restart now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kvmgui.utils.text import bold
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone, set_tone


class PendingBar(QFrame):
    """Signals:
    restartRequested(bool): restart now; True forces the VM off first.
    """

    restartRequested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Changes pending until restart"))
        self.title = QLabel(bold(self.tr("Saved, but pending until the VM restarts:")), self)
        self.title.setAccessibleDescription(self.tr("Pending changes heading"))
        self.list = MessageLine(self, description=self.tr("Pending changes"), hide_empty=False)
        set_tone(self.list, Tone.PENDING)
        self.progress = QLabel(self)
        self.progress.setAccessibleDescription(self.tr("Restart progress"))
        self.progress.setWordWrap(True)
        self.shutdown_button = QPushButton(self.tr("&Shut Down and Start"), self)
        self.shutdown_button.setAccessibleName(self.tr("Shut down and start the VM"))
        self.shutdown_button.clicked.connect(lambda: self.restartRequested.emit(False))
        self.force_button = QPushButton(self.tr("&Force Off and Start"), self)
        self.force_button.setAccessibleName(self.tr("Force off and start the VM"))
        self.force_button.clicked.connect(lambda: self.restartRequested.emit(True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.shutdown_button)
        buttons.addWidget(self.force_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._busy = False  # not the buttons' isEnabled(): a disabled window disables them too
        self._can_shut_down = True
        self._held = ""  # why a restart cannot begin now (a Save or Delete runs), if so
        self.hide()

    def show_pending(self, lines: list[str]) -> None:
        self.list.setText("• " + "\n• ".join(lines) if lines else "")
        self.setVisible(bool(lines) or self.busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_can_shut_down(self, possible: bool) -> None:
        """False for a crashed VM: its guest cannot answer the power button (and QEMU
        refuses to shut down a VM that is not running); forcing it off still works."""
        self._can_shut_down = possible
        self._update_buttons()

    def set_held(self, why: str) -> None:
        """Why a restart cannot begin now ("" when it can): it would cross a Save or
        Delete of the VM that runs."""
        self._held = why
        self._update_buttons()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self._update_buttons()
        self.progress.setText(text)
        if busy:
            self.show()

    def _update_buttons(self) -> None:
        free = not self._busy and not self._held
        self.shutdown_button.setEnabled(free and self._can_shut_down)
        self.force_button.setEnabled(free)
        self.shutdown_button.setToolTip(self._held or ("" if self._can_shut_down else self.tr(
            "The guest has crashed: it cannot shut down. Force it off and start it.")))
        self.force_button.setToolTip(self._held)
