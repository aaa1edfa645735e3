"""The alternate screen (DECSET 47, 1047, 1049), which pyte 0.8 ignores: full-screen
programs (less, vi, mc) draw on a screen of their own, without scrollback, and the shell's
screen comes back as it was when they leave. ``TermScreen`` calls these after pyte's
DECSET and DECRST; the main screen's buffer waits in ``_main`` meanwhile, and the
alternate one, kept from one use to the next as xterm keeps it, in ``_alternate``.

As xterm's: 47 and 1047 go to the alternate screen as it was left, 1047 clears it on
leaving, 1049 saves the cursor and clears it on entering (at each set, on the alternate
screen too) and restores the cursor on leaving; 1048 saves and restores the cursor alone
(xterm's ctlseqs), which pyte ignored too.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from pyte.screens import Char, StaticDefaultDict

from kvmgui.widgets.terminal.cells import blank_cut

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen

_SCREENS = {47, 1047, 1049}
_SAVES_CURSOR = {1048, 1049}  # 1048 alone: xterm's DECSC on set, DECRC on reset
_CLEARS_ON_ENTERING = 1049
_CLEARS_ON_LEAVING = 1047


def enter(screen: TermScreen, modes_: tuple[int, ...]) -> None:
    # xterm saves the cursor at each 1049 set, on the alternate screen too (its own saved
    # cursor there), and restores it at each reset, on the main screen too
    if _SAVES_CURSOR.intersection(modes_):
        screen.save_cursor()
    if _SCREENS.intersection(modes_) and screen._main is None:
        screen._main = screen.buffer
        screen._main_y = screen.cursor.y  # the line a resize keeps on screen (resize.py)
        screen.buffer = screen._alternate if screen._alternate is not None else \
            defaultdict(lambda: StaticDefaultDict[int, Char](screen.default_char))
        screen._alternate = None
        screen.dirty.update(range(screen.lines))
    if _CLEARS_ON_ENTERING in modes_:
        screen.erase_in_display(2)


def leave(screen: TermScreen, modes_: tuple[int, ...]) -> None:
    if _SCREENS.intersection(modes_) and screen._main is not None:
        if _CLEARS_ON_LEAVING in modes_:
            screen.erase_in_display(2)
        screen._alternate = screen.buffer
        screen.buffer, screen._main = screen._main, None
        screen.dirty.update(range(screen.lines))
    if _SAVES_CURSOR.intersection(modes_):
        screen.restore_cursor()


def fit_kept(screen: TermScreen, lines: int, columns: int) -> None:
    """A resize while the main screen shows: the kept alternate screen keeps its top lines
    and left columns, as xterm's does."""
    kept = screen._alternate
    if kept is None:
        return
    for y in [y for y in kept if y >= lines]:
        del kept[y]
    for line in kept.values():
        blank_cut(line, columns, screen.columns)
        for x in range(columns, screen.columns):
            line.pop(x, None)
