"""Performance: the stats monitor's CPU, memory, disk and network graphs for this VM."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kvmgui.dialogs.details.page import Page
from kvmgui.libvirt.connection import Connection
from kvmgui.widgets.perfpanel import PerformancePanel


class PerformancePage(Page):
    editable = False

    def __init__(self, conn: Connection, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PerformancePage", "Performance"), parent)
        # None: the connection's own sampler, shared with the main window's sparklines.
        self.panel = PerformancePanel(None, conn, uuid, self.body)
        self.add_body(self.panel, 1)
