"""The terminal's state: pyte's VT screen plus what a console needs and pyte lacks.

Added here: a scrollback of the lines that leave the top of the screen (kept as pyte's own
line objects, no copies), the alternate screen (DECSET 47/1047/1049, which full-screen
programs use and pyte 0.8 ignores: ``alternate.py``), application cursor keys and
bracketed paste as mode queries, replies to the guest (DA, DSR) through ``reply``, CUP and
VPA in origin mode as xterm has them (``origin.py``), and a resize that keeps the cursor's
line on screen by moving lines to and from the scrollback, as xterm does. Mended where pyte
differs from xterm: wide and zero-width characters (``wide.py``), the lines it wraps
(marked, so a copy joins them: ``wrapmark.py``), erases (``erase.py``), tab stops after a
resize, CHT and CBT (``tabs.py``), REP, SU/SD, DECSTR and a restart (``resets.py``), CSI s/u,
the saved cursor (``saved.py``) and control strings (the stream, ``stream.py``, sends them
here by name).

Why pyte: it is the maintained pure-Python VT emulator (pyte 0.8.2, Nov 2023, LGPL) that
has xterm colours, DA/DSR replies and a dirty-line set; the alternatives on PyPI are either
native bindings at a 0.x version that still change their API every few weeks, or
unmaintained. See docs/performance.md for what its speed means for the console.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import pyte
from pyte import charsets, modes
from pyte.screens import Char, Margins, Savepoint

from kvmgui.widgets.terminal import alternate, bce, erase, mouse, origin, resets, saved, sgr, tabs, wide
from kvmgui.widgets.terminal.cells import Cells, cutting_none, draw_narrow
from kvmgui.widgets.terminal.resets import BRACKETED_PASTE, DECCKM
from kvmgui.widgets.terminal.resize import resize_screen
from kvmgui.widgets.terminal.wrapmark import Line, set_wrapped

_C0 = dict.fromkeys(range(0x20))  # those that reach draw: pyte's parser takes the others
DEFAULT_SCROLLBACK = 10_000
_BLANK = Char(" ", "default", "default")


class TermScreen(pyte.Screen):
    """A pyte screen with scrollback, an alternate screen and replies to the guest.

    ``scrolled`` counts every line that ever left the top (of either screen), so a line's
    absolute number (``scrolled - len(history) + i`` for history line i, ``scrolled + y``
    for screen row y) stays the same while output moves it; selections use those numbers.
    """

    def __init__(self, columns: int, lines: int, scrollback: int = DEFAULT_SCROLLBACK) -> None:
        self.history: deque[Line] = deque(maxlen=max(0, scrollback))
        self.scrolled = 0
        self.written: set[int] = set()  # lines by absolute number: see _wrote
        self.reply: Callable[[str], None] | None = None
        self._main: Any = None  # the main screen's buffer while the alternate one shows
        self._alternate: Any = None  # the alternate one's, kept while the main one shows
        self._main_y = 0  # its cursor's line when the alternate one came (alternate.py)
        self._drawing = False  # a line feed now is a wrap at the right edge
        self._last_char = ""  # what REP repeats
        self._soft_reset_next = False
        self._in_string = False
        self._cells: dict[Char, Cells] = {}  # see cells.py
        self._saved: dict[bool, Savepoint] = {}  # the saved cursor of each screen (alternate?)
        super().__init__(columns, lines)

    # -- queries ---------------------------------------------------------------------------

    @property
    def app_cursor_keys(self) -> bool:
        return DECCKM in self.mode

    @property
    def bracketed_paste(self) -> bool:
        return BRACKETED_PASTE in self.mode

    @property
    def alternate(self) -> bool:
        return self._main is not None

    @property
    def cursor_visible(self) -> bool:
        return modes.DECTCEM in self.mode and not self.cursor.hidden

    def first_line(self) -> int:
        """The absolute number of the oldest line still kept (the alternate screen keeps
        none above it: the scrollback is the main screen's)."""
        return self.scrolled - (0 if self._main is not None else len(self.history))

    def line_at(self, absolute: int) -> Line | None:
        """A line by absolute number: from the scrollback or the screen; None if gone."""
        if absolute >= self.scrolled:
            y = absolute - self.scrolled
            return self.buffer[y] if y < self.lines else None
        i = absolute - self.first_line()
        return self.history[i] if i >= 0 else None

    def set_scrollback(self, lines: int) -> None:
        self.history = deque(self.history, maxlen=max(0, lines))

    # -- replies ---------------------------------------------------------------------------

    def write_process_input(self, data: str) -> None:
        if self.reply is not None:
            self.reply(data)

    def report_device_status(self, mode: int = 0, *_args: Any, **_kwargs: Any) -> None:
        if mode == 6:
            self.write_process_input(origin.position_report(self))
        else:
            super().report_device_status(mode)

    def report_secondary_attributes(self, mode: int = 0, *_args: Any, **_kwargs: Any) -> None:
        """CSI > c: a VT100 (0) as the primary answer says, version 10: below xterm's first
        that answered (95), so no program takes us for an xterm and asks what only an xterm
        answers (vim its termcap from version 141 on, emacs the colours from 242 on)."""
        if mode == 0:
            self.write_process_input("\x1b[>0;10;0c")

    # -- wide and zero-width characters -----------------------------------------------------

    def draw(self, data: str) -> None:
        # wide and zero-width characters as xterm draws them: wide.py
        if self._in_string:
            return  # a control string's contents are for the terminal, not the screen
        if self._soft_reset_next:
            self._soft_reset_next = False
            if data.startswith("p"):  # CSI ! p: pyte ends the sequence at "!"
                self.soft_reset()
                data = data[1:]
        waiting = self.cursor.x >= self.columns and modes.DECAWM in self.mode
        start = self.scrolled + self.cursor.y + waiting  # a wait to wrap: on the next line
        self._drawing = True
        try:
            self._draw(data)
        finally:
            self._drawing = False
            self.written.update(range(start, self.scrolled + self.cursor.y + 1))

    def _draw(self, data: str) -> None:
        if data:
            self._last_char = data[-1]
        if data.isascii():
            # pyte stops at a control character it does not know (^A, ^\) and drops the
            # rest of the text; xterm passes over it
            self._draw_narrow(data if data.isprintable() else data.translate(_C0))
            return
        wide.draw_mixed(self, data, self._draw_narrow)

    def _draw_narrow(self, text: str) -> None:
        draw_narrow(self, text, self._cells, super().draw)

    def repeat_last(self, count: int = 1, *_args: Any, **_kwargs: Any) -> None:
        """REP: the last character drawn, ``count`` more times."""
        if self._last_char:
            self.draw(self._last_char * max(1, min(count, self.lines * self.columns)))

    def string_start(self, *_args: Any, **_kwargs: Any) -> None:
        """ESC P, ESC _, ESC ^, ESC X: a control string (DCS, APC, PM, SOS) up to ESC \\;
        pyte knows none of them and drew their contents ("+q544e" of neovim's queries)."""
        self._in_string = True

    def string_end(self, *_args: Any, **_kwargs: Any) -> None:
        self._in_string = False

    def keypad_application(self, *_args: Any, **_kwargs: Any) -> None:
        self.app_keypad = True

    def keypad_numeric(self, *_args: Any, **_kwargs: Any) -> None:
        self.app_keypad = False

    def soft_reset_intro(self, *_args: Any, **_kwargs: Any) -> None:
        self._soft_reset_next = True

    def soft_reset(self) -> None:
        resets.soft_reset(self)

    def restart(self) -> None:
        resets.restart(self)

    def tab(self) -> None:
        tabs.tab(self)

    def set_tab_stop(self) -> None:
        tabs.set_stop(self)  # HTS

    def clear_tab_stop(self, how: int = 0) -> None:
        tabs.clear_stop(self, how)  # TBC

    def tab_forward(self, count: int = 1, *_args: Any, **_kwargs: Any) -> None:
        tabs.forward(self, count)  # CHT (CSI I)

    def tab_back(self, count: int = 1, *_args: Any, **_kwargs: Any) -> None:
        tabs.back(self, count)  # CBT (CSI Z)

    def scroll_up(self, count: int = 1, *args: Any, **kwargs: Any) -> None:
        """SU: the scrolling region's lines up by ``count``; the cursor stays."""
        if not args and not kwargs.get("private"):  # CSI ? S is another sequence
            self._scroll(count, up=True)

    def scroll_down(self, count: int = 1, *args: Any, **kwargs: Any) -> None:
        """SD: down by ``count`` (with five parameters CSI T is xterm's mouse tracking)."""
        if not args and not kwargs.get("private"):
            self._scroll(count, up=False)

    def _scroll(self, count: int, up: bool) -> None:
        top, bottom = self.margins or Margins(0, self.lines - 1)
        x, y = self.cursor.x, self.cursor.y
        self.cursor.y = bottom if up else top
        for _ in range(min(max(1, count), bottom - top + 1)):
            self.index() if up else self.reverse_index()
        self.cursor.x, self.cursor.y = x, y

    def next_line(self) -> None:
        """NEL (ESC E): the first column of the next line, as xterm's (pyte's: a line feed)."""
        self.carriage_return()
        self.index()

    def linefeed(self) -> None:
        if self._drawing:  # text went past the right edge: one line goes on on the next
            set_wrapped(self.buffer[self.cursor.y], True)
        super().linefeed()

    def _wrote(self, first: int, last: int | None = None) -> None:
        """Rows ``first`` to ``last`` took other cells, or other lines came under their
        numbers: a selection on them goes, as xterm's does (WriteText, ScrnUpdate), also
        where the text is the same (the view reads ``written``)."""
        self.written.update(range(self.scrolled + first,
                                  self.scrolled + (first if last is None else last) + 1))

    def erase_in_line(self, how: int = 0, private: bool = False) -> None:
        self._wrote(self.cursor.y)
        erase.in_line(self, how, private)  # EL: erase.py

    # ICH, DCH and ECH as pyte has them, each wide character they would cut blanked first
    # (and their blanks in the colours set alone, bce.py)
    _insert = bce.blanking(cutting_none(pyte.Screen.insert_characters, at_end=False),
                           frees_end=False)
    _delete = bce.blanking(cutting_none(pyte.Screen.delete_characters, at_end=True),
                           frees_end=True)

    def insert_characters(self, count: int | None = None) -> None:
        self._wrote(self.cursor.y)
        self._insert(count)

    def delete_characters(self, count: int | None = None) -> None:
        self._wrote(self.cursor.y)
        self._delete(count)

    def erase_characters(self, count: int | None = None) -> None:
        self._wrote(self.cursor.y)
        erase.characters(self, count)  # ECH

    select_graphic_rendition = sgr.dropping_out_of_range(pyte.Screen.select_graphic_rendition)

    # -- scrolling into the scrollback ---------------------------------------------------------

    def index(self) -> None:
        top, bottom = self.margins or Margins(0, self.lines - 1)
        if self.cursor.y > bottom:  # xterm: down to the last line (pyte: up into the region)
            self.cursor.y = min(self.cursor.y + 1, self.lines - 1)
            return
        scrolled = self.cursor.y == bottom
        if scrolled and top == 0:
            if self._main is None:
                self._push(self.buffer[0])
            else:  # kept nowhere, counted all the same: a selection moves with the text
                self.scrolled += 1  # (xterm's ScrollSelection)
        super().index()
        bce.after_index(self, scrolled)
        if scrolled and (top, bottom) != (0, self.lines - 1):
            # the region's lines moved under their numbers; with the region at the top, the
            # numbers moved over the lines below it
            self._wrote(top, bottom) if top else self._wrote(bottom, self.lines - 1)

    def reverse_index(self) -> None:
        top, bottom = self.margins or Margins(0, self.lines - 1)
        scrolled = self.cursor.y == top
        super().reverse_index()
        bce.after_reverse_index(self, scrolled)
        if scrolled:
            self._wrote(top, bottom)

    def insert_lines(self, count: int | None = None) -> None:
        y = self.cursor.y
        super().insert_lines(count)
        bce.after_insert_lines(self, y, count or 1)
        self._wrote(y, (self.margins or Margins(0, self.lines - 1)).bottom)

    def delete_lines(self, count: int | None = None) -> None:
        y = self.cursor.y
        super().delete_lines(count)
        bce.after_delete_lines(self, y, count or 1)
        self._wrote(y, (self.margins or Margins(0, self.lines - 1)).bottom)

    def _push(self, line: Line) -> None:
        self.history.append(line)  # kept nowhere without a scrollback, and counted all the same
        self.scrolled += 1

    def erase_in_display(self, how: int = 0, *_args: Any, **_kwargs: Any) -> None:
        if how in (0, 1, 2):
            self._wrote(self.cursor.y if how == 0 else 0,
                        self.cursor.y if how == 1 else self.lines - 1)
        erase.in_display(self, how)  # ED, CSI 3 J: erase.py

    def reset(self) -> None:
        super().reset()
        self.g1_charset = charsets.LAT1_MAP  # xterm's G1 is ASCII (pyte's: line drawing)
        self.app_keypad = False  # DECKPAM (ESC =): the keypad's operators send SS3 codes
        self._saved.clear()
        self._main = self._alternate = None
        self._in_string = False

    # -- the alternate screen (alternate.py) and the mouse tracking (mouse.py) ---------------

    @property
    def default_char(self) -> Char:
        return _BLANK  # pyte's was reverse in reverse video, which is the painter's here

    def _video(self, modes_: tuple[int, ...], on: bool) -> tuple[int, ...]:
        """DECSCNM (reverse video) paints the screen in the colours swapped, as xterm does
        (painting.py); pyte reversed each cell and the pen, so a visual bell (CSI ? 5 h, then
        CSI ? 5 l) left the cells that were reverse (a status line) plain."""
        if 5 in modes_:
            (self.mode.add if on else self.mode.discard)(modes.DECSCNM)
            self.dirty.update(range(self.lines))
        return tuple(m for m in modes_ if m != 5)

    def set_mode(self, *modes_: int, **kwargs: Any) -> None:
        if kwargs.get("private"):
            modes_ = self._video(modes_, on=True)
        super().set_mode(*modes_, **kwargs)
        if kwargs.get("private"):
            mouse.set_modes(self.mode, modes_, on=True)
            alternate.enter(self, modes_)

    def reset_mode(self, *modes_: int, **kwargs: Any) -> None:
        if kwargs.get("private"):
            modes_ = self._video(modes_, on=False)
        super().reset_mode(*modes_, **kwargs)
        if kwargs.get("private"):
            mouse.set_modes(self.mode, modes_, on=False)
            alternate.leave(self, modes_)

    # -- resizing (resize.py) ----------------------------------------------------------------

    def resize(self, lines: int | None = None, columns: int | None = None) -> None:
        """Resize, keeping the cursor's line on screen (lines go to and come back from the
        scrollback, bottom-anchored, instead of pyte's dropping the top lines)."""
        resize_screen(self, lines or self.lines, columns or self.columns)

    # -- moving the cursor (origin.py) and the saved cursor (saved.py) -----------------------

    def cursor_position(self, line: int | None = None, column: int | None = None) -> None:
        origin.move_to(self, line, column)

    def cursor_to_line(self, line: int | None = None) -> None:
        origin.move_to_line(self, line)

    def set_margins(self, top: int | None = None, bottom: int | None = None) -> None:
        origin.set_region(self, top, bottom)  # DECSTBM

    def cursor_up(self, count: int | None = None) -> None:
        origin.move_up(self, count)

    def cursor_down(self, count: int | None = None) -> None:
        origin.move_down(self, count)

    def save_cursor(self) -> None:
        saved.save(self)

    def save_cursor_ansi(self, *params: int, **kwargs: Any) -> None:
        """CSI s: SCOSC, which pyte ignored (scripts and prompts that draw a clock or a status
        in a corner save the cursor so), or DECSLRM in DECLRMM: ``saved.py``."""
        if not kwargs.get("private"):
            saved.save_ansi(self, params)

    def restore_cursor_ansi(self, *params: int, **kwargs: Any) -> None:
        """CSI u (SCORC); CSI ? u is another sequence (the kitty keyboard protocol's query)."""
        if not kwargs.get("private"):
            saved.restore_ansi(self, params)

    def restore_cursor(self) -> None:
        saved.restore(self)


def screen_text(screen: TermScreen) -> list[str]:
    """The visible lines as text (trailing blanks removed), as a person reads them."""
    # The cells' text, not pyte's display: that raised on a wide character's second cell
    # left alone, and a screen reader reads this at each change.
    return ["".join(line[x].data for x in range(screen.columns)).rstrip()
            for line in (screen.buffer[y] for y in range(screen.lines))]
