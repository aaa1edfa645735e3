"""A delegate that paints a plain one-line text cell straight with QPainter.

The style's item painting (``QStyledItemDelegate.paint``) asks the model for seven roles
(seven calls into a Python model, through a Python proxy) and lays the text out with a
QTextLayout; about 50 µs a cell. A table of live figures repaints its visible stats cells
every second, so on a big host that was about a third of monitoring's whole cost
(docs/performance.md). This delegate asks for the text only and draws it where the style
would (same margins, alignment, eliding, colours), for the common case: a cell that is
enabled or greyed, not selected, without focus or hover. Every other case, and any cell
that is empty, goes through the style as before.

Only for columns whose cells are plain text: no icon, check box, font, foreground or
background role (the caller's promise; ``tests/unit/widgets/test_celltext.py`` checks
the VM list's columns against its model).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_DISPLAY_INT, _ALIGNMENT_INT = int(_DISPLAY), int(_ALIGNMENT)
_ALIGNMENT_FLAGS: dict[int, Qt.AlignmentFlag] = {}
# Plain ints: an operation on a PySide flag costs about a microsecond, and these run
# for every painted cell.
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
# Cells the style must paint: it draws a highlight, a focus frame or a hover shade there.
_STYLED = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
           | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Editing).value
_WRAPPED = QStyleOptionViewItem.ViewItemFeature.WrapText.value  # TextPainter: one line
_GROUPS = {  # (enabled, active) -> the group QCommonStyle paints an item's text in
    (True, True): QPalette.ColorGroup.Normal, (True, False): QPalette.ColorGroup.Inactive,
    (False, True): QPalette.ColorGroup.Disabled, (False, False): QPalette.ColorGroup.Disabled,
}
if TYPE_CHECKING:
    from kvmgui.widgets.fastrows import RowKind

# A laid-out text: the layout, its top below the text rect's, and how far its ink may
# reach past the rect's sides (``_spill``).
Laid = tuple[QTextLayout, int, int]
NO_FIT = 1 << 20
CACHE_SIZE = 2048  # laid-out texts kept (a visible cell's few recent values each)


def unseen(option: QStyleOptionViewItem, inset: int) -> bool:
    """Whether nothing of the cell inside ``inset`` px at its sides is being repainted:
    a view that tells its paint region (``paint_region``, see ``window/vmlist.py``)
    repaints a pixel beyond a changed range, which is all it asks of the next cell."""
    region = getattr(option.widget, "paint_region", None)
    return region is not None and not region.intersects(option.rect.adjusted(inset, 0, -inset, 0))


def row_base(palette: QPalette, widget_enabled: bool, active: bool, alternate: bool) -> QColor:
    """The colour a view paints behind a plain cell: AlternateBase on alternate rows,
    else Base, in the group of the view's state (Disabled when the widget is)."""
    group = QPalette.ColorGroup.Disabled if not widget_enabled else (
        QPalette.ColorGroup.Normal if active else QPalette.ColorGroup.Inactive)
    return palette.color(group, QPalette.ColorRole.AlternateBase if alternate
                         else QPalette.ColorRole.Base)


def plain(option: QStyleOptionViewItem) -> bool:
    """Whether a cell in this state looks the same painted by ``TextPainter``."""
    return not option.state.value & _STYLED and not option.features.value & _WRAPPED


def text_colour_group(state: QStyle.StateFlag) -> QPalette.ColorGroup:
    """The palette group the style paints a cell's text in (as QCommonStyle does)."""
    bits = state.value
    return _GROUPS[bool(bits & _ENABLED), bool(bits & _ACTIVE)]


