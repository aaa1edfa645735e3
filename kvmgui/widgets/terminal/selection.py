"""A selection on the terminal's lines, by absolute line number so output does not move it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kvmgui.widgets.terminal.screen import TermScreen
from kvmgui.widgets.terminal.wrapmark import Line, wrapped

Point = tuple[int, int]  # absolute line, column


def line_text(line: Line, columns: int) -> str:
    return "".join(line[x].data for x in range(columns))


def _cells(line: Line, columns: int) -> list[str]:
    """The text of each cell: a wide character's second cell is "" (so a string of the line
    would have fewer characters than columns, and its indices would not be columns)."""
    return [line[x].data for x in range(columns)]


@dataclass
class Selection:
    anchor: Point
    end: Point
    _seen: dict[int, str] | None = field(default=None, compare=False, repr=False)

    def ordered(self) -> tuple[Point, Point]:
        return (self.anchor, self.end) if self.anchor <= self.end else (self.end, self.anchor)

    @property
    def empty(self) -> bool:
        return self.anchor == self.end

    def columns_on(self, absolute: int, columns: int) -> tuple[int, int] | None:
        """The selected columns [first, last) of one line, or None."""
        (l0, c0), (l1, c1) = self.ordered()
        if self.empty or not l0 <= absolute <= l1:
            return None
        first = c0 if absolute == l0 else 0
        last = c1 if absolute == l1 else columns
        return (first, last) if last > first else None

    def span_on(self, screen: TermScreen, absolute: int) -> tuple[int, int] | None:
        """The selected columns of one line as highlighted and copied: an end between the
        two halves of a wide character takes the whole character."""
        span = self.columns_on(absolute, screen.columns)
        line = screen.line_at(absolute)
        if span is None or line is None:
            return span
        first, last = span
        if 0 < first < screen.columns and line[first].data == "" and line[first - 1].data:
            first -= 1
        if 0 < last < screen.columns and line[last].data == "" and line[last - 1].data:
            last += 1
        return first, last

    def changed(self, screen: TermScreen, rows: Iterable[int]) -> bool:
        """Whether the guest wrote other text on the selected lines, on those of the screen's
        ``rows`` (xterm gives the selection up then, WriteText; a scroll moves the lines and
        their numbers with them). The first call looks at the selected lines on screen."""
        if self._seen is None:
            (l0, _c0), (l1, _c1) = self.ordered()
            top, bottom = max(l0, screen.scrolled), min(l1, screen.scrolled + screen.lines - 1)
            self._seen = {line: self._text_on(screen, line) for line in range(top, bottom + 1)}
            return False
        lines = (screen.scrolled + y for y in rows)
        return any(self._seen[line] != self._text_on(screen, line)
                   for line in lines if line in self._seen)

    def written_on(self, screen: TermScreen, lines: Iterable[int]) -> bool:
        """Whether any of ``lines`` (``TermScreen.written``: the guest wrote on them, or a
        scroll inside a region moved other text under their numbers) is selected: xterm
        gives the selection up then, also where the text is the same."""
        return any(self.columns_on(line, screen.columns) is not None for line in lines)

    def _text_on(self, screen: TermScreen, absolute: int) -> str:
        line, span = screen.line_at(absolute), self.span_on(screen, absolute)
        if line is None or span is None:
            return ""  # and blanks at its end are none (a wider screen adds them)
        return "".join(_cells(line, screen.columns)[span[0]:span[1]]).rstrip()

    def text(self, screen: TermScreen) -> str:
        """The selected text: lines joined by newlines, trailing blanks dropped; a line the
        terminal wrapped goes on without a newline, as it came."""
        (l0, _c0), (l1, _c1) = self.ordered()
        out = []
        for absolute in range(max(l0, screen.first_line()), l1 + 1):
            line = screen.line_at(absolute)
            span = self.span_on(screen, absolute)
            if line is None or span is None:
                out.append("\n")
                continue
            text = "".join(_cells(line, screen.columns)[span[0]:span[1]])
            goes_on = wrapped(line) and span[1] == screen.columns and absolute < l1
            out.append(text if goes_on else text.rstrip() + "\n")
        return "".join(out)[:-1] if out else ""


def word_at(screen: TermScreen, point: Point) -> Selection:
    """The run of non-blank characters around a point (a double click), going on over the
    line ends where the terminal wrapped it (a long path or URL is one word)."""
    absolute, col = point
    columns = screen.columns
    line = screen.line_at(absolute)
    if line is None:
        return Selection(point, point)
    text = _cells(line, columns)  # "" (a wide character's second half) is no blank
    if col >= len(text) or text[col].isspace():
        return Selection(point, point)
    first, start = absolute, col
    while True:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        above = screen.line_at(first - 1) if start == 0 else None
        if above is None or not wrapped(above) or above[columns - 1].data.isspace():
            break
        first, start, text = first - 1, columns, _cells(above, columns)
    last, end, here, text = absolute, col, line, _cells(line, columns)
    while True:
        while end < columns and not text[end].isspace():
            end += 1
        below = screen.line_at(last + 1) if end == columns and wrapped(here) else None
        if below is None or below[0].data.isspace():
            break
        last, end, here, text = last + 1, 0, below, _cells(below, columns)
    return Selection((first, start), (last, end))
