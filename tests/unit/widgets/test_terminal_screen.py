"""The terminal's screen against recorded VT sequences: golden screens for colours, cursor
moves, scroll regions, the alternate screen, scrollback and resizing; DA/DSR replies."""

import random

import pyte
import pytest
from PySide6.QtCore import Qt
from pyte.screens import Margins

from kvmgui.widgets.terminal import bce
from kvmgui.widgets.terminal.keys import key_bytes
from kvmgui.widgets.terminal.palette import line_runs, rgb
from kvmgui.widgets.terminal.screen import TermScreen, screen_text
from kvmgui.widgets.terminal.stream import TermStream

ESC = b"\x1b"


def run(data: bytes, columns=20, lines=5, scrollback=100):
    screen = TermScreen(columns, lines, scrollback)
    replies = []
    screen.reply = replies.append
    TermStream(screen).feed(data)
    return screen, replies


# (input as a guest would send it, the screen a person then sees)
GOLDEN = {
    "cursor moves": (
        b"abc\r\nde\x1b[1;10Hx\x1b[2B\x1b[3Dy\x1b[5;1Hbottom\x1b[A\x1b[2Cup",
        ["abc      x", "de", "       y", "        up", "bottom"]),
    "erase line and display": (
        b"hello world\r\nsecond\r\nthird\x1b[2;4H\x1b[K\x1b[1;6H\x1b[1K\x1b[3;1H\x1b[J",
        ["      world", "sec", "", "", ""]),
    "scroll region": (  # lines 2-4 scroll; 1 and 5 stay
        b"top\x1b[5;1Hbottom\x1b[2;4r\x1b[2;1Ha\r\nb\r\nc\r\nd\r\ne\x1b[r",
        ["top", "c", "d", "e", "bottom"]),
    "insert and delete": (
        b"abcdef\x1b[1;3H\x1b[2@XY\x1b[1;1H\x1b[P\r\n1\r\n2\r\n3\x1b[2;1H\x1b[L",
        ["bXYcdef", "", "1", "2", "3"]),
    "wrap at the right edge": (
        b"0123456789ABCDEFGHIJKLMN",
        ["0123456789ABCDEFGHIJ", "KLMN", "", "", ""]),
    "utf-8 and wide characters": (
        "naïve 中文|".encode(),
        ["naïve 中文|", "", "", "", ""]),
}


@pytest.mark.parametrize("case", GOLDEN)
def test_golden_screens(case):
    data, expected = GOLDEN[case]
    screen, _ = run(data)
    assert screen_text(screen) == expected + [""] * (5 - len(expected))


def test_alternate_screen_restores_the_main_screen_and_cursor():
    screen, _ = run(b"shell$ vi\x1b[1;8H" + ESC + b"[?1049h" + ESC + b"[2J" + ESC
                    + b"[Hediting\r\n~\r\n~")
    assert screen.alternate
    assert screen_text(screen)[:3] == ["editing", "~", "~"]
    pyte.ByteStream(screen).feed(ESC + b"[?1049l")
    assert not screen.alternate
    assert screen_text(screen)[0] == "shell$ vi"
    assert (screen.cursor.y, screen.cursor.x) == (0, 7)


def test_alternate_screen_keeps_the_scrollback_out():
    screen, _ = run(ESC + b"[?1049h" + b"x\r\n" * 20 + ESC + b"[?1049l")
    assert len(screen.history) == 0


def test_colours_256_and_true_colour_bold_underline_reverse():
    screen, _ = run(b"\x1b[31mr\x1b[1;32mG\x1b[0m\x1b[38;5;196ma\x1b[48;2;1;2;3mb\x1b[0m"
                    b"\x1b[4mu\x1b[24m\x1b[7mv\x1b[0m\x1b[95mm\x1b[105mn")
    line = screen.buffer[0]
    assert (line[0].fg, line[1].fg, line[1].bold) == ("red", "green", True)
    assert line[2].fg == "ff0000" and line[3].bg == "010203"
    assert line[4].underscore and line[5].reverse
    runs = line_runs(line, screen.columns)
    styles = {text: style for _s, _e, text, style in runs}
    assert styles["r"].fg.name() == "#cd0000"
    assert styles["G"].fg.name() == "#00ff00" and styles["G"].bold  # bold brightens
    assert styles["a"].fg.name() == "#ff0000"
    assert styles["b"].bg.name() == "#010203"
    assert styles["u"].underline
    assert styles["v"].bg.name() == "#d0d0d0"  # reverse: the default fg behind
    assert styles["m"].fg.name() == "#ff00ff"
    assert styles["n"].bg.name() == "#ff00ff"  # pyte's spelling of SGR 105 is covered
    assert rgb("default", (1, 2, 3)) == (1, 2, 3)


def test_runs_group_cells_by_attributes():
    screen, _ = run(b"plain \x1b[1mbold\x1b[0m tail")
    runs = line_runs(screen.buffer[0], screen.columns)
    assert [(s, e, t) for s, e, t, _ in runs] == [(0, 6, "plain "), (6, 10, "bold"),
                                                  (10, 20, " tail     ")]


def test_device_status_and_attributes_are_answered():
    _screen, replies = run(b"ab\x1b[6n\x1b[5n\x1b[c")
    assert replies == ["\x1b[1;3R", "\x1b[0n", "\x1b[?6c"]


