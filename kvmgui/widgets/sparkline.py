"""A delegate that paints a cell's recent history (Role.HISTORY) behind its text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPolygonF
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


class SparklineDelegate(QStyledItemDelegate):
    """Paints Role.HISTORY as a filled line, then the cell's text on top.

    ``maximum``: fixed top of the scale (100 for percentages); None scales to the peak.
    """

    def __init__(self, maximum: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.maximum = maximum
        self.enabled = True

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
        rect = opt.rect.adjusted(2, 3, -2, -3)
        points = sparkline_points(values, self.maximum, rect.left(), rect.top(),
                                  rect.width(), rect.height())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        # A graph line's colour (3:1 on a light or dark base), the highlighted text's on a
        # selected row.
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText) if selected \
            else series_colour(opt.palette, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(45)
        line = QPolygonF(points)
        area = QPolygonF(line)
        area.append(QPointF(points[-1].x(), rect.bottom()))
        area.append(QPointF(points[0].x(), rect.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPolygon(area)
        line_colour = QColor(colour)
        line_colour.setAlpha(200)
        painter.setPen(QPen(line_colour, 1.2))
        painter.drawPolyline(line)
        painter.restore()
        # The text on top, without painting the background again.
        opt.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        opt.state &= ~QStyle.StateFlag.State_Selected
        opt.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
