"""The view over a full-screen program (the alternate screen): what of the shell's screen
stays out of it, and what of it stays out of the shell's."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from kvmgui.widgets.terminal import TerminalView
from kvmgui.widgets.terminal.screen import TermScreen, screen_text
from kvmgui.widgets.terminal.selection import Selection
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


def _alternate_text(data: bytes) -> list[str]:
    screen = _screen(data)
    assert screen.alternate
    return screen_text(screen)[:2]


def test_47_keeps_the_alternate_screens_text_from_one_use_to_the_next_as_in_xterm():
    # xterm has one alternate screen: 47 and 1047 go to it as it was, neither clears it on
    # entering, 47 not on leaving; here every entering began on a new, empty screen
    assert _alternate_text(b"\x1b[?47hmenu\x1b[?47l$ \x1b[?47h") == ["menu", ""]
    assert _alternate_text(b"\x1b[?47hmenu\x1b[?47l$ \x1b[?1047h") == ["menu", ""]


def test_1047_clears_the_alternate_screen_on_leaving_and_1049_on_entering_as_in_xterm():
    assert _alternate_text(b"\x1b[?1047hmenu\x1b[?1047l$ \x1b[?47h") == ["", ""]
    assert _alternate_text(b"\x1b[?47hmenu\x1b[?47l$ \x1b[?1049h") == ["", ""]
    # 1049 set again on the alternate screen clears it again (xterm's ClearScreen)
    assert _alternate_text(b"\x1b[?1049hmenu\x1b[?1049h") == ["", ""]


def test_1049_clears_the_alternate_screen_in_the_colours_set_as_in_xterm():
    screen = _screen(b"\x1b[44m\x1b[?1049h")
    assert screen.buffer[4][19].bg == "blue"



def test_the_kept_alternate_screen_is_cut_to_a_smaller_size():
    screen = _screen(b"\x1b[?47h\x1b[5;1Hbottom line text\x1b[1;1Htop line text here\x1b[?47l")
    screen.resize(3, 8)
    screen.resize(5, 20)
    TermStream(screen).feed(b"\x1b[?47h")
    assert screen_text(screen) == ["top line", "", "", "", ""]


def test_a_new_run_of_the_guest_finds_the_alternate_screen_empty():
    screen = _screen(b"\x1b[?47hold menu\x1b[?47l")
    screen.restart()
    TermStream(screen).feed(b"\x1b[?47h")
    assert screen_text(screen)[0] == ""


def test_1048_saves_and_restores_the_cursor_as_esc_7_and_esc_8():
    # xterm's 1048 (DECSC on set, DECRC on reset): pyte ignored it, the cursor stayed home
    screen = _screen(b"\x1b[3;4H\x1b[?1048h\x1b[H\x1b[?1048lX")
    assert screen_text(screen)[2] == "   X"


def test_a_selection_on_a_full_screen_programs_screen_moves_with_its_text_as_in_xterm():
    """less and vim scroll their screen (the alternate one) with line feeds at the bottom;
    the selection stayed on the same rows while the text went up under it, so a copy took
    the line that came in below (xterm's ScrollSelection moves it with the text), and a line
    scrolled off the top came back from the shell's scrollback."""
    screen = _screen(b"old shell line\r\n" * 6 + b"\x1b[?1049h\x1b[Hone\r\ntwo\r\nthree\r\nfour\r\nfive")
    selection = Selection((screen.scrolled + 1, 0), (screen.scrolled + 2, 5))
    assert selection.text(screen) == "two\nthree"
    TermStream(screen).feed(b"\r\nsix")
    assert selection.text(screen) == "two\nthree"
    TermStream(screen).feed(b"\r\nseven\r\neight")
    assert selection.text(screen) == ""  # gone off the top: the alternate screen keeps none
