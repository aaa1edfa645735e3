"""Control characters and escape sequences of one character as xterm has them."""

import pytest

from kvmgui.widgets.terminal.screen import TermScreen, screen_text
from kvmgui.widgets.terminal.stream import TermStream
from tests.unit.widgets.terminal_feed import run


def test_next_line_goes_to_the_first_column_of_the_next_line_as_in_xterm():
    # NEL (ESC E) is a carriage return and a line feed; pyte's was a line feed alone
    screen = run(b"ab\x1bEcd\x1b[20Gx\x1bEy")
    assert screen_text(screen)[:3] == ["ab", "cd" + " " * 17 + "x", "y"]


@pytest.mark.parametrize(("data", "expected"), [
    ("ab\x85cd", ["ab", "cd", ""]),  # NEL
    ("ab\x84cd", ["ab", "  cd", ""]),  # IND
    ("ab\x8dcd", ["  cd", "ab", ""]),  # RI, from the first line: the screen goes down
    ("\x90+q544e\x9cok", ["ok", "", ""]),  # DCS … ST: a query, nothing to show
    ("a\x80b\x99c", ["abc", "", ""]),  # controls xterm has none for: nothing
])
def test_8_bit_c1_controls_act_as_their_7_bit_forms_as_in_xterm(data, expected):
    # as UTF-8 (U+0085 …), and as the raw byte before a printable one (test_terminal_bytes)
    assert screen_text(run(data.encode(), lines=3)) == expected
    assert screen_text(run(data.encode("latin-1"), lines=3)) == expected


def test_a_tab_stop_set_while_the_cursor_waits_to_wrap_is_on_the_last_column_as_in_xterm():
    # HTS there set a stop past the edge, and a tab to it left the cursor waiting to wrap
    screen = run(b"x" * 20 + b"\x1bH\r\x1b[18G\tX")
    assert screen_text(screen)[:2] == ["x" * 19 + "X", ""]


def test_a_tab_stop_cleared_while_the_cursor_waits_to_wrap_is_the_last_columns():
    screen = run(b"x" * 17 + b"\x1b[g", columns=17)
    assert screen.tabstops == {8}


@pytest.mark.parametrize("decid", [b"\x1bZ", "\x9a".encode()])
def test_decid_is_answered_as_device_attributes_as_in_xterm(decid):
    # ESC Z, DEC's older "what are you" (8-bit: 0x9A): xterm answers it as CSI c; pyte passed over it
    screen = TermScreen(20, 3, 10)
    replies = []
    screen.reply = replies.append
    TermStream(screen).feed(decid + b"\x1b[c")
    assert replies == ["\x1b[?6c"] * 2
    assert screen_text(screen)[0] == ""


def test_a_back_tab_with_the_cursor_waiting_to_wrap_goes_from_the_last_column_as_in_xterm():
    # a stop on the last column (HTS there): CBT goes to the one before it, as from that column
    screen = run(b"\x1b[20G\x1bH\r" + b"x" * 20 + b"\x1b[ZY")
    assert screen_text(screen)[0] == "x" * 16 + "Y" + "x" * 3
