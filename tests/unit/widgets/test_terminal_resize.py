"""Resizing the terminal's screen (resize.py): the cursor's line stays on screen, the lines
above it go to the scrollback and come back, the shell's screen under a full-screen program
keeps its prompt, tab stops follow the width."""

import pyte
import pytest

from kvmgui.widgets.terminal.screen import TermScreen, screen_text
from kvmgui.widgets.terminal.stream import TermStream

ESC = b"\x1b"


def run(data: bytes, columns=20, lines=5, scrollback=100):
    screen = TermScreen(columns, lines, scrollback)
    TermStream(screen).feed(data)
    return screen, []


def test_resize_keeps_the_cursor_line_and_brings_lines_back():
    screen, _ = run(b"\r\n".join(b"l%d" % i for i in range(8)))  # 5 lines: l3..l7 on screen
    screen.resize(3, 20)
    assert screen_text(screen) == ["l5", "l6", "l7"]
    assert screen.cursor.y == 2
    screen.resize(6, 20)
    assert screen_text(screen) == ["l2", "l3", "l4", "l5", "l6", "l7"]
    assert screen.cursor.y == 5
    screen.resize(6, 2)
    assert screen_text(screen)[-1] == "l7"


def test_shrinking_while_a_full_screen_program_runs_keeps_the_shell_lines_on_leaving_it():
    # The prompt is on the bottom line when vi starts; the window gets smaller meanwhile.
    screen, _ = run(b"\r\n".join(b"l%d" % i for i in range(4)) + b"\r\n$ vi"
                    + ESC + b"[?1049h" + ESC + b"[2J" + ESC + b"[Hediting")
    screen.resize(3, 20)
    pyte.ByteStream(screen).feed(ESC + b"[?1049l")
    assert screen_text(screen) == ["l2", "l3", "$ vi"]
    assert (screen.cursor.y, screen.cursor.x) == (2, 4)
    assert ["".join(line[x].data for x in range(2)) for line in screen.history] == ["l0", "l1"]


@pytest.mark.parametrize(("enter", "leave", "cursor"), [
    # 1047 saves no cursor: an ESC 7 of long before (at the top) took the prompt's place,
    # so the shrink kept the top lines and the prompt and the lines near it went for good
    (ESC + b"[?1047h", ESC + b"[?1047l", None),
    (ESC + b"[?47h", ESC + b"[?47l", None),
    # xterm-r6's smcup and rmcup: the cursor saved on entering is the one to go back to
    (ESC + b"7" + ESC + b"[?47h", ESC + b"[2J" + ESC + b"[?47l" + ESC + b"8", (2, 4)),
])
def test_shrinking_under_a_program_that_saved_no_cursor_keeps_the_prompt(enter, leave, cursor):
    screen, _ = run(ESC + b"7" + b"\r\n".join(b"l%d" % i for i in range(4)) + b"\r\n$ vi"
                    + enter + ESC + b"[2J" + ESC + b"[Hediting")
    screen.resize(3, 20)
    pyte.ByteStream(screen).feed(leave)
    assert screen_text(screen) == ["l2", "l3", "$ vi"]
    assert ["".join(line[x].data for x in range(2)) for line in screen.history] == ["l0", "l1"]
    if cursor is not None:
        assert (screen.cursor.y, screen.cursor.x) == cursor


def test_tab_stops_follow_the_width():
    # The terminal starts at 80 columns and takes the window's width: ls's tabs past 80 too.
    screen, _ = run(b"", columns=20, lines=3)
    screen.resize(3, 40)
    pyte.ByteStream(screen).feed(b"a\tb\tc\td\te")
    assert screen_text(screen)[0] == "a       b       c       d       e"
    screen.resize(3, 12)  # narrower: a tab stops at the last column, never past it
    pyte.ByteStream(screen).feed(b"\r\nx\ty\tz")
    assert screen_text(screen)[1] == "x       y  z"


def test_growing_while_a_full_screen_program_runs_brings_the_shells_lines_back():
    # As on the shell's own screen, and as xterm does: the window grew under vi, and on
    # leaving it the prompt was half way down, empty lines under it, the lines above it
    # left in the scrollback
    screen, _ = run(b"\r\n".join(b"l%d" % i for i in range(8)) + b"\r\n$ vi"
                    + ESC + b"[?1049h" + ESC + b"[2J" + ESC + b"[Hediting")
    screen.resize(8, 20)
    assert screen_text(screen)[0] == "editing"
    pyte.ByteStream(screen).feed(ESC + b"[?1049l")
    assert screen_text(screen) == ["l1", "l2", "l3", "l4", "l5", "l6", "l7", "$ vi"]
    assert (screen.cursor.y, screen.cursor.x) == (7, 4)
    assert ["".join(line[x].data for x in range(2)) for line in screen.history] == ["l0"]


