"""The refresher on its own: coalescing with the quiet/max-wait timing (fake clock and
timer), stale readings dropped by event stamps, lifecycle flips shown at once."""

import dataclasses

import libvirt
import pytest

from kvmgui.libvirt import fetch
from kvmgui.libvirt.records import DomainRecord, DomainState
from kvmgui.libvirt.refresher import FLUSH_MAX_WAIT_S, FLUSH_QUIET_MS, SPEND_SLICE, Refresher
from kvmgui.libvirt.table import ObjectTable
from tests.unit.libvirt.fakes import FakeClock, FakeConnect, FakeTimers

RUNNING, PAUSED = libvirt.VIR_DOMAIN_RUNNING, libvirt.VIR_DOMAIN_PAUSED


class Lane:
    """Keeps submitted jobs; ``run_all`` runs them as the serial lane would."""

    def __init__(self):
        self.jobs = []

    def __call__(self, fn, *args, done=None, failed=None, context=None):
        self.jobs.append((fn, args, done, failed))

    def run_all(self):
        jobs, self.jobs = self.jobs, []
        for fn, args, done, failed in jobs:
            try:
                result = fn(*args)
            except Exception as exc:  # handed to failed, as the lane does
                failed(exc)
            else:
                done(result)


@pytest.fixture
def rig(qtbot):
    fake = FakeConnect(("alpha", "beta"))
    for dom in fake.domains.values():
        dom.state_value = RUNNING
    tables = ObjectTable(), ObjectTable(), ObjectTable()
    records, handles = fetch.all_domains(fake)
    tables[0].reconcile(records)
    lane, timers, clock = Lane(), FakeTimers(), FakeClock()
    live = {"conn": fake}
    refresher = Refresher(*tables, lane, lambda: live["conn"], timers=timers, clock=clock)
    refresher.remember(handles)
    yield fake, tables[0], refresher, lane, timers.made[0], clock, live
    for table in tables:
        table.deleteLater()


def uuid_of(fake, name):
    return fake.by_name(name).UUIDString()


def test_a_lone_change_is_read_at_once(rig):
    fake, domains, refresher, lane, timer, _clock, _live = rig
    uuid = uuid_of(fake, "alpha")
    fake.by_name("alpha").state_value = PAUSED
    refresher.mark_dirty("domain", uuid)
    assert timer.starts == [0]
    timer.fire()
    assert len(lane.jobs) == 1
    lane.run_all()
    assert domains.get(uuid).state == DomainState.PAUSED


def test_a_bursts_keys_are_marked_in_one_call_as_many_calls_would(rig):
    fake, _domains, refresher, lane, timer, _clock, _live = rig
    alpha, beta = uuid_of(fake, "alpha"), uuid_of(fake, "beta")
    refresher.mark_all_dirty(iter(()))
    assert timer.starts == [], "nothing marked: no re-read"
    refresher.mark_all_dirty(iter([("domain", alpha), ("domain", beta), ("network", "n1")]))
    # As three calls of mark_dirty would end: a burst waits for calm (a re-read at once
    # would compete with the rest of the storm for the GIL).
    assert timer.starts == [FLUSH_QUIET_MS], "one decision for the whole burst"
    timer.fire()
    (_fn, args, _done, _failed), = lane.jobs
    assert args[1]["domain"] == {alpha, beta} and args[1]["network"] == {"n1"}


def test_a_burst_waits_until_quiet_but_not_longer_than_the_max_wait(rig):
    fake, _domains, refresher, lane, timer, clock, _live = rig
    alpha, beta = uuid_of(fake, "alpha"), uuid_of(fake, "beta")
    refresher.mark_dirty("domain", alpha)
    clock.now += 0.01
    refresher.mark_dirty("domain", beta)
    clock.now += 0.01
    refresher.mark_dirty("domain", alpha)
    assert timer.starts == [0, FLUSH_QUIET_MS, FLUSH_QUIET_MS]  # each event re-arms the quiet wait
    clock.now += FLUSH_MAX_WAIT_S
    refresher.mark_dirty("domain", beta)
    assert timer.starts == [0, FLUSH_QUIET_MS, FLUSH_QUIET_MS], "past the max wait: no re-arming"
    timer.fire()
    assert len(lane.jobs) == 1, "one job for the whole burst"
    _fn, args, _done, _failed = lane.jobs[0]
    assert args[1]["domain"] == {alpha, beta}
    lane.run_all()
    refresher.flush()  # nothing dirty any more: no job
    assert lane.jobs == []


