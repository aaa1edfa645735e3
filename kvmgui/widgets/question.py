"""A yes/no question that does not block: the answer arrives as a call, not a return value."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def question_box(parent: QWidget, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A window-modal Yes/No box (No is the default) that calls ``on_yes()`` only after Yes.

    Not opened: the caller ``open()``s it (no nested event loop, so events keep flowing
    while the user reads) and may keep it to find it again.
    """
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names in it may look like markup
    box.setDefaultButton(no)
    box.setAccessibleName(title)
    box.finished.connect(lambda _r: on_yes() if box.clickedButton() is box.button(yes) else None)
    return box