def test_application_cursor_keys_follow_decckm():
    screen, _ = run(b"\x1b[?1h")
    up = key_bytes(Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier, "", screen.app_cursor_keys)
    assert up == b"\x1bOA"
    pyte.ByteStream(screen).feed(b"\x1b[?1l")
    assert key_bytes(Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier, "",
                     screen.app_cursor_keys) == b"\x1b[A"


@pytest.mark.parametrize(("key", "mods", "text", "expected"), [
    (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, "\x03", b"\x03"),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", b"\r"),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier, "\x08", b"\x7f"),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "\t", b"\t"),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier, "", b"\x1b[1;5D"),
    (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier, "", b"\x1bOP"),
    (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier, "", b"\x1b[15~"),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, "", b"\x1b[3~"),
    (Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier, "x", b"\x1bx"),
    (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "ä", "ä".encode()),
    (Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, "", b""),
])
def test_keys(key, mods, text, expected):
    assert key_bytes(key, mods, text, False) == expected


@pytest.mark.parametrize(("mods", "text", "app_cursor", "expected"), [
    (Qt.KeyboardModifier.NoModifier, "", False, b"\x1b[E"),  # NumLock off: sent nothing
    (Qt.KeyboardModifier.NoModifier, "", True, b"\x1bOE"),
    (Qt.KeyboardModifier.ShiftModifier, "", False, b"\x1b[1;2E"),
    (Qt.KeyboardModifier.NoModifier, "5", False, b"5"),  # NumLock on: the digit
])
def test_the_keypads_5_is_sent_as_xterm_does(mods, text, app_cursor, expected):
    key = Qt.Key.Key_5 if text else Qt.Key.Key_Clear
    assert key_bytes(key, mods | Qt.KeyboardModifier.KeypadModifier, text, app_cursor) == expected


def test_a_control_character_the_terminal_does_not_know_loses_no_text():
    # ^A and ^\ amid text (a program's stray byte, a binary's strings): pyte drew up to it
    # and dropped the rest; xterm passes over it
    screen, _ = run("ab\x01cd\x1cef\r\nx\u0080y ä\x01z".encode())  # U+0080: nor does xterm
    assert screen_text(screen)[:2] == ["abcdef", "xy äz"]


def test_restoring_the_cursor_outside_the_scrolling_region_puts_it_back_there():
    # apt's progress bar: save the cursor on the last line, a region above it, restore, up
    # one line; the bar then goes on the last line, the output scrolls above it
    screen, _ = run(b"l1\r\nl2\r\nl3\r\nl4\r\nl5\r\nl6\r\n\x1b7\x1b[0;5r\x1b8\x1b[1Aoutput"
                    b"\x1b7\x1b[6;0fProgress: 40%\x1b8\r\nmore", lines=6)
    assert screen_text(screen) == ["l3", "l4", "l5", "output", "more", "Progress: 40%"]


def test_a_saved_cursor_is_restored_as_often_as_asked_and_each_screen_has_its_own():
    # tput sc once, tput rc before each step: the second restore sent the cursor home
    screen, _ = run(b"\x1b[3;5H\x1b7 10%\x1b8 20%\x1b8 30%")
    assert screen_text(screen)[:3] == ["", "", "     30%"]
    # a program saves the cursor on the alternate screen and leaves without restoring it:
    # the shell's cursor comes back, not the program's
    screen, _ = run(b"$ top\x1b[?1049h\x1b[2;2Htop\x1b7\x1b[?1049lX")
    assert screen_text(screen)[:2] == ["$ topX", ""]


def test_csi_s_and_u_save_and_restore_the_cursor():
    # a prompt's clock in a corner: save, move, draw, restore; the text went on in the corner
    screen, _ = run(b"abc\x1b[s\x1b[3;10HXY\x1b[udef\x1b[s\x1b[4;1H\x1b[?uZ")
    assert screen_text(screen)[:4] == ["abcdef", "", "         XY", "Z"]  # CSI ? u: no restore


def test_tabs_forward_and_back_by_count():
    # CHT and CBT (ncurses' cbt for xterm): pyte ignored both, so text went where it was
    screen, _ = run(b"\x1b[1;20Ha\x1b[Zb\x1b[2Zc\x1b[Zd\x1b[2;1H\x1b[2Ie\x1b[Ifg", columns=30)
    assert screen_text(screen)[:2] == ["        d       b  a", "                e       fg"]


def test_horizontal_position_absolute_moves_the_cursor():
    screen, _ = run(b"abc\x1b[10`X")  # HPA is CSI `; pyte took CSI ' for it
    assert screen_text(screen)[0] == "abc      X"


@pytest.mark.parametrize("whole", [True, False])
def test_private_sequences_the_screen_does_not_know_are_passed_over(whole):
    # vim 9 asks CSI ? 4 m (XTQMODKEYS) at start: pyte called the colours' handler with
    # private=True, a TypeError out of the parse, and the rest of the output was lost
    data = b"\x1b[?4mvim\x1b[?5W\x1b[?6n \x1b[?25l\x1b[?1h\x1b[?1049h9"
    screen = TermScreen(20, 5, 100)
    replies = []
    screen.reply = replies.append
    stream = TermStream(screen)
    for piece in [data] if whole else [data[i:i + 1] for i in range(len(data))]:
        stream.feed(piece)  # one byte at a time: through pyte's parser, not the quick way
    assert screen.alternate and screen_text(screen)[0] == "    9" and replies == []
    assert not screen.cursor_visible and screen.app_cursor_keys
    screen.reset_mode(1049, private=True)
    assert screen_text(screen)[0] == "vim"


