"""Small pieces every kvmgui model shares."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


def valid_index(model: QAbstractItemModel, index: Index) -> bool:
    """An index of ``model`` within its bounds.

    Invalid indexes (which QAbstractItemModelTester passes on purpose) are refused
    quietly; an index of another model still makes Qt warn, which fails the tests.
    """
    return index.isValid() and model.checkIndex(
        index, QAbstractItemModel.CheckIndexOption.IndexIsValid)


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of sorted row numbers, as (first, last): one signal per run."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and out[-1][1] + 1 == r:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


def changed_ranges(rows: Iterable[int], most: int) -> list[tuple[int, int]]:
    """The (first, last) ranges to signal ``rows`` (any order) as changed: one per run of
    adjacent rows, or past ``most`` runs one from the first to the last (each signal walks
    every proxy and view; but a view repaints a range of over 200 cells as its whole
    viewport, so a range that spans much of a table costs a full repaint)."""
    spans = runs(sorted(set(rows)))
    return [(spans[0][0], spans[-1][1])] if len(spans) > most else spans
