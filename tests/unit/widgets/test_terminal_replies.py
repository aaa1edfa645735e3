"""The terminal's answers to the guest's questions (device attributes, status and cursor
position reports) and the focus reports it asked for."""

import pytest

from kvmgui.widgets.terminal.screen import TermScreen
from kvmgui.widgets.terminal.stream import TermStream


def replies_to(data: bytes, columns: int = 20, lines: int = 5, whole: bool = True) -> list[str]:
    screen = TermScreen(columns, lines, 100)
    replies: list[str] = []
    screen.reply = replies.append
    stream = TermStream(screen)
    for piece in [data] if whole else [data[i:i + 1] for i in range(len(data))]:
        stream.feed(piece)  # one byte at a time: through pyte's parser, not the quick way
    return replies


@pytest.mark.parametrize("whole", [True, False])
def test_the_secondary_device_attributes_are_answered(whole):
    # vim (t_RV), tmux and emacs ask CSI > c at start, emacs waiting a while for the
    # answer; it never came. CSI > 1 c asks nothing (xterm answers CSI > 0 c alone).
    replies = replies_to(b"\x1b[>c\x1b[>0c\x1b[>1c\x1b[c", whole=whole)
    assert replies == ["\x1b[>0;10;0c", "\x1b[>0;10;0c", "\x1b[?6c"]


@pytest.mark.parametrize(("data", "expected"), [
    # origin mode without a scrolling region set: pyte's answer raised out of the parse
    # (an assert on the region), and the rest of that output was lost
    (b"\x1b[?6h\x1b[2;3H\x1b[6nok", "\x1b[2;3R"),
    (b"\x1b[2;4r\x1b[?6h\x1b[2;3H\x1b[6n", "\x1b[2;3R"),  # lines counted from the region
    (b"\x1b[2;4r\x1b[2;3H\x1b[6n", "\x1b[2;3R"),  # without origin mode, from the top
    # the last column written, the cursor waiting to wrap: xterm says the last column,
    # pyte one past the edge (a line editor then took the screen for a column wider)
    (b"x" * 20 + b"\x1b[6n", "\x1b[1;20R"),
])
def test_the_cursor_position_report_is_on_screen_and_follows_origin_mode(data, expected):
    assert replies_to(data) == [expected]
