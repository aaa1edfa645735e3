"""Text of one-column characters into the screen's cells, a line's piece at a time.

pyte's ``Screen.draw`` makes a new cell (a ``Char`` tuple) for every character it draws,
which was most of the time spent parsing plain output. Cells do not change once made, so
``Cells`` keeps the cell of each character in one set of attributes and lines share them;
``draw_narrow`` puts a piece of text into its line in one call, wrapping as pyte does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyte
from pyte import charsets, modes
from pyte.screens import Char, StaticDefaultDict, wcwidth

MAX_ATTRIBUTE_SETS = 256  # past this many sets of attributes seen, the cells are made anew


class Cells(dict[str, Char]):
    """The cells of characters in one set of attributes, each made when first drawn."""

    def __init__(self, attrs: Char) -> None:
        super().__init__()
        self.attrs = attrs

    def __missing__(self, char: str) -> Char:
        cell = self[char] = self.attrs._replace(data=char)
        return cell


def draw_narrow(screen: pyte.Screen, text: str, kept: dict[Char, Cells],
                slow: Callable[[str], None]) -> None:
    """Draw characters of one column each at the cursor, as pyte's draw does; ``slow`` (pyte's
    own draw) takes another character set or insert mode."""
    table = screen.g1_charset if screen.charset else screen.g0_charset
    if not text or table is not charsets.LAT1_MAP or modes.IRM in screen.mode:
        y, x, columns = screen.cursor.y, screen.cursor.x, screen.columns
        first = screen.buffer[y]
        slow(text)
        last = screen.buffer[screen.cursor.y]
        if last is first:  # on one line, as a box's line drawn over a wide character
            mend_edges(first, x, screen.cursor.x, columns)
            return
        # It wrapped (on the last line the screen scrolled, the cursor's row the same): the
        # first line's piece ran to the edge, the last one's began at the left margin.
        if x < columns:
            mend_edges(first, x, columns, columns)
        mend_edges(last, 0, screen.cursor.x, columns)
        return
    cursor, columns = screen.cursor, screen.columns
    cells = kept.get(cursor.attrs)
    if cells is None:
        if len(kept) >= MAX_ATTRIBUTE_SETS:
            kept.clear()
        cells = kept[cursor.attrs] = Cells(cursor.attrs)
    start, end = 0, len(text)
    while start < end:
        if cursor.x >= columns:
            if modes.DECAWM in screen.mode:
                screen.dirty.add(cursor.y)
                screen.carriage_return()
                screen.linefeed()
            else:  # each character takes the last column in turn: the last one stays
                cursor.x, start = columns - 1, end - 1
        x = cursor.x
        piece = text[start:start + columns - x]
        line = screen.buffer[cursor.y]
        line.update(enumerate(map(cells.__getitem__, piece), x))
        cursor.x = x + len(piece)
        mend_edges(line, x, cursor.x, columns)
        start += len(piece)
    screen.dirty.add(cursor.y)


def mend_edges(line: StaticDefaultDict[int, Char], x: int, end: int, columns: int) -> None:
    """After cells [x, end) were written: what is left of a wide character they took half
    of is blank, as in xterm. Its other half stayed: the character drawn over the letter
    now in its second cell (a copy took both), or its empty second cell alone."""
    if x > 0:
        left = line[x - 1].data
        if left > "~" and wcwidth(left[0]) == 2:  # its second cell, at x, is written over
            line[x - 1] = line[x - 1]._replace(data=" ")
    if end < columns and line[end].data == "":
        line[end] = line[end]._replace(data=" ")


def cutting_none(operation: Callable[[Any, int | None], None], *,
                 at_end: bool) -> Callable[[Any, int | None], None]:
    """A screen's insert, delete or erase of characters at the cursor (ICH; DCH, ECH with
    ``at_end``) that first blanks a wide character it would cut in two, as xterm does: the
    half left drew whole over the next letter, or stayed an empty cell. An insert that
    pushes one onto the right margin, its second cell past it, blanks it too. Each ends a
    wait to wrap as xterm's do (ResetWrap), on the last column, where xterm's cursor waits:
    pyte's waited past it, where they took nothing, and the next letter went on the next line."""
    def method(screen: Any, count: int | None = None) -> None:
        screen.cursor.x = min(screen.cursor.x, screen.columns - 1)
        line, x, columns = screen.buffer[screen.cursor.y], screen.cursor.x, screen.columns
        for at in (x, min(x + max(1, count or 1), columns)) if at_end else (x,):
            blank_cut(line, at, columns)
        operation(screen, count)
        if not at_end:
            line.pop(columns, None)  # pyte keeps the cell it pushed past the edge
            last = line[columns - 1]
            if last.data > "~" and wcwidth(last.data[0]) == 2:
                line[columns - 1] = last._replace(data=" ")
    return method


def blank_cut(line: StaticDefaultDict[int, Char], at: int, columns: int) -> None:
    """Blank a wide character that a change of the cells from ``at`` on, or up to it, cuts
    in two (its cells at - 1 and at)."""
    first = line[at - 1].data if 0 < at < columns and line[at].data == "" else ""
    if first and wcwidth(first[0]) == 2:
        line[at - 1] = line[at - 1]._replace(data=" ")
        line[at] = line[at]._replace(data=" ")
