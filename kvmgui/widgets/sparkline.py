"""A delegate that paints a cell's recent history (Role.HISTORY) behind its text.

The line is 1 px wide: Qt strokes an antialiased 1 px pen on a fast path (0.03 ms for
a cell's line), any other width through its general stroker (a 1.2 px pen took 1-3 ms a
cell, and a new sample repaints every visible row's three sparklines at once: stalls of
30-60 ms on the GUI thread). A plain cell (most of them: not selected, no focus or
hover) draws a history straight onto the view the first time: a new sample replaces
it each second, when nearly all its repaints come. A history painted again (a flat
line, a row repainted for other reasons) and a styled cell's line are drawn once per
history and size into a pixmap, which is what a repaint paints.

The area under the line is filled with its colour at 18 % (alpha 45). Qt fills an
antialiased polygon with a translucent brush through its generic blending, 0.16 ms a
cell against 0.03 ms with an opaque one; every visible sparkline is drawn anew each
second, so where the cell's background is known (a plain cell: the row's Base or
AlternateBase) the fill is that blend worked out beforehand, drawn opaque. Its
antialiased edge then comes out as the translucent fill's would.
"""

from __future__ import annotations

import math
import struct
from collections import OrderedDict
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from kvmgui.models.roles import Role
from kvmgui.widgets.celltext import PlainTextDelegate, plain, row_base, unseen
from kvmgui.widgets.styles import series_colour

if TYPE_CHECKING:
    from kvmgui.widgets.fastrows import RowKind

_ACTIVE = QStyle.StateFlag.State_Active.value
_HISTORY = int(Role.HISTORY)
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate.value


@lru_cache(maxsize=16)  # a few column widths
def _xs(n: int, left: float, width: float) -> tuple[float, ...]:
    """The x of each of ``n`` points spread over ``width`` from ``left``."""
    step = width / (n - 1)
    return tuple(left + i * step for i in range(n))


def sparkline_coords(values: list[float], maximum: float | None, left: float, top: float,
                     width: float, height: float) -> tuple[list[float], float]:
    """The line's points as flat x, y pairs (oldest at the left, the y scale
    0..maximum, or 0..peak), and the largest y (its lowest point on screen)."""
    n = len(values)
    if n < 2:
        return [], top + height
    top_value = maximum if maximum else max(*values, 1e-9)
    scale = height / top_value
    bottom = top + height
    # Clamped to 0..top_value without min()/max() calls: this runs for every point of
    # every visible sparkline each second.
    ys = [bottom - (height if v >= top_value else v * scale if v > 0 else 0.0) for v in values]
    flat = [0.0] * (2 * n)
    flat[0::2] = _xs(n, left, width)
    flat[1::2] = ys
    return flat, max(ys)


