"""The terminal's answers to the guest's questions (device attributes, status and cursor
position reports) and the focus and mouse reports it asked for."""

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


@pytest.mark.parametrize(("data", "expected"), [
    # a line past the scrolling region in origin mode: pyte did not move the cursor at all,
    # xterm stops it on the region's last line (and takes the column)
    (b"\x1b[2;4r\x1b[?6h\x1b[9;5H\x1b[6n", "\x1b[3;5R"),
    (b"\x1b[2;4r\x1b[?6h\x1b[9d\x1b[6n", "\x1b[3;1R"),  # VPA likewise
    # VPA in origin mode without a region set raised out of the parse
    (b"\x1b[?6h\x1b[3d\x1b[6n", "\x1b[3;1R"),
    (b"\x1b[2;4r\x1b[9;5H\x1b[6n", "\x1b[6;5R"),  # without origin mode: the screen's edge
])
def test_cursor_moves_in_origin_mode_stay_in_the_scrolling_region(data, expected):
    assert replies_to(data, lines=6) == [expected]


def _focus(view, focus_in: bool) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    QCoreApplication.sendEvent(view, QFocusEvent(
        QEvent.Type.FocusIn if focus_in else QEvent.Type.FocusOut,
        Qt.FocusReason.ActiveWindowFocusReason))


def test_focus_in_and_out_are_reported_when_the_guest_asked(qtbot):
    """vim, tmux and neovim ask for focus events (DECSET 1004: FocusGained, autoread, a
    pane's focus); they heard nothing when the console got or lost the keyboard."""
    from kvmgui.widgets.terminal import TerminalView
    view = TerminalView()
    qtbot.addWidget(view)
    sent: list[bytes] = []
    view.send.connect(sent.append)
    _focus(view, True)
    assert sent == []  # not asked
    view.feed(b"\x1b[?1004h")
    view.drain()
    _focus(view, False)
    _focus(view, True)
    assert sent == [b"\x1b[O", b"\x1b[I"]
    view.restart()  # a new run of the guest asked for nothing yet
    view.drain()
    _focus(view, False)
    assert sent == [b"\x1b[O", b"\x1b[I"]


def _press(modes: set[int], column: int, row: int, release: bool = False) -> bytes:
    from kvmgui.widgets.terminal import mouse
    return mouse.report({m << 5 for m in modes}, mouse.Button.LEFT, column, row,
                        release=release)


def test_mouse_reports_in_the_encoding_the_guest_asked_for():
    # urxvt's (1015: vim's ttymouse=urxvt) and UTF-8 (1005) came in the old bytes, which
    # a program asking for those reads as other buttons and cells; past column 223, none
    assert _press({1000, 1015}, 2, 1) == b"\x1b[32;3;2M"
    assert _press({1000, 1015}, 300, 1, release=True) == b"\x1b[35;301;2M"
    assert _press({1000, 1005}, 2, 1) == b"\x1b[M" + bytes([32, 35, 34])  # as the old below 95
    assert _press({1000, 1005}, 200, 1) == b"\x1b[M " + "\u00e9".encode() + b'"'
    assert _press({1000, 1005}, 2015, 1) == b""  # past what two UTF-8 bytes hold
    # several in one set (the screen keeps one, see below): the one that says most
    assert _press({1000, 1005, 1015, 1006}, 2, 1) == b"\x1b[<0;3;2M"
    assert _press({1000, 1005, 1015}, 2, 1) == b"\x1b[32;3;2M"


@pytest.mark.parametrize(("data", "expected"), [
    # turning off only the drags (1002) turns the mouse off in xterm: 1000 set before it
    # went on reporting the clicks
    (b"\x1b[?1000h\x1b[?1002h\x1b[?1002l", None),
    (b"\x1b[?1003h\x1b[?1000l", None),
    # the one set last is the one: 1000 after 1002 reports no drags
    (b"\x1b[?1002h\x1b[?1000h", 1000),
    (b"\x1b[?1002;9h", 9),
    (b"\x1b[?1000h\x1b[?1006h\x1b[?1006l", 1000),  # an encoding is not a tracking
])
def test_a_mouse_tracking_set_replaces_the_others_and_any_reset_ends_it(data, expected):
    from kvmgui.widgets.terminal import mouse
    screen = TermScreen(20, 5, 100)
    TermStream(screen).feed(data)
    assert mouse.tracking(screen.mode) == expected


@pytest.mark.parametrize(("data", "expected"), [
    # xterm keeps one encoding, the one set last: SGR won over urxvt's set after it
    (b"\x1b[?1000;1006h\x1b[?1015h", b"\x1b[32;3;2M"),
    # and a reset ends only the one it names, which then is none: urxvt's set before went on
    (b"\x1b[?1000;1015h\x1b[?1006h\x1b[?1006l", b"\x1b[M" + bytes([32, 35, 34])),
    (b"\x1b[?1000;1006h\x1b[?1015l", b"\x1b[<0;3;2M"),
])
def test_the_mouse_encoding_set_last_is_the_one(data, expected):
    from kvmgui.widgets.terminal import mouse
    screen = TermScreen(20, 5, 100)
    TermStream(screen).feed(data)
    assert mouse.report(screen.mode, mouse.Button.LEFT, 2, 1) == expected
