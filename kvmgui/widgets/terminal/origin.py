"""Where the cursor goes and is said to be, in origin mode (DECOM: lines counted from the
scrolling region's top, the cursor kept inside it) and out of it, as xterm has it.

pyte ignored a move to a line past the region (xterm stops at the region's edge), raised
out of the parse on a VPA or a cursor position report in origin mode without a region set,
reported the cursor one column past the edge while it waited to wrap there, and pulled a
cursor above or below the scrolling region into it on a move up or down (CUU, CUD, ESC M),
where xterm stops at the region's edge only from inside it. ``TermScreen`` calls these for
CUP, VPA, CUU, CUD, DSR 6 and DECSTBM.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyte import modes
from pyte.screens import Margins

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.screen import TermScreen


def region(screen: TermScreen) -> tuple[int, int]:
    """The lines (top, bottom) that line numbers count from and the cursor stays within."""
    if modes.DECOM in screen.mode and screen.margins is not None:
        return screen.margins.top, screen.margins.bottom
    return 0, screen.lines - 1


def move_to_line(screen: TermScreen, line: int | None) -> None:
    top, bottom = region(screen)
    screen.cursor.y = min(top + max(0, (line or 1) - 1), bottom)


def move_to(screen: TermScreen, line: int | None, column: int | None) -> None:
    move_to_line(screen, line)
    screen.cursor.x = min(max(0, (column or 1) - 1), screen.columns - 1)


def move_up(screen: TermScreen, count: int | None) -> None:
    top = screen.margins.top if screen.margins and screen.cursor.y >= screen.margins.top else 0
    screen.cursor.y = max(screen.cursor.y - (count or 1), top)


def move_down(screen: TermScreen, count: int | None) -> None:
    bottom = screen.lines - 1
    if screen.margins and screen.cursor.y <= screen.margins.bottom:
        bottom = screen.margins.bottom
    screen.cursor.y = min(screen.cursor.y + (count or 1), bottom)


def set_region(screen: TermScreen, top: int | None, bottom: int | None) -> None:
    """DECSTBM as xterm has it: a top of 0 or none is the first line; a bottom of 0, none or
    past the screen the last; a region of two lines or more is set and the cursor goes home
    (the region's top in origin mode), another is passed over. pyte kept the old region's
    bottom for a missing one (CSI 5 r) and left the cursor where it was at CSI r."""
    first = max(1, top or 1)
    last = bottom if bottom and bottom <= screen.lines else screen.lines
    if last > first:
        full = (first, last) == (1, screen.lines)
        screen.margins = None if full else Margins(first - 1, last - 1)
        move_to(screen, 1, 1)


def position_report(screen: TermScreen) -> str:
    """CPR, 1-based: the line in the region in origin mode, the column on screen."""
    top, _bottom = region(screen)
    x = min(screen.cursor.x, screen.columns - 1)  # pyte's cursor waits to wrap past it
    return f"\x1b[{screen.cursor.y - top + 1};{x + 1}R"