@pytest.mark.parametrize("whole", [True, False])
@pytest.mark.parametrize(("data", "expected"), [
    # a parameter more than the sequence has (line noise on a serial line, a program's
    # slip): the handler raised a TypeError out of the parse, to the crash handler, and
    # the rest of the output was lost; xterm takes the parameters it knows
    (b"\x1b[3;1Hx\x1b[1;2Ay\x1b[1;2;3Bz", ["", " y", "x z"]),
    (b"\x1b[2;3;4Hz\x1b[1;9Gw\x1b[1;1dv", [" v", "w z"]),
    (b"abcd\x1b[1;2D\x1b[1;2Pe\x1b[1;2@f\x1b[1;2Xg", ["abcefg"]),
    # an erase of a kind there is not (CSI 5 J, CSI 9 K) raised too; xterm does nothing
    (b"ab\x1b[5Jcd\x1b[9K\x1b[?7Ke", ["abcde"]),
])
def test_sequences_with_parameters_past_their_own_lose_no_output(data, expected, whole):
    screen = TermScreen(10, 3, 100)
    stream = TermStream(screen)
    for piece in [data] if whole else [data[i:i + 1] for i in range(len(data))]:
        stream.feed(piece)  # one byte at a time: through pyte's parser, not the quick way
    assert screen_text(screen)[:len(expected)] == expected


@pytest.mark.parametrize("whole", [True, False])
@pytest.mark.parametrize(("data", "expected"), [
    # a sequence cut short by the next one (two writers on one serial line, a program
    # killed mid-way): pyte took the ESC for its final, drew "[A" and lost the move up
    (b"\x1b[2;1Hab\x1b[1;2\x1b[Acd", ["  cd", "ab"]),
    (b"\x1b[2;1Hab\x1b[38:2:1\x1b[Acd", ["  cd", "ab"]),  # with sub-parameters
    (b"\x1b[2;1Hab\x1b[?25\x1b[Acd", ["  cd", "ab"]),
    (b"\x1b[2;1Hab\x1b[>4;\x1b[Acd", ["  cd", "ab"]),
])
def test_an_escape_inside_a_sequence_ends_it_and_starts_the_next(data, expected, whole):
    screen = TermScreen(10, 3, 100)
    stream = TermStream(screen)
    for piece in [data] if whole else [data[i:i + 1] for i in range(len(data))]:
        stream.feed(piece)
    assert screen_text(screen)[:2] == expected
    assert screen.cursor_visible and screen.cursor.attrs.fg == "default"


@pytest.mark.parametrize("whole", [True, False])
def test_sequences_with_an_intermediate_character_draw_nothing(whole):
    # DECSCL (CSI 61;1 " p), DECSCA (CSI 0 " q), DECSACE (CSI 1 * x), DECIC (CSI 3 ' }),
    # XTPUSHSGR (CSI # {): pyte ended them at the intermediate and drew the final ("p");
    # SL and SR (CSI 2 SP @, CSI 2 SP A) inserted characters and moved the cursor up
    data = (b"\x1b[3;1Hab\x1b[61;1\"p\x1b[0\"q\x1b[1*x\x1b[3;4'}\x1b[#{\x1b[2 @\x1b[2 A"
            b"cd\x1b[2 qe")
    screen = TermScreen(10, 3, 100)
    stream = TermStream(screen)
    for piece in [data] if whole else [data[i:i + 1] for i in range(len(data))]:
        stream.feed(piece)
    assert screen_text(screen) == ["", "", "abcde"]


def test_the_application_keypad_mode_draws_nothing():
    screen, replies = run(b"a\x1b=b\x1b>c")  # DECKPAM, DECKPNM (less, vim for xterm)
    assert screen_text(screen)[0] == "abc" and replies == []


def test_scrollback_keeps_lines_that_leave_the_top_up_to_its_limit():
    screen, _ = run(b"\r\n".join(b"line %d" % i for i in range(30)), scrollback=10)
    assert screen_text(screen) == [f"line {i}" for i in range(25, 30)]
    assert len(screen.history) == 10 and screen.scrolled == 25
    assert screen.first_line() == 15
    first = screen.line_at(15)
    assert "".join(first[x].data for x in range(6)) == "line 1"  # line 15 is "line 15"
    pyte.ByteStream(screen).feed(b"\x1b[3J")
    assert len(screen.history) == 0



def test_without_a_scrollback_a_line_keeps_its_number_as_it_scrolls_away():
    # Lines are numbered by the count of those that ever left the top (selections use the
    # numbers); without a scrollback that count stood still, so a line's number named the
    # line under it once output scrolled the screen
    screen, _ = run(b"a\r\nb\r\nc\r\nd\r\ne\r\nf", scrollback=0)
    assert screen.line_at(0) is None  # "a" is gone
    assert screen.line_at(5)[0].data == "f"

