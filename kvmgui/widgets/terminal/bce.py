"""Blanks in the colours set, as xterm's (back colour erase, bce in its terminfo entry, which
ncurses relies on): lines that scrolling brings in (pyte's were in the default colours) and
erased cells (pyte's took the whole pen, bold, underline and reverse too, so an underline or
a reverse bar ran to the line's end). ``TermScreen`` calls ``after_index`` and the others
after pyte's own, erases ``erasing``, and ICH and DCH are ``blanking`` (pyte's insert took
the default colours, as did its delete for the cells it freed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from pyte.screens import Margins

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen


def _fill(screen: TermScreen, rows: range) -> None:
    attrs = screen.cursor.attrs
    blank = screen.default_char._replace(fg=attrs.fg, bg=attrs.bg)  # xterm's: colours alone
    if blank == screen.default_char:
        return  # what pyte's new lines are already
    cells = dict.fromkeys(range(screen.columns), blank)
    for y in rows:
        screen.buffer[y].update(cells)


def _region(screen: TermScreen) -> Margins:
    return screen.margins or Margins(0, screen.lines - 1)


def after_index(screen: TermScreen, scrolled: bool) -> None:
    if scrolled:
        bottom = _region(screen).bottom
        _fill(screen, range(bottom, bottom + 1))


def after_reverse_index(screen: TermScreen, scrolled: bool) -> None:
    if scrolled:
        top = _region(screen).top
        _fill(screen, range(top, top + 1))


def after_insert_lines(screen: TermScreen, y: int, count: int) -> None:
    top, bottom = _region(screen)
    if top <= y <= bottom:
        _fill(screen, range(y, min(y + count, bottom + 1)))


def after_delete_lines(screen: TermScreen, y: int, count: int) -> None:
    top, bottom = _region(screen)
    if top <= y <= bottom:
        _fill(screen, range(max(y, bottom - count + 1), bottom + 1))


@contextmanager
def erasing(screen: TermScreen) -> Iterator[None]:
    """The cursor's pen in the colours set alone while pyte's erase blanks with it."""
    attrs = screen.cursor.attrs
    screen.cursor.attrs = screen.default_char._replace(fg=attrs.fg, bg=attrs.bg)
    try:
        yield
    finally:
        screen.cursor.attrs = attrs


def blanking(operation: Callable[[Any, int | None], None], *,
             frees_end: bool) -> Callable[[Any, int | None], None]:
    """A screen's ICH (DCH with ``frees_end``) whose blanks are in the colours set alone."""
    def method(screen: Any, count: int | None = None) -> None:
        with erasing(screen):
            operation(screen, count)
            blanks = min(max(1, count or 1), screen.columns - screen.cursor.x)
            start = screen.columns - blanks if frees_end else screen.cursor.x
            line = screen.buffer[screen.cursor.y]
            for x in range(start, start + max(0, blanks)):
                line[x] = screen.cursor.attrs
    return method
