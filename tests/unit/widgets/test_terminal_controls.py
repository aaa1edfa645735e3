"""Control characters and escape sequences of one character as xterm has them."""

from kvmgui.widgets.terminal.screen import TermScreen, screen_text
from kvmgui.widgets.terminal.stream import TermStream


def run(data: bytes, columns=20, lines=5):
    screen = TermScreen(columns, lines, 100)
    screen.reply = lambda _text: None
    TermStream(screen).feed(data)
    return screen


def test_next_line_goes_to_the_first_column_of_the_next_line_as_in_xterm():
    # NEL (ESC E) is a carriage return and a line feed; pyte's was a line feed alone
    screen = run(b"ab\x1bEcd\x1b[20Gx\x1bEy")
    assert screen_text(screen)[:3] == ["ab", "cd" + " " * 17 + "x", "y"]
