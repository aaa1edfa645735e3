"""A size as people type it: a number and a binary unit (20 GiB), read as a ``Size``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QWidget

from kvmgui.utils.tr import fill
from kvmgui.xml.volume_spec import Size, SizeUnit

UNITS = (SizeUnit.MIB, SizeUnit.GIB, SizeUnit.TIB)  # bytes and KiB are never what people mean
MAXIMUM = 1024**2  # of any unit: a PiB of MiB is still typable, 1 EiB of TiB is not needed


class SizeEdit(QWidget):
    """A number box and a unit box. ``value()`` is what they say; ``set_size`` shows a
    byte count in the largest unit that states it exactly (or to two decimals).

    The spin box is the focus proxy, so a label's buddy lands in the number.

    Signals:
        changed(): the number or the unit changed.
    """

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QDoubleSpinBox(self)
        self.number.setDecimals(2)
        self.number.setRange(0, MAXIMUM)
        self.number.setAccessibleName(accessible_name)
        self.unit = QComboBox(self)
        for unit in UNITS:
            self.unit.addItem(unit.value, unit)  # "GiB": the same in every language
        self.unit.setAccessibleName(fill(self.tr("%1 unit"), accessible_name))
        self.unit.setCurrentIndex(UNITS.index(SizeUnit.GIB))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 1)
        row.addWidget(self.unit)
        self.setFocusProxy(self.number)
        self.number.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)

    def value(self) -> Size:
        return Size(self.number.value(), SizeUnit(self.unit.currentData()))

    def set_size(self, count: int) -> None:
        """Show ``count`` bytes (no ``changed`` signal)."""
        exact = Size.of_bytes(count)
        if exact.unit in UNITS:
            unit, value = exact.unit, float(exact.value)
        else:
            unit = next((u for u in reversed(UNITS) if count >= u.factor), SizeUnit.MIB)
            value = round(count / unit.factor, 2)
        self.blockSignals(True)
        self.number.blockSignals(True)
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(UNITS.index(unit))
        self.number.setValue(value)
        self.number.blockSignals(False)
        self.unit.blockSignals(False)
        self.blockSignals(False)