@pytest.mark.parametrize(("data", "expected"), [
    # a delete (CSI P), erase (CSI X) or insert (CSI @) from its second cell left its first,
    # drawn whole over the next letter; one ending on its first cell left its second alone
    ("中文\x1b[2G\x1b[P", [" ", "文", "", " ", " "]),
    ("中文\x1b[2G\x1b[X", [" ", " ", "文", "", " "]),
    ("中文\x1b[2G\x1b[@", [" ", " ", " ", "文", ""]),
    ("中文\x1b[1G\x1b[P", [" ", "文", "", " ", " "]),
    ("中文\x1b[1G\x1b[3X", [" ", " ", " ", " ", " "]),
    ("中文\x1b[1G\x1b[@", [" ", "中", "", "文", ""]),  # an insert before it cuts nothing
    # and erases of the line's or the screen's end or start from a cell of it (CSI K, 1 K, J)
    ("中文\x1b[2G\x1b[K", [" ", " ", " ", " ", " "]),
    ("中文\x1b[3G\x1b[1K", [" ", " ", " ", " ", " "]),
    ("中文\x1b[2G\x1b[J", [" ", " ", " ", " ", " "]),
])
def test_a_wide_character_cut_by_a_delete_erase_or_insert_goes_whole(data, expected):
    screen, _ = run(data.encode())
    assert [screen.buffer[0][x].data for x in range(5)] == expected


@pytest.mark.parametrize("data", [
    "abc中\x1b[1G\x1b[@",  # CSI @
    "ab中\x1b[1G\x1b[2@",
    "abc中\x1b[1G\x1b[4hx\x1b[4l",  # a letter typed in insert mode (IRM)
])
def test_a_wide_character_pushed_onto_the_right_margin_is_blanked_as_in_xterm(data):
    # Its second cell went past the edge and it stood in the last column alone, half of it
    # drawn past the edge.
    screen, _ = run(data.encode(), columns=5)
    assert screen.buffer[0][4].data == " "


def test_a_letter_an_insert_pushed_past_the_right_edge_is_gone_when_the_screen_widens():
    # pyte kept it just past the edge, and a wider window showed it again
    screen, _ = run(b"abcde\x1b[1G\x1b[@", columns=5)
    screen.resize(5, 7)
    assert screen_text(screen)[0] == " abcd"


def test_a_delete_after_an_insert_brings_back_no_letter_from_past_the_edge():
    screen, _ = run(b"abcde\x1b[1G\x1b[@\x1b[P", columns=5)
    assert screen_text(screen)[0] == "abcd"


@pytest.mark.parametrize(("data", "expected"), [
    # its first cell written over: its second stayed, the text read "ab" on screen " b"
    ("中文\ra", "a 文"),
    # its second: the character stayed whole over the letter, which a copy took after it
    ("中文\x1b[2Gb", " b文"),
    ("中文\x1b[2G字", " 字"),  # a wide one over two halves
    ("中文\x1b[2Gxy", " xy"),
    ("中文\x1b[2G\x1b(0q\x1b(B", " \u2500文"),  # a line-drawing character, as dialog's boxes
    ("中文\x1b[1G\x1b[4hq\x1b[4l", "q中文"),  # inserted before it (IRM): nothing cut
])
def test_half_a_wide_character_written_over_leaves_a_blank_as_in_xterm(data, expected):
    screen, _ = run(data.encode())
    assert "".join(screen.buffer[0][x].data for x in range(5)).rstrip() == expected


@pytest.mark.parametrize(("data", "expected"), [
    # the line-drawing text went on onto the next line, over the first half of 中
    ("\x1b[2;1H中\x1b[1;5H\x1b(0xq\x1b(B", ["    \u2502", "\u2500"]),
    # it began on 中's second half and wrapped (the last line: the screen scrolled up)
    ("\x1b[1;1H中文\x1b[1;2H\x1b(0qqqqq\x1b(B", [" " + "\u2500" * 4, "\u2500"]),
    ("\x1b[4;1H\n中文\x1b[5;2H\x1b(0qqqqq\x1b(B", [" " + "\u2500" * 4, "\u2500"]),
])
def test_line_drawing_text_that_wraps_leaves_no_half_of_a_wide_character(data, expected):
    screen, _ = run(data.encode(), columns=5)
    top = 3 if "\n" in data else 0
    cells = [[screen.buffer[y][x].data for x in range(5)] for y in (top, top + 1)]
    assert ["".join(row).rstrip() for row in cells] == expected
    assert "" not in cells[0] + cells[1]  # no empty second cell left without its first


def test_a_wide_character_with_one_column_left_goes_whole_to_the_next_line():
    # 21 columns: ten CJK characters fill 20, the eleventh has one column left (xterm wraps it).
    screen, _ = run(("中" * 11 + "x").encode(), columns=21)
    assert screen_text(screen)[:2] == ["中" * 10, "中x"]
    line = screen.buffer[1]
    assert (line[0].data, line[1].data, line[2].data) == ("中", "", "x")
    assert (screen.cursor.y, screen.cursor.x) == (1, 3)


def test_a_wide_character_at_the_edge_without_autowrap_stays_whole_on_the_line():
    screen, _ = run(b"\x1b[?7l" + "abc中".encode(), columns=4)
    assert screen_text(screen)[0] == "ab中"
    assert screen.buffer[0][3].data == ""


