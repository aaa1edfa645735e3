"""The alternate screen (DECSET 47, 1047, 1049), which pyte 0.8 ignores: full-screen
programs (less, vi, mc) draw on a screen of their own, without scrollback, and the shell's
screen comes back as it was when they leave. ``TermScreen`` calls these after pyte's
DECSET and DECRST; the main screen's buffer waits in ``_main`` meanwhile.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from pyte.screens import Char, StaticDefaultDict

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen

_SCREENS = {47, 1047, 1049}
_SAVES_CURSOR = 1049


def enter(screen: TermScreen, modes_: tuple[int, ...]) -> None:
    # xterm saves the cursor at each 1049 set, on the alternate screen too (its own saved
    # cursor there), and restores it at each reset, on the main screen too
    if _SAVES_CURSOR in modes_:
        screen.save_cursor()
    if _SCREENS.intersection(modes_) and screen._main is None:
        screen._main = screen.buffer
        screen._main_y = screen.cursor.y  # the line a resize keeps on screen (resize.py)
        screen.buffer = defaultdict(lambda: StaticDefaultDict[int, Char](screen.default_char))
        screen.dirty.update(range(screen.lines))


def leave(screen: TermScreen, modes_: tuple[int, ...]) -> None:
    if _SCREENS.intersection(modes_) and screen._main is not None:
        screen.buffer, screen._main = screen._main, None
        screen.dirty.update(range(screen.lines))
    if _SAVES_CURSOR in modes_:
        screen.restore_cursor()
