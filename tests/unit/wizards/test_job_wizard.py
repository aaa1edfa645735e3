"""What the pool and network wizards share (``wizards/common/wizard.py``): the host's
objects are followed again once a Finish job fails, and what a reconnect during the job
did not ask is asked then."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kvmgui.libvirt import netops, poolops
from tests.helpers import run_in_worker, type_into
from tests.unit.wizards import test_network_wizard as networks
from tests.unit.wizards import test_pool_wizard as pools

FINISH = QWizard.WizardButton.FinishButton
POOL = "<pool type='dir'><name>newcomer</name><target><path>/srv/newcomer</path></target></pool>"
NETWORK = "<network><name>newcomer</name><ip address='10.78.0.1' prefix='24'/></network>"


def failing_job(request, error):
    """A Finish job that waits until the test lets it go on, then fails with ``error``;
    ``started`` is set once it runs."""
    started, gate = threading.Event(), threading.Event()
    request.addfinalizer(gate.set)  # a failed test leaves no worker waiting

    def job(*_args, **_kwargs):
        started.set()
        gate.wait(10)
        raise error

    return job, started, gate


def fail_while_another_client_defines(qtbot, wiz, table, define, gate, started):
    """Finish; meanwhile another client defines 'newcomer'; then the job fails."""
    qtbot.mouseClick(wiz.button(FINISH), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=5000)
    run_in_worker(qtbot, wiz.conn, define)
    qtbot.waitUntil(lambda: "newcomer" in {r.name for r in table.records()}, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: wiz.summary.error.isVisible() and not wiz.busy, timeout=10000)


def test_a_pool_defined_while_finish_ran_is_a_taken_name_after_it_failed(connected, qtbot,
                                                                          monkeypatch, request):
    """Pool events were ignored while Finish ran (its own pool is no clash with itself):
    when the job then failed, a pool another client defined meanwhile was unknown to the
    name check until the next pool event, and Finish went to libvirt with its name."""
    job, started, gate = failing_job(request, pools.FakeLibvirtError("cannot mount"))
    monkeypatch.setattr(poolops, "create_pool", job)
    wiz = pools.open_wizard(qtbot, connected)
    type_into(qtbot, wiz.type_page.name, "scratch")
    pools.goto(qtbot, wiz, pools.PageId.SUMMARY)
    fail_while_another_client_defines(qtbot, wiz, connected.pools,
                                      lambda c: c.storagePoolDefineXML(POOL, 0), gate, started)
    while wiz.currentId() != pools.PageId.TYPE:
        wiz.back()
    type_into(qtbot, wiz.type_page.name, "newcomer")
    assert pools.problems_shown(wiz.type_page) == [
        "This host already has a storage pool named newcomer."]


def test_a_network_defined_while_finish_ran_is_a_taken_name_after_it_failed(connected, qtbot,
                                                                             monkeypatch, request):
    """As for pools: the network wizard ignored network events while Finish ran."""
    job, started, gate = failing_job(request, networks.FakeStartError("bridge virbr9 is busy"))
    monkeypatch.setattr(netops, "create_network", job)
    wiz = networks.open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "scratch")
    networks.goto(qtbot, wiz, networks.PageId.SUMMARY)
    fail_while_another_client_defines(qtbot, wiz, connected.networks,
                                      lambda c: c.networkDefineXML(NETWORK), gate, started)
    while wiz.currentId() != networks.PageId.BASICS:
        wiz.back()
    type_into(qtbot, wiz.basics.name, "newcomer")
    assert networks.problems_shown(wiz.basics) == ["This host already has a network named 'newcomer'."]


def come_back_while_finish_runs(qtbot, wiz, monkeypatch, started, before_open):
    """Finish; meanwhile the host drops and comes back (the job hangs past the teardown's
    wait, as a call stuck on a silent host does); ``before_open`` runs while it is away."""
    from kvmgui.libvirt import connector
    from kvmgui.libvirt.connstate import ConnState

    monkeypatch.setattr(connector, "TEARDOWN_WAIT_S", 0.1)
    qtbot.mouseClick(wiz.button(FINISH), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=5000)
    wiz.conn.close()
    qtbot.waitUntil(lambda: wiz.conn.state is ConnState.DISCONNECTED, timeout=5000)
    before_open()
    wiz.conn.open()
    qtbot.waitUntil(lambda: wiz.conn.state is ConnState.CONNECTED, timeout=10000)
    assert wiz.busy


def test_the_host_interfaces_are_asked_again_when_finish_fails_after_a_reconnect(
        connected, qtbot, monkeypatch, request):
    """A reconnect re-lists the host's interfaces, but not while Finish runs; when the job
    then failed nothing asked again: a list that could not be read stayed unread."""
    from kvmgui.libvirt.netops import HostInterface

    answers = [networks.FakeStartError("internal error: client socket is closed"),
               [HostInterface("br0", "bridge")]]

    def lookup(_conn, _local):
        if isinstance(answers[0], Exception):
            raise answers[0]
        return answers[0]

    monkeypatch.setattr(netops, "host_interfaces", lookup)
    job, started, gate = failing_job(request, networks.FakeStartError("bridge virbr9 is busy"))
    monkeypatch.setattr(netops, "create_network", job)
    wiz = networks.open_wizard(qtbot, connected)
    assert wiz.device.note.text().startswith("Cannot list host interfaces")
    type_into(qtbot, wiz.basics.name, "scratch")
    networks.goto(qtbot, wiz, networks.PageId.SUMMARY)
    come_back_while_finish_runs(qtbot, wiz, monkeypatch, started, lambda: answers.pop(0))
    gate.set()
    qtbot.waitUntil(lambda: wiz.summary.error.isVisible() and not wiz.busy, timeout=10000)
    qtbot.waitUntil(lambda: wiz.device.note.text() == "", timeout=5000)
    assert wiz.device.host_dev.findText("br0") >= 0


def test_the_pool_types_are_asked_again_when_finish_fails_after_a_reconnect(
        connected, qtbot, monkeypatch, request):
    """As for the network wizard's interfaces: pool types that could not be read were
    asked again on a reconnect, but not while Finish ran, nor when it then failed."""
    from kvmgui.xml.pool_caps import parse_pool_caps
    from tests.unit.xml.golden import DATA

    caps = parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text())
    answers = [pools.FakeLibvirtError("internal error: client socket is closed"), caps]

    def ask(_conn):
        if isinstance(answers[0], Exception):
            raise answers[0]
        return answers[0]

    monkeypatch.setattr(poolops, "pool_capabilities", ask)
    job, started, gate = failing_job(request, pools.FakeLibvirtError("cannot mount"))
    monkeypatch.setattr(poolops, "create_pool", job)
    wiz = pools.open_wizard(qtbot, connected)
    assert not wiz.state.caps.known
    type_into(qtbot, wiz.type_page.name, "scratch")
    pools.goto(qtbot, wiz, pools.PageId.SUMMARY)
    come_back_while_finish_runs(qtbot, wiz, monkeypatch, started, lambda: answers.pop(0))
    gate.set()
    qtbot.waitUntil(lambda: wiz.summary.error.isVisible() and not wiz.busy, timeout=10000)
    qtbot.waitUntil(lambda: wiz.state.caps is caps, timeout=5000)
    assert wiz.type_page.unavailable.text().startswith("Not available on this host: ")

