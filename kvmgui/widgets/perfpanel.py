"""Larger CPU, memory, disk and network graphs of one VM, with axes and current values.

Embed it anywhere (the VM details window does)::

    panel = PerformancePanel(None, conn, uuid, parent)

``history_source`` is the connection's StatsSampler; pass None to use
``sampler_for(conn)``, the one the main window's VM list already runs. The panel
never calls libvirt itself: it redraws when the sampler reports new samples.
"""

from __future__ import annotations

import contextlib
import math
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord
from kvmgui.libvirt.samples import Metric
from kvmgui.libvirt.stats import StatsSampler, sampler_for
from kvmgui.models.format import format_bytes, format_percent, format_rate
from kvmgui.utils.tr import fill
from kvmgui.widgets.graph import GraphWidget


def _kib(value: float) -> str:
    return format_bytes(value * 1024, digits=1)


def _unwatch(sampler: StatsSampler, who: tuple[str, int]) -> None:
    with contextlib.suppress(RuntimeError):  # the connection (and its sampler) went first
        sampler.unwatch(who)


class PerformancePanel(QWidget):
    """Performance graphs of the VM ``uuid`` on ``conn``."""

    def __init__(self, history_source: StatsSampler | None, conn: Connection, uuid: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.uuid = uuid
        self.sampler = history_source if history_source is not None else sampler_for(conn)
        self.setAccessibleName(self.tr("Performance"))
        self.cpu = GraphWidget(self.tr("CPU"), [self.tr("CPU")], format_percent, maximum=100.0,
                               name=self.tr("CPU graph"), parent=self)
        self.memory = GraphWidget(self.tr("Memory"), [self.tr("Used"), self.tr("Assigned")], _kib,
                                  name=self.tr("Memory graph"), binary=True, parent=self)
        self.disk = GraphWidget(self.tr("Disk I/O"), [self.tr("Read"), self.tr("Write")], format_rate,
                                name=self.tr("Disk I/O graph"), binary=True, parent=self)
        self.network = GraphWidget(self.tr("Network I/O"), [self.tr("Received"), self.tr("Sent")],
                                   format_rate, name=self.tr("Network I/O graph"), binary=True,
                                   parent=self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # libvirt's words
        self.status.setAccessibleDescription(self.tr("Performance status"))  # name: its text
        grid = QGridLayout()
        grid.addWidget(self.cpu, 0, 0)
        grid.addWidget(self.memory, 0, 1)
        grid.addWidget(self.disk, 1, 0)
        grid.addWidget(self.network, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.status)
        self.sampler.sampled.connect(self._sampled)
        self.sampler.cleared.connect(self._cleared)
        self.sampler.failed.connect(self._failed)
        # Its first readings after a failure may bring no figures: the failure is over anyway.
        self.sampler.recovered.connect(self.refresh)
        self.sampler.refusedChanged.connect(self._cleared)  # refused, or read again
        self.sampler.intervalChanged.connect(self._interval_changed)
        conn.stateChanged.connect(self._conn_state)
        # A stop the sampler has no figures to drop for tells nobody else, nor a start.
        conn.domains.changed.connect(self._domains_changed)
        conn.domains.removed.connect(self._domains_removed)
        # Graphed: read every interval while the panel exists (the details window is open).
        who = ("performancePanel", id(self))
        self.sampler.watch(who, [uuid])
        self.destroyed.connect(lambda _o=None, s=self.sampler: _unwatch(s, who))
        self.refresh()

    def graphs(self) -> list[GraphWidget]:
        return [self.cpu, self.memory, self.disk, self.network]

    def refresh(self) -> None:
        """Redraw from the sampler's history."""
        hist = self.sampler.history(self.uuid)
        rec = self.conn.domains.get(self.uuid)
        running = rec is not None and rec.state.is_active
        # No job reads a stopped VM: a failure is not its panel's news. Else the jobs'
        # failure, or libvirt's refusal of this VM alone (an ACL) while it reads others.
        why = (self.sampler.failure or self.sampler.refusal(self.uuid)) if running else ""
        failing = fill(self.tr("Could not read the VM's performance: %1"), why) if why else ""
        # One reading draws no line: the graphs would keep the reason they were empty.
        if hist is None or len(hist) < 2:
            if self.conn.state != ConnState.CONNECTED:  # its last state still says running
                text = fill(self.tr("%1 is not connected"), self.conn.display_name)
            elif failing:
                text = failing
            elif running:
                text = self.tr("Waiting for the first samples…")
            else:
                text = self.tr("The VM is not running")
            for graph in self.graphs():
                graph.clear(text)
            self.status.setText(text)
            return
        times = hist.times()
        # While reading fails, what was read before stays, said as that old: not "now".
        behind = max(time.monotonic() - times[-1], 0.0) if failing else 0.0
        self.cpu.set_data(times, [hist.values(Metric.CPU)], behind)
        assigned = hist.values(Metric.MEMORY_TOTAL)
        # Up to what the VM has: "used" reads as a share of it, not of some rounded number.
        self.memory.maximum = max(assigned) or None
        used = hist.values(Metric.MEMORY_USED)
        if max(used) < 0:  # never reported (the driver's figures): no line, rather than a wrong one
            used = []
        elif min(used) < 0:  # not in some readings: gaps there, not the known ones hidden too
            used = [math.nan if v < 0 else v for v in used]
        self.memory.set_data(times, [used, assigned], behind)
        self.disk.set_data(times, [hist.values(Metric.DISK_READ), hist.values(Metric.DISK_WRITE)],
                           behind)
        self.network.set_data(times, [hist.values(Metric.NET_RX), hist.values(Metric.NET_TX)], behind)
        self.status.setText(failing or fill(self.tr("Sampled every %1 s"), self.sampler.interval_ms / 1000))

    def _sampled(self, uuids: list[str]) -> None:
        if self.uuid in uuids and self.isVisible():
            self.refresh()

    def _cleared(self, uuids: list[str]) -> None:
        if self.uuid in uuids:
            self.refresh()

    def _failed(self, _error: str) -> None:
        self.refresh()  # the graphs keep what was read before, said as that old

    def _interval_changed(self, _ms: int) -> None:
        if not self.sampler.failures:  # else the status says why there are no new figures
            self.refresh()  # "Sampled every %1 s"

    def _domains_changed(self, records: list[DomainRecord]) -> None:
        uuid = self.uuid
        for r in records:
            if r.uuid != uuid:
                continue
            if not r.state.is_active:
                self.refresh()
            elif not self.sampler.failures:  # else the status says why no figures come
                # A start before its first figures: "not running" stayed until they came.
                hist = self.sampler.history(uuid)
                if hist is None or len(hist) < 2:
                    self.refresh()

    def _domains_removed(self, uuids: list[str]) -> None:
        if self.uuid in uuids:
            self.refresh()

    def _conn_state(self, _state: ConnState, _reason: object) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # catch up on samples taken while hidden
        super().showEvent(event)
