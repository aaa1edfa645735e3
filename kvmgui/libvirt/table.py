"""A keyed set of records that announces its changes in batches."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

# New records announced per turn of the event loop. Every listener of ``added`` works
# per record on the GUI thread (a 5,000-VM listing: 30–50 ms in one block); in parts of
# this size the window stays responsive while a big host's list fills in (1,000 a
# part let the connect stall reach 86 ms in 6 runs, 500 at most 41: performance.md).
AT_ONCE = 500


class ObjectTable(QObject):
    """Records of one kind (domains, networks or pools) of one connection.

    More than ``at_once`` new records at a time (a big host's listing) are announced in
    parts, one per turn of the event loop, in name order (the list's default order, so
    each part joins a sorted view as one run). Until its part is announced a record is
    not in the table: ``get`` does not see it, an update replaces it unseen, a removal
    drops it unsaid. So listeners hear each record's story in order: added, changed,
    removed.

    Signals:
        added(list): new records, in the order they were added.
        changed(list): records whose values changed (the new records).
        removed(list): keys of records that left.
        settled(): the last part of a big listing was announced (see ``announcing``).
    """

    added = Signal(list)
    changed = Signal(list)
    removed = Signal(list)
    settled = Signal()

    def __init__(self, parent: QObject | None = None, *, at_once: int | None = None) -> None:
        super().__init__(parent)
        self._records: dict[str, Any] = {}
        self._later: dict[str, Any] = {}  # new records not announced yet, in order
        self._at_once = at_once or AT_ONCE
        self._announcer = QTimer(self)
        self._announcer.setSingleShot(True)
        self._announcer.setInterval(0)
        self._announcer.timeout.connect(self._announce_next)

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, key: object) -> bool:
        return key in self._records

    def get(self, key: str) -> Any:
        return self._records.get(key)

    def records(self) -> list[Any]:
        return list(self._records.values())

    def announcing(self) -> bool:
        """Whether parts of a big listing are still to come (``settled`` follows)."""
        return bool(self._later)

    def upsert(self, records: Iterable[Any]) -> None:
        new: list[Any] = []
        changed: list[Any] = []
        later = self._later
        for rec in records:
            key = rec.key
            if key in later:
                later[key] = rec
                continue
            old = self._records.get(key)
            if old == rec:
                continue
            (new if old is None else changed).append(rec)
        if len(new) > self._at_once:
            new.sort(key=lambda r: r.name.lower())
            for rec in new[self._at_once:]:
                later[rec.key] = rec
            del new[self._at_once:]
            self._announcer.start()
        for rec in new:
            self._records[rec.key] = rec
        for rec in changed:
            self._records[rec.key] = rec
        if new:
            self.added.emit(new)
        if changed:
            self.changed.emit(changed)

    def remove(self, keys: Iterable[str]) -> None:
        gone = [k for k in keys if self._later.pop(k, None) is None
                and self._records.pop(k, None) is not None]
        if gone:
            self.removed.emit(gone)

    def reconcile(self, records: list[Any]) -> None:
        """Make the table equal to ``records``: a full listing from libvirt."""
        fresh = {r.key for r in records}
        self.remove([k for k in [*self._records, *self._later] if k not in fresh])
        self.upsert(records)

    def _announce_next(self) -> None:
        part = [self._later.pop(key) for key in list(islice(self._later, self._at_once))]
        if self._later:
            self._announcer.start()
        for rec in part:
            self._records[rec.key] = rec
        if part:
            self.added.emit(part)
        if not self._later:
            self.settled.emit()
