"""Wide (two-column) and zero-width characters into the screen, as xterm draws them.

pyte puts a two-cell character on the last column, half of it past the edge; xterm leaves
that column blank and starts the character on the next line (or, without autowrap, puts it
in the last two columns). pyte also stops drawing at a zero-width character that is not a
combining mark (an emoji's variation selector, a zero-width space), dropping the rest of
the text, and puts a mark that follows a wide character on its empty second cell.
``TermScreen.draw`` calls ``draw_mixed`` for text that is not all ASCII.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

import pyte
from pyte import modes
from pyte.screens import wcwidth

from kvmgui.widgets.terminal.cells import mend_edges

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen


def draw_mixed(screen: TermScreen, data: str, draw_narrow: Callable[[str], None]) -> None:
    """Draw text of one-, two- and zero-column characters; ``draw_narrow`` takes the runs of
    one-column ones."""
    start = 0
    for i, char in enumerate(data):
        width = wcwidth(char)
        if width == 1:
            continue
        draw_narrow(data[start:i])
        start = i + 1
        if width == 2:
            _make_room(screen)
            pyte.Screen.draw(screen, char)
            mend_edges(screen.buffer[screen.cursor.y], screen.cursor.x - 2, screen.cursor.x,
                       screen.columns)
        elif width == 0:
            _join_previous(screen, char)
    draw_narrow(data[start:])


def _make_room(screen: TermScreen) -> None:
    if screen.cursor.x == screen.columns - 1 and screen.columns > 1:
        if modes.DECAWM in screen.mode:
            if modes.IRM not in screen.mode:  # in insert mode nothing goes on this line
                screen.buffer[screen.cursor.y][screen.cursor.x] = screen.cursor.attrs._replace(data=" ")
            screen.cursor.x = screen.columns  # pyte wraps before the next character
        else:
            screen.cursor.x -= 1


def _join_previous(screen: TermScreen, char: str) -> None:
    """Add a zero-width character to the character before the cursor."""
    y, x = screen.cursor.y, screen.cursor.x
    if x == 0:
        if y == 0:
            return
        y, x = y - 1, screen.columns
    line = screen.buffer[y]
    x = min(x, screen.columns) - 1
    if x > 0 and line[x].data == "":  # the empty second cell of a wide character
        x -= 1
    cell = line[x]
    line[x] = cell._replace(data=unicodedata.normalize("NFC", cell.data + char))
    screen.dirty.add(y)
