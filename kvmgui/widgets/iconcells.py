"""A delegate for cells of an icon and a text that repeat from row to row (a VM's state).

The style paints such a cell as any item: it asks the model for about ten roles (each a
call into Python, through the proxy), lays the text out and draws the icon (kvmgui's
bundled icons are Python engines): about 0.2 ms a cell on the machine of 2026-11-30.
But a state column shows a handful of different cells. ``IconTextDelegate`` lets the
style paint each once into a pixmap, for a plain row painted by ``fastrows.FastRows``,
and paints that pixmap after; a selected, current or hovered row is painted by the
style, as before (``paint`` is QStyledItemDelegate's).

The caller's promise, as for ``celltext``: the column's cells carry a text, an icon and
an alignment, and no check box, font, foreground or background role
(``tests/unit/widgets/test_celltext.py`` checks the VM list's state column).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    from kvmgui.widgets.fastrows import RowKind

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
CACHE_SIZE = 256  # cells kept: a state column has a few texts × icons × kinds of row


class IconTextDelegate(QStyledItemDelegate):
    """See the module docstring. ``rendered`` counts the cells the style painted into a
    pixmap (not found kept): for tests."""

    def __init__(self, view: QAbstractItemView, size: int = CACHE_SIZE) -> None:
        super().__init__(view)
        self.view = view
        self.size = size
        self._pixmaps: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._context: Hashable = None
        self.rendered = 0

    def paint_cell(self, painter: QPainter, kind: RowKind, rect: QRect, row: int, col: int) -> bool:
        """The cell as the style paints it on ``kind``'s row, from a kept pixmap (the
        painter left unclipped)."""
        if kind.context != self._context:  # palette, font, style, scale…: all new
            self._pixmaps.clear()
            self._context = kind.context
        cell = kind.cell
        icon = cell(row, col, _DECORATION)
        key = (cell(row, col, _DISPLAY), icon.cacheKey() if isinstance(icon, QIcon) else icon,
               cell(row, col, _ALIGNMENT), kind.enabled, kind.alternate, rect.width(),
               rect.height())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(kind, rect, row, col)
            self._pixmaps[key] = pixmap
            if len(self._pixmaps) > self.size:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)
        return False

    def _render(self, kind: RowKind, rect: QRect, row: int, col: int) -> QPixmap:
        ratio = kind.ratio
        pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(kind.base)  # what the view and the row panel leave under the cell
        option = QStyleOptionViewItem(kind.option)
        option.rect = QRect(0, 0, rect.width(), rect.height())
        pixmap_painter = QPainter(pixmap)
        try:
            super().paint(pixmap_painter, option, self.view.model().index(row, col))
        finally:
            pixmap_painter.end()
        self.rendered += 1
        return pixmap
