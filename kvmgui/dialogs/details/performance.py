"""Performance: the stats monitor's graphs, when that part of kvmgui is installed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kvmgui.dialogs.details.page import Page
from kvmgui.libvirt.connection import Connection

try:
    from kvmgui.widgets.perfpanel import PerformancePanel
except ImportError:  # the stats monitor is a separate part; the page works without it
    PerformancePanel = None

PLACEHOLDER = "Performance graphs appear when the stats monitor is available"


def make_panel(conn: Connection, uuid: str, parent: QWidget) -> QWidget | None:
    if PerformancePanel is None:
        return None
    return PerformancePanel(None, conn, uuid, parent)  # None: the connection's own sampler


class PerformancePage(Page):
    editable = False

    def __init__(self, conn: Connection, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__("Performance", parent)
        panel = make_panel(conn, uuid, self.body)
        if panel is None:
            panel = QLabel(PLACEHOLDER, self.body)
            panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
            panel.setWordWrap(True)
            panel.setAccessibleName(PLACEHOLDER)
        self.panel = panel
        self.add_body(panel, 1)
