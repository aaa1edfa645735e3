"""A delegate that paints a cell's recent history (Role.HISTORY) behind its text.

The line is 1 px wide: Qt strokes an antialiased 1 px pen on a fast path (0.03 ms for
a cell's line), any other width through its general stroker (a 1.2 px pen took 1-3 ms a
cell, and a new sample repaints every visible row's three sparklines at once: stalls of
30-60 ms on the GUI thread). And it is drawn once per history and size into a pixmap,
which is what a repaint paints: a view repaints its rows far more often than their
history changes (each update of a row, selection, scrolling).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kvmgui.models.roles import Role
from kvmgui.widgets.styles import series_colour


def sparkline_points(values: list[float], maximum: float | None, left: float, top: float,
                     width: float, height: float) -> list[QPointF]:
    """Points of the line: oldest at the left, the y scale 0..maximum (or 0..peak)."""
    if len(values) < 2:
        return []
    top_value = maximum if maximum else max(*values, 1e-9)
    step = width / (len(values) - 1)
    return [QPointF(left + i * step, top + height - min(max(v / top_value, 0.0), 1.0) * height)
            for i, v in enumerate(values)]


CACHE_SIZE = 512  # pixmaps kept (a few per visible cell; each is a few KB)
MARGIN = 2  # px around the cell's line: its antialiased edge reaches past the cell's rect

_Key = tuple[tuple[float, ...], float | None, int, int, int, float]


def render_sparkline(values: list[float], maximum: float | None, width: int, height: int,
                     colour: QColor, ratio: float = 1.0) -> QPixmap:
    """The filled line for a ``width`` × ``height`` rect (logical px; as a ``QRect``'s
    width and height) on a transparent pixmap with ``MARGIN`` around it."""
    pixmap = QPixmap(round((width + 2 * MARGIN) * ratio), round((height + 2 * MARGIN) * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    points = sparkline_points(values, maximum, MARGIN, MARGIN, width, height)
    if not points:
        return pixmap
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    fill.setAlpha(45)
    line = QPolygonF(points)
    area = QPolygonF(line)
    bottom = MARGIN + height - 1  # QRect.bottom()
    area.append(QPointF(points[-1].x(), bottom))
    area.append(QPointF(points[0].x(), bottom))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPolygon(area)
    line_colour = QColor(colour)
    line_colour.setAlpha(230)  # 3:1 against the base also where antialiasing thins it
    painter.setPen(QPen(line_colour, 1.0))
    painter.drawPolyline(line)
    painter.end()
    return pixmap


class SparklineCache:
    """The last ``size`` rendered sparklines, by history, scale, size and colour."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._pixmaps: OrderedDict[_Key, QPixmap] = OrderedDict()
        self.rendered = 0  # how many were drawn (not found): for tests

    def get(self, values: list[float], maximum: float | None, width: int, height: int,
            colour: QColor, ratio: float) -> QPixmap:
        key = (tuple(values), maximum, width, height, colour.rgba(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        pixmap = render_sparkline(values, maximum, width, height, colour, ratio)
        self.rendered += 1
        self._pixmaps[key] = pixmap
        if len(self._pixmaps) > self.size:
            self._pixmaps.popitem(last=False)
        return pixmap


class SparklineDelegate(QStyledItemDelegate):
    """Paints Role.HISTORY as a filled line, then the cell's text on top.

    ``maximum``: fixed top of the scale (100 for percentages); None scales to the peak.
    """

    def __init__(self, maximum: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.maximum = maximum
        self.enabled = True
        self.cache = SparklineCache()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        values = index.data(Role.HISTORY) if self.enabled else None
        if not values or len(values) < 2:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        rect: QRect = opt.rect.adjusted(2, 3, -2, -3)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        # A graph line's colour (3:1 on a light or dark base), the highlighted text's on a
        # selected row.
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText) if selected \
            else series_colour(opt.palette, 0)
        ratio = opt.widget.devicePixelRatioF() if opt.widget is not None else 1.0
        if rect.width() > 0 and rect.height() > 0:
            painter.drawPixmap(rect.left() - MARGIN, rect.top() - MARGIN, self.cache.get(
                values, self.maximum, rect.width(), rect.height(), colour, ratio))
        # The text on top, without painting the background again.
        opt.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        opt.state &= ~QStyle.StateFlag.State_Selected
        opt.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