@pytest.mark.parametrize(("text", "column"), [
    ("I \u2764\ufe0f you", 7),  # red heart with its emoji selector
    ("a\u200bb c", 4),  # a zero-width space
    ("x\u4e2d\u0301y", 4),  # an accent on a wide character
])
def test_zero_width_characters_join_the_one_before_and_lose_nothing_after(text, column):
    screen, _ = run(text.encode())
    assert screen_text(screen)[0] == text
    assert screen.cursor.x == column


def test_erasing_the_saved_lines_keeps_the_screen():
    # CSI 3J (xterm's "erase saved lines", ncurses' E3) clears the scrollback alone.
    screen, _ = run(b"\r\n".join(b"line %d" % i for i in range(8)) + b"\x1b[3J")
    assert len(screen.history) == 0
    assert screen_text(screen) == [f"line {i}" for i in range(3, 8)]


@pytest.mark.parametrize("data", [
    b"\x1b(0lqqk\x1b(B \xe4\xb8\xad",  # G0 is DEC line drawing (xterm's smacs)
    b"\x1b)0\x0elqqk\x0f \xe4\xb8\xad",  # G1 and shift out / in (vt100, vt220)
])
def test_line_drawing_characters_draw_boxes_in_utf_8(data):
    # dialog, whiptail (installers), menuconfig and htop draw their frames so.
    screen, _ = run(data)
    assert screen_text(screen)[0] == "\u250c\u2500\u2500\u2510 \u4e2d"


def test_repeat_the_last_character():
    # ncurses sends REP (CSI b) for runs of one character when TERM is xterm-256color.
    screen, _ = run("a=\x1b[4b|\u2500\x1b[2b".encode())
    assert screen_text(screen)[0] == "a=====|\u2500\u2500\u2500"


def test_scroll_up_and_down_move_the_lines_not_the_cursor():
    screen, _ = run(b"a\r\nb\r\nc\r\nd\r\ne\x1b[2;2H\x1b[2S")
    assert screen_text(screen) == ["c", "d", "e", "", ""]
    assert (screen.cursor.y, screen.cursor.x) == (1, 1)
    TermStream(screen).feed(b"\x1b[1T")
    assert screen_text(screen) == ["", "c", "d", "e", ""]



def test_soft_reset_leaves_no_stray_letter_and_resets_modes():
    # `reset` and `tput init` send DECSTR (CSI ! p) with TERM=xterm.
    screen, _ = run(b"\x1b[?25l\x1b[?1h\x1b[4h\x1b[31mred\x1b[!p ok")
    assert screen_text(screen)[0] == "red ok"
    assert screen.cursor_visible and not screen.app_cursor_keys
    assert screen.buffer[0][4].fg == "default"


@pytest.mark.parametrize("data", [
    b"\x1bP+q544e\x1b\\ok",  # DCS: XTGETTCAP, as neovim asks at start
    b"\x1b_Gf=100;AAAA\x1b\\ok",  # APC: an image protocol
    b"\x1bPq#0;2;0;0;0#0~~\x1b\\ok",  # DCS: sixel
])
def test_control_strings_are_not_shown_as_text(data):
    screen, _ = run(data)
    assert screen_text(screen)[0] == "ok"


def test_csi_greater_than_sequences_are_not_taken_for_others():
    # vim 9 (TERM=xterm*) starts with CSI > 4 ; 2 m (modifyOtherKeys); pyte took it for
    # CSI 4 ; 2 m and underlined everything; CSI > c got the primary attributes' answer.
    screen, replies = run(b"\x1b[>4;2mvim\x1b[>c\x1b[>0q\x1b[4mX\x1b[c")
    assert screen_text(screen)[0] == "vimX"
    assert not screen.buffer[0][0].underscore and screen.buffer[0][3].underscore
    assert replies == ["\x1b[>0;10;0c", "\x1b[?6c"]  # each its own answer


def test_csi_sequences_with_less_than_or_equals_leave_no_letters():
    # neovim leaves with CSI < u (the kitty keyboard protocol's pop); CSI = c asks DA3.
    screen, replies = run(b"a\x1b[<ub\x1b[<1uc\x1b[=5ud\x1b[=ce")
    assert screen_text(screen)[0] == "abcde"
    assert replies == []


def test_colour_and_underline_with_colons_set_the_style_and_draw_nothing():
    # ITU T.416 sub-parameters (38:2::r:g:b, 38:5:n, 4:3 curly underline; neovim, kitty-aware
    # programs) showed as text ("5:196m") from the first colon on.
    screen, _ = run(b"\x1b[1;38:2::255:0:0mA\x1b[0;38:5:196;48:2:0:0:255mB\x1b[4:3mC"
                    b"\x1b[4:0mD\x1b[58:5:3mE")
    assert screen_text(screen)[0] == "ABCDE"
    a, b, c, d, _e = (screen.buffer[0][x] for x in range(5))
    assert a.bold and a.fg == "ff0000"
    assert b.fg == "ff0000" and b.bg == "0000ff" and not b.bold  # 196 is #ff0000
    assert c.underscore and not d.underscore