def test_a_reading_older_than_the_latest_event_is_dropped(rig):
    fake, domains, refresher, lane, timer, _clock, _live = rig
    uuid = uuid_of(fake, "alpha")
    dom = fake.by_name("alpha")
    refresher.saw_event(uuid, dom)
    refresher.mark_dirty("domain", uuid)
    timer.fire()
    dom.state_value = PAUSED  # the job would read PAUSED ...
    refresher.saw_event(uuid, dom)  # ... but a newer event came before its result
    lane.run_all()
    assert domains.get(uuid).state == DomainState.RUNNING, "the stale reading was not shown"
    refresher.mark_dirty("domain", uuid)  # the newer event's own refresh
    timer.fire()
    lane.run_all()
    assert domains.get(uuid).state == DomainState.PAUSED


def test_a_vanished_domain_leaves_the_table(rig):
    fake, domains, refresher, lane, timer, _clock, _live = rig
    uuid = uuid_of(fake, "beta")
    del fake.domains[uuid]  # its handle now answers "no such domain"
    refresher.mark_dirty("domain", uuid)
    timer.fire()
    lane.run_all()
    assert uuid not in domains


def test_flips_show_the_announced_state_at_once_in_one_batch(rig, qtbot):
    fake, domains, refresher, lane, _timer, _clock, _live = rig
    changed = []
    domains.changed.connect(changed.append)
    for name in ("alpha", "beta"):
        refresher.flip(uuid_of(fake, name), libvirt.VIR_DOMAIN_EVENT_SUSPENDED)
    refresher.flip("not-a-row", libvirt.VIR_DOMAIN_EVENT_SUSPENDED)
    refresher.show_flips()
    assert len(changed) == 1 and {r.state for r in changed[0]} == {DomainState.PAUSED}
    refresher.show_flips()  # already shown
    assert len(changed) == 1
    assert lane.jobs == [], "a flip needs no libvirt call"


def test_while_disconnected_dirty_keys_wait_and_reset_drops_results(rig):
    fake, domains, refresher, lane, timer, _clock, live = rig
    uuid = uuid_of(fake, "alpha")
    live["conn"] = None
    refresher.mark_dirty("domain", uuid)
    assert timer.starts == [], "no flush without a connection"
    live["conn"] = fake
    refresher.mark_dirty("domain", uuid)
    timer.fire()
    fake.by_name("alpha").state_value = PAUSED
    refresher.reset()  # the session ended while the job ran
    lane.run_all()
    assert domains.get(uuid).state == DomainState.RUNNING, "a result of the old session"


def test_a_flip_keeps_every_other_field_of_the_record():
    """``with_state`` passes each field by hand: one added later and forgotten there
    would fall back to its default here."""
    defaults = DomainRecord("u", "n", DomainState.SHUTOFF)
    values = {"uuid": "7f0c", "name": "db01", "state": DomainState.RUNNING}
    for f in dataclasses.fields(DomainRecord):
        if f.name not in values:
            default = getattr(defaults, f.name)
            values[f.name] = (not default) if isinstance(default, bool) else default + 7
    rec = DomainRecord(**values)
    assert rec.with_state(DomainState.PAUSED) == dataclasses.replace(rec, state=DomainState.PAUSED)


def test_replaced_handles_are_freed_a_slice_per_turn_not_at_once(rig):
    """An event's handle replaces the one kept; the old one is freed later, in slices, so
    that freeing does not lengthen libvirt's dispatch."""
    fake, _domains, refresher, _lane, _timer, _clock, _live = rig
    uuid = uuid_of(fake, "alpha")

    class Handle:
        freed = 0

        def __del__(self):
            Handle.freed += 1

    spend = refresher._spend_timer
    refresher.saw_event(uuid, Handle())  # replaces the listing's handle
    spend.fire()
    spend.starts.clear()
    count = 2 * SPEND_SLICE + 50
    for _ in range(count):
        refresher.saw_event(uuid, Handle())
    assert Handle.freed == 0 and spend.starts == [0]  # one wake-up for the whole burst
    spend.fire()
    assert Handle.freed == SPEND_SLICE and spend.isActive()
    spend.fire()
    spend.fire()
    assert Handle.freed == count and not spend.isActive()  # the newest is kept
    refresher.saw_event(uuid, None)  # an event without a handle keeps the one there
    assert Handle.freed == count and not spend.isActive()
