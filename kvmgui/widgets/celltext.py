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

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, Qt
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
CACHE_SIZE = 2048  # laid-out texts kept (a visible cell's few recent values each)


def unseen(option: QStyleOptionViewItem, inset: int) -> bool:
    """Whether nothing of the cell inside ``inset`` px at its sides is being repainted:
    a view that tells its paint region (``paint_region``, see ``window/vmlist.py``)
    repaints a pixel beyond a changed range, which is all it asks of the next cell."""
    region = getattr(option.widget, "paint_region", None)
    return region is not None and not region.intersects(option.rect.adjusted(inset, 0, -inset, 0))


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
        self._layouts: OrderedDict[tuple[object, ...], tuple[QTextLayout, int]] = OrderedDict()
        self._font: QFont | None = None  # the font of the kept layouts
        self._margin: tuple[QStyle, int] | None = None
        self._pens: dict[tuple[int, QPalette.ColorGroup], QColor] = {}
        self.laid_out = 0  # how many layouts were made (not found): for tests

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, text: str,
              alignment: Qt.AlignmentFlag) -> None:
        """``text`` in the cell ``option.rect``: inside the focus-frame margin, aligned,
        elided with the view's elide mode, in the palette's Text colour of the cell's state."""
        cell = option.rect
        margin = self._text_margin(option.widget)
        rect = cell.adjusted(margin, 0, -margin, 0)
        layout, top = self.layout(text, option, alignment, rect)
        palette = option.palette
        pen_key = (palette.cacheKey(), text_colour_group(option.state))
        pen = self._pens.get(pen_key)
        if pen is None:
            if len(self._pens) > 64:  # palettes come and go (theme changes)
                self._pens.clear()
            # A copy: the colour belongs to the option's palette, gone after paint.
            pen = self._pens[pen_key] = QColor(palette.color(pen_key[1], QPalette.ColorRole.Text))
        painter.save()
        painter.setClipRect(cell)
        painter.setPen(pen)
        layout.draw(painter, QPointF(rect.x(), rect.y() + top))
        painter.restore()

    def layout(self, text: str, option: QStyleOptionViewItem, alignment: Qt.AlignmentFlag,
               rect: QRect) -> tuple[QTextLayout, int]:
        """(layout, its top below ``rect.top()``) for ``text`` in the text rect ``rect``."""
        font = option.font
        if font != self._font:
            self._layouts.clear()
            self._font = QFont(font)  # a copy: the option (and its font) is gone after paint
        key = (text, rect.width(), rect.height(), alignment, option.direction, option.textElideMode)
        found = self._layouts.get(key)
        if found is not None:
            self._layouts.move_to_end(key)
            return found
        made = _lay_out(text, font, option, alignment, rect)
        self.laid_out += 1
        self._layouts[key] = made
        if len(self._layouts) > self.size:
            self._layouts.popitem(last=False)
        return made

    def _text_margin(self, widget: QWidget | None) -> int:
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


def _lay_out(text: str, font: QFont, option: QStyleOptionViewItem, alignment: Qt.AlignmentFlag,
             rect: QRect) -> tuple[QTextLayout, int]:
    # As QCommonStyle lays out an item's text (one line, no wrapping): the line as wide as
    # the text rect, aligned within it; its box aligned vertically on whole pixels; elided
    # with the view's mode when the text is wider than the rect.
    text_option = QTextOption(QStyle.visualAlignment(option.direction, alignment))
    text_option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    text_option.setTextDirection(option.direction)
    layout = _layout(text, font, text_option, rect.width())
    box = QStyle.alignedRect(Qt.LayoutDirection.LayoutDirectionAuto, alignment,
                             layout.boundingRect().size().toSize(), rect)
    line = layout.lineAt(0)
    if line.isValid() and line.naturalTextWidth() > rect.width():
        shown = QFontMetrics(font).elidedText(text, option.textElideMode, rect.width())
        layout = _layout(shown, font, text_option, rect.width())
    return layout, box.top() - rect.top()


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


def _alignment_flag(value: int | Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    # Made once per value: building a PySide flag from an int costs a few microseconds.
    bits = int(value)
    flag = _ALIGNMENT_FLAGS.get(bits)
    if flag is None:
        flag = _ALIGNMENT_FLAGS[bits] = Qt.AlignmentFlag(bits)
    return flag
