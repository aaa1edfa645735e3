"""A yes/no question that does not block: the answer arrives as a call, not a return value;
and windows of their own, which such a question holds alone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
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



def own_window(window: QWidget) -> None:
    """Make ``window`` (a ``Qt.Window`` kept by a parent, as the VM and host details windows
    are by the main window) a window of its own, with no transient parent, each time it is
    shown (Qt sets the transient parent when it makes the native window, on the first show).

    A window-modal question blocks every window that shares an ancestor with it,
    transient parents included: over a window that is the main window's transient child,
    it held the main window and every other such window too, as an application-modal one
    does. Without the transient parent it holds its own window (and that one's children).
    Not by making the native window at once (``winId()`` in the constructor): with that,
    a closed popup menu ("Show command") was listed to screen readers as one of the
    application's windows (tests/e2e saw it; the cause inside Qt was not traced)."""
    window.installEventFilter(_OwnWindow(window))


class _OwnWindow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            handle = watched.windowHandle()
            if handle is not None and handle.transientParent() is not None:
                handle.setTransientParent(None)  # type: ignore[arg-type]  # the stubs lack Optional
        return False
