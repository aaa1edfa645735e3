"""Restart from the pending bar: shut down (or force off), then start."""

import libvirt

from kvmgui.dialogs.details.restart import RestartJob
from kvmgui.libvirt import actions
from kvmgui.libvirt.records import DomainState
from tests.helpers import WEB01, run_in_worker


def test_shut_down_and_start_resumes_a_paused_vm_first(connected, qtbot, monkeypatch):
    real_shutdown = actions.shutdown

    def shutdown(conn, uuid):
        # A paused guest runs no code: it cannot answer the power button (the test
        # driver would shut it off all the same).
        if conn.lookupByUUIDString(uuid).state()[0] != libvirt.VIR_DOMAIN_PAUSED:
            real_shutdown(conn, uuid)

    monkeypatch.setattr(actions, "shutdown", shutdown)
    run_in_worker(qtbot, connected, actions.pause, WEB01)
    qtbot.waitUntil(lambda: connected.domains.get(WEB01).state == DomainState.PAUSED)
    job = RestartJob(connected, WEB01, force=False, timeout_s=2)
    said = []
    job.progress.connect(said.append)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    ok, message = blocker.args
    assert ok, message
    assert any("paused" in text for text in said), said
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).state()[0])
    assert state == libvirt.VIR_DOMAIN_RUNNING
