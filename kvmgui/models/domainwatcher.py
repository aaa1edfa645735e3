"""One VM's definition and live XML, re-read in a worker whenever libvirt says it changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt import domainops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.connstate import ConnState
from kvmgui.libvirt.domainops import DomainXml
from kvmgui.libvirt.records import DomainRecord, LibvirtEvent
from kvmgui.models.words import failure_words, say
from kvmgui.xml.diff import PendingChange
from kvmgui.xml.domain import DomainDoc


@dataclass(frozen=True)
class DomainView:
    """What the pages show: parsed once per load, on the GUI thread (pure lxml)."""

    xml: DomainXml
    record: DomainRecord | None
    doc: DomainDoc  # the definition: what the pages edit
    live: DomainDoc | None  # the running VM, when it runs
    pending: list[str]  # what waits for the next start, in the user's language
    changes: tuple[PendingChange, ...] = ()  # the same, for logic (what each is about)

    @classmethod
    def of(cls, xml: DomainXml, record: DomainRecord | None) -> DomainView:
        live = DomainDoc.from_string(xml.live) if xml.live else None
        changes = xml.pending
        return cls(xml, record, DomainDoc.from_string(xml.inactive), live,
                   [say(c.words) for c in changes], tuple(changes))

    def pending_where(self, keep: Callable[[PendingChange], bool]) -> list[str]:
        """The pending changes ``keep`` chooses, in words (a page shows its own)."""
        return [say(c.words) for c in self.changes if keep(c)]

    @property
    def running(self) -> bool:
        return self.live is not None


class DomainWatcher(QObject):
    """Loads a VM's XML and loads it again after its events, and when its host is connected
    again.

    Signals:
        loaded(DomainView): fresh settings.
        failed(str): reading failed (libvirt's message).
        gone(): the VM was undefined; reads begun before are dropped.
        back(): it was gone and is defined again (the same uuid); ``loaded`` follows.
    """

    loaded = Signal(object)
    failed = Signal(str)
    gone = Signal()
    back = Signal()

    def __init__(self, conn: Connection, uuid: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid = conn, uuid
        self.view: DomainView | None = None
        self._seq = self._shown = 0
        self._busy = self._again = False
        self.present = True  # False from ``gone`` until a read finds the VM again
        conn.domains.added.connect(self._records_changed)  # defined again after ``gone``
        conn.domains.changed.connect(self._records_changed)
        conn.domains.removed.connect(self._records_removed)
        conn.events.connect(self._on_events)
        conn.stateChanged.connect(self._conn_state)

    @property
    def record(self) -> DomainRecord | None:
        record: DomainRecord | None = self.conn.domains.get(self.uuid)
        return record

    def reload(self) -> None:
        if self._busy:
            self._again = True  # after the one in flight: it may predate the event
            return
        self._busy = True
        self._seq += 1
        seq = self._seq
        self.conn.run(domainops.read_xml, self.uuid, done=lambda xml: self._read(seq, xml),
                      failed=self._read_failed, context=self)

    def accept(self, xml: DomainXml) -> None:
        """Take XML read by another job (an apply's result) as the newest."""
        if not self.present:  # read before the VM went, or not: libvirt tells
            self.reload()
            return
        self._seq += 1
        self._show(self._seq, xml)

    def _read(self, seq: int, xml: DomainXml) -> None:
        self._finish()
        self._show(seq, xml)

    def _show(self, seq: int, xml: DomainXml) -> None:
        if seq < self._shown:
            return
        self._shown = seq
        if not self.present:  # begun after the VM went, and it was there: defined again
            self.present = True
            self.back.emit()
        self.view = DomainView.of(xml, self.record)
        self.loaded.emit(self.view)

    def _read_failed(self, exc: BaseException) -> None:
        self._finish()
        self.failed.emit(failure_words(exc))

    def _finish(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.reload()

    def _records_changed(self, records: list[DomainRecord]) -> None:
        if any(r.uuid == self.uuid for r in records):
            self.reload()

    def _records_removed(self, keys: list[str]) -> None:
        if self.uuid in keys:
            self.present = False
            self._seq += 1
            self._shown = self._seq  # a read in flight predates the undefine: not shown
            self.gone.emit()

    def _conn_state(self, state: ConnState, _reason: object) -> None:
        # Connected again: no event tells what changed meanwhile (an edit, a start elsewhere).
        if state == ConnState.CONNECTED:
            self.reload()

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        # Device, metadata and definition changes leave the record as it was: re-read on events.
        if any(ev.kind == "domain" and ev.uuid == self.uuid for ev in events):
            self.reload()
