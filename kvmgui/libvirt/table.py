"""A keyed set of records that announces its changes in batches."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal


class ObjectTable(QObject):
    """Records of one kind (domains, networks or pools) of one connection.

    Signals:
        added(list): new records, in the order they were added.
        changed(list): records whose values changed (the new records).
        removed(list): keys of records that left.
    """

    added = Signal(list)
    changed = Signal(list)
    removed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, key: object) -> bool:
        return key in self._records

    def get(self, key: str) -> Any:
        return self._records.get(key)

    def records(self) -> list[Any]:
        return list(self._records.values())

    def upsert(self, records: Iterable[Any]) -> None:
        new: list[Any] = []
        changed: list[Any] = []
        for rec in records:
            old = self._records.get(rec.key)
            if old == rec:
                continue
            self._records[rec.key] = rec
            (new if old is None else changed).append(rec)
        if new:
            self.added.emit(new)
        if changed:
            self.changed.emit(changed)

    def remove(self, keys: Iterable[str]) -> None:
        gone = [k for k in keys if self._records.pop(k, None) is not None]
        if gone:
            self.removed.emit(gone)

    def reconcile(self, records: list[Any]) -> None:
        """Make the table equal to ``records``: a full listing from libvirt."""
        fresh = {r.key for r in records}
        self.remove([k for k in self._records if k not in fresh])
        self.upsert(records)
