"""The terminal as a screen reader meets it: role Terminal with a real Text interface.

PySide6 lets a Python class derive from both QAccessibleWidget and QAccessibleTextInterface,
but Qt reaches the text part through ``interface_cast``, which must return the C++ address
of that part as a ``shiboken6.VoidPtr`` (plain ints and None crash the bridge). shiboken
makes one C++ object per wrapped base; ``getCppPointer`` lists them in base order. Checked
from outside with AT-SPI: tests/e2e/test_terminal_accessible.py reads the text back.

The text is the lines on view, trailing blanks dropped, joined by newlines; changes are
announced (at most every few hundred ms) as a TextUpdated event from the first change on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QAccessibleTextUpdateEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

if TYPE_CHECKING:
    from kvmgui.widgets.terminal.view import TerminalView

_installed = False
NULL = shiboken6.VoidPtr(0)


class TerminalAccessible(QAccessibleWidget, QAccessibleTextInterface):
    def __init__(self, view: TerminalView) -> None:
        QAccessibleWidget.__init__(self, view, QAccessible.Role.Terminal, "")
        QAccessibleTextInterface.__init__(self)
        self.view = view

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        found = QAccessibleWidget.interface_cast(self, kind)
        return NULL if found is None else found

    # QAccessibleWidget.text(kind) and QAccessibleTextInterface.text(start, end) share a name.
    def text(self, *args: Any) -> str:
        if len(args) == 1:
            return QAccessibleWidget.text(self, args[0])
        start, end = args
        return self._text()[start:end]

    def _text(self) -> str:
        return "\n".join(self.view.text_lines())

    def _lines(self) -> list[str]:
        return self.view.text_lines()

    def characterCount(self) -> int:
        return len(self._text())

    def cursorPosition(self) -> int:
        screen = self.view.vt
        row = screen.cursor.y + self.view.offset
        lines = self._lines()
        if not 0 <= row < len(lines):
            return 0
        before = bisect_right(self._starts(row), screen.cursor.x - 1)  # characters left of it
        return sum(len(line) + 1 for line in lines[:row]) + min(before, len(lines[row]))

    def setCursorPosition(self, position: int) -> None:
        """The guest owns the cursor; a screen reader cannot move it."""

    def selectionCount(self) -> int:
        return 0

    def selection(self, _index: int) -> tuple[int, int]:
        return 0, 0

    def addSelection(self, _start: int, _end: int) -> None:
        """Selections are made with the mouse; not offered to assistive tools."""

    def removeSelection(self, _index: int) -> None:
        """See addSelection."""

    def setSelection(self, _index: int, _start: int, _end: int) -> None:
        """See addSelection."""

    def attributes(self, offset: int) -> tuple[str, int, int]:
        return "", offset, offset + 1

    def _row_col(self, offset: int) -> tuple[int, int]:
        for row, line in enumerate(self._lines()):
            if offset <= len(line):
                return row, offset
            offset -= len(line) + 1
        return -1, -1

    def _starts(self, row: int) -> list[int]:
        """The cell each character of a row on view is in: a wide (CJK) character is one
        character of the text but fills two cells, the second one holding ""; a cell can hold
        more than one character (a letter and an accent without a composed form, an emoji
        and its selector), each of them listed with the cell."""
        view = self.view
        line = view.vt.line_at(view.vt.scrolled - view.offset + row)
        columns = view.vt.columns
        return [] if line is None else [x for x in range(columns) for _ in line[x].data]

    def characterRect(self, offset: int) -> QRect:
        row, index = self._row_col(offset)
        if row < 0:
            return QRect()
        view = self.view
        starts = [*self._starts(row), view.vt.columns]
        col = starts[min(index, len(starts) - 1)]
        after = bisect_right(starts, col)  # the next cell's first character
        cells = starts[after] - col if after < len(starts) else 1
        top_left = view.mapToGlobal(QPoint(int(col * view.cell_w), int(row * view.cell_h)))
        return QRect(top_left.x(), top_left.y(), int(cells * view.cell_w), int(view.cell_h))

    def offsetAtPoint(self, point: QPoint) -> int:
        view = self.view
        local = view.mapFromGlobal(point)
        row, col = int(local.y() // view.cell_h), int(local.x() // view.cell_w)
        lines = self._lines()
        if not 0 <= row < len(lines):
            return -1
        starts = self._starts(row)
        index = max(0, bisect_right(starts, col) - 1)  # a character in that cell: its first
        index = bisect_left(starts, starts[index]) if starts else 0
        return sum(len(line) + 1 for line in lines[:row]) + min(index, len(lines[row]))

    def scrollToSubstring(self, _start: int, _end: int) -> None:
        """The text is the screen on view: nothing to scroll to."""


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    from kvmgui.widgets.terminal.view import TerminalView  # noqa: PLC0415 (view imports us)

    if isinstance(obj, TerminalView):
        iface = TerminalAccessible(obj)
        # Qt's cache owns the C++ part and deletes it with the widget; the Python object
        # (and with it the text part) lives as long as the widget's wrapper.
        obj.accessible_iface = iface
        return iface
    return None


def install() -> None:
    """Register the factory once (Qt asks it the first time a TerminalView is queried)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def text_changed(view: QWidget, old: str, new: str) -> None:
    """Tell assistive tools what changed, from the first differing character on."""
    if old == new or not QAccessible.isActive():
        return
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    QAccessible.updateAccessibility(QAccessibleTextUpdateEvent(view, start, old[start:], new[start:]))
