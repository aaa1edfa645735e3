"""A selection that the guest's output writes on or moves text under goes, as xterm's does,
also where the text there is the same."""

import pytest

from kvmgui.widgets.terminal.selection import Selection


def _select(term, row: int, first: int, last: int) -> None:
    term.drain()  # the text on view, as a person selects it
    absolute = term.vt.scrolled + row
    term.selection = Selection((absolute, first), (absolute, last))
    term.drain()  # its text as selected


@pytest.mark.parametrize("output", [
    b"\x1b[2;1Hnotes.txt",  # the same letters again (top's rows, a status line redrawn)
    b"\x1b[2;12H\x1b[K",  # the line's end erased, after the selected letters
    b"\x1b[2;1H\x1b[@\x1b[P",  # a letter inserted and deleted: the same text in the end
])
def test_a_selection_goes_when_the_guest_writes_on_its_line_even_the_same_text(term, output):
    term.feed(b"$ ls\r\nnotes.txt todo.txt\r\n$ ")
    _select(term, 1, 0, 9)
    term.feed(output)
    term.drain()
    assert term.selection is None


def test_a_selection_goes_when_a_scroll_in_a_region_moves_the_same_text_under_it(term):
    # rows 2 to 4 the region; row 2's "same" scrolls away and row 3's comes under the selection
    term.feed(b"top\r\nsame\r\nsame\r\nsame\r\nbottom\x1b[2;4r\x1b[4;1H")
    _select(term, 1, 0, 4)
    term.feed(b"\n")
    term.drain()
    assert term.selection is None


def test_a_selection_stays_when_the_guest_writes_on_other_lines(term):
    term.feed(b"$ ls\r\nnotes.txt todo.txt\r\n$ ")
    _select(term, 1, 0, 9)
    term.feed(b"date\r\nFri\r\n$ \x1b[1;1H$ ls")  # rows below it, and above it the same text
    term.drain()
    assert term.selection is not None and term.selection.text(term.vt) == "notes.txt"
