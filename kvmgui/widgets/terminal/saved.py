"""The saved cursor (DECSC/DECRC, ESC 7 and ESC 8; CSI s and CSI u), as xterm keeps it: one
per screen (the main one, the alternate one), restored as often as asked.

pyte keeps a stack and takes the top off at each restore, so a second restore of one save
(tput sc once, tput rc at each step of a progress line) sent the cursor home; and its
restore keeps the cursor inside the scrolling region, where xterm does so in origin mode
only. ``TermScreen`` calls these for its saves and restores.

CSI s is xterm's SCOSC only while DECLRMM (DECSET 69) is off, and only without parameters;
with it on, CSI Pl ; Pr s is DECSLRM (left and right margins). pyte saved the cursor at
any CSI s, so a program that set margins had its later CSI u restore that. The margins are
not kept: the terminal says it is a VT102 (DA), which has none; what xterm does besides
setting them (the cursor home) is done.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

import pyte
from pyte import modes

from kvmgui.widgets.terminal import origin
from kvmgui.widgets.terminal.resets import DECLRMM

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen


def save(screen: TermScreen) -> None:
    pyte.Screen.save_cursor(screen)
    screen._saved[screen.alternate] = screen.savepoints.pop()


def _plain(params: tuple[int, ...]) -> bool:
    # xterm's only_default(): CSI s, CSI u (CSI 0 s too here: the parser reads both as 0)
    return len(params) <= 1 and not any(params)


def save_ansi(screen: TermScreen, params: tuple[int, ...]) -> None:
    """CSI s: DECSLRM with DECLRMM on, else SCOSC if it has no parameters."""
    if DECLRMM in screen.mode:
        left = max(1, params[0] if params else 1)
        right = params[1] if len(params) > 1 else 0
        if not 0 < right <= screen.columns:
            right = screen.columns
        if right > left:  # xterm then sends the cursor home (in origin mode, the region's)
            origin.move_to(screen, 1, 1)
    elif _plain(params):
        save(screen)


def restore_ansi(screen: TermScreen, params: tuple[int, ...]) -> None:
    """CSI u (SCORC), if it has no parameters."""
    if _plain(params):
        restore(screen)


def restore(screen: TermScreen) -> None:
    saved = screen._saved.get(screen.alternate)
    # pyte's restore makes the saved cursor the cursor, whose moves then moved the saved one
    screen.savepoints = [saved._replace(cursor=copy.copy(saved.cursor))] if saved else []
    # pyte's restore keeps the cursor inside the scrolling region, where xterm does so in
    # origin mode only: apt's progress bar (save, a region above the last line, restore,
    # up one line) put the output a line too high, over the last line written.
    margins = screen.margins
    if modes.DECOM not in screen.mode and not (saved and saved.origin):
        screen.margins = None
    try:
        pyte.Screen.restore_cursor(screen)
    finally:
        screen.margins = margins
    # The saved cursor's position may be off screen after a resize. Saved past the last
    # column (pyte's wait to wrap), it waits there again: xterm saves its wait to wrap with
    # the cursor, so the next letter goes on the next line; pyte put the cursor back on the
    # last column, and the letter wrote over the one there.
    waiting = saved is not None and saved.cursor.x >= screen.columns
    screen.cursor.x = screen.columns if waiting else min(screen.cursor.x, screen.columns - 1)
    screen.cursor.y = min(screen.cursor.y, screen.lines - 1)


def fit(screen: TermScreen, columns: int) -> None:
    """A resize to ``columns``: a saved cursor waiting to wrap waits at the new edge."""
    for saved in screen._saved.values():
        if saved.cursor.x >= screen.columns:
            saved.cursor.x = columns