class TextPainter:
    """Paints cell texts where the style would, keeping what is slow to work out: the
    laid-out texts (a cell's text repeats far more often than it changes), the text
    margin of the style and the pen of each palette and colour group."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._layouts: OrderedDict[tuple[object, ...], Laid] = OrderedDict()
        self._font: QFont | None = None  # the font of the kept layouts
        self._paint_font: QFont | None = None  # the font object of the last draw_cell
        self._margin: tuple[QStyle, int] | None = None
        self._pens: dict[tuple[int, QPalette.ColorGroup], QColor] = {}
        self.laid_out = 0  # how many layouts were made (not found): for tests

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, text: str,
              alignment: Qt.AlignmentFlag) -> None:
        """``text`` in the cell ``option.rect``: inside the focus-frame margin, aligned,
        elided with the view's elide mode, in the palette's Text colour of the cell's state."""
        cell = option.rect
        margin = self.margin(option.widget)
        rect = cell.adjusted(margin, 0, -margin, 0)
        layout, top, _ = self.layout_for(text, option.font, option.direction,
                                         option.textElideMode, alignment, rect)
        painter.save()
        painter.setClipRect(cell)
        painter.setPen(self.pen(option.palette, text_colour_group(option.state)))
        layout.draw(painter, QPointF(rect.x(), rect.y() + top))
        painter.restore()

    def draw_cell(self, painter: QPainter, cell: QRect, text: str, alignment: int | None,
                  kind: RowKind) -> bool:
        """``draw`` for ``fastrows.FastRows``, which reads the option's parts once per
        paint into ``kind`` and sets its pen: plain ints in the key (a PySide enum hashes
        in Python), the font compared once per paint, and the cell clipped only where the
        text's ink would reach past it (clipping makes Qt draw text slower: about a
        third of this method's cost). Returns whether it left the painter clipped.
        ``alignment`` None: the option's."""
        font = kind.font
        if font is not self._paint_font:  # the same object for all cells of a paint
            self._paint_font = font
            self._use_font(font)
        margin = kind.margin
        x, y, width, height = cell.x() + margin, cell.y(), cell.width() - 2 * margin, cell.height()
        key = (text, width, height, kind.alignment_value if alignment is None else alignment,
               kind.direction_value, kind.elide_value)
        found = self._layouts.get(key)
        if found is None:
            flag = kind.alignment if alignment is None else _alignment_flag(alignment)
            found = self._keep(key, _lay_out(text, font, kind.direction, kind.elide, flag,
                                             QRect(x, y, width, height)))
        else:
            self._layouts.move_to_end(key)
        layout, top, spill = found
        clip = spill > margin
        if clip:
            painter.setClipRect(cell)
        layout.draw(painter, QPointF(x, y + top))
        return clip

    def pen(self, palette: QPalette, group: QPalette.ColorGroup) -> QColor:
        """The palette's Text colour in ``group``, kept."""
        pen_key = (palette.cacheKey(), group)
        pen = self._pens.get(pen_key)
        if pen is None:
            if len(self._pens) > 64:  # palettes come and go (theme changes)
                self._pens.clear()
            # A copy: the colour belongs to the option's palette, gone after paint.
            pen = self._pens[pen_key] = QColor(palette.color(group, QPalette.ColorRole.Text))
        return pen

    def layout_for(self, text: str, font: QFont, direction: Qt.LayoutDirection,
                   elide: Qt.TextElideMode, alignment: Qt.AlignmentFlag,
                   rect: QRect) -> Laid:
        """(layout, its top below ``rect.top()``, its spill) for ``text`` in the text
        rect ``rect``."""
        self._paint_font = None
        self._use_font(font)
        key = (text, rect.width(), rect.height(), alignment.value, direction.value, elide.value)
        found = self._layouts.get(key)
        if found is not None:
            self._layouts.move_to_end(key)
            return found
        return self._keep(key, _lay_out(text, font, direction, elide, alignment, rect))

    def _use_font(self, font: QFont) -> None:
        if font != self._font:
            self._layouts.clear()
            self._font = QFont(font)  # a copy: the option (and its font) is gone after paint

    def _keep(self, key: tuple[object, ...], made: Laid) -> Laid:
        self.laid_out += 1
        self._layouts[key] = made
        if len(self._layouts) > self.size:
            self._layouts.popitem(last=False)
        return made

    def margin(self, widget: QWidget | None) -> int:
        """The style's text margin in a cell (its focus frame's, plus one)."""
        style = widget.style() if widget is not None else QApplication.style()
        if self._margin is None or self._margin[0] is not style:
            self._margin = (style, style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                     None, widget) + 1)
        return self._margin[1]


