"""Toolbar buttons for menu actions: words without the menu's mnemonic.

Qt's toolbar button shows ``QAction.iconText()``, which Qt derives from the menu text by
dropping ``&`` only. The Chinese catalogues write a mnemonic as a suffix ("執行(&R)"), so
the button would read "執行(R)". Each action added here gets its icon text from the text
without the mnemonic (and without a trailing "…"), again whenever its text changes
(Pause ↔ Resume, a language switch).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar
from shiboken6 import Shiboken

from kvmgui.utils.tr import without_mnemonic


def button_words(text: str) -> str:
    """"&Open…" → "Open", "開啟(&O)…" → "開啟"; "&&" stays (a button shows it as "&")."""
    parts = [without_mnemonic(part) for part in text.split("&&")]
    return "&&".join(parts).rstrip("…").strip()


def _sync(action: QAction) -> None:
    words = button_words(action.text())
    if action.iconText() != words:  # setIconText emits changed: stop when equal
        action.setIconText(words)


def add_action(bar: QToolBar, action: QAction, name: str | None = None) -> None:
    """Add ``action`` to ``bar``. Screen readers call its button ``name`` when given, else
    the action's words, following its text."""
    bar.addAction(action)
    button = bar.widgetForAction(action)

    def update() -> None:
        _sync(action)
        if button is not None and Shiboken.isValid(button):
            button.setAccessibleName(name or without_mnemonic(action.text()).rstrip("…"))

    update()
    action.changed.connect(update)
