"""The view over a full-screen program (the alternate screen): what of the shell's screen
stays out of it, and what of it stays out of the shell's."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from kvmgui.widgets.terminal import TerminalView
from kvmgui.widgets.terminal.screen import TermScreen
from kvmgui.widgets.terminal.stream import TermStream


def test_a_selection_goes_when_a_full_screen_program_starts_or_leaves(qtbot):
    """Text selected on the shell's screen stayed highlighted over less's (the alternate
    screen, on the same rows), and Ctrl+Shift+C then copied less's text from there."""
    view = TerminalView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.feed(b"$ ls\r\nnotes.txt")
    view.drain()
    y = int(view.cell_h * 1.5)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(1, y))
    qtbot.mouseMove(view, QPoint(int(view.cell_w * 5), y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(int(view.cell_w * 5), y))
    QGuiApplication.clipboard().setText("before")
    view.feed(b"\x1b[?1049h\x1b[H\x1b[2Jless's first\r\nsecond line")
    view.drain()
    view.copy()
    assert view.selection is None and QGuiApplication.clipboard().text() == "before"
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(1, y))  # less's, then it quits
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(int(view.cell_w * 5), y))
    assert view.selection is not None
    view.feed(b"\x1b[?1049l")
    view.drain()
    assert view.selection is None


def _screen(data: bytes) -> TermScreen:
    screen = TermScreen(20, 5, 100)
    TermStream(screen).feed(data)
    return screen


def test_1049_set_again_on_the_alternate_screen_saves_the_cursor_as_in_xterm():
    # xterm saves the cursor at each 1049 set (in the alternate screen's own saved cursor
    # there); a second one was passed over, and ESC 8 then sent the cursor home.
    screen = _screen(b"\x1b[?1049h\x1b[3;4H\x1b[?1049h\x1b[H\x1b8")
    assert (screen.cursor.y, screen.cursor.x) == (2, 3)
    screen = _screen(b"\x1b[4;1H\x1b[?1049h\x1b[3;4H\x1b[?1049h\x1b[?1049l")
    assert (screen.alternate, screen.cursor.y, screen.cursor.x) == (False, 3, 0)


def test_1049_reset_on_the_shells_screen_restores_the_cursor_as_in_xterm():
    # a program that ends with rmcup where no smcup came (or after the terminal restarted)
    screen = _screen(b"\x1b[2;5H\x1b7\x1b[4;1H\x1b[?1049l")
    assert (screen.alternate, screen.cursor.y, screen.cursor.x) == (False, 1, 4)
