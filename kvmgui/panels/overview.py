"""The "Overview" tab of a host: what the host is and how busy it is."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.hostinfo import HostInfo, HostMonitor, HostSample, host_info
from kvmgui.models.format import format_bytes, format_kib, format_percent
from kvmgui.models.words import acceleration_text
from kvmgui.panels.base import HostPanel
from kvmgui.widgets.graph import GraphWidget
from kvmgui.widgets.labels import value_rows

# (label, accessible name, HostInfo attribute or a function of it)
FIELDS = [
    ("Host name:", "Host name", "hostname"),
    ("Connection:", "Connection URI", "uri"),
    ("Driver:", "Driver", "driver"),
    ("libvirt version:", "libvirt version", "libvirt_version"),
    ("Hypervisor version:", "Hypervisor version", "hypervisor_version"),
    ("Acceleration:", "Acceleration", "acceleration"),
    ("CPU model:", "CPU model", "cpu_model"),
    ("CPUs:", "CPU count", "cpus"),
    ("Memory:", "Memory", "memory"),
]


def field_text(info: HostInfo, attr: str) -> str:
    if attr == "cpus":
        return f"{info.cpus} × {info.mhz} MHz" if info.mhz else str(info.cpus)
    if attr == "memory":
        return format_kib(info.memory_kib)
    if attr == "acceleration":
        return acceleration_text(info.acceleration)
    return str(getattr(info, attr)) or "—"


class OverviewPanel(HostPanel):
    """The host's identity (read once per connect) and live CPU/memory graphs."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(conn, "Host overview", parent)
        self.info: HostInfo | None = None
        form = QFormLayout()
        self.values = value_rows(form, self, FIELDS, "…")
        self.message.setAccessibleDescription(self.tr("Host message"))  # name: its text
        self.cpu = GraphWidget("Host CPU", ["Busy"], format_percent, maximum=100.0, parent=self)
        self.memory = GraphWidget("Host memory", ["Used"], lambda v: format_bytes(v * 1024),
                                  binary=True, parent=self)
        graphs = QHBoxLayout()
        graphs.addWidget(self.cpu)
        graphs.addWidget(self.memory)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(graphs, 1)
        self.monitor = HostMonitor(conn, parent=self)
        self.monitor.sampled.connect(self._sampled)
        self.load()

    def load(self) -> None:
        if not self.connected:
            self.show_error(f"{self.conn.display_name} is not connected")
            return
        self.conn.run(host_info, done=self._loaded, failed=self._failed, context=self)

    def _loaded(self, info: HostInfo) -> None:
        self.info = info
        self.message.clear()
        for attr, label in self.values.items():
            label.setText(field_text(info, attr))
        self.memory.maximum = info.memory_kib or None

    def _failed(self, exc: BaseException) -> None:
        self.show_error(f"Could not read the host's details: {error_text(exc)}")

    def _sampled(self, _sample: HostSample) -> None:
        samples = list(self.monitor.samples)
        cpu = [s for s in samples if s.cpu is not None]
        mem = [s for s in samples if s.memory_used_kib is not None]
        if len(cpu) >= 2:
            self.cpu.set_data([s.time for s in cpu], [[s.cpu for s in cpu]])  # type: ignore[misc]
        else:
            self.cpu.clear("This host's driver reports no CPU load" if len(samples) > 2
                           else "Waiting for samples…")
        if len(mem) >= 2:
            self.memory.set_data([s.time for s in mem], [[s.memory_used_kib for s in mem]])  # type: ignore[misc]
        else:
            self.memory.clear("This host's driver reports no memory use" if len(samples) > 2
                              else "Waiting for samples…")

    def connection_changed(self, state: ConnState) -> None:
        if state == ConnState.CONNECTED:
            self.load()
            if self.isVisible():
                self.monitor.start()
        else:
            self.show_error(f"{self.conn.display_name} is not connected")

    def showEvent(self, event: QShowEvent) -> None:
        self.monitor.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.monitor.stop()  # sample only while someone looks
        super().hideEvent(event)