def test_narrowing_with_the_cursor_waiting_to_wrap_keeps_it_waiting():
    # A line filled to the right edge, the cursor waiting to wrap: xterm's resize keeps the
    # wait (it clamps the column alone), so the next letter goes on the next line; here the
    # cursor went back onto the last column and the letter wrote over what was there.
    screen, _ = run(b"0123456789", columns=10)
    screen.resize(5, 6)
    TermStream(screen).feed(b"x")
    assert screen_text(screen)[:2] == ["012345", "x"]


def test_widening_with_the_cursor_waiting_to_wrap_keeps_it_waiting():
    # xterm's resize leaves its wait to wrap alone, wider or narrower: the next letter goes
    # on the next line; here the cursor stayed one column past the old edge, now on screen,
    # and the letter went on at the end of the full line.
    screen, _ = run(b"0123456789", columns=10)
    screen.resize(5, 16)
    TermStream(screen).feed(b"x")
    assert screen_text(screen)[:2] == ["0123456789", "x"]


def test_a_cursor_saved_waiting_to_wrap_still_waits_after_a_resize():
    screen, _ = run(b"0123456789\x1b7\x1b[H", columns=10)
    screen.resize(5, 16)
    TermStream(screen).feed(b"\x1b8x")
    assert screen_text(screen)[:2] == ["0123456789", "x"]


def test_a_resize_ends_origin_mode_as_in_xterm():
    # xterm's resize makes the whole screen the scrolling region and ends origin mode; here
    # origin mode stayed, and the lines of the next region set were counted from its top
    screen, _ = run(b"\x1b[?6h\x1b[2;4r")
    screen.resize(6, 20)
    TermStream(screen).feed(b"\x1b[3;5r\x1b[1;1HX")
    assert screen_text(screen)[:3] == ["X", "", ""]


def test_narrowing_through_a_wide_character_blanks_the_half_left():
    """A narrower screen cut a wide character in two: its first half stayed in the last
    column, drawn two cells wide over the edge, and a copy took it whole; xterm blanks it.
    The shell's lines under a full-screen program and the scrollback's are cut so too."""
    screen, _ = run("中文\r\nab中\r\n\x1b[?1049h".encode(), columns=4, lines=3)
    screen.resize(3, 3)
    screen.resize(3, 4)
    pyte.ByteStream(screen).feed(ESC + b"[?1049l")
    assert screen_text(screen)[:2] == ["中", "ab"]
    screen, _ = run("ab中\r\n1\r\n2\r\nxy中".encode(), columns=4, lines=3)
    screen.resize(3, 3)
    assert "".join(screen.history[0][x].data for x in range(3)) == "ab "
    assert screen_text(screen)[2] == "xy"
    screen, _ = run("\x1b[?47hab中\x1b[?47l".encode(), columns=4, lines=3)
    screen.resize(3, 3)
    screen.resize(3, 4)
    pyte.ByteStream(screen).feed(ESC + b"[?47h")
    assert screen_text(screen)[0] == "ab"


def test_a_selection_on_a_full_screen_programs_screen_stays_on_its_text_through_a_resize():
    """A resize under less moved the shell's hidden lines to and from the scrollback, and
    the line count with them, so a selection on less's screen went to other rows; less's own
    lines leaving the top were not counted, so it stayed on rows whose text had gone up."""
    from kvmgui.widgets.terminal.selection import Selection
    screen, _ = run(b"\r\n".join(b"l%d" % i for i in range(8))
                    + b"\x1b[?1049h\x1b[Hone\r\ntwo\r\nthree\r\nfour\x1b[3;1H")
    selection = Selection((screen.scrolled + 1, 0), (screen.scrolled + 1, 3))
    screen.resize(3, 20)  # the shell's prompt line stays: two of its lines go
    assert selection.text(screen) == "two"
    screen.resize(5, 20)
    assert selection.text(screen) == "two"
    screen.resize(2, 20)  # less's cursor line stays: its first line goes
    assert screen_text(screen) == ["two", "three"]
    assert selection.text(screen) == "two"
