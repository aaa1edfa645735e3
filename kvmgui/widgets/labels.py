"""Read-only labels: values in a form, and a line that tells the user what happened
(an error, a pending change, or plain news)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kvmgui.widgets.styles import Tone, set_tone


def value_label(name: str, parent: QWidget, text: str = "") -> QLabel:
    """A read-only value that can be selected; a screen reader reads its text (the value) as
    its name, after the row's label, and ``name`` as its description."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a value (a name, a path) is never markup
    label.setObjectName(name)
    label.setAccessibleDescription(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def value_rows(form: QFormLayout, parent: QWidget, rows: Iterable[tuple[str, str, str]],
               text: str = "") -> dict[str, QLabel]:
    """One "Label: value" row per (label text, value name, key); the label is the value's
    buddy. Returns the value labels by key."""
    values = {}
    for label_text, name, key in rows:
        value = value_label(name, parent, text)
        label = QLabel(label_text, parent)
        label.setBuddy(value)
        form.addRow(label, value)
        values[key] = value
    return values


class Waiting(str):
    """A problem that is only a wait ("Looking for …", a worker finds out): it blocks
    like any problem, but a MessageLine says it in the normal tone, not as an error."""


class MessageLine(QLabel):
    """A wrapped, selectable label coloured by its tone (``kvmgui.widgets.styles``).

    ``description`` names what it reports (its accessible description; a screen reader
    reads the text itself as its name). With ``hide_empty`` it is shown only while it
    has something to say.
    """

    def __init__(self, parent: QWidget | None = None, *, description: str = "",
                 hide_empty: bool = True, wrap: bool = True) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names and libvirt
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
        self.say(text, Tone.NORMAL if isinstance(text, Waiting) else Tone.ERROR)

    def pending(self, text: str) -> None:
        self.say(text, Tone.PENDING)

    def clear(self) -> None:
        self.say("")
