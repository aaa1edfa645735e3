"""Reverse video (DECSCNM, CSI ? 5 h) as xterm shows it: the whole screen in its default
colours swapped, the cells as they were (a visual bell turns it on and off again)."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QRegion

from kvmgui.widgets.terminal.screen import TermScreen
from kvmgui.widgets.terminal.stream import TermStream


def test_a_visual_bell_leaves_reverse_text_reverse_as_in_xterm():
    screen = TermScreen(20, 3, 10)
    TermStream(screen).feed(b"\x1b[7mbar\x1b[m plain\x1b[?5h\x1b[?5l")
    assert [screen.buffer[0][x].reverse for x in range(5)] == [True] * 3 + [False] * 2


def test_text_written_in_reverse_video_is_plain_text_as_in_xterm():
    screen = TermScreen(20, 3, 10)
    TermStream(screen).feed(b"\x1b[?5hab\x1b[0mcd\x1b[?5l")
    assert not any(screen.buffer[0][x].reverse for x in range(4))


def _colour(term, column: int, row: int) -> QColor:
    x, y = int((column + 0.5) * term.cell_w), int((row + 0.2) * term.cell_h)
    return term.grab(QRect(x, y, 1, 1)).toImage().pixelColor(0, 0)


def test_reverse_video_paints_the_screen_in_the_colours_swapped(term):
    fg, bg = QColor(*term.scheme.fg), QColor(*term.scheme.bg)
    term.feed(b"\x1b[7mbar\x1b[m\x1b[?5h")
    term.drain()
    # a blank cell in the default foreground colour, the reverse bar in the background one
    assert (_colour(term, 10, 2), _colour(term, 1, 0)) == (fg, bg)
    term.feed(b"\x1b[?5l")
    term.drain()
    assert _colour(term, 10, 2) == bg



def test_reverse_video_repaints_the_lines_scrolled_back_to_and_the_edge(term, monkeypatch):
    """Only the screen's lines were repainted: with the view scrolled back, the lines of
    the scrollback on view, and the strip under the last line, kept the old colours until
    something else repainted them."""
    term.feed(b"line\r\n" * 40)
    term.drain()
    term.scroll_to(3)
    term.drain()
    assert term.height() % term.cell_h  # a strip under the last line
    asked = QRegion()

    def update(*rect):
        nonlocal asked
        asked = asked.united(QRegion(rect[0] if rect else term.rect()))

    monkeypatch.setattr(term, "update", update)
    term.feed(b"\x1b[?5h")
    term.drain()
    assert term.offset == 3
    area = QRegion(QRect(0, 0, term.width() - term.scrollbar.width(), term.height()))
    assert area.subtracted(asked).isEmpty(), area.subtracted(asked).boundingRect()
