"""The margins as xterm sets them: the scrolling region (DECSTBM), and CSI s as xterm reads
it: SCOSC (save the cursor) while DECLRMM (DECSET 69) is off and the sequence has no
parameters; DECSLRM (left and right margins) while it is on. The terminal says it is a
VT102, which has no such margins: they are not kept, and DECSLRM does the rest of what xterm
does (the cursor goes home)."""

import pytest

from kvmgui.widgets.terminal.screen import screen_text
from kvmgui.widgets.terminal.stream import TermStream
from tests.unit.widgets.terminal_feed import run


def test_with_left_and_right_margins_on_csi_s_saves_no_cursor_as_in_xterm():
    # saved at the end of "abc"; the CSI s with margins on sets margins, it saves nothing
    screen = run(b"abc\x1b[s\x1b[2;2H\x1b[?69h\x1b[5;10s\x1b[?69l\x1b[3;4H\x1b[uX")
    assert screen_text(screen)[:2] == ["abcX", ""]


@pytest.mark.parametrize(("margins", "home"), [
    (b"\x1b[2;9s", True), (b"\x1b[s", True), (b"\x1b[5s", True),
    (b"\x1b[9;2s", False), (b"\x1b[4;4s", False)])  # the right one not past the left: ignored
def test_setting_left_and_right_margins_sends_the_cursor_home_as_in_xterm(margins, home):
    screen = run(b"\x1b[?69h\x1b[3;5H" + margins)
    assert (screen.cursor.x, screen.cursor.y) == ((0, 0) if home else (4, 2))


@pytest.mark.parametrize("sequence", [b"\x1b[5;10s", b"\x1b[;s", b"\x1b[1;2s"])
def test_without_the_margins_mode_csi_s_with_parameters_saves_nothing_as_in_xterm(sequence):
    screen = run(b"abc\x1b[s\x1b[2;2H" + sequence + b"\x1b[3;4H\x1b[uX")
    assert screen_text(screen)[:2] == ["abcX", ""]


def test_csi_u_with_parameters_restores_nothing_as_in_xterm():
    screen = run(b"abc\x1b[s\x1b[2;3H\x1b[5uX")
    assert screen_text(screen)[:2] == ["abc", "  X"]


def test_a_soft_reset_ends_the_margins_mode_as_in_xterm():
    # DECSTR clears DECLRMM (xterm's resetMarginMode): CSI s saves the cursor again
    screen = run(b"\x1b[?69h\x1b[!p\x1b[2;2H\x1b[s\x1b[4;4H\x1b[uX")
    assert screen_text(screen)[:2] == ["", " X"]


def test_a_new_run_of_the_guest_ends_the_margins_mode():
    screen = run(b"\x1b[?69h")
    screen.restart()
    TermStream(screen).feed(b"\x1b[2;2H\x1b[s\x1b[4;4H\x1b[uX")
    assert screen_text(screen)[:2] == ["", " X"]


# DECSTBM (CSI Pt ; Pb r), the scrolling region, as xterm sets it
@pytest.mark.parametrize(("region", "margins", "cursor"), [
    (b"\x1b[r", None, (0, 0)),  # all the lines again, and the cursor home
    (b"\x1b[5r", (4, 7), (0, 0)),  # from line 5 to the last: not to the old region's bottom
    (b"\x1b[0;3r", (0, 2), (0, 0)),
    (b"\x1b[3;99r", (2, 7), (0, 0)),  # a bottom past the screen is its last line
    (b"\x1b[4;4r", (1, 3), (4, 2)),  # one line: passed over, the cursor stays
])
def test_the_scrolling_region_is_set_as_in_xterm(region, margins, cursor):
    screen = run(b"\x1b[2;4r\x1b[3;5H" + region, lines=8)
    assert (tuple(screen.margins) if screen.margins else None) == margins
    assert (screen.cursor.x, screen.cursor.y) == cursor


def test_setting_the_scrolling_region_in_origin_mode_sends_the_cursor_to_its_top():
    screen = run(b"\x1b[?6h\x1b[3;6r\x1b[2;5H\x1b[4;7r", lines=8)
    assert (screen.cursor.x, screen.cursor.y) == (0, 3)