# Output where the terminal means what pyte does (no wide characters, nothing it mends):
# the quick ways through text and plain CSI sequences must leave the very same cells.
PIECES = [b"plain text ", b"x" * 47, "h\xe9llo w\xf6rld \u2500\u2500 ".encode(), b"\r\n",
          b"\t", b"\x08", b"\x1b[1;31m", b"\x1b[0m", b"\x1b[m", b"\x1b[38;5;208m",
          b"\x1b[48;2;1;2;3m", b"\x1b[1;4;7m", b"\x1b[5;10H", b"\x1b[;7H", b"\x1b[3C",
          b"\x1b[2A", b"\x1b[K", b"\x1b[1K", b"\x1b[2J", b"\x1b[?25l", b"\x1b[?7l",
          b"\x1b[?7h", b"\x1b[4h", b"\x1b[4l", b"\x1b[2;4r", b"\x1b[r", b"\x1b[2P",
          b"\x1b[3@", b"\x1b[L", b"\x1b[M", b"\x1b[6n", b"\x1b[99999X"]


class _Pyte(pyte.Screen):
    def insert_characters(self, count=None):
        # Mended even here: pyte kept the cell an insert pushed past the edge, and a delete
        # (CSI P) then brought it back (the test above on widening)
        super().insert_characters(count)
        self.buffer[self.cursor.y].pop(self.columns, None)

    # and the blanks of ICH and DCH (the test of their colours)
    insert_characters = bce.blanking(insert_characters, frees_end=False)
    delete_characters = bce.blanking(pyte.Screen.delete_characters, frees_end=True)

    def _ending_the_wait(operation):
        # and here: ICH and DCH end a wait to wrap (the test of them waiting to wrap)
        def method(self, count=None):
            self.cursor.x = min(self.cursor.x, self.columns - 1)
            operation(self, count)
        return method

    insert_characters = _ending_the_wait(insert_characters)
    delete_characters = _ending_the_wait(delete_characters)

    # and here, by the screen's own mend: lines scrolled in take the colours set (the test
    # of lines scrolled in)
    def index(self):
        bottom = (self.margins or Margins(0, self.lines - 1)).bottom
        if self.cursor.y > bottom:  # and below the region (the test of a line feed there)
            self.cursor.y = min(self.cursor.y + 1, self.lines - 1)
            return
        scrolled = self.cursor.y == bottom
        super().index()
        bce.after_index(self, scrolled)

    def reverse_index(self):
        scrolled = self.cursor.y == (self.margins or Margins(0, 0)).top
        super().reverse_index()
        bce.after_reverse_index(self, scrolled)

    def insert_lines(self, count=None):
        y = self.cursor.y
        super().insert_lines(count)
        bce.after_insert_lines(self, y, count or 1)

    def delete_lines(self, count=None):
        y = self.cursor.y
        super().delete_lines(count)
        bce.after_delete_lines(self, y, count or 1)

    def tab(self):
        if self.cursor.x < self.columns:  # and here: a tab waiting to wrap (the test of it)
            super().tab()

    def set_margins(self, top=None, bottom=None):
        # and here: CSI r sets the whole screen and sends the cursor home, a bottom left out
        # is the last line (test_terminal_margins, the scrolling region)
        bottom = bottom if bottom and bottom <= self.lines else self.lines
        if bottom > max(1, top or 1):
            super().set_margins(max(1, top or 1), bottom)

    def cursor_up(self, count=None):
        # and here: a move from outside the region past it (the test of the cursor outside)
        top = self.margins.top if self.margins and self.cursor.y >= self.margins.top else 0
        self.cursor.y = max(self.cursor.y - (count or 1), top)

    def cursor_down(self, count=None):
        below = not self.margins or self.cursor.y > self.margins.bottom
        bottom = self.lines - 1 if below else self.margins.bottom
        self.cursor.y = min(self.cursor.y + (count or 1), bottom)

    def erase_in_line(self, how=0, private=False):
        # and here: an erase takes the last column the cursor waits to wrap on (the test of
        # an erase with the cursor waiting to wrap), in the colours set alone (the test of
        # an erase taking them)
        self.cursor.x = min(self.cursor.x, self.columns - 1)
        with bce.erasing(self):
            super().erase_in_line(how, private)

    def erase_characters(self, count=None):
        self.cursor.x = min(self.cursor.x, self.columns - 1)
        with bce.erasing(self):
            super().erase_characters(count)

    def erase_in_display(self, how=0, *args, **kwargs):
        # and here: pyte erased in the colours set the cells written before alone (the test
        # of the background colour on cells never written)
        for y in range(self.cursor.y + 1, self.lines) if how == 0 else \
                range(self.cursor.y) if how == 1 else range(self.lines) if how == 2 else ():
            self.buffer[y].update(dict.fromkeys(range(self.columns), self.default_char))
        with bce.erasing(self):
            super().erase_in_display(how, *args, **kwargs)


