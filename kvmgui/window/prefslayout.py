"""The main window's preferences (the dialog, applied to the samplers and the VM list)
and its layout (geometry, docks and toolbar, the VM list's columns) restored at start and
saved as it closes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from kvmgui.dialogs.preferences import Preferences, PreferencesDialog
from kvmgui.libvirt import stats
from kvmgui.utils.tr import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from kvmgui.libvirt.registry import ConnectionRegistry
    from kvmgui.models.domains import DomainModel
    from kvmgui.widgets.notifications import NotificationArea
    from kvmgui.window.vmlist import VmTable

    _Base = QMainWindow
else:
    _Base = object

log = logging.getLogger(__name__)


class PrefsLayout(_Base):
    """Mixed in before ``QMainWindow`` by ``MainWindow``: its preferences and saved
    layout. The window sets the attributes below."""

    registry: ConnectionRegistry
    settings: QSettings
    prefs: Preferences
    domain_model: DomainModel
    vm_view: VmTable
    notifications: NotificationArea
    unwritten_files: set[str]

    if TYPE_CHECKING:
        def _show_dialog(self, dialog: QWidget, *, modal: bool = True) -> None: ...

    def edit_preferences(self) -> None:
        self.prefs.hidden_columns = self.vm_view.hidden_columns()
        dialog = PreferencesDialog(self.prefs, self)
        dialog.accepted.connect(lambda: self._preferences_accepted(dialog))
        self._show_dialog(dialog)

    def _preferences_accepted(self, dialog: PreferencesDialog) -> None:
        prefs = dialog.preferences()
        if prefs.save(self.settings):
            self._settings_written(self.settings.fileName())
        else:
            self.unwritten_files.add(self.settings.fileName())
            # Else they apply now and are gone at the next start, without a word.
            self.notifications.error(fill(QCoreApplication.translate(
                "MainWindow", "Could not save the preferences in %1: they apply until kvmgui "
                "ends. Check that the file is yours and can be written."),
                self.settings.fileName()))
        self.apply_preferences(prefs)

    def _listen_for_saves(self) -> None:
        """The registry's saves of the list of hosts said, one of start-up's too."""
        self.registry.saveFailed.connect(self._hosts_not_saved)
        self.registry.written.connect(self._settings_written)
        if self.registry.unsaved:  # a save of start-up's, before this window listened
            self._hosts_not_saved(self.registry.unsaved)

    def _hosts_not_saved(self, path: str) -> None:
        self.unwritten_files.add(path)
        # Else a host added, removed or changed now is as it was at the next start.
        self.notifications.error(fill(QCoreApplication.translate(
            "MainWindow", "Could not save the list of hosts in %1: at the next start it is "
            "as it was. Check that the file is yours and can be written."), path))

    def _settings_written(self, path: str) -> None:
        """A save wrote ``path``: one that could not be written before (preferences or the
        list of hosts) is said to work again, and that what waited is saved with it."""
        if path in self.unwritten_files:
            self.unwritten_files.discard(path)
            self.notifications.info(fill(QCoreApplication.translate(
                "MainWindow", "The settings file %1 could be written again: what could not be "
                "saved in it before is saved now."), path))

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        stats.set_default_interval(prefs.stats_interval_ms)
        for conn in self.registry:
            sampler = self.domain_model.sampler(conn)
            if sampler is not None:
                sampler.set_interval(prefs.stats_interval_ms)
        self.vm_view.set_hidden_columns(prefs.hidden_columns)
        self.vm_view.set_sparklines(prefs.sparklines)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        self.vm_view.restore_layout(self.settings)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.vm_view.save_layout(self.settings)
        self.prefs.hidden_columns = self.vm_view.hidden_columns()
        # The window is going: no notification would be seen, so the log says it. The
        # save writes the layout set above with the preferences (Qt keeps one copy of a
        # file's values for every QSettings on it), so no second sync is needed.
        if not self.prefs.save(self.settings):
            log.warning("could not save the window's layout and preferences in %s",
                        self.settings.fileName())
