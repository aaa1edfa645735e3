"""Question boxes (kvmgui/widgets/question.py) and the windows they belong to."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from kvmgui.widgets.question import question_box


def test_a_window_dropped_while_its_answered_question_waits_for_deletion(qtbot):
    """A window made without a parent (as tests make them) whose last reference was the
    question's ``on_yes``: the question's deferred delete freed that slot, the slot freed
    the window, and the window deleted its children, the question among them, from inside
    the question's own destructor. The process died with SIGBUS (a double delete; Qt
    first warned 'shared QObject was deleted directly'). Widgets given to qtbot live until
    the test ends now (tests/conftest.py), as a window's Qt parent keeps it in the app."""
    said = []

    def ask() -> QMessageBox:
        window = QDialog()
        qtbot.addWidget(window)
        window.show()
        box = question_box(window, "Shrink volume", "Shrink it?",
                           lambda: said.append(window.windowTitle()))
        box.finished.connect(box.deleteLater)
        box.open()
        box.button(QMessageBox.StandardButton.No).click()
        return box

    box = ask()  # its window's Python references end here, but for on_yes's
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(box) and said == []
