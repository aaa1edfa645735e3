"""One VM's row of the VM list: its columns, the words each cell shows and how it sorts.

The model (``domains.py``) keeps the rows; a row works out its own cells, from its record
when that changes and from its latest stats sample when a cell is painted.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import ACTIVE_STATES, DomainRecord, DomainState
from kvmgui.libvirt.samples import DomainSample
from kvmgui.models.format import (
    format_bytes,
    format_duration,
    format_kib,
    format_memory_use,
    format_percent,
    format_rate,
)
from kvmgui.models.keyed import KeyedRow
from kvmgui.models.words import conn_state, domain_state, kept, kept_number, say
from kvmgui.utils.text import literal_tooltip
from kvmgui.utils.tr import fill
from kvmgui.xml.diff import PendingChange
from kvmgui.xml.words import QT_TRANSLATE_NOOP


class Column(IntEnum):
    NAME = 0
    HOST = 1
    STATE = 2
    CPU = 3
    MEMORY = 4
    VCPUS = 5
    DISK_IO = 6
    NET_IO = 7
    UPTIME = 8
    AUTOSTART = 9


# Marked source texts: translated when shown (``models.words.say``), never at import.
HEADERS = (  # in Column order
    QT_TRANSLATE_NOOP("DomainModel", "Name"),
    QT_TRANSLATE_NOOP("DomainModel", "Host"),
    QT_TRANSLATE_NOOP("DomainModel", "State"),
    QT_TRANSLATE_NOOP("DomainModel", "CPU"),
    QT_TRANSLATE_NOOP("DomainModel", "Memory"),
    QT_TRANSLATE_NOOP("DomainModel", "vCPUs"),
    QT_TRANSLATE_NOOP("DomainModel", "Disk I/O"),
    QT_TRANSLATE_NOOP("DomainModel", "Network I/O"),
    QT_TRANSLATE_NOOP("DomainModel", "Uptime"),
    QT_TRANSLATE_NOOP("DomainModel", "Autostart"),
)
HEADER_TIPS: dict[int, str] = {
    Column.CPU: QT_TRANSLATE_NOOP("DomainModel", "Share of the VM's vCPUs in use"),
    Column.MEMORY: QT_TRANSLATE_NOOP("DomainModel", "Memory in use / assigned"),
    Column.DISK_IO: QT_TRANSLATE_NOOP("DomainModel", "Disk read + write rate"),
    Column.NET_IO: QT_TRANSLATE_NOOP("DomainModel", "Network receive + transmit rate"),
    Column.UPTIME: QT_TRANSLATE_NOOP(
        "DomainModel", "Time since kvmgui saw the VM start (≥: it was already running)"),
}
_YES = QT_TRANSLATE_NOOP("DomainModel", "Yes")
_NO = QT_TRANSLATE_NOOP("DomainModel", "No")
_TRANSIENT = QT_TRANSLATE_NOOP("DomainModel", "Transient")
AUTOSTART_WORDS = (_YES, _NO, _TRANSIENT)
# A running or paused VM whose definition changed: the state cell marks it (the whole
# phrase, "Running · restart pending", was cut in the column its states need), its
# tooltip lists the changes, and a screen reader hears the phrase.
RESTART_MARK = QT_TRANSLATE_NOOP("DomainModel", "%1 ↻")
RESTART_PENDING = QT_TRANSLATE_NOOP("DomainModel", "%1 · restart pending")
AT_LEAST = QT_TRANSLATE_NOOP("DomainModel", "≥ %1")  # running already when kvmgui first saw it
# Columns of live figures (CPU to uptime): worked out when asked, not kept in the row.
STATS_FIRST, STATS_LAST = Column.CPU, Column.UPTIME
# Where DomainRow.said holds each column's words.
_SAID = {int(Column.CPU): 0, int(Column.MEMORY): 1, int(Column.DISK_IO): 2, int(Column.NET_IO): 3}
# Columns as plain ints where every painted cell compares them: a member of an IntEnum is
# a Python call to read (Python 3.11).
_STATE_COL, _CPU, _MEMORY, _VCPUS, _NET_IO, _UPTIME = (
    int(c) for c in (Column.STATE, Column.CPU, Column.MEMORY, Column.VCPUS, Column.NET_IO,
                     Column.UPTIME))

class DomainRow(KeyedRow):
    """One VM: its record, its latest stats sample and the strings shown.

    Strings of record columns are computed when the record changes (``cells``); those of
    the stats columns when asked (``text``: only visible rows are painted, so 1000 samples
    a second cost little more than storing them). Its key is (connection uri, uuid).
    """

    __slots__ = ("conn", "exact_start", "pending", "run_id", "said", "sample", "started",
                 "uptime_shown")

    def __init__(self, conn: Connection, record: DomainRecord,
                 pending: Sequence[PendingChange] = (), *, seen_start: bool = False) -> None:
        # KeyedRow's fields set here, not through its __init__: a listing makes 5000 rows.
        self.key = (conn.uri, record.uuid)
        self.record = record
        self.conn = conn
        self.sample: DomainSample | None = None
        self.started: float | None = time.monotonic() if record.state in ACTIVE_STATES else None
        # True once we saw it start, rather than found it running (``seen_start``: its
        # record came by an event, which a VM that first shows running sends as it starts)
        self.exact_start = seen_start and self.started is not None
        # libvirt's id of the run ``started`` times (-1: not known yet); a new one means
        # the VM started again unseen (while its host was away, or stopped and started
        # within one burst of events, whose state then never left "running").
        self.run_id = record.id if record.state in ACTIVE_STATES else -1
        self.pending = pending  # changes that wait for the next start
        self.uptime_shown = ""  # the uptime words at the last sample (redrawn when they change)
        # (sample, its CPU, memory, disk and network words): a row on screen is painted
        # several times per sample (its row's other cells, the window uncovered, AT-SPI
        # reading it), and the formatting was a fifth of a repaint under cProfile.
        self.said: tuple[DomainSample, tuple[str, str, str, str]] | None = None
        self.display, self.sort = self.cells(record)

    def update(self, record: DomainRecord) -> None:
        old = self.record
        active = record.state in ACTIVE_STATES
        if active and old.state not in ACTIVE_STATES:
            self.started, self.exact_start = time.monotonic(), True
            # An event's record keeps the last run's id: this run's comes with the re-read.
            self.run_id = record.id if record.id != old.id else -1
        elif not active:
            self.started, self.sample = None, None
        elif record.id != self.run_id:
            if self.run_id >= 0 and record.id >= 0:
                self.started, self.exact_start = time.monotonic(), False
            self.run_id = record.id
        self.record = record
        if record.name == old.name and record.vcpus == old.vcpus \
                and record.autostart == old.autostart and record.persistent == old.persistent:
            # What an event brings (or new restart-pending lines): of the cells only the
            # state's can differ (these are the other fields ``cells`` reads; a test
            # changes each field of the record in turn). Every row of a storm passes
            # here, inside libvirt's dispatch: a flip's upsert 11.5 -> 9.3 us
            # (docs/performance.md, "seventh round").
            display, sort = self.display, self.sort
            self.display = (*display[:_STATE_COL], self.state_words(record.state),
                            *display[_STATE_COL + 1:])
            self.sort = (*sort[:_STATE_COL], int(record.state), *sort[_STATE_COL + 1:])
        else:
            self.display, self.sort = self.cells(record)

    # -- words: everything a row shows is worked out below ---------------------------------

    def cells(self, record: DomainRecord) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        """(display strings, sort keys) of the record columns, in Column order; the stats
        columns and uptime are left empty here and computed when asked (``text``). Tuples,
        not lists: holding only strings, numbers and None, the garbage collector stops
        tracking them at its first look, so 5,000 rows do not weigh on every later pass."""
        state = record.state
        host = self.conn.display_name
        # Words kept once translated: this runs for every change of every row.
        autostart = kept(_YES) if record.autostart else kept(_NO if record.persistent else _TRANSIENT)
        vcpus = record.vcpus
        return ((record.name, host, self.state_words(state), "", "",
                 kept_number(vcpus) if vcpus else "",
                 "", "", "", autostart),
                # Casefolded as the filter's text is ("Straße" is found as "strasse").
                (record.name.casefold(), host.casefold(), int(state), None, None, vcpus,
                 None, None, None, 2 if record.autostart else (0 if record.persistent else 1)))

    def state_words(self, state: DomainState) -> str:
        words = domain_state(state)
        return fill(kept(RESTART_MARK), words) if self.pending else words

    def spoken_state(self) -> str | None:
        """The state cell's words for a screen reader where its mark says more (None)."""
        if not self.pending:
            return None
        return fill(kept(RESTART_PENDING), domain_state(self.record.state))

    def text(self, col: int) -> str:
        if not _CPU <= col <= _UPTIME or col == _VCPUS:
            return self.display[col]
        smp, rec = self.sample, self.record
        if col == _UPTIME:
            if self.started is None:
                return ""
            uptime = format_duration(time.monotonic() - self.started)
            return uptime if self.exact_start else fill(kept(AT_LEAST), uptime)
        if smp is None or (col == _MEMORY and smp.memory_used_kib < 0 and smp.memory_total_kib <= 0):
            # Not sampled, or the sample knows nothing of the memory: the record's figure.
            return format_kib(rec.memory_kib or rec.max_memory_kib) if col == _MEMORY else ""
        said = self.said
        if said is None or said[0] is not smp:
            said = self.said = (smp, (format_percent(smp.cpu),
                                      format_memory_use(smp.memory_used_kib, smp.memory_total_kib),
                                      format_rate(smp.disk_read + smp.disk_write),
                                      format_rate(smp.net_rx + smp.net_tx)))
        return said[1][_SAID[col]]

    def tooltip(self, col: int) -> str | None:
        smp = self.sample
        if col == Column.STATE and self.conn.state != ConnState.CONNECTED:
            return literal_tooltip(fill(QCoreApplication.translate("DomainModel", "%1: %2"),
                                        self.conn.display_name, conn_state(self.conn.state)))
        if col == Column.STATE and self.pending:
            return "\n".join([QCoreApplication.translate("DomainModel", "Takes effect at the next start:"),
                              *(say(c.words) for c in self.pending)])
        if smp is None:
            return None
        if col == Column.DISK_IO:
            return fill(QCoreApplication.translate("DomainModel", "Read %1, write %2"),
                        format_rate(smp.disk_read), format_rate(smp.disk_write))
        if col == Column.NET_IO:
            return fill(QCoreApplication.translate("DomainModel", "Received %1, sent %2"),
                        format_rate(smp.net_rx), format_rate(smp.net_tx))
        if col == Column.MEMORY:
            if smp.memory_total_kib <= 0:
                return None  # not reported: the cell shows all that is known
            if smp.memory_used_kib < 0:
                return fill(QCoreApplication.translate(
                    "DomainModel", "%1 assigned; the host does not report how much is in use"),
                    format_kib(smp.memory_total_kib))
            return fill(QCoreApplication.translate("DomainModel", "%1 in use of %2"),
                        format_kib(smp.memory_used_kib) or format_bytes(0),  # '' for 0
                        format_kib(smp.memory_total_kib))
        return None

    # -- sorting ------------------------------------------------------------------------------

    def sort_key(self, col: int) -> Any:
        """A value that sorts naturally; stats columns sort unsampled rows first."""
        if not STATS_FIRST <= col <= STATS_LAST or col == Column.VCPUS:
            return self.sort[col]
        smp = self.sample
        if col == Column.UPTIME:
            return -self.started if self.started is not None else float("-inf")
        if col == Column.MEMORY:
            if smp is not None and (smp.memory_used_kib >= 0 or smp.memory_total_kib > 0):
                # As ``text``: the assigned memory where the use is unknown.
                return smp.memory_used_kib if smp.memory_used_kib >= 0 else smp.memory_total_kib
            # What ``text`` shows: the assigned memory; unknown (nothing shown) sorts first.
            return float(self.record.memory_kib or self.record.max_memory_kib or -1.0)
        if smp is None:
            return -1.0
        if col == Column.CPU:
            return smp.cpu
        if col == Column.DISK_IO:
            return smp.disk_read + smp.disk_write
        return smp.net_rx + smp.net_tx
