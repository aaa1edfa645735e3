"""Resizing the terminal's screen as xterm does: the cursor's line stays on screen, the lines
above it go to the scrollback and come back from it (bottom-anchored; pyte drops the top
lines), the hidden main screen under a full-screen program shrinks and grows so too, tab
stops follow the width. ``TermScreen.resize`` calls ``resize_screen``; these work on the screen's own
parts (its buffers, hidden main screen, scrollback and saved cursor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyte import modes

from kvmgui.widgets.terminal import alternate, saved
from kvmgui.widgets.terminal.cells import blank_cut

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen
    from kvmgui.widgets.terminal.wrapmark import Line


def resize_screen(screen: TermScreen, lines: int, columns: int) -> None:
    """Resize, keeping the cursor's line on screen."""
    if (lines, columns) == (screen.lines, screen.columns):
        return
    # Past the last column (pyte's wait to wrap): xterm's resize keeps the wait, narrower or
    # wider, so the next character still goes on the next line; here the cursor waits past
    # the new edge.
    waiting = screen.cursor.x >= screen.columns
    # A full-screen program's lines are numbered from the count as it was, plus its own lines
    # that leave the top: the hidden main screen's moves in the scrollback moved a selection
    # on the program's screen to other rows.
    numbered_from = screen.scrolled
    alternate.fit_kept(screen, lines, columns)
    saved.fit(screen, columns)
    gone = 0  # lines gone off the top
    if lines < screen.lines:
        if screen._main is not None:
            _shrink_main(screen, lines)
        gone = max(0, screen.cursor.y - (lines - 1))
        _shift_up(screen, gone)
        for y in range(lines, screen.lines):
            screen.buffer.pop(y, None)
    elif lines > screen.lines:
        count = min(lines - screen.lines, len(screen.history))
        if screen._main is None:
            _shift_down(screen, screen.buffer, count)
            screen.cursor.y += count
        else:  # the hidden main screen's lines come back too (xterm's AdjustSavedCursor)
            _shift_down(screen, screen._main, count)
            _move_main_cursor(screen, count)
    if columns < screen.columns:
        # A wide character the new edge cuts in two is blank, as a write that cuts one:
        # its first half, left in the last column, drew two cells wide over the edge.
        for line in screen.history:
            blank_cut(line, columns, screen.columns)
        for line in _all_buffers(screen):
            blank_cut(line, columns, screen.columns)
            for x in range(columns, screen.columns):
                line.pop(x, None)
    # pyte sets tab stops for the first width only: past it a tab jumped to the last
    # column; a stop past a narrower edge took the cursor off screen.
    screen.tabstops = {stop for stop in screen.tabstops if stop < columns}
    screen.tabstops.update(range(screen.columns + (-screen.columns % 8), columns, 8))
    screen.lines, screen.columns = lines, columns
    screen.dirty.update(range(lines))
    if screen._main is not None:
        screen.scrolled = numbered_from + gone
    screen.margins = None  # the scrolling region is the whole screen again
    screen.mode.discard(modes.DECOM)  # and origin mode ends, as in xterm
    screen.cursor.x = columns if waiting else min(screen.cursor.x, columns - 1)
    screen.cursor.y = min(screen.cursor.y, lines - 1)


def _all_buffers(screen: TermScreen) -> list[Line]:
    lines = list(screen.buffer.values())
    if screen._main is not None:
        lines += list(screen._main.values())
    return lines


def _shift_up(screen: TermScreen, count: int) -> None:
    if count <= 0:
        return
    _scroll_out(screen, screen.buffer, count, push=screen._main is None)
    screen.cursor.y -= count


def _shrink_main(screen: TermScreen, lines: int) -> None:
    # The main screen, hidden under a full-screen program, keeps the line its cursor was on
    # when the program started on screen too, else leaving the program would show its top
    # lines and lose the prompt, scrollback included. That line, not the main screen's saved
    # cursor: 47 and 1047 save none, and an ESC 7 of long before would keep the top lines.
    drop = max(0, screen._main_y - (lines - 1))
    if drop:
        _scroll_out(screen, screen._main, drop, push=True)
        _move_main_cursor(screen, -drop)
    for y in range(lines, screen.lines):
        screen._main.pop(y, None)


def _scroll_out(screen: TermScreen, buffer: Any, count: int, push: bool) -> None:
    """Move a buffer's lines up by count; the top ones go to the scrollback if push."""
    for y in range(count):
        if push:
            screen._push(buffer[y])
    for y in range(screen.lines - count):
        buffer[y] = buffer[y + count]
    for y in range(screen.lines - count, screen.lines):
        buffer.pop(y, None)


def _shift_down(screen: TermScreen, buffer: Any, count: int) -> None:
    """Move a buffer's lines down by count, the scrollback's last ones coming in on top."""
    if count <= 0:
        return
    for y in range(screen.lines - 1, -1, -1):
        if y in buffer:
            buffer[y + count] = buffer.pop(y)
    for y in range(count - 1, -1, -1):
        buffer[y] = screen.history.pop()
        screen.scrolled -= 1


def _move_main_cursor(screen: TermScreen, count: int) -> None:
    """The hidden main screen's lines moved down by count (up if less than 0): its cursor
    line, and its saved cursor (where 1049, or ESC 8 after 47, goes back to), with them."""
    screen._main_y += count
    saved = screen._saved.get(False)
    if saved:
        saved.cursor.y = max(0, saved.cursor.y + count)
