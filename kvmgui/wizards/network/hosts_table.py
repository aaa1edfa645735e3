"""An editable table of static DHCP hosts (MAC, name, IP) whose cells show their problems."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvmgui.utils.text import literal_tooltip
from kvmgui.widgets import itemviews
from kvmgui.widgets.styles import invalid_fill
from kvmgui.wizards.network.state import Message
from kvmgui.xml.network_spec import StaticHost

COLUMNS = ("mac", "name", "ip")
_KEY = re.compile(r"ipv4\.hosts\[(\d+)\]\.(mac|name|ip)")


class StaticHostsEditor(QWidget):
    """Signals:
        changed(): a cell was edited, or a row added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("MAC address"), self.tr("Name"),
                                              self.tr("IP address")])
        self.table.setAccessibleName(self.tr("Static DHCP hosts"))
        itemviews.follow_selection(self.table)  # Remove acts on the selected rows
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)  # a whole MAC address
        self.table.setColumnWidth(1, 120)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(140)
        self.add_button = QPushButton(self.tr("&Add host"), self)
        self.add_button.setAccessibleName(self.tr("Add static host"))
        self.remove_button = QPushButton(self.tr("&Remove host"), self)
        self.remove_button.setAccessibleName(self.tr("Remove static host"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_host(StaticHost()))
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def hosts(self) -> list[StaticHost]:
        result = []
        for row in range(self.table.rowCount()):
            values = [self._text(row, col) for col in range(len(COLUMNS))]
            result.append(StaticHost(mac=values[0], name=values[1], ip=values[2]))
        return result

    def add_host(self, host: StaticHost) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, value in enumerate((host.mac, host.name, host.ip)):
            self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.changed.emit()

    def mark(self, problems: list[Message]) -> None:
        """Tint the cells that have problems and put the message in their tooltip."""
        bad: dict[tuple[int, int], list[str]] = {}
        for p in problems:
            m = _KEY.fullmatch(p.field)
            if m:
                bad.setdefault((int(m[1]), COLUMNS.index(m[2])), []).append(p.text)
        tint = QBrush(invalid_fill(self.table.palette()))
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for col in range(len(COLUMNS)):
                item = self.table.item(row, col)
                if item is None:
                    continue
                messages = bad.get((row, col), [])
                item.setBackground(tint if messages else QBrush())
                item.setToolTip(literal_tooltip("\n".join(messages)))  # they quote input
        self.table.blockSignals(False)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()
