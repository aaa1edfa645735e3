"""Toolbar buttons show an action's words without its mnemonic, in either catalogue's form."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolButton

from kvmgui.widgets import toolbars


def _button(bar, action) -> QToolButton:
    button = bar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_buttons_drop_both_mnemonic_forms_and_follow_the_text(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = window.addToolBar("bar")
    run, open_ = QAction("執行(&R)", window), QAction("&Open…", window)
    toolbars.add_action(bar, run)
    toolbars.add_action(bar, open_, "Open the VM")
    assert _button(bar, run).text() == "執行"
    assert _button(bar, open_).text() == "Open"
    assert _button(bar, open_).accessibleName() == "Open the VM"
    run.setText("繼續(&E)")  # Pause ↔ Resume swap the text of one action
    assert _button(bar, run).text() == "繼續"
    run.setText("R&&D")
    assert _button(bar, run).text() == "R&&D"  # a literal "&": QToolButton shows "R&D"


def test_words() -> None:
    assert toolbars.button_words("強制關閉(&F)…") == "強制關閉"
    assert toolbars.button_words("Force &Off") == "Force Off"
