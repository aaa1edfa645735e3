"""Tab stops as xterm sets them (HTS, TBC) and moves to them: HT, CHT (CSI I) and CBT
(CSI Z). ``TermScreen`` calls these; pyte has HT alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyte

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen


def tab(screen: TermScreen) -> None:
    if screen.cursor.x < screen.columns:  # xterm's leaves a wait to wrap alone; pyte's ended it
        pyte.Screen.tab(screen)


def _column(screen: TermScreen) -> int:
    # xterm's cursor waits to wrap on the last column; pyte's past it, where a stop is none
    return min(screen.cursor.x, screen.columns - 1)


def set_stop(screen: TermScreen) -> None:
    """HTS (ESC H): a tab stop at the cursor's column."""
    screen.tabstops.add(_column(screen))


def clear_stop(screen: TermScreen, how: int) -> None:
    """TBC: the stop at the cursor's column (CSI g), or all of them (CSI 3 g)."""
    if how == 0:
        screen.tabstops.discard(_column(screen))
    elif how == 3:
        screen.tabstops.clear()


def forward(screen: TermScreen, count: int) -> None:
    """CHT: ``count`` tab stops on, which pyte ignored."""
    for _ in range(max(1, min(count, screen.columns))):
        tab(screen)


def back(screen: TermScreen, count: int) -> None:
    """CBT (ncurses' back tab for xterm, which it may move the cursor with): ``count`` tab
    stops back, or to the first column (from the last one while the cursor waits to wrap);
    pyte ignored it."""
    for _ in range(max(1, min(count, screen.columns))):
        column = _column(screen)
        screen.cursor.x = max((s for s in screen.tabstops if s < column), default=0)