@pytest.mark.parametrize("seed", range(6))
def test_the_screen_is_pytes_for_output_it_does_not_mend(seed):
    rnd = random.Random(seed)
    data = b"".join(rnd.choice(PIECES) for _ in range(3000))
    ours = TermScreen(30, 8, 100)
    ours.reply = lambda _text: None
    theirs = _Pyte(30, 8)
    theirs.write_process_input = lambda _text: None
    stream, reference = TermStream(ours), pyte.ByteStream(theirs)
    start = 0
    while start < len(data):  # pieces of any length, cutting sequences anywhere
        end = start + rnd.randint(1, 400)
        stream.feed(data[start:end])
        reference.feed(data[start:end])
        start = end
        assert (ours.cursor.x, ours.cursor.y) == (theirs.cursor.x, theirs.cursor.y)
        assert ours.cursor.attrs == theirs.cursor.attrs
        for y in range(8):
            assert [ours.buffer[y][x] for x in range(30)] == \
                [theirs.buffer[y][x] for x in range(30)], (start, y)


def test_a_direct_colour_out_of_range_is_ignored_as_in_xterm():
    # pyte wrote the number past 255 as it was ("12c0000" for 300;0;0), a colour nobody sent
    screen, _ = run(b"\x1b[31;42m\x1b[38;2;300;0;0;48;2;0;0;256;1mA\x1b[38;2;255;0;1mB")
    a, b = screen.buffer[0][0], screen.buffer[0][1]
    assert (a.fg, a.bg, a.bold) == ("red", "green", True)  # the rest of the SGR still taken
    assert b.fg == "ff0001"
    screen, _ = run(b"\x1b[31m\x1b[38;2;0;300;0mC")  # alone: not taken for CSI m, a reset
    assert screen.buffer[0][0].fg == "red"


@pytest.mark.parametrize(("data", "rows"), [
    (b"\x1b[44m\x1b[2J", range(5)),
    (b"\x1b[3;1H\x1b[44m\x1b[J", range(2, 5)),
    (b"\x1b[3;20H\x1b[44m\x1b[1J", range(3)),
])
def test_erasing_the_display_takes_the_background_colour_on_cells_never_written(data, rows):
    # xterm erases in the colours set (dialog, whiptail and mc paint their blue backdrop
    # so); pyte coloured the cells written before alone, the rest stayed black
    screen, _ = run(b"ab" + data)
    assert {screen.buffer[y][x].bg for y in rows for x in range(20)} == {"blue"}
    assert {screen.buffer[y][x].bg for y in set(range(5)) - set(rows) for x in range(20)} \
        <= {"default"}


@pytest.mark.parametrize(("save", "restore"), [
    (b"\x1b7", b"\x1b8"), (b"\x1b[s", b"\x1b[u"), (b"\x1b[?1048h", b"\x1b[?1048l")])
def test_a_cursor_saved_waiting_to_wrap_waits_again_when_restored_as_in_xterm(save, restore):
    # xterm saves its wait to wrap with the cursor (DECSC's wrap flag): a status line drawn
    # between a save and a restore at the right edge made the next letter write over the
    # line's last one instead of going on the next line; and so at each restore of one save
    screen, _ = run(b"0123456789" + save + b"\x1b[3;1Hstatus" + restore + b"x" + restore + b"y",
                    columns=10)
    assert screen_text(screen)[:3] == ["0123456789", "y", "status"]


def test_a_wide_character_at_the_last_column_in_insert_mode_leaves_that_columns_letter():
    # It goes whole to the next line; nothing is inserted on this one, so its last letter
    # stays (xterm writes nothing there before the wrap); here it was blanked
    screen, _ = run("abcdefghij\x1b[1;10H\x1b[4h中".encode(), columns=10)
    assert screen_text(screen)[:2] == ["abcdefghij", "中"]


@pytest.mark.parametrize(("erase", "expected"), [
    (b"\x1b[K", "012345678x"), (b"\x1b[X", "012345678x"), (b"\x1b[J", "012345678x"),
    (b"\x1b[1K", "         x"), (b"\x1b[2K", "         x")])
def test_an_erase_with_the_cursor_waiting_to_wrap_takes_the_last_column_as_in_xterm(erase, expected):
    # xterm's cursor waits on the last column, which an erase from the cursor on takes, and
    # the erase ends the wait (ClearRight, ClearInLine); here the cursor waited past the edge,
    # the erase took nothing there (or a cell past it) and the next letter went on the next line
    screen, _ = run(b"0123456789" + erase + b"x", columns=10)
    assert screen_text(screen)[:2] == [expected, ""]
    assert 10 not in screen.buffer[0]


@pytest.mark.parametrize(("data", "row"), [
    (b"\x1b[44m\r\n\r\n\r\n\r\n\r\n", 4), (b"\x1b[44m\x1bM", 0), (b"\x1b[2;1H\x1b[44m\x1b[L", 1),
    (b"\x1b[2;1H\x1b[44m\x1b[M", 4), (b"\x1b[44m\x1b[S", 4), (b"\x1b[44m\x1b[T", 0),
    (b"\x1b[2;4r\x1b[4;1H\x1b[44m\r\n", 3)])
def test_lines_scrolled_in_take_the_background_colour_as_in_xterm(data, row):
    # xterm blanks a line that scrolling brings in with the colours set (bce), which ncurses
    # counts on: mc's and dialog's blue panels scrolled in black stripes
    screen, _ = run(b"ab" + data)
    assert {screen.buffer[row][x].bg for x in range(20)} == {"blue"}


