"""The "Overview" tab of a host: what the host is and how busy it is.

The rows are the Designer form ``ui/host_overview.ui``; the graphs are added below it."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kvmgui.libvirt.askpass import is_openssh_uri
from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.hostinfo import HostInfo, HostMonitor, HostSample, host_info
from kvmgui.libvirt.stats import sampler_for
from kvmgui.models.format import format_bytes, format_percent
from kvmgui.models.words import acceleration_text, failure_words
from kvmgui.panels.base import HostPanel
from kvmgui.utils.logs import redact
from kvmgui.utils.tr import fill, number_text, size_text
from kvmgui.widgets.forms import Form
from kvmgui.widgets.graph import GraphWidget

# The value labels of the form, by the HostInfo attribute (or function of it) they show.
FIELDS = ["hostname", "uri", "driver", "libvirt_version", "hypervisor_version", "acceleration",
          "cpu_model", "cpus", "memory"]


def field_text(info: HostInfo, attr: str) -> str:
    if attr == "cpus":
        if info.cpus <= 0:
            return "—"  # the host did not say
        return fill(QCoreApplication.translate("OverviewPanel", "%1 × %2 MHz"), info.cpus, info.mhz) \
            if info.mhz else number_text(info.cpus)
    if attr == "memory":
        return size_text(info.memory_kib * 1024) if info.memory_kib > 0 else "—"
    if attr == "acceleration":
        return acceleration_text(info.acceleration)  # a code: models.words words it
    if attr == "uri":  # as opened: a password given with -c in it
        return redact(info.uri)
    return str(getattr(info, attr)) or "—"


class OverviewPanel(HostPanel):
    """The host's identity (read once per connect) and live CPU/memory graphs."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(conn, QCoreApplication.translate("OverviewPanel", "Host overview"), parent)
        self.info: HostInfo | None = None
        self._session = 0  # bumps with each change of the connection: older readings are dropped
        self.form = Form("host_overview", self)
        self.values = {attr: self.form.widget(attr, QLabel) for attr in FIELDS}
        self.message.setAccessibleDescription(self.tr("Host message"))  # name: its text
        self.cpu = GraphWidget(self.tr("Host CPU"), [self.tr("Busy")], format_percent,
                               maximum=100.0, name=self.tr("Host CPU graph"), parent=self)
        self.memory = GraphWidget(self.tr("Host memory"), [self.tr("Used")],
                                  lambda v: format_bytes(v * 1024), binary=True,
                                  name=self.tr("Host memory graph"), parent=self)
        graphs = QHBoxLayout()
        graphs.addWidget(self.cpu)
        graphs.addWidget(self.memory)
        layout = self.form.widget("layout", QVBoxLayout)
        layout.addWidget(self.message)
        layout.addLayout(graphs, 1)
        # Read as often as the VMs' figures (Preferences' stats interval): a slow host's
        # longer interval spares it the host's readings too.
        sampler = sampler_for(conn)
        self.monitor = HostMonitor(conn, sampler.interval_ms, parent=self)
        sampler.intervalChanged.connect(self.monitor.set_interval)
        self.monitor.sampled.connect(self._sampled)
        self.monitor.failed.connect(self._sample_failed)
        self._failing = ""  # why the latest reading of the host's load failed
        self._clear_graphs()
        self.load()

    def load(self) -> None:
        if not self.connected:
            self.show_error(fill(self.tr("%1 is not connected"), self.conn.display_name))
            return
        session = self._session
        self.conn.run(host_info, done=lambda info: self._loaded(session, info),
                      failed=lambda exc: self._failed(session, exc), context=self)

    def _loaded(self, session: int, info: HostInfo) -> None:
        if session != self._session:
            return  # read before a disconnect: the host may be another now, or gone
        if is_openssh_uri(self.conn.uri):
            # libvirt names the URI as kvmgui dialled it: with its own ssh wrapper as
            # command= (askpass.dial_uri), a file in a private directory that goes when
            # kvmgui ends, in place of the user's command.
            info = replace(info, uri=self.conn.uri)
        self.info = info
        self.message.clear()
        for attr, label in self.values.items():
            label.setText(field_text(info, attr))
        self.memory.maximum = info.memory_kib or None

    def _failed(self, session: int, exc: BaseException) -> None:
        if session != self._session:
            return  # cut off by a disconnect, which the message line says already
        self.show_error(fill(self.tr("Could not read the host's details: %1"), failure_words(exc)))

    def _sampled(self, _sample: HostSample) -> None:
        if self._failing and self.message.text() == self._failing:
            self.message.clear()  # reading works again
        self._failing = ""
        self._draw()

    def _draw(self) -> None:
        """The graphs from the monitor's samples; while reading fails (``_failing``) the
        last ones stay, said as that old, as a VM's performance graphs do."""
        samples = list(self.monitor.samples)
        cpu = [s for s in samples if s.cpu is not None]
        mem = [s for s in samples if s.memory_used_kib is not None]
        waiting = self._failing or self.tr("Waiting for samples…")
        now = time.monotonic()
        if len(cpu) >= 2:
            behind = max(now - cpu[-1].time, 0.0) if self._failing else 0.0
            self.cpu.set_data([s.time for s in cpu], [[s.cpu for s in cpu]], behind)  # type: ignore[misc]
        else:
            self.cpu.clear(self.tr("This host's driver reports no CPU load") if len(samples) > 2
                           else waiting)
        if len(mem) >= 2:
            behind = max(now - mem[-1].time, 0.0) if self._failing else 0.0
            self.memory.set_data([s.time for s in mem], [[s.memory_used_kib for s in mem]],  # type: ignore[misc]
                                 behind)
        else:
            self.memory.clear(self.tr("This host's driver reports no memory use")
                              if len(samples) > 2 else waiting)

    def _sample_failed(self, error: str) -> None:
        self._failing = fill(self.tr("Could not read the host's load: %1"), error)
        self._draw()
        if self.info is not None:  # else the message says why the details are missing
            self.show_error(self._failing)

    def connection_changed(self, state: ConnState) -> None:
        self._session += 1
        if state == ConnState.CONNECTED:
            self.load()
            self._clear_graphs()
            if self.isVisible():
                self.monitor.start()
        else:
            text = fill(self.tr("%1 is not connected"), self.conn.display_name)
            self.show_error(text)
            for graph in (self.cpu, self.memory):  # the monitor forgot its samples
                graph.clear(text)

    def _clear_graphs(self) -> None:
        if self._failing and self.message.text() == self._failing:
            self.message.clear()  # the samples are read anew: so is whether that works
        self._failing = ""
        text = self.tr("Waiting for samples…") if self.connected \
            else fill(self.tr("%1 is not connected"), self.conn.display_name)
        for graph in (self.cpu, self.memory):
            graph.clear(text)

    def showEvent(self, event: QShowEvent) -> None:
        self._clear_graphs()  # the monitor forgot its samples when hidden
        self.monitor.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.monitor.stop()  # sample only while someone looks
        super().hideEvent(event)
