"""A line that tells the user what happened: an error, a pending change, or plain news."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kvmgui.widgets.styles import Tone, set_tone


class MessageLine(QLabel):
    """A wrapped, selectable label coloured by its tone (``kvmgui.widgets.styles``).

    ``description`` names what it reports (its accessible description; a screen reader
    reads the text itself as its name). With ``hide_empty`` it is shown only while it
    has something to say.
    """

    def __init__(self, parent: QWidget | None = None, *, description: str = "",
                 hide_empty: bool = True, wrap: bool = True) -> None:
        super().__init__(parent)
        if description:
            self.setAccessibleDescription(description)
        self.setWordWrap(wrap)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide_empty = hide_empty
        if hide_empty:
            self.hide()

    def say(self, text: str, tone: Tone = Tone.NORMAL) -> None:
        set_tone(self, tone)
        self.setText(text)
        if self.hide_empty:
            self.setVisible(bool(text))

    def error(self, text: str) -> None:
        self.say(text, Tone.ERROR)

    def pending(self, text: str) -> None:
        self.say(text, Tone.PENDING)

    def clear(self) -> None:
        self.say("")