def test_a_line_feed_below_the_scrolling_region_goes_down_as_in_xterm():
    # xterm moves the cursor down to the last line, the region untouched; pyte took it up to
    # the region's bottom line, and the next text wrote over the region's lines
    screen, _ = run(b"\x1b[2;3r\x1b[4;1Ha\r\nb\r\nc\r\nd")
    assert screen_text(screen) == ["", "", "", "a", "d"]


@pytest.mark.parametrize(("data", "expected"), [
    (b"\x1b[3;4r\x1b[2;1Ha\x1bMb", [" b", "a", "", "", ""]),  # ESC M above the region
    (b"\x1b[3;4r\x1b[2;1Ha\x1b[Ab", [" b", "a", "", "", ""]),  # CUU above it
    (b"\x1b[2;3r\x1b[4;1Ha\x1b[Bb", ["", "", "", "a", " b"]),  # CUD below it
    (b"\x1b[2;3r\x1b[4;1Ha\x1b[Eb", ["", "", "", "a", "b"]),  # CNL below it
])
def test_the_cursor_outside_the_scrolling_region_moves_up_or_down_past_it_as_in_xterm(
        data, expected):
    # xterm stops a move at the region's edge only from inside it; pyte pulled a cursor
    # above or below the region into it, and the text went over the region's lines
    screen, _ = run(data)
    assert screen_text(screen) == expected


@pytest.mark.parametrize("erase", [b"\x1b[K", b"\x1b[30X", b"\x1b[J", b"\x1b[2J", b"\x1b[2K"])
def test_an_erase_takes_the_colours_set_alone_as_in_xterm(erase):
    # xterm's erased cells get the colours, not bold, underline or reverse (ClearCells);
    # pyte's got the whole pen: an underline or a reverse bar ran to the line's end
    screen, _ = run(b"\x1b[1;4;7;9;31;44mab" + erase)
    cells = {screen.buffer[0][x] for x in range(2, 20)}
    assert {(c.fg, c.bg, c.bold, c.underscore, c.reverse, c.strikethrough) for c in cells} \
        == {("red", "blue", False, False, False, False)}


@pytest.mark.parametrize(("data", "blanks"), [
    (b"abcdef\x1b[1;3H\x1b[1;4;31;44m\x1b[2@", range(2, 4)),  # ICH: the cells it inserts
    (b"abcdef\x1b[1;1H\x1b[1;4;31;44m\x1b[3P", range(17, 20)),  # DCH: the cells it frees
])
def test_an_insert_or_delete_of_characters_blanks_in_the_colours_set_as_in_xterm(data, blanks):
    # xterm's ICH and DCH blank in the colours set alone; pyte's blanks were in the default
    # colours (ncurses with bce counts on xterm's)
    screen, _ = run(data)
    cells = {screen.buffer[0][x] for x in blanks}
    assert {(c.data, c.fg, c.bg, c.bold, c.underscore) for c in cells} \
        == {(" ", "red", "blue", False, False)}


def test_a_tab_with_the_cursor_waiting_to_wrap_keeps_it_waiting_as_in_xterm():
    # xterm's tab goes to the last column, where the cursor already is, and leaves its wait
    # to wrap alone; pyte's ended the wait, and the next letter wrote over the last one
    screen, _ = run(b"0123456789\tx", columns=10)
    assert screen_text(screen)[:2] == ["0123456789", "x"]


@pytest.mark.parametrize(("edit", "expected"), [
    (b"\x1b[@", "012345678x"), (b"\x1b[2@", "012345678x"), (b"\x1b[P", "012345678x")])
def test_an_insert_or_delete_of_characters_waiting_to_wrap_ends_the_wait_as_in_xterm(edit, expected):
    # xterm's cursor waits on the last column, where ICH and DCH work, and they end the
    # wait (ResetWrap); here the cursor waited past the edge, ICH and DCH took nothing
    # there and the next letter went on the next line
    screen, _ = run(b"0123456789" + edit + b"x", columns=10)
    assert screen_text(screen)[:2] == [expected, ""]
    assert 10 not in screen.buffer[0]


@pytest.mark.parametrize("start", [b"", b"\x1bc"])
def test_shift_out_without_a_g1_set_draws_ascii_as_in_xterm(start):
    # xterm starts (and resets, RIS) with every G set ASCII (resetCharsets); pyte's G1 was the
    # line-drawing set, so a stray ^N (a binary file's bytes on the console) turned all the
    # text after it into boxes and lines until a ^O
    screen, _ = run(start + b"\x0equit x\x0f \x1b)0\x0eqx\x0f")
    assert screen_text(screen)[0] == "quit x ─│"


@pytest.mark.parametrize("sequence", [
    b"\x1b F", b"\x1b G", b"\x1b L", b"\x1b*0", b"\x1b+B", b"\x1b-A", b"\x1b(%5", b"\x1b)\"?"])
def test_escape_sequences_with_intermediates_draw_nothing_as_in_xterm(sequence):
    # ESC, intermediates (SP to /), a final: S7C1T and S8C1T, the conformance levels, the G2
    # and G3 sets, the sets of two-character names; pyte took the intermediate alone and
    # drew the final ("F" of S7C1T before the prompt)
    screen, _ = run(b"a" + sequence + b"b\x1b[1;31mc")
    assert screen_text(screen)[0] == "abc"
    assert screen.buffer[0][2].fg == "red"
