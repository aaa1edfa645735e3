"""The graphical console of the Console page: the VM's VNC display (GVnc), or SPICE
through virt-viewer, with the toolbar of :class:`GraphicalConsole`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kvmgui.dialogs.details.console_view import ConsoleChoice, ConsoleView
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.console import serial_targets
from kvmgui.libvirt.graphics import parse_graphics
from kvmgui.models.domainwatcher import DomainView
from kvmgui.widgets.vnc.console import GraphicalConsole

if TYPE_CHECKING:
    from kvmgui.dialogs.details.console import ConsolePage

KEY = "graphics"


# The displays the graphical console shows (VNC itself, SPICE through virt-viewer).
SHOWN = ("vnc", "spice")


def graphical_consoles(page: ConsolePage, view: DomainView) -> list[ConsoleChoice]:
    """The Console page's provider for the VM's display, first in the chooser."""
    return _choice(page) if _displays(view) & set(SHOWN) else []


def display_offer(page: ConsolePage, view: DomainView) -> list[ConsoleChoice]:
    """For a VM with a text console and no display the console shows (none, or only SDL,
    RDP, D-Bus): the same entry, last, where the console says so and offers to add one
    (as virt-manager's does). A VM with no text console and a display it cannot show gets
    it too (it says which); one with nothing gets the page's own "no console" view,
    which offers both."""
    displays = _displays(view)
    if displays & set(SHOWN) or not (displays or serial_targets(view.live or view.doc)):
        return []
    return _choice(page)


def _displays(view: DomainView) -> set[str]:
    return {d.type for d in parse_graphics(view.xml.live or view.xml.inactive)}


def _choice(page: ConsolePage) -> list[ConsoleChoice]:
    conn, uuid = page.conn, page.uuid

    def create(parent: ConsolePage) -> ConsoleView:
        shown = GraphicalConsoleView(conn, uuid, parent)
        shown.console.addHardwareRequested.connect(parent.add_display)
        return shown

    label = QCoreApplication.translate("GraphicalConsoleView", "Graphical console")
    return [ConsoleChoice(KEY, label, create)]


class GraphicalConsoleView(ConsoleView):
    """The VM's screen; it follows the VM by itself (reconnects when it starts again)."""

    def __init__(self, conn: Connection, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Graphical console"))
        self.console = GraphicalConsole(conn, uuid, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.console)

    def activate(self) -> None:
        self.console.start()

    def shutdown(self) -> None:
        self.console.shutdown()

    def full_screen_action(self) -> QAction:
        return self.console.fullscreen_action
