"""The New VM wizard open while the host's VMs change state in a storm of lifecycle
events: a host of thousands of VMs may send hundreds a second, and each is a batch of
the domain table of its own."""

from __future__ import annotations

from dataclasses import replace

from kvmgui.libvirt.records import DomainRecord
from kvmgui.wizards.newvm import state as state_module
from kvmgui.xml.newvm_problems import Code
from tests.unit.wizards.newvm.drive import open_wizard

PAUSED, RUNNING = 3, 1


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