def polygon(flat: list[float]) -> QPolygonF:
    """A QPolygonF of flat x, y pairs, read from their bytes in QDataStream's documented
    form of a QPolygonF (a quint32 count, then each point as two doubles): one call into
    Qt instead of one per QPointF, which took a third of drawing a sparkline."""
    stream = QDataStream(QByteArray(struct.pack(f"<I{len(flat)}d", len(flat) // 2, *flat)))
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    made = QPolygonF()
    stream >> made
    return made


CACHE_SIZE = 512  # pixmaps kept (a few per visible cell; each is a few KB)
MARGIN = 2  # px around the cell's line: its antialiased edge reaches past the cell's rect

_Key = tuple[tuple[float, ...], float | None, int, int, int, float, int]
FILL_ALPHA = 45  # of 255: the area under the line


_INKS: dict[tuple[int, int], tuple[QColor, QPen]] = {}


def _inks(colour: QColor, base: QColor | None) -> tuple[QColor, QPen]:
    """(area fill, line pen) of a line colour, made once per colour and background:
    every visible sparkline is drawn anew each second. On a known ``base`` the fill is
    opaque: the line colour at FILL_ALPHA over it."""
    key = (colour.rgba(), base.rgba() if base is not None else -1)
    inks = _INKS.get(key)
    if inks is None:
        if base is None:
            fill = QColor(colour)
            fill.setAlpha(FILL_ALPHA)
        else:
            a = FILL_ALPHA / 255
            fill = QColor.fromRgbF(*(c * a + b * (1 - a) for c, b in (
                (colour.redF(), base.redF()), (colour.greenF(), base.greenF()),
                (colour.blueF(), base.blueF()))))
        line = QColor(colour)
        line.setAlpha(230)  # 3:1 against the base also where antialiasing thins it
        if len(_INKS) > 32:  # palettes and selections come and go
            _INKS.clear()
        inks = _INKS[key] = (fill, QPen(line, 1.0))
    return inks


_PAINTER: list[QPainter] = []  # one QPainter, begun on each new pixmap in turn
_ANTIALIASING = QPainter.RenderHint.Antialiasing


def draw_sparkline(painter: QPainter, values: list[float], maximum: float | None, left: int,
                   top: int, width: int, height: int, colour: QColor, ratio: float,
                   base: QColor | None) -> None:
    """The filled line in the rect ``left, top, width, height`` (logical px) on
    ``painter``, whose device has ``ratio`` device px per logical px. Leaves the painter
    antialiasing, with the line's pen and the fill's brush.

    Every visible sparkline is drawn anew each second (69 of them on a 1280×800 window),
    so this makes few calls into Qt (each a Python round trip): the points in one
    (``polygon``), and the area under the lowest point filled as a plain rectangle, only
    the band above it as an antialiased polygon (at a whole scale). That band's pixels
    come out as the whole polygon's would: its bottom lies on a pixel edge
    (tests/unit/widgets/test_graphs.py compares both)."""
    flat, low = sparkline_coords(values, maximum, left, top, width, height)
    if not flat:
        return
    fill, pen = _inks(colour, base)
    bottom = top + height - 1  # QRect.bottom()
    # Below ``band`` every pixel is wholly under the line. Only where a logical pixel's
    # edges are device pixels' edges (a whole scale: 1, 2): at 125 % the rectangle's edges
    # would fall inside device pixels, which the polygon covers in part.
    band = math.ceil(low) if ratio == int(ratio) else bottom
    if band < bottom:
        painter.fillRect(left, band, width, bottom - band, fill)
    else:
        band = bottom
    points = len(flat) // 2
    flat += (left + width, band, left, band)
    shape = polygon(flat)
    painter.setRenderHint(_ANTIALIASING)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPolygon(shape)
    shape.resize(points)  # the line: the band's outline without its two bottom corners
    painter.setPen(pen)
    painter.drawPolyline(shape)


def render_sparkline(values: list[float], maximum: float | None, width: int, height: int,
                     colour: QColor, ratio: float = 1.0, base: QColor | None = None,
                     reuse: QPixmap | None = None) -> QPixmap:
    """``draw_sparkline`` for a ``width`` × ``height`` rect (logical px; as a
    ``QRect``'s width and height) on a pixmap with ``MARGIN`` around it, for a cell whose
    background is ``base``: the pixmap is filled with it, so that painting it gives the
    very pixels ``draw_sparkline`` gives on that background (at a whole scale). None: the
    background is unknown, the pixmap transparent, the fill translucent. ``reuse``: a
    pixmap of that size nobody paints any more (the cache's oldest), drawn over."""
    device_w, device_h = round((width + 2 * MARGIN) * ratio), round((height + 2 * MARGIN) * ratio)
    if reuse is not None and reuse.width() == device_w and reuse.height() == device_h \
            and reuse.devicePixelRatio() == ratio:
        pixmap = reuse
    else:
        pixmap = QPixmap(device_w, device_h)
        pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent if base is None else base)
    if len(values) < 2:
        return pixmap
    if not _PAINTER:
        _PAINTER.append(QPainter())
    painter = _PAINTER[0]
    painter.begin(pixmap)
    draw_sparkline(painter, values, maximum, MARGIN, MARGIN, width, height, colour, ratio, base)
    painter.end()
    return pixmap


def _key(values: list[float], maximum: float | None, width: int, height: int, colour: QColor,
         ratio: float, base: QColor | None) -> _Key:
    return (tuple(values), maximum, width, height, colour.rgba(), ratio,
            base.rgba() if base is not None else -1)


class SparklineCache:
    """The last ``size`` rendered sparklines, by history, scale, size, colour and
    background."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._pixmaps: OrderedDict[_Key, QPixmap] = OrderedDict()
        self._seen: OrderedDict[_Key, None] = OrderedDict()  # painted once, not kept
        self.rendered = 0  # how many were drawn (not found): for tests

    def get(self, values: list[float], maximum: float | None, width: int, height: int,
            colour: QColor, ratio: float, base: QColor | None = None) -> QPixmap:
        key = _key(values, maximum, width, height, colour, ratio, base)
        pixmap = self._found(key)
        if pixmap is not None:
            return pixmap
        return self._render(key, values, maximum, width, height, colour, ratio, base)

    def kept(self, values: list[float], maximum: float | None, width: int, height: int,
             colour: QColor, ratio: float, base: QColor) -> QPixmap | None:
        """``get`` for a sparkline painted before; None the first time (the caller draws
        it itself). Most histories are painted once: a new sample replaces them."""
        key = _key(values, maximum, width, height, colour, ratio, base)
        pixmap = self._found(key)
        if pixmap is not None:
            return pixmap
        seen = self._seen
        if key in seen:
            del seen[key]
            return self._render(key, values, maximum, width, height, colour, ratio, base)
        seen[key] = None
        if len(seen) > self.size:
            seen.popitem(last=False)
        return None

    def _found(self, key: _Key) -> QPixmap | None:
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
        return pixmap

    def _render(self, key: _Key, values: list[float], maximum: float | None, width: int,
                height: int, colour: QColor, ratio: float, base: QColor | None) -> QPixmap:
        # The oldest goes first and its pixmap is drawn over when of the same size:
        # making a pixmap was about a quarter of drawing one.
        old = self._pixmaps.popitem(last=False)[1] if len(self._pixmaps) >= self.size else None
        pixmap = render_sparkline(values, maximum, width, height, colour, ratio, base, old)
        self.rendered += 1
        self._pixmaps[key] = pixmap
        return pixmap


def _line_rect(cell: QRect) -> QRect | None:
    """Where a cell's line goes (None: the cell is too small for one)."""
    rect = cell.adjusted(2, 3, -2, -3)
    return rect if rect.width() > 0 and rect.height() > 0 else None


class SparklineDelegate(PlainTextDelegate):
    """Paints Role.HISTORY as a filled line, then the cell's text on top.

    ``maximum``: fixed top of the scale (100 for percentages); None scales to the peak.
    A plain cell (not selected, no focus or hover: most of them, every second) is
    painted without the style: the line straight onto the view, then the text as
    ``celltext`` places it.
    """

    def __init__(self, maximum: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.maximum = maximum
        self.enabled = True
        self.cache = SparklineCache()
        self._colour: tuple[int, QColor] | None = None  # (palette cache key, line colour)
        self._bases: dict[tuple[int, bool, bool, bool], QColor] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        values = index.data(Role.HISTORY) if self.enabled else None
        if not values or len(values) < 2:
            super().paint(painter, option, index)
            return
        if not plain(option):
            self._paint_styled(painter, option, index, values)
            return
        if unseen(option, 1):  # the line and the text keep 1 px off the cell's sides
            return
        widget = option.widget
        self._draw_line(painter, option.rect, values, self._line_colour(option.palette),
                        self._row_base(option),
                        widget.devicePixelRatioF() if widget is not None else 1.0)
        self.paint_text(painter, option, index)

    def paint_cell(self, painter: QPainter, kind: RowKind, rect: QRect, row: int, col: int) -> bool:
        """``paint`` for a plain row painted by ``fastrows.FastRows``."""
        values = kind.cell(row, col, _HISTORY) if self.enabled else None
        if values and len(values) >= 2:
            self._draw_line(painter, rect, values, self._line_colour(kind.palette), kind.base,
                            kind.ratio)
        return super().paint_cell(painter, kind, rect, row, col)

    def _draw_line(self, painter: QPainter, cell: QRect, values: list[float], colour: QColor,
                   base: QColor, ratio: float) -> None:
        # A history is drawn straight onto the view the first time: nearly all are
        # painted once, a new sample replacing them each second, and a kept pixmap
        # (filled, begun, ended, keyed, then blitted) cost about a quarter more
        # (docs/performance.md, monitoring, fourth round). One painted again (a flat line,
        # an idle VM's 0 B/s; a row repainted for other reasons) is kept: its pixmap,
        # filled with the row's background, paints the same pixels.
        rect = _line_rect(cell)
        if rect is None:
            return
        # At 125 % a pixmap's corner may fall inside a device pixel: drawn each time.
        pixmap = self.cache.kept(values, self.maximum, rect.width(), rect.height(), colour,
                                 ratio, base) if ratio == int(ratio) else None
        if pixmap is not None:
            painter.drawPixmap(rect.left() - MARGIN, rect.top() - MARGIN, pixmap)
        else:  # it sets the painter's hints, pen and brush; the row's text comes next
            painter.save()
            draw_sparkline(painter, values, self.maximum, rect.left(), rect.top(), rect.width(),
                           rect.height(), colour, ratio, base)
            painter.restore()

    def _line_colour(self, palette: QPalette) -> QColor:
        # A graph line's colour (3:1 on a light or dark base), worked out once per palette.
        key = palette.cacheKey()
        if self._colour is None or self._colour[0] != key:
            self._colour = (key, QColor(series_colour(palette, 0)))
        return self._colour[1]

    def _row_base(self, option: QStyleOptionViewItem) -> QColor:
        """The background a plain cell sits on: the row's, as the view paints it
        (AlternateBase on alternate rows, else the viewport's Base)."""
        widget = option.widget
        widget_enabled = widget is None or widget.isEnabled()
        active = bool(option.state.value & _ACTIVE)
        alternate = bool(option.features.value & _ALTERNATE)
        palette = option.palette
        key = (palette.cacheKey(), widget_enabled, active, alternate)
        base = self._bases.get(key)
        if base is None:
            if len(self._bases) > 16:
                self._bases.clear()
            # A copy: the colour belongs to the option's palette, gone after paint.
            base = self._bases[key] = QColor(row_base(palette, widget_enabled, active, alternate))
        return base

    def _paint_pixmap(self, painter: QPainter, option: QStyleOptionViewItem, values: list[float],
                      colour: QColor) -> None:
        # The kept pixmap, its fill translucent (the background is the style's).
        widget = option.widget
        rect = _line_rect(option.rect)
        if rect is None:
            return
        painter.drawPixmap(rect.left() - MARGIN, rect.top() - MARGIN, self.cache.get(
            values, self.maximum, rect.width(), rect.height(), colour,
            widget.devicePixelRatioF() if widget is not None else 1.0))

    def _paint_styled(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: QModelIndex | QPersistentModelIndex, values: list[float]) -> None:
        """Through the style: a selected row's highlight, the focus frame, a hover shade."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        # The highlighted text's colour on a selected row.
        self._paint_pixmap(painter, opt, values, opt.palette.color(
            QPalette.ColorRole.HighlightedText) if selected else self._line_colour(opt.palette))
        # The text on top, without painting the background again.
        opt.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        opt.state &= ~QStyle.StateFlag.State_Selected
        opt.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
