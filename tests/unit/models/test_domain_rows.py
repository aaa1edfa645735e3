"""A VM row changed step by step shows what a row made afresh from its record shows.

``DomainRow.update`` redoes only the state's cells when only the state (or reason, or
id) changed, which is what every event brings; these steps walk it through every state
and every other kind of change to check that it never keeps a stale cell.
"""

import itertools

import pytest

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import DomainRecord, DomainState
from kvmgui.models.domains import Column, DomainRow
from kvmgui.xml.diff import PendingChange, PendingKind

BASE = DomainRecord(uuid="00000000-0000-0000-0000-000000000001", name="web01",
                    state=DomainState.SHUTOFF, vcpus=2, max_memory_kib=2048, memory_kib=1024)


@pytest.fixture
def conn(qapp):
    conn = Connection("test:///rows", label="alpha")
    yield conn
    conn.deleteLater()


def fresh(conn, row):
    return DomainRow(conn, row.record, row.pending)


def check(conn, row):
    other = fresh(conn, row)
    assert (row.display, row.sort) == (other.display, other.sort)


@pytest.mark.parametrize(("before", "after"), list(itertools.permutations(DomainState, 2)))
def test_a_state_change_shows_as_a_fresh_row_would(conn, before, after):
    row = DomainRow(conn, BASE.with_state(before))
    row.update(BASE.with_state(after))
    check(conn, row)
    assert row.sort[Column.STATE] == int(after)


STEPS = [
    ("state", lambda r: r.with_state(DomainState.RUNNING)),
    ("reason and id", lambda r: DomainRecord(r.uuid, r.name, r.state, 3, 7, r.persistent, r.autostart,
                                             r.vcpus, r.max_memory_kib, r.memory_kib)),
    ("name", lambda r: DomainRecord(r.uuid, "web02", r.state, r.reason, r.id, r.persistent,
                                    r.autostart, r.vcpus, r.max_memory_kib, r.memory_kib)),
    ("vcpus", lambda r: DomainRecord(r.uuid, r.name, r.state, r.reason, r.id, r.persistent,
                                     r.autostart, 4, r.max_memory_kib, r.memory_kib)),
    ("autostart", lambda r: DomainRecord(r.uuid, r.name, r.state, r.reason, r.id, r.persistent,
                                         True, r.vcpus, r.max_memory_kib, r.memory_kib)),
    ("transient", lambda r: DomainRecord(r.uuid, r.name, r.state, r.reason, r.id, False,
                                         False, r.vcpus, r.max_memory_kib, r.memory_kib)),
    ("memory", lambda r: DomainRecord(r.uuid, r.name, r.state, r.reason, r.id, r.persistent,
                                      r.autostart, r.vcpus, 4096, 3072)),
    ("paused", lambda r: r.with_state(DomainState.PAUSED)),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(STEPS)), 3)))
def test_any_three_changes_in_a_row_show_as_a_fresh_row_would(conn, order):
    row = DomainRow(conn, BASE)
    for step in order:
        row.update(STEPS[step][1](row.record))
        check(conn, row)


def test_restart_pending_lines_show_in_the_state_and_leave_with_it(conn):
    # As DomainModel._on_pending does: the same record, new lines.
    row = DomainRow(conn, BASE.with_state(DomainState.RUNNING))
    row.pending = (PendingChange(PendingKind.CHANGED, "vcpus", ("vCPUs", "2 → 4")),)
    row.update(row.record)
    check(conn, row)
    assert "restart pending" in row.display[Column.STATE]
    row.update(row.record.with_state(DomainState.PAUSED))
    check(conn, row)
    assert "restart pending" in row.display[Column.STATE]
    row.pending = ()
    row.update(row.record)
    check(conn, row)
    assert row.display[Column.STATE] == "Paused"
