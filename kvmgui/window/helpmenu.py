"""The main window's Help menu: About, and Keyboard Shortcuts, read from the main and
details windows' actions (the README's keyboard map is written from the same reading)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QWidget

    from kvmgui.dialogs.shortcuts import Section
    from kvmgui.libvirt.registry import ConnectionRegistry

    _Base = QMainWindow
else:
    _Base = object


class HelpMenu(_Base):
    """Mixed in before ``QMainWindow`` by ``MainWindow``: its Help menu's windows. The
    window sets the attributes below; its words are translated in the window's context
    ("MainWindow"), where they always were."""

    registry: ConnectionRegistry
    open_dialogs: list[QWidget]
    open_on_enter: QAction
    host_on_enter: QAction

    if TYPE_CHECKING:
        def _show_dialog(self, dialog: QWidget, *, modal: bool = True) -> None: ...

    def show_about(self) -> None:
        from kvmgui.dialogs.about import AboutDialog  # noqa: PLC0415 - rarely opened

        self._show_dialog(AboutDialog(self.registry, self))

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: read from this window's actions and the details window's."""
        from kvmgui.dialogs.shortcuts import ShortcutsDialog  # noqa: PLC0415 - rarely opened

        for dialog in self.open_dialogs:
            if isinstance(dialog, ShortcutsDialog):
                dialog.raise_()
                dialog.activateWindow()
                return
        self._show_dialog(ShortcutsDialog(self.keymap(), self), modal=False)

    def keymap(self) -> list[Section]:
        """Every action of the main and details windows with its keys (Help, README)."""
        from kvmgui.dialogs.shortcuts import action_section, sections_for  # noqa: PLC0415

        lists = action_section(QCoreApplication.translate("MainWindow", "Lists of the main window"),
                               [self.open_on_enter, self.host_on_enter])
        return sections_for(self.menuBar(), QCoreApplication.translate("MainWindow", "Main window"),
                            [lists])
