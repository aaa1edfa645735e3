"""Bytes that are no UTF-8 character, decoded as xterm decodes them: a byte of 0x80-0xBF that
begins none and is followed by a printable ASCII byte is taken as itself (an 8-bit C1
control, CSI 0x9B first among them; 0xA0-0xBF a Latin-1 letter), any other U+FFFD."""

import pytest

from kvmgui.widgets.terminal.screen import TermScreen, screen_text
from kvmgui.widgets.terminal.stream import TermStream


def run(*pieces: bytes, columns=20, lines=3):
    screen = TermScreen(columns, lines, 100)
    screen.reply = lambda _text: None
    stream = TermStream(screen)
    for piece in pieces:
        stream.feed(piece)
    return screen


def test_a_raw_8_bit_csi_before_its_parameters_is_a_csi_as_in_xterm():
    screen = run(b"ab\x9b1mcd\x9b2;5Hx")
    assert screen_text(screen) == ["abcd", "    x", ""]
    assert not screen.buffer[0][1].bold and screen.buffer[0][2].bold


@pytest.mark.parametrize(("data", "expected"), [
    (b"ab\x9b c", "ab\ufffd c"),  # no parameter or final after it: no CSI
    (b"ab\x9b", "ab\ufffd"),  # nothing after it to look at (xterm looks in what it read)
    (b"\x9b\x9b1m", "\ufffd"),  # the second one is followed by "1": a CSI
    (b"a\xe4b", "a\ufffdb"),  # a first byte without its others
])
def test_a_byte_that_is_no_character_is_a_replacement_character(data, expected):
    assert screen_text(run(data))[0] == expected


def test_a_high_byte_of_the_latin_1_half_before_ascii_is_that_letter_as_in_xterm():
    assert screen_text(run(b"25\xb0C"))[0] == "25\xb0C"


def test_utf_8_cut_between_two_reads_still_makes_its_character():
    assert screen_text(run(b"\xe4\xb8", b"\xad|"))[0] == "\u4e2d|"
