"""What every kind of console shows on the Console page: the base widget and a chooser entry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QWidget

from kvmgui.models.domainwatcher import DomainView

if TYPE_CHECKING:
    from kvmgui.dialogs.details.console import ConsolePage


class ConsoleView(QWidget):
    """One console (serial, graphical, …). It starts the first time it is shown, follows
    the VM through ``show_view``, and lets go of its connection in ``shutdown``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activated = False

    def show_view(self, view: DomainView) -> None:
        """The VM's settings or state changed."""

    def activate(self) -> None:
        """Connect (called once, when first shown)."""

    def shutdown(self) -> None:
        """Disconnect for good (the page or window goes away)."""

    def full_screen_action(self) -> QAction | None:
        """Its own full screen on F11 (the VM's screen), if it has one; the console window
        takes F11 from it while the window itself is full screen."""
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._activated:
            self._activated = True
            self.activate()


@dataclass(frozen=True)
class ConsoleChoice:
    """An entry of the page's chooser: ``create(page)`` builds its view on first use."""

    key: str  # stable across reloads, e.g. "serial:serial0"
    label: str  # in words, translated
    create: Callable[[ConsolePage], ConsoleView]
