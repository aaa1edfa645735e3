"""Painting the terminal: the rows on view as attribute runs (cached by the view until a row
changes), the selection over them, the cursor and the input method's unfinished text.

Apart from the view because it only reads it: which rows are dirty, the scroll offset and
the cells' size are the view's to decide (view.flush).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QFont, QPainter
from pyte import modes
from pyte.screens import wcwidth

from kvmgui.widgets.terminal.palette import Run, Scheme, line_runs, reverse_video

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.view import TerminalView

SELECTION = QColor(80, 120, 200, 120)


class FontVariants:
    """The terminal's font in bold, italic, underlined or struck out, made once each."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self._made: dict[tuple[bool, bool, bool, bool], QFont] = {}

    def get(self, bold: bool, italic: bool, underline: bool, strike: bool) -> QFont:
        key = (bold, italic, underline, strike)
        font = self._made.get(key)
        if font is None:
            font = QFont(self.font)
            font.setBold(bold)
            font.setItalic(italic)
            font.setUnderline(underline)
            font.setStrikeOut(strike)
            self._made[key] = font
        return font


def in_reverse_video(view: TerminalView) -> bool:
    return modes.DECSCNM in view.vt.mode


def shown_scheme(view: TerminalView) -> Scheme:
    """The colours the screen shows in: the view's, swapped in reverse video (DECSCNM)."""
    return reverse_video(view.scheme) if in_reverse_video(view) else view.scheme


def paint(view: TerminalView, painter: QPainter, area: QRect) -> None:
    painter.fillRect(area, QColor(*shown_scheme(view).bg))
    screen = view.vt
    first = max(0, int(area.top() // view.cell_h))
    last = min(screen.lines - 1, int(area.bottom() // view.cell_h))
    top_line = screen.scrolled - view.offset
    for row in range(first, last + 1):
        runs = view._rows.get(row)
        if runs is None:
            line = screen.line_at(top_line + row)
            runs = [] if line is None else line_runs(line, screen.columns, shown_scheme(view))
            view._rows[row] = runs
        _paint_row(view, painter, row, runs)
        if view.selection is not None:
            span = view.selection.span_on(screen, top_line + row)
            if span is not None:
                painter.fillRect(QRectF(span[0] * view.cell_w, view._row_y(row),
                                        (span[1] - span[0]) * view.cell_w, view.cell_h),
                                 SELECTION)
    _paint_cursor(view, painter, first, last)
    if view._preedit:
        _paint_preedit(view, painter)


def _paint_row(view: TerminalView, painter: QPainter, row: int, runs: list[Run]) -> None:
    y = view._row_y(row)
    for start, end, text, style in runs:
        if not style.plain_bg:
            painter.fillRect(QRectF(start * view.cell_w, y, (end - start) * view.cell_w,
                                    view.cell_h), style.bg)
        if text.strip() or style.underline or style.strike:
            painter.setFont(view.fonts.get(style.bold, style.italic, style.underline,
                                           style.strike))
            painter.setPen(style.fg)
            painter.drawText(QPointF(start * view.cell_w, y + view.ascent), text)


def _paint_cursor(view: TerminalView, painter: QPainter, first: int, last: int) -> None:
    screen = view.vt
    row = screen.cursor.y + view.offset
    if not screen.cursor_visible or not first <= row <= last:
        return
    rect = view._cursor_rect()
    colour = QColor(*shown_scheme(view).fg)
    if view.hasFocus():
        painter.fillRect(rect, colour)
        # on the last column while it waits to wrap (pyte keeps it one past the edge)
        ch = screen.buffer[screen.cursor.y][min(screen.cursor.x, screen.columns - 1)].data
        if ch.strip():
            painter.setFont(view.fonts.get(False, False, False, False))
            painter.setPen(QColor(*shown_scheme(view).bg))
            painter.drawText(QPointF(rect.left(), rect.top() + view.ascent), ch)
    else:
        painter.setPen(colour)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


def _paint_preedit(view: TerminalView, painter: QPainter) -> None:
    # What the input method is composing (pinyin before it becomes 你好) shows at the
    # cursor, underlined, until it is committed: only the commit goes to the guest.
    cells = sum(max(0, wcwidth(c)) for c in view._preedit)
    rect = view._cursor_rect()
    rect.setWidth(max(1, cells) * view.cell_w)
    painter.fillRect(rect, QColor(*shown_scheme(view).bg))
    painter.setFont(view.fonts.get(False, False, True, False))
    painter.setPen(QColor(*shown_scheme(view).fg))
    painter.drawText(QPointF(rect.left(), rect.top() + view.ascent), view._preedit)
