"""A table view's plain rows, painted in one pass of Python instead of Qt's call per cell.

``QTableView.paintEvent`` asks a Python model for an index and the flags of every cell
and calls its delegate with a new ``QStyleOptionViewItem``; the delegate then reads the
option's font, palette, state and rect, each a copy or an enum made anew. On the
machine of 2026-11-30 that was 20 µs a cell before any painting, and about 100 µs with
kvmgui's text delegates: 28–40 ms for a 1280×800 VM list, the longest stall left while
a big host connects and while a burst repaints rows (docs/performance.md).

``FastRows.paint`` does what ``QTableView.paintEvent`` does for a plain row (not
selected, not current with focus, not under the mouse): for each visible cell in
visual order, the style's row panel (``PE_PanelItemViewRow``: the alternate rows'
colour), then the cell's content. It reads the option's parts once per paint and keeps
one option per kind of row (enabled or greyed, alternate or not), as Qt's ``drawCell``
sets them. A delegate with ``paint_cell(painter, row_kind, rect, row, col)`` (celltext,
sparkline) paints from those parts and the model's ``cell(row, col, role)``; any other
delegate is called as Qt calls it. What it leaves (the other rows, or all of them when
the view has a grid, wraps text or its model lacks ``cell`` and ``row_flags``) is
returned for Qt's own ``paintEvent``.

``tests/unit/widgets/test_fastrows.py`` compares a real VM list painted both ways,
pixel for pixel.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QHoverEvent, QMouseEvent, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from kvmgui.widgets.celltext import row_base, text_colour_group

_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ITEM_ENABLED = Qt.ItemFlag.ItemIsEnabled.value
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate
_WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText.value
_ROW_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewRow


@dataclass(slots=True)
class RowKind:
    """One kind of plain row in one paint: what its cells' delegates read.

    ``option`` is the view's item option as Qt's ``drawCell`` makes it for such a row
    (state, features, palette group); ``FastRows`` sets its rect to each cell's.
    ``pen`` is its text's colour, ``base`` the colour behind its cells
    (``celltext.row_base``).
    """

    option: QStyleOptionViewItem
    cell: Callable[[int, int, int], Any]
    font: QFont
    direction: Qt.LayoutDirection
    elide: Qt.TextElideMode
    alignment: Qt.AlignmentFlag  # the option's, for a cell without its own
    alignment_value: int  # the enums' values: reading one costs a Python call
    direction_value: int
    elide_value: int
    palette: QPalette
    pen: QColor  # the palette's Text in the group of the row's text
    base: QColor
    margin: int  # the style's text margin (focus frame margin + 1)
    ratio: float  # device pixels per logical pixel
    enabled: bool
    alternate: bool
    context: Hashable  # what else the cells' looks depend on (palette, font, style…)


class CellPainter(Protocol):
    """A delegate's ``paint_cell``: paints the content of a plain cell (its panel is
    painted, the painter's pen is ``kind.pen``); returns whether it left the painter
    clipped."""

    def __call__(self, painter: QPainter, kind: RowKind, rect: QRect, row: int, col: int) -> bool: ...


class Pointer(QObject):
    """Where the mouse is over ``view``'s viewport, from the events Qt delivers there,
    and the index Qt itself takes for the hovered one.

    Asking the window system (``QCursor.pos()``) is a round trip to the X server on
    every paint while the mouse is over the list; when the server waits for a CPU (a
    desktop sharing its cores with booting guests), so does the paint. Qt's item views
    set their hovered index from the same events (``HoverEnter``/``HoverMove``, and
    mouse moves), and clear it on ``HoverLeave``; the row under a pointer that stays
    put while the list scrolls is the row at ``pos`` now."""

    _MOVES = (QEvent.Type.HoverEnter, QEvent.Type.HoverMove, QEvent.Type.MouseMove)

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self.pos: QPoint | None = None  # in the viewport, while the mouse is over it
        self.hovered = QPersistentModelIndex()  # as the view's own, which follows its row
        view.viewport().installEventFilter(self)

    def rows(self) -> set[int]:
        """The rows a style may paint as under the mouse."""
        rows = set()
        if self.pos is not None:
            rows.add(self._view.rowAt(self.pos.y()))
        if self.hovered.isValid():
            rows.add(self.hovered.row())
        return rows

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in self._MOVES and isinstance(event, QHoverEvent | QMouseEvent):
            self.pos = event.position().toPoint()
            self.hovered = QPersistentModelIndex(self._view.indexAt(self.pos))
        elif kind == QEvent.Type.HoverLeave:
            self.pos, self.hovered = None, QPersistentModelIndex()
        elif kind == QEvent.Type.Leave:
            self.pos = None  # (without hover events, Qt keeps the index a drag left)
        return False


class FastRows:
    """Paints ``view``'s plain rows; see the module docstring. ``enabled`` False leaves
    every row to Qt (tests compare both). ``cells`` counts the cells it painted."""

    def __init__(self, view: QTableView, margin: Callable[[], int]) -> None:
        self.view = view
        self.margin = margin
        self.enabled = True
        self.cells = 0
        self.pointer = Pointer(view)

    def paint(self, region: QRegion) -> QRegion:
        """Paint the plain rows of ``region``; return what is left for Qt to paint."""
        view = self.view
        model = view.model()
        cell = getattr(model, "cell", None)
        row_flags = getattr(model, "row_flags", None)
        if not self.enabled or cell is None or row_flags is None or view.showGrid() \
                or view.verticalHeader().sectionsMoved() or view.verticalHeader().sectionsHidden():
            return region
        box = region.boundingRect()
        first = view.rowAt(box.top())
        if first < 0:
            return region  # below the last row: nothing for anyone to paint
        last = view.rowAt(box.bottom())
        if last < 0:
            last = model.rowCount() - 1
        columns = self._columns(box)
        base = QStyleOptionViewItem()
        view.initViewItemOption(base)
        if base.features.value & _WRAP:
            return region
        left = self._special(first, last)
        kinds = self._kinds(base, cell)
        viewport = view.viewport()
        style = view.style()
        alternate = view.alternatingRowColors()
        base_enabled = bool(base.state.value & _ENABLED)
        painter = QPainter(viewport)
        clipped = False
        painted = 0
        try:
            for row in range(first, last + 1):
                if row in left:
                    continue
                y, h = view.rowViewportPosition(row), view.rowHeight(row)
                enabled = not base_enabled or bool(row_flags(row).value & _ITEM_ENABLED)
                kind = kinds[enabled, alternate and bool(row & 1)]
                option = kind.option
                cells = []
                for column in columns:
                    rect = QRect(column[1], y, column[2], h)
                    if region.intersects(rect):
                        cells.append((rect, column))
                if not cells:
                    continue
                if clipped:  # a cell's text may leave the painter clipped to its cell
                    painter.setClipping(False)
                    clipped = False
                # The row's panels first, then the contents: one pen per row. (Qt draws
                # each cell's panel before its content; the same pixels, as no content
                # reaches past its cell: the tests compare both.)
                for rect, _column in cells:
                    option.rect = rect
                    style.drawPrimitive(_ROW_PANEL, option, painter, view)
                painter.setPen(kind.pen)
                for rect, (col, _x, _w, delegate, paint_cell) in cells:
                    if clipped:
                        painter.setClipping(False)
                        clipped = False
                    if paint_cell is None:
                        option.rect = rect
                        painter.save()
                        delegate.paint(painter, option, model.index(row, col))
                        painter.restore()
                    elif region.intersects(rect.adjusted(1, 0, -1, 0)):
                        # (Qt repaints a pixel beyond a changed column: the cell next to
                        # it keeps its content, which keeps 1 px off its sides.)
                        clipped = paint_cell(painter, kind, rect, row, col)
                painted += len(cells)
        finally:
            painter.end()
        self.cells += painted
        rest = QRegion()
        width = viewport.width()
        for row in left:
            if row >= 0:
                rest += QRect(0, view.rowViewportPosition(row), width, view.rowHeight(row))
        return region & rest

    def _columns(self, box: QRect) -> list[tuple[int, int, int, Any, CellPainter | None]]:
        """(column, x, width, delegate, its paint_cell) of the visible columns that
        reach into ``box``, in visual order (Qt paints them so: a sparkline's edge may
        reach into its neighbour)."""
        view = self.view
        header = view.horizontalHeader()
        out = []
        for visual in range(header.count()):
            col = header.logicalIndex(visual)
            if header.isSectionHidden(col):
                continue
            x, w = header.sectionViewportPosition(col), header.sectionSize(col)
            if x + w <= box.left() or x > box.right():
                continue
            delegate = view.itemDelegateForColumn(col) or view.itemDelegate()
            out.append((col, x, w, delegate, getattr(delegate, "paint_cell", None)))
        return out

    def _special(self, first: int, last: int) -> set[int]:
        """Rows between ``first`` and ``last`` that Qt paints: selected (any cell), the
        current row while the view has focus (its focus frame), the row under the mouse
        (the style may shade it)."""
        view = self.view
        rows: set[int] = set()
        selection = view.selectionModel()
        if selection is not None:
            for span in selection.selection():  # type: ignore[attr-defined]  # (a QList)
                rows.update(range(max(span.top(), first), min(span.bottom(), last) + 1))
        current = view.currentIndex()
        if current.isValid() and (view.hasFocus() or view.viewport().hasFocus()):
            rows.add(current.row())
        rows.update(self.pointer.rows())
        return rows

    def _kinds(self, base: QStyleOptionViewItem,
               cell: Callable[[int, int, int], Any]) -> dict[tuple[bool, bool], RowKind]:
        view = self.view
        state = base.state.value
        active = bool(state & _ACTIVE)
        palette = base.palette
        font, direction = base.font, base.direction
        elide, alignment = base.textElideMode, base.displayAlignment
        margin, ratio = self.margin(), view.viewport().devicePixelRatioF()
        size = base.decorationSize
        context = (palette.cacheKey(), font.key(), direction, elide, ratio, id(view.style()),
                   state, base.features.value, size.width(), size.height(), alignment)
        kinds = {}
        for enabled in (True, False):
            option = QStyleOptionViewItem(base)
            if state & _ENABLED:  # as Qt's drawCell: the item's flags choose the group
                row_palette = QPalette(palette)
                row_palette.setCurrentColorGroup(
                    QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled)
                option.palette = row_palette
                if not enabled:
                    option.state = QStyle.StateFlag(state & ~_ENABLED)
            pen = QColor(palette.color(text_colour_group(option.state), QPalette.ColorRole.Text))
            for alternate in (False, True):
                row_option = QStyleOptionViewItem(option)
                if alternate:
                    row_option.features = row_option.features | _ALTERNATE
                kinds[enabled, alternate] = RowKind(
                    row_option, cell, font, direction, elide, alignment, alignment.value,
                    direction.value, elide.value, palette, pen,
                    QColor(row_base(palette, view.isEnabled(), active, alternate)),
                    margin, ratio, enabled, alternate, context)
        return kinds
