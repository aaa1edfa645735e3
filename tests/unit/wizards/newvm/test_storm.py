"""The New VM wizard open while the host's VMs change state in a storm of lifecycle
events: a host of thousands of VMs may send hundreds a second, and each is a batch of
the domain table of its own."""

from __future__ import annotations

import threading
from dataclasses import replace

from kvmgui.libvirt.records import DomainRecord
from kvmgui.wizards.newvm import state as state_module
from kvmgui.xml.newvm_problems import Code
from tests.helpers import run_in_worker
from tests.unit.wizards.newvm.drive import open_wizard

PAUSED, RUNNING = 3, 1
LATE = "<pool type='dir'><name>late</name><target><path>/srv/late</path></target></pool>"


def test_a_storm_of_state_changes_is_checked_against_once(connected, qtbot, monkeypatch):
    """Each VM's state change gathered every VM's name and UUID again and checked the
    whole spec: O(VMs) on the GUI thread per event. A state change alters neither; a
    rename or a new VM in the burst is checked against once, after it."""
    wiz = open_wizard(qtbot, connected)
    state = wiz.state
    built: list[object] = []
    real = state_module.host_objects
    monkeypatch.setattr(state_module, "host_objects", lambda *args: built.append(args) or real(*args))
    checked: list[object] = []
    state.validated.connect(checked.append)
    records: list[DomainRecord] = connected.domains.records()
    name = state.spec.name
    assert name not in {r.name for r in records}

    for _ in range(20):  # as the refresher shows each event's state: a batch per event
        for rec in records:
            connected.domains.upsert([rec.with_state(PAUSED)])
        for rec in records:
            connected.domains.upsert([rec.with_state(RUNNING)])
    assert (built, checked) == ([], [])  # nothing the wizard checks changed

    with qtbot.waitSignal(state.hostObjectsChanged, timeout=5000):
        connected.domains.upsert([replace(records[0], name=name)])  # renamed to the wizard's name
        for rec in records[1:]:
            connected.domains.upsert([rec.with_state(PAUSED)])
        connected.domains.upsert([replace(records[1], uuid="5c3bd2a2-6f1e-4a4b-9a53-000000000001",
                                          name="newcomer")])
        assert checked == []  # not yet: the burst goes on
    assert len(checked) == 1 and len(built) == 1
    assert Code.NAME_TAKEN.value in {m.code for m in state.messages}
    assert {name, "newcomer"} <= state.host_objects().vm_names and len(built) == 1


def test_a_storm_of_pool_events_is_read_once_at_a_time(connected, qtbot, monkeypatch, request):
    """Each pool event (another client starting 100 pools, a refresh per event) sent a read
    of every pool and its volumes to the shared workers, all but the last answer thrown
    away: on a slow link they filled the four workers every window shares. One read is out
    at a time; events that come meanwhile ask for one more after it, which sees the last
    state."""
    wiz = open_wizard(qtbot, connected)
    state = wiz.state
    gate = threading.Event()
    request.addfinalizer(gate.set)  # a failed test leaves no worker waiting
    reads: list[set[str]] = []
    real = state_module.read_pools

    def read(conn):
        pools = real(conn)
        reads.append(set(pools))
        if len(reads) == 1:  # the first read has read, and is still out
            gate.wait(10)
        return pools

    monkeypatch.setattr(state_module, "read_pools", read)
    asked: list[object] = []
    run = connected.run
    monkeypatch.setattr(connected, "run", lambda fn, *a, **kw: asked.append(fn) or run(fn, *a, **kw))
    record = connected.pools.records()[0]
    connected.pools.upsert([replace(record, available=record.available - 1)])
    qtbot.waitUntil(lambda: len(reads) == 1, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(LATE, 0).create(0))
    qtbot.waitUntil(lambda: "late" in {r.name for r in connected.pools.records()}, timeout=5000)
    for i in range(2, 30):
        connected.pools.upsert([replace(record, available=record.available - i)])
    assert asked.count(read) == 1  # the rest wait for its answer
    with qtbot.waitSignals([state.poolsChanged, state.poolsChanged], timeout=10000):
        gate.set()  # the first answer, then the one more
    assert asked.count(read) == len(reads) == 2 and "late" not in reads[0]
    assert state.facts is not None and set(state.facts.pools) == reads[1] >= {"late", record.name}
