"""A table cell drawn as a bar: how full something is (a storage pool), with its words on it.

The model gives the share used (0…1, or below 0 when unknown) in ``Role.SORT`` and the
words in ``DisplayRole``; the words are also what a screen reader reads for the cell.
Drawn with the palette's own colours (not the style's progress bar, which some styles
draw as a thin line, and which vanishes in a selected row).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kvmgui.models.roles import Role

FULL = 0.9  # from here the bar warns (the pool is nearly full)


class UsageBarDelegate(QStyledItemDelegate):
    """Paints ``Role.SORT`` (a share, 0…1) as a bar labelled with the cell's text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        share = index.data(Role.SORT)
        if not isinstance(share, float) or share < 0:
            super().paint(painter, option, index)  # unknown: the plain (empty) cell
            return
        # The row's background first (selection, alternate colours) without the text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)

        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        frame = QRectF(option.rect).adjusted(3.5, 4.5, -3.5, -4.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(text_role), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 2, 2)
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        if share >= FULL:
            fill = QColor("#d9822b")  # amber on light and dark bases alike
        if selected:
            fill = fill.lighter(150)
        fill.setAlpha(170)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        inner = frame.adjusted(1, 1, -1, -1)
        inner.setWidth(inner.width() * share)
        painter.drawRect(inner)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, str(index.data() or ""))
        painter.restore()
