"""The view over a full-screen program (the alternate screen): what of the shell's screen
stays out of it, and what of it stays out of the shell's."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from kvmgui.widgets.terminal import TerminalView


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
