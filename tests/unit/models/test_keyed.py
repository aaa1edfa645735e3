"""The table-model base: strict answers, the fewest signals, lookups that survive removals."""

import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt

from kvmgui.models.keyed import MAX_SIGNALS, KeyedRow, KeyedTableModel
from kvmgui.models.roles import Role


@dataclass(frozen=True)
class Thing:
    key: str
    size: int


class ThingModel(KeyedTableModel[KeyedRow]):
    HEADERS = ("Name", "Size")
    HEADER_TIPS = {1: "How big"}

    def cells(self, rec):
        return [rec.key, f"{rec.size} B"], [rec.key.lower(), rec.size]


class Events:
    """What a model said, in order: ('insert'|'remove', first, last) or ('change', first, last, roles)."""

    def __init__(self, model):
        self.log = []
        model.rowsInserted.connect(lambda _p, a, b: self.log.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.log.append(("remove", a, b)))
        model.dataChanged.connect(lambda a, b, roles: self.log.append(("change", a.row(), b.row(), roles)))
        model.modelReset.connect(lambda: self.log.append(("reset",)))


def things(*sizes, prefix="t"):
    return [Thing(f"{prefix}{i}", s) for i, s in enumerate(sizes)]


def shown(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_answers_are_strict(qtmodeltester):
    model = ThingModel()
    qtmodeltester.check(model)
    model.upsert(things(10, 20))
    index = model.index(1, 1)
    assert index.data() == "20 B" and index.data(Role.SORT) == 20
    assert index.data(Role.OBJECT) == Thing("t1", 20) and index.data(Role.KEY) == "t1"
    assert index.data(Role.CONNECTION) is None
    assert index.data(Qt.ItemDataRole.UserRole + 99) is None
    assert model.data(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.flags(index) & Qt.ItemFlag.ItemNeverHasChildren
    assert not model.index(2, 0).isValid() and not model.index(0, 2).isValid()
    assert model.cell(2, 0) is None and model.cell(0, -1) is None and model.cell(-1, 0) is None
    assert model.rowCount(index) == 0 and model.columnCount(index) == 0
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Size"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "How big"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_extra_answers_what_the_base_leaves_open(qtmodeltester):
    class Extra(ThingModel):
        def extra(self, row, col, role):
            if role == Role.CONNECTION:
                return "a connection"
            if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
                return int(Qt.AlignmentFlag.AlignRight)
            return None

    class FewRoles(Extra):
        QT_ROLES = frozenset({int(Qt.ItemDataRole.DecorationRole)})  # alignment not among them

    for cls, aligned in ((Extra, int(Qt.AlignmentFlag.AlignRight)), (FewRoles, None)):
        model = cls()
        qtmodeltester.check(model)
        model.upsert(things(1))
        assert model.index(0, 0).data(Role.CONNECTION) == "a connection"
        assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == aligned


def test_batches_runs_and_ranges(qtmodeltester):
    model = ThingModel()
    qtmodeltester.check(model)
    events = Events(model)
    model.upsert(things(*range(10)))
    assert events.log == [("insert", 0, 9)]  # one batch, one signal

    events.log.clear()
    model.upsert([Thing("t2", 99), Thing("t3", 99), Thing("t7", 99), Thing("t5", 5)])  # t5 unchanged
    assert events.log == [("change", 2, 3, []), ("change", 7, 7, [])]

    events.log.clear()
    model.remove(["t1", "t2", "t5", "t8", "t9", "missing"])
    assert events.log == [("remove", 8, 9), ("remove", 5, 5), ("remove", 1, 2)]  # last run first
    assert shown(model) == ["t0", "t3", "t4", "t6", "t7"]
    # Lookups right after a batch of removals (the index renumbers once, when asked).
    assert [model.row_of(k) for k in ("t0", "t3", "t7", "t9")] == [0, 1, 4, -1]
    assert model.record_of("t7") == Thing("t7", 99) and model.record_of("t9") is None

    events.log.clear()
    model.set_records([Thing("t3", 1), Thing("t0", 0), Thing("new", 3)])
    assert events.log == [("remove", 2, 4), ("change", 1, 1, []), ("insert", 2, 2)]
    assert shown(model) == ["t0", "t3", "new"] and model.row_of("new") == 2


def test_many_scattered_changes_make_one_spanning_signal(qtmodeltester):
    model = ThingModel()
    qtmodeltester.check(model)
    model.upsert(things(*range(100)))
    events = Events(model)
    model.upsert([Thing(f"t{i}", -1) for i in range(0, 40, 4)])  # 10 separate runs
    assert len(range(0, 40, 4)) > MAX_SIGNALS
    assert events.log == [("change", 0, 36, [])]
    events.log.clear()
    model.emit_changed([5, 80, 7], [Qt.ItemDataRole.DisplayRole], cols=(1, 1), max_signals=2)
    assert events.log == [("change", 5, 80, [Qt.ItemDataRole.DisplayRole])]
    events.log.clear()  # more runs allowed: one signal per run (live figures, see domains)
    model.emit_changed([5, 80, 7, 6], [Qt.ItemDataRole.DisplayRole], cols=(1, 1), max_signals=2)
    assert events.log == [("change", 5, 7, [Qt.ItemDataRole.DisplayRole]),
                          ("change", 80, 80, [Qt.ItemDataRole.DisplayRole])]


def test_insert_at_the_top_keeps_lookups_right(qtmodeltester):
    model = ThingModel()
    qtmodeltester.check(model)
    model.upsert(things(1, 2))
    assert model.row_of("t1") == 1
    model.insert_rows([model.make_row(Thing("top", 0))], at=0)
    assert shown(model) == ["top", "t0", "t1"]
    assert model.row_of("t1") == 2 and model.row_of("top") == 0
    model.clear()
    assert model.rowCount() == 0 and model.row_of("t1") == -1


def test_recompute_and_refresh_cells_only_signal_what_shows_differently(qtmodeltester):
    suffix = [" B"]

    class Suffixed(ThingModel):
        def cells(self, rec):
            return [rec.key, f"{rec.size}{suffix[0]}"], [rec.key, rec.size]

    model = Suffixed()
    qtmodeltester.check(model)
    model.upsert(things(1, 2, 3))
    events = Events(model)
    model.upsert(things(1, 2, 3), recompute=True)
    model.refresh_cells()
    assert events.log == []
    suffix[0] = " bytes"
    model.refresh_cells()
    assert events.log == [("change", 0, 2, [])] and model.index(2, 1).data() == "3 bytes"


def test_unindexed_rows_may_share_keys():
    class Log(ThingModel):
        INDEXED = False

    model = Log()
    model.insert_rows([model.make_row(Thing("a", 1)), model.make_row(Thing("b", 2))])
    model.insert_rows([model.make_row(Thing("a", 3))], at=0)
    assert model.row_of("a") == 0 and model.row_of("b") == 2 and model.row_of("c") == -1
    model.remove_rows([0])
    assert model.row_of("a") == 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_storm_matches_reference(qtmodeltester, seed):
    """Random upserts, removals and listings: rows, order and lookups always match a plain
    list kept beside the model, with Qt's model tester watching every signal."""
    rnd = random.Random(seed)
    model = ThingModel()
    qtmodeltester.check(model)
    events = Events(model)
    ref: list[Thing] = []
    for step in range(200):
        action = rnd.random()
        if action < 0.5:
            batch = [Thing(f"k{rnd.randrange(80)}", rnd.randrange(5)) for _ in range(rnd.randrange(1, 25))]
            model.upsert(batch)
            for rec in batch:
                at = next((i for i, r in enumerate(ref) if r.key == rec.key), None)
                if at is None:
                    ref.append(rec)
                else:
                    ref[at] = rec
        elif action < 0.85:
            gone = {f"k{rnd.randrange(80)}" for _ in range(rnd.randrange(1, 30))}
            model.remove(gone)
            ref = [r for r in ref if r.key not in gone]
        else:
            listing = [*rnd.sample(ref, len(ref) // 2), Thing(f"k{rnd.randrange(80, 90)}", 1)]
            model.set_records(listing)
            keep = {r.key: r for r in listing}
            ref = [keep[r.key] for r in ref if r.key in keep]
            ref += [r for r in listing if r.key not in {x.key for x in ref}]
        assert model.records() == ref, f"step {step}"
        for i, rec in enumerate(ref):
            assert model.row_of(rec.key) == i, f"step {step}"
    assert ("reset",) not in events.log
