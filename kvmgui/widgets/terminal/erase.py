"""Erases in a line and in the display (EL, ECH, ED) as xterm does them. ``TermScreen``
calls these.

xterm's cursor waits to wrap on the last column, which an erase from the cursor on takes,
and an erase ends the wait; pyte's waits past it, where nothing is. pyte raised out of the
parse on a kind of erase it does not know (CSI 5 K, CSI 5 J), which xterm passes over; it
erased with the whole pen (bce.py) and, erasing the display, blanked the cells written
before alone. CSI 3 J erases the scrollback alone, as in xterm (pyte: the screen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyte

from kvmgui.widgets.terminal import bce
from kvmgui.widgets.terminal.cells import blank_cut, cutting_none
from kvmgui.widgets.terminal.wrapmark import set_wrapped

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen

_erase_characters = cutting_none(pyte.Screen.erase_characters, at_end=True)


def end_wait(screen: TermScreen) -> None:
    if screen.cursor.x >= screen.columns:
        screen.cursor.x = screen.columns - 1


def in_line(screen: TermScreen, how: int, private: bool) -> None:
    if how not in (0, 1, 2):
        return
    end_wait(screen)
    line = screen.buffer[screen.cursor.y]
    blank_cut(line, screen.cursor.x + (how == 1), screen.columns)
    with bce.erasing(screen):
        pyte.Screen.erase_in_line(screen, how, private)
    if how in (0, 2):  # the line's end is gone, so is its going on
        set_wrapped(line, False)


def characters(screen: TermScreen, count: int | None) -> None:
    end_wait(screen)
    with bce.erasing(screen):
        _erase_characters(screen, count)


def in_display(screen: TermScreen, how: int) -> None:
    if how == 3:
        screen.history.clear()
        return
    if how not in (0, 1, 2):
        return
    with bce.erasing(screen):
        pyte.Screen.erase_in_display(screen, how)
        blank = dict.fromkeys(range(screen.columns), screen.cursor.attrs)
    y = screen.cursor.y
    for row in range(y, screen.lines) if how == 0 else range(y) if how == 1 else range(screen.lines):
        line = screen.buffer[row]
        if row != y or how == 2:  # pyte erased the cells written before alone
            line.update(blank)
        set_wrapped(line, False)
