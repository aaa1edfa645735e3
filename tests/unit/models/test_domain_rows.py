"""A VM row changed step by step shows what a row made afresh from its record shows.

``DomainRow.update`` redoes only the state's cells when only the state (or reason, or
id) changed, which is what every event brings; these steps walk it through every state
and every other kind of change to check that it never keeps a stale cell.
"""

import itertools
from dataclasses import fields, replace

import pytest

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import DomainRecord, DomainState
from kvmgui.models.domainrow import Column, DomainRow
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
    ("reason and id", lambda r: replace(r, reason=3, id=7)),
    ("name", lambda r: replace(r, name="web02")),
    ("vcpus", lambda r: replace(r, vcpus=4)),
    ("autostart", lambda r: replace(r, autostart=True)),
    ("transient", lambda r: replace(r, persistent=False, autostart=False)),
    ("memory", lambda r: replace(r, max_memory_kib=4096, memory_kib=3072)),
    ("paused", lambda r: r.with_state(DomainState.PAUSED)),
]


def other_value(value):
    if isinstance(value, DomainState):
        return DomainState.PAUSED if value != DomainState.PAUSED else DomainState.RUNNING
    if isinstance(value, bool):
        return not value
    return value + 1 if isinstance(value, int) else value + "-other"


@pytest.mark.parametrize("name", [f.name for f in fields(DomainRecord) if f.name != "uuid"])
def test_a_change_of_any_field_shows_as_a_fresh_row_would(conn, name):
    # From the record's fields, not a list: a field that ``cells`` comes to read but the
    # fast path in ``update`` does not compare fails here.
    row = DomainRow(conn, BASE)
    row.update(replace(BASE, **{name: other_value(getattr(BASE, name))}))
    check(conn, row)


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
    assert row.display[Column.STATE] == "Running ↻"
    assert row.spoken_state() == "Running · restart pending"
    row.update(row.record.with_state(DomainState.PAUSED))
    check(conn, row)
    assert row.display[Column.STATE] == "Paused ↻"
    assert row.spoken_state() == "Paused · restart pending"
    row.pending = ()
    row.update(row.record)
    check(conn, row)
    assert row.display[Column.STATE] == "Paused"


def test_a_connection_name_that_looks_like_markup_shows_literally_in_the_state_tooltip(qapp):
    from PySide6.QtGui import Qt, QTextDocument

    name = 'a<b>&"c\''
    conn = Connection("test:///rows", label=name)  # never connected
    try:
        tip = DomainRow(conn, BASE).tooltip(Column.STATE)
        if Qt.mightBeRichText(tip):  # what a tooltip then draws
            doc = QTextDocument()
            doc.setHtml(tip)
            tip = doc.toPlainText()
        assert tip == f"{name}: Disconnected"
    finally:
        conn.deleteLater()


def test_a_start_seen_through_events_stays_exact_once_re_read(conn):
    """An event's record keeps the last run's libvirt id; the re-read's new id is this
    run's, not a sign of another start."""
    row = DomainRow(conn, replace(BASE.with_state(DomainState.RUNNING), id=5))
    row.update(row.record.with_state(DomainState.SHUTOFF))  # events: stopped...
    row.update(row.record.with_state(DomainState.RUNNING))  # ... and started
    started = row.started
    row.update(replace(row.record, id=6))  # the re-read
    assert (row.started, row.exact_start) == (started, True)
    row.started = started - 3600
    row.update(replace(row.record, id=7))  # another run, not seen starting
    assert row.started >= started and not row.exact_start


def test_memory_sorts_as_it_shows_before_any_sample(conn):
    """Unsampled, the row shows the assigned memory (the maximum where the current one is
    unknown) and sorts by it; with neither known it shows nothing and sorts below a
    sampled zero, as the other stats columns sort an unknown figure."""
    from kvmgui.libvirt.samples import DomainSample

    running = BASE.with_state(DomainState.RUNNING)
    no_current = DomainRow(conn, replace(running, memory_kib=0))
    assert no_current.text(Column.MEMORY) == "2 MiB"
    assert no_current.sort_key(Column.MEMORY) == 2048
    unknown = DomainRow(conn, replace(running, memory_kib=0, max_memory_kib=0))
    zero = DomainRow(conn, running)
    zero.sample = DomainSample(1.0, 0.0, 0.0, 1024.0, 0.0, 0.0, 0.0, 0.0)
    assert unknown.text(Column.MEMORY) == ""
    assert unknown.sort_key(Column.MEMORY) < zero.sort_key(Column.MEMORY) == 0


def test_memory_in_use_the_driver_does_not_report_shows_the_assigned_memory(conn):
    """With the memory in use unknown (the test driver's per-domain figures) the row showed
    it as the assigned memory: 'used / assigned' read as a full VM."""
    from kvmgui.libvirt.samples import UNKNOWN_KIB, DomainSample

    row = DomainRow(conn, BASE.with_state(DomainState.RUNNING))
    row.sample = DomainSample(1.0, 5.0, float(UNKNOWN_KIB), 2048.0, 0.0, 0.0, 0.0, 0.0)
    assert row.text(Column.MEMORY) == "2 MiB"
    assert row.sort_key(Column.MEMORY) == 2048
    assert row.tooltip(Column.MEMORY).startswith("2 MiB assigned")  # not "-1 KiB in use of 2 MiB"


def test_memory_tooltip_has_no_empty_figure(conn):
    """A sample with no assigned memory (nothing in the balloon stats, a driver's 0) gave
    ' assigned; the host does not report how much is in use', and a use of 0 KiB
    ' in use of 2 MiB': an empty %1 where a figure belongs."""
    from kvmgui.libvirt.samples import UNKNOWN_KIB, DomainSample

    row = DomainRow(conn, BASE.with_state(DomainState.RUNNING))
    for used, total in ((float(UNKNOWN_KIB), 0.0), (0.0, 2048.0), (1024.0, 0.0)):
        row.sample = DomainSample(1.0, 5.0, used, total, 0.0, 0.0, 0.0, 0.0)
        tip = row.tooltip(Column.MEMORY)
        assert tip is None or tip == tip.strip(), (used, total, tip)


def test_memory_keeps_the_records_figure_when_a_sample_knows_none(conn):
    """A sample with neither the memory in use nor the assigned memory (no balloon stats)
    blanked the Memory cell, which showed the record's memory before the first sample;
    it sorted as 0, below the rows it showed more than."""
    from kvmgui.libvirt.samples import UNKNOWN_KIB, DomainSample

    row = DomainRow(conn, BASE.with_state(DomainState.RUNNING))
    before = row.text(Column.MEMORY), row.sort_key(Column.MEMORY)
    row.sample = DomainSample(1.0, 5.0, float(UNKNOWN_KIB), 0.0, 0.0, 0.0, 0.0, 0.0)
    assert (row.text(Column.MEMORY), row.sort_key(Column.MEMORY)) == before == ("1 MiB", 1024)
