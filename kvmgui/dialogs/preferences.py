"""Preferences: stats interval, shown columns and graphs, which actions ask first (QSettings)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.stats import DEFAULT_INTERVAL_MS, MAX_INTERVAL_MS, MIN_INTERVAL_MS
from kvmgui.models.domains import HEADERS, Column

# Actions that may ask before they run, in words. Delete always opens its own dialog.
CONFIRMABLE = {
    "shutdown": "Shut down",
    "reboot": "Reboot",
    "reset": "Force reset",
    "force_off": "Force off",
    "pause": "Pause",
    "save": "Save (managed save)",
}
CONFIRM_BY_DEFAULT = {"reset", "force_off"}
GROUP = "preferences"


@dataclass
class Preferences:
    stats_interval_ms: int = DEFAULT_INTERVAL_MS
    hidden_columns: set[int] = field(default_factory=set)
    sparklines: bool = True
    confirm: set[str] = field(default_factory=lambda: set(CONFIRM_BY_DEFAULT))

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        prefs = cls()
        settings.beginGroup(GROUP)
        with contextlib.suppress(TypeError, ValueError):  # a hand-edited file: keep the default
            stored = settings.value("statsIntervalMs", DEFAULT_INTERVAL_MS)
            prefs.stats_interval_ms = min(max(int(str(stored)), MIN_INTERVAL_MS), MAX_INTERVAL_MS)
        hidden = settings.value("hiddenColumns", None)
        if hidden is not None:
            prefs.hidden_columns = {int(c) for c in _as_list(hidden) if str(c).isdigit()
                                    and 0 < int(c) < len(Column)}
        prefs.sparklines = str(settings.value("sparklines", "true")).lower() == "true"
        confirm = settings.value("confirm", None)
        if confirm is not None:
            prefs.confirm = {k for k in _as_list(confirm) if k in CONFIRMABLE}
        settings.endGroup()
        return prefs

    def save(self, settings: QSettings) -> None:
        settings.beginGroup(GROUP)
        settings.setValue("statsIntervalMs", self.stats_interval_ms)
        # Never an empty list: QSettings reads that back as None (= defaults).
        settings.setValue("hiddenColumns", [str(c) for c in sorted(self.hidden_columns)] or ["none"])
        settings.setValue("sparklines", "true" if self.sparklines else "false")
        settings.setValue("confirm", sorted(self.confirm) or ["none"])
        settings.endGroup()
        settings.sync()


def _as_list(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)] if value not in (None, "") else []


class PreferencesDialog(QDialog):
    """Edits a copy of ``prefs``; ``preferences()`` gives the result after accept."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setAccessibleName("Preferences")

        stats = QGroupBox("Monitoring", self)
        form = QFormLayout(stats)
        self.interval = QDoubleSpinBox(stats)
        self.interval.setAccessibleName("Stats interval in seconds")
        self.interval.setRange(MIN_INTERVAL_MS / 1000, MAX_INTERVAL_MS / 1000)
        self.interval.setSingleStep(0.5)
        self.interval.setDecimals(1)
        self.interval.setSuffix(" s")
        self.interval.setValue(prefs.stats_interval_ms / 1000)
        label = QLabel("&Sample running VMs every:", stats)
        label.setBuddy(self.interval)
        form.addRow(label, self.interval)
        self.sparklines = QCheckBox("Show &graphs in the CPU, disk and network columns", stats)
        self.sparklines.setAccessibleName("Show graphs in the VM list")
        self.sparklines.setChecked(prefs.sparklines)
        form.addRow(self.sparklines)

        columns = QGroupBox("Columns of the VM list", self)
        grid = QGridLayout(columns)
        self.columns: dict[int, QCheckBox] = {}
        for i, col in enumerate(c for c in Column if c != Column.NAME):
            box = QCheckBox(HEADERS[col], columns)
            box.setAccessibleName(f"Show column {HEADERS[col]}")
            box.setChecked(int(col) not in prefs.hidden_columns)
            grid.addWidget(box, i // 3, i % 3)
            self.columns[int(col)] = box

        confirm = QGroupBox("Ask before", self)
        grid2 = QGridLayout(confirm)
        self.confirm: dict[str, QCheckBox] = {}
        for i, (key, words) in enumerate(CONFIRMABLE.items()):
            box = QCheckBox(words, confirm)
            box.setAccessibleName(f"Ask before {words}")
            box.setChecked(key in prefs.confirm)
            grid2.addWidget(box, i // 3, i % 3)
            self.confirm[key] = box
        note = QLabel("Deleting a VM always asks, and lists any storage it would remove.", confirm)
        note.setWordWrap(True)
        grid2.addWidget(note, 2, 0, 1, 3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (stats, columns, confirm, buttons):
            layout.addWidget(w)

    def preferences(self) -> Preferences:
        return Preferences(
            stats_interval_ms=round(self.interval.value() * 1000),
            hidden_columns={c for c, box in self.columns.items() if not box.isChecked()},
            sparklines=self.sparklines.isChecked(),
            confirm={k for k, box in self.confirm.items() if box.isChecked()},
        )
