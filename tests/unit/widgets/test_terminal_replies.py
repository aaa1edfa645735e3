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
