"""The troubleshooter's steps as a table: one row per step, its outcome and sentence.

The rows are fixed (every step, in order) and start as "Waiting"; a finished step changes
its row in place (``dataChanged``), so a view keeps its selection while the checks run.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kvmgui.libvirt.netcheck import ALL_STEPS, Outcome, Result, Step
from kvmgui.models.base import valid_index
from kvmgui.models.checkwords import OUTCOME_ICONS, outcome_words, sentence, step_title
from kvmgui.models.roles import Role
from kvmgui.utils import icons
from kvmgui.utils.text import literal_tooltip

Index = QModelIndex | QPersistentModelIndex


class CheckColumn(IntEnum):
    STEP = 0
    OUTCOME = 1
    SENTENCE = 2


class CheckModel(QAbstractTableModel):
    """One row per :class:`Step`; ``Role.OBJECT`` is its :class:`Result` (None while waiting),
    ``Role.STATE`` its :class:`Outcome`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[Step, ...] = ALL_STEPS
        self._results: dict[Step, Result] = {}
        self._display: dict[Step, tuple[str, str, str]] = {}
        for step in self._steps:
            self._display[step] = self._words(step, None)

    # -- feeding --------------------------------------------------------------------------

    def clear_results(self) -> None:
        """Every row back to "Waiting" (a new run)."""
        self._results.clear()
        for step in self._steps:
            self._display[step] = self._words(step, None)
        if self._steps:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._steps) - 1, len(CheckColumn) - 1), [])

    def set_result(self, result: Result) -> None:
        row = self._steps.index(result.step)
        self._results[result.step] = result
        self._display[result.step] = self._words(result.step, result)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(CheckColumn) - 1), [])

    def result_at(self, row: int) -> Result | None:
        if 0 <= row < len(self._steps):
            return self._results.get(self._steps[row])
        return None

    def row_of(self, step: Step) -> int:
        return self._steps.index(step)

    @staticmethod
    def _words(step: Step, result: Result | None) -> tuple[str, str, str]:
        outcome = result.outcome if result else Outcome.PENDING
        return step_title(step), outcome_words(outcome), sentence(result) if result else ""

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CheckColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not valid_index(self, index):
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Step"), self.tr("Result"), self.tr("What it means"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not valid_index(self, index):
            return None
        step = self._steps[index.row()]
        result = self._results.get(step)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[step][col]
        if role == Qt.ItemDataRole.ToolTipRole:  # names and libvirt's words: never markup
            return literal_tooltip(self._display[step][col])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ": ".join(t for t in self._display[step] if t)
        if role == Qt.ItemDataRole.DecorationRole and col == CheckColumn.OUTCOME and result:
            return icons.icon(OUTCOME_ICONS[result.outcome])
        if role == Role.OBJECT:
            return result
        if role == Role.STATE:
            return result.outcome if result else Outcome.PENDING
        if role == Role.KEY:
            return step.value
        if role == Role.SORT:
            return index.row()
        return None
