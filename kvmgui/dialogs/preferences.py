"""Preferences: stats interval, shown columns and graphs, which actions ask first, the UI
language (QSettings). The dialog's form is ``ui/preferences.ui``."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QWidget,
)

from kvmgui.libvirt.stats import DEFAULT_INTERVAL_MS, MAX_INTERVAL_MS, MIN_INTERVAL_MS
from kvmgui.models.domainrow import HEADERS, Column
from kvmgui.models.words import say
from kvmgui.utils import i18n, settingsfile
from kvmgui.utils.tr import fill
from kvmgui.widgets.forms import Form

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # PySide6 types it as object
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# Actions that may ask before they run, in words. Delete always opens its own dialog.
CONFIRMABLE = {
    "shutdown": QT_TRANSLATE_NOOP("PreferencesDialog", "Shut down"),
    "reboot": QT_TRANSLATE_NOOP("PreferencesDialog", "Reboot"),
    "reset": QT_TRANSLATE_NOOP("PreferencesDialog", "Force reset"),
    "force_off": QT_TRANSLATE_NOOP("PreferencesDialog", "Force off"),
    "pause": QT_TRANSLATE_NOOP("PreferencesDialog", "Pause"),
    "save": QT_TRANSLATE_NOOP("PreferencesDialog", "Save (managed save)"),
}
CONFIRM_BY_DEFAULT = {"reset", "force_off"}
GROUP = "preferences"


@dataclass
class Preferences:
    stats_interval_ms: int = DEFAULT_INTERVAL_MS
    hidden_columns: set[int] = field(default_factory=set)
    sparklines: bool = True
    confirm: set[str] = field(default_factory=lambda: set(CONFIRM_BY_DEFAULT))
    language: str = ""  # a catalogue of kvmgui.utils.i18n.LANGUAGES; "": the system's (read at start)

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        prefs = cls()
        settings.beginGroup(GROUP)
        # A hand-edited file ('750.0' is read; 'nan', 'inf', 'fast' keep the default).
        with contextlib.suppress(TypeError, ValueError, OverflowError):
            stored = settings.value("statsIntervalMs", DEFAULT_INTERVAL_MS)
            prefs.stats_interval_ms = min(max(round(float(str(stored))), MIN_INTERVAL_MS), MAX_INTERVAL_MS)
        hidden = settings.value("hiddenColumns", None)
        if hidden is not None:
            prefs.hidden_columns = {int(c) for c in _as_list(hidden) if str(c).isdecimal()
                                    and 0 < int(c) < len(Column)}
        prefs.sparklines = str(settings.value("sparklines", "true")).lower() == "true"
        confirm = settings.value("confirm", None)
        if confirm is not None:
            prefs.confirm = {k for k in _as_list(confirm) if k in CONFIRMABLE}
        settings.endGroup()
        language = i18n.saved_language(settings)
        # As start-up reads it ("zh_TW" shows zh_Hant), else saving would replace it with "".
        prefs.language = (i18n.catalogue_for(language) or "") if language else ""
        return prefs

    def save(self, settings: QSettings) -> bool:
        """Write them; False if the settings file could not be written (its owner another
        user, a full disk)."""
        return settingsfile.write(settings, self._put)

    def _put(self, settings: QSettings) -> None:
        settings.beginGroup(GROUP)
        settings.setValue("statsIntervalMs", self.stats_interval_ms)
        # Never an empty list: QSettings reads that back as None (= defaults).
        settings.setValue("hiddenColumns", [str(c) for c in sorted(self.hidden_columns)] or ["none"])
        settings.setValue("sparklines", "true" if self.sparklines else "false")
        settings.setValue("confirm", sorted(self.confirm) or ["none"])
        settings.endGroup()
        settings.setValue(i18n.SETTINGS_KEY, self.language)


def _as_list(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)] if value not in (None, "") else []


class PreferencesDialog(QDialog):
    """Edits a copy of ``prefs``; ``preferences()`` gives the result after accept."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form = Form("preferences", self)
        # The window's own margins around the form (the form's holder has none).
        form.owner_layout.setContentsMargins(-1, -1, -1, -1)
        self.interval = form.widget("interval", QDoubleSpinBox)
        self.interval.setRange(MIN_INTERVAL_MS / 1000, MAX_INTERVAL_MS / 1000)
        self.interval.setValue(prefs.stats_interval_ms / 1000)
        # The box shows tenths: a hand-edited 750 ms shows as 0.8 s and is kept unless changed.
        self._interval_ms, self._interval_shown = prefs.stats_interval_ms, self.interval.value()
        self.sparklines = form.widget("sparklines", QCheckBox)
        self.sparklines.setChecked(prefs.sparklines)

        box = form.widget("columns_box", QGroupBox)
        grid = form.widget("columns_grid", QGridLayout)
        self.columns: dict[int, QCheckBox] = {}
        for i, col in enumerate(c for c in Column if c != Column.NAME):
            check = QCheckBox(say(HEADERS[col]), box)
            check.setAccessibleName(fill(self.tr("Show column %1"), say(HEADERS[col])))
            check.setChecked(int(col) not in prefs.hidden_columns)
            grid.addWidget(check, i // 3, i % 3)
            self.columns[int(col)] = check

        box = form.widget("confirm_box", QGroupBox)
        grid = form.widget("confirm_grid", QGridLayout)
        self.confirm: dict[str, QCheckBox] = {}
        for i, (key, words) in enumerate(CONFIRMABLE.items()):
            shown = QCoreApplication.translate("PreferencesDialog", words)
            check = QCheckBox(shown, box)
            check.setAccessibleName(fill(self.tr("Ask before %1"), shown))
            check.setChecked(key in prefs.confirm)
            grid.addWidget(check, i // 3, i % 3)
            self.confirm[key] = check

        self.language = form.widget("language", QComboBox)
        self.language.addItem(self.tr("System default"), "")
        for code, name in i18n.LANGUAGES.items():  # each in its own script
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))

        buttons = form.widget("buttons", QDialogButtonBox)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def preferences(self) -> Preferences:
        return Preferences(
            stats_interval_ms=self._interval_ms if self.interval.value() == self._interval_shown
            else round(self.interval.value() * 1000),
            hidden_columns={c for c, box in self.columns.items() if not box.isChecked()},
            sparklines=self.sparklines.isChecked(),
            confirm={k for k, box in self.confirm.items() if box.isChecked()},
            language=str(self.language.currentData() or ""),
        )