def _layout(text: str, font: QFont, text_option: QTextOption, width: int) -> QTextLayout:
    layout = QTextLayout(text, font)
    layout.setTextOption(text_option)
    layout.beginLayout()
    line = layout.createLine()
    if line.isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout


def _lay_out(text: str, font: QFont, direction: Qt.LayoutDirection, elide: Qt.TextElideMode,
             alignment: Qt.AlignmentFlag, rect: QRect) -> Laid:
    # As QCommonStyle lays out an item's text (one line, no wrapping): the line as wide as
    # the text rect, aligned within it; its box aligned vertically on whole pixels; elided
    # with the view's mode when the text is wider than the rect.
    text_option = QTextOption(QStyle.visualAlignment(direction, alignment))
    text_option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    text_option.setTextDirection(direction)
    layout = _layout(text, font, text_option, rect.width())
    box = QStyle.alignedRect(Qt.LayoutDirection.LayoutDirectionAuto, alignment,
                             layout.boundingRect().size().toSize(), rect)
    line = layout.lineAt(0)
    if line.isValid() and line.naturalTextWidth() > rect.width():
        shown = QFontMetrics(font).elidedText(text, elide, rect.width())
        layout = _layout(shown, font, text_option, rect.width())
    top = box.top() - rect.top()
    return layout, top, _spill(layout, top, rect.width(), rect.height())


def _spill(layout: QTextLayout, top: int, width: int, height: int) -> int:
    """How far (px) the text's ink, antialiased edge included, may reach past the sides
    of its text rect; NO_FIT if past its top or bottom. A cell whose margin is at least
    this needs no clip: nothing would be cut."""
    ink = QRectF()
    for run in layout.glyphRuns():
        ink = ink.united(run.boundingRect())
    if ink.isEmpty():
        return 0
    if top + ink.top() - 1 < 0 or top + ink.bottom() + 1 > height:
        return NO_FIT
    return max(0, math.ceil(-ink.left()) + 1, math.ceil(ink.right() - width) + 1)


class PlainTextDelegate(QStyledItemDelegate):
    """Paints plain text cells with a ``TextPainter``; the style paints the others."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = TextPainter()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if not plain(option):
            super().paint(painter, option, index)
            return
        if not unseen(option, 1):  # the text keeps a margin of at least 1 px
            self.paint_text(painter, option, index)

    def paint_text(self, painter: QPainter, option: QStyleOptionViewItem,
                   index: QModelIndex | QPersistentModelIndex) -> None:
        """The cell's text (a plain cell's), with the model's alignment."""
        # A model with ``cell`` (kvmgui's) is asked straight, in Python: ``index.data``
        # goes through C++ and back, twice a cell (with the flags made once below, about
        # 7 % of a whole repaint: docs/performance.md).
        cell = getattr(index.model(), "cell", None)
        if cell is not None:
            row, col = index.row(), index.column()
            text = cell(row, col, _DISPLAY_INT)
        else:
            text = index.data(_DISPLAY)
        if text is None or text == "":  # the view painted the row's background already
            return
        alignment = cell(row, col, _ALIGNMENT_INT) if cell is not None else index.data(_ALIGNMENT)
        self.text.paint(painter, option, str(text), option.displayAlignment if alignment is None
                        else _alignment_flag(alignment))

    def paint_cell(self, painter: QPainter, kind: RowKind, rect: QRect, row: int, col: int) -> bool:
        """``paint_text`` for a plain row painted by ``fastrows.FastRows``; whether it
        left the painter clipped."""
        cell = kind.cell
        text = cell(row, col, _DISPLAY_INT)
        if text is None or text == "":
            return False
        return self.text.draw_cell(painter, rect, str(text), cell(row, col, _ALIGNMENT_INT), kind)


def _alignment_flag(value: int | Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    # Made once per value: building a PySide flag from an int costs a few microseconds.
    bits = int(value)
    flag = _ALIGNMENT_FLAGS.get(bits)
    if flag is None:
        flag = _ALIGNMENT_FLAGS[bits] = Qt.AlignmentFlag(bits)
    return flag
