"""Restart from the pending bar: shut down (or force off), then start."""

import libvirt
import pytest

from kvmgui.dialogs.details.restart import RestartJob
from kvmgui.libvirt import actions
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import DomainState, LibvirtEvent
from tests.conftest import DEMO_HOST
from tests.helpers import DEMO_VMS, WEB01, FakeError, run_in_worker

DESKTOP = DEMO_VMS["desktop"]
ROUTER = DEMO_VMS["router"]
DB01 = DEMO_VMS["db01"]
# What libvirt says when QEMU's WAKEUP event comes (the test driver cannot wake a VM).
WOKEN_UP = LibvirtEvent(0.0, "domain", DESKTOP, "desktop", libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                        libvirt.VIR_DOMAIN_EVENT_STARTED, libvirt.VIR_DOMAIN_EVENT_STARTED_WAKEUP)


@pytest.fixture
def test_host(tmp_path):
    """The Demo host with 'desktop' suspended to RAM by its guest (pmsuspended), 'router'
    crashed (its guest panicked, the VM kept: on_crash preserve; active, as in QEMU) and
    'db01' shutting down (its guest powered off, QEMU not yet gone)."""
    text = DEMO_HOST.read_text()
    for name, before, after in (("desktop", 5, 7), ("router", 1, 6), ("db01", 3, 4)):
        at = text.index(f"<name>{name}</name>")
        end = text.index("</domain>", at)
        text = text[:at] + text[at:end].replace(f"<test:runstate>{before}</test:runstate>",
                                                f"<test:runstate>{after}</test:runstate>") + text[end:]
    path = tmp_path / "host.xml"
    path.write_text(text)
    return f"test://{path}"


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


def test_shut_down_and_start_wakes_a_suspended_vm_first(connected, qtbot, monkeypatch):
    real_shutdown = actions.shutdown
    woken = []

    def shutdown(conn, uuid):
        # Suspended to RAM, the guest runs no code: QEMU refuses until it is woken (the test
        # driver would shut it off all the same, and cannot wake a VM).
        if uuid not in woken:
            raise FakeError("Requested operation is not valid: domain is not running",
                            libvirt.VIR_ERR_OPERATION_INVALID)
        real_shutdown(conn, uuid)

    monkeypatch.setattr(actions, "shutdown", shutdown)
    monkeypatch.setattr(actions, "wake_up", lambda _conn, uuid: woken.append(uuid))
    assert connected.domains.get(DESKTOP).state == DomainState.PMSUSPENDED
    job = RestartJob(connected, DESKTOP, force=False, timeout_s=2)
    said = []
    job.progress.connect(said.append)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
        qtbot.waitUntil(lambda: woken == [DESKTOP])
        connected.events.emit([WOKEN_UP])  # the VM runs once QEMU's wake-up event comes
    ok, message = blocker.args
    assert ok, message
    assert woken == [DESKTOP]
    assert any("suspended" in text for text in said), said
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DESKTOP).state()[0])
    assert state == libvirt.VIR_DOMAIN_RUNNING


def test_force_off_and_start_leaves_a_vm_undefined_meanwhile_running(connected, qtbot):
    """Undefined while it runs (virsh undefine), the VM is transient: forced off, it would
    be gone and the start could only fail ('Domain not found'). It is left running, and
    the message says why."""
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).undefine())
    qtbot.waitUntil(lambda: not connected.domains.get(WEB01).persistent, timeout=5000)
    job = RestartJob(connected, WEB01, force=True)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    ok, message = blocker.args
    assert not ok
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).state()[0])
    assert state == libvirt.VIR_DOMAIN_RUNNING
    assert "no longer defined" in message, message


def test_force_off_and_start_restarts_a_crashed_vm(connected, qtbot):
    """A crashed VM still runs for libvirt: it is forced off, then started; a start alone
    was refused ('already running')."""
    assert connected.domains.get(ROUTER).state == DomainState.CRASHED
    job = RestartJob(connected, ROUTER, force=True)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    ok, message = blocker.args
    assert ok, message
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(ROUTER).state()[0])
    assert state == libvirt.VIR_DOMAIN_RUNNING


def test_shut_down_and_start_is_not_offered_for_a_crashed_vm(details_of, connected, qtbot, submitted):
    """A panicked guest cannot answer the power button, and QEMU refuses to shut down a VM
    that is not running ('domain is not running'): only Force off and start can restart it."""
    window = details_of("router")
    bar = window.pending_bar
    assert not bar.shutdown_button.isEnabled() and bar.force_button.isEnabled()
    with qtbot.waitSignal(window.restartFinished, timeout=5000) as blocker:
        window.restart(force=False)  # as if clicked just before the crash was heard of
    ok, message = blocker.args
    assert not ok and "Force off and start" in message, message
    assert actions.shutdown_to_restart not in submitted
    assert not bar.shutdown_button.isEnabled()  # the restart's end enables only what works
    run_in_worker(qtbot, connected, actions.force_off_and_start, ROUTER)
    qtbot.waitUntil(bar.shutdown_button.isEnabled, timeout=5000)


def test_shut_down_and_start_of_a_vm_shutting_down_waits_for_it_to_stop(connected, qtbot,
                                                                        monkeypatch):
    """Its guest has powered off already: QEMU refuses to shut it down again ('domain is
    not running'), and the restart failed while the VM went off."""
    real_shutdown = actions.shutdown

    def shutdown(conn, uuid):
        if conn.lookupByUUIDString(uuid).state()[0] != libvirt.VIR_DOMAIN_RUNNING:
            raise FakeError("Requested operation is not valid: domain is not running",
                            libvirt.VIR_ERR_OPERATION_INVALID)
        real_shutdown(conn, uuid)

    monkeypatch.setattr(actions, "shutdown", shutdown)
    assert connected.domains.get(DB01).state == DomainState.SHUTDOWN
    job = RestartJob(connected, DB01, force=False, timeout_s=5)
    with qtbot.waitSignal(job.finished, timeout=8000) as blocker:
        job.start()
        qtbot.waitUntil(lambda: job._timer.isActive() or not job.running)
        # QEMU goes, as it does once its guest has powered off
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DB01).destroy())
    ok, message = blocker.args
    assert ok, message
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DB01).state()[0])
    assert state == libvirt.VIR_DOMAIN_RUNNING


@pytest.mark.parametrize("pause", [False, True])
def test_shut_down_and_start_leaves_a_vm_undefined_meanwhile_running(connected, qtbot, pause):
    """Undefined while it runs, the VM is transient: shut down, it was gone, and the start
    failed with 'Domain not found'. It is left as it is (a paused one not even resumed),
    as Force off and start leaves it."""
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).undefine())
    qtbot.waitUntil(lambda: not connected.domains.get(WEB01).persistent, timeout=5000)
    if pause:
        run_in_worker(qtbot, connected, actions.pause, WEB01)
        qtbot.waitUntil(lambda: connected.domains.get(WEB01).state == DomainState.PAUSED)
    job = RestartJob(connected, WEB01, force=False, timeout_s=2)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    ok, message = blocker.args
    assert not ok
    assert "no longer defined" in message, message
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).state()[0])
    assert state == (libvirt.VIR_DOMAIN_PAUSED if pause else libvirt.VIR_DOMAIN_RUNNING)


def test_shut_down_and_start_refuses_a_vm_undefined_just_before(connected, qtbot):
    """Undefined after its record was last read: the worker checks before shutting it down."""
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).undefine())
    with pytest.raises(actions.NotDefinedError):
        run_in_worker(qtbot, connected, actions.shutdown_to_restart, WEB01)
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).state()[0])
    assert state == libvirt.VIR_DOMAIN_RUNNING


def test_shut_down_and_start_waits_for_a_woken_vm_to_run(connected, qtbot, monkeypatch):
    """virDomainPMWakeup returns once QEMU is asked; the VM runs only when QEMU's wake-up
    event comes (libvirt: STARTED, WAKEUP). Asked to shut down before, QEMU refused ('domain
    is not running') and the restart failed."""
    awake = []
    asked = []  # (function, awake when it was handed to a worker)
    woken_told = []  # wake_up's answer reached the job
    real_run = Connection.run

    def run(self, fn, *args, done=None, **kwargs):
        asked.append((fn, bool(awake)))
        if fn is actions.wake_up:
            def told(result):
                if done is not None:
                    done(result)
                woken_told.append(True)
            return real_run(self, fn, *args, done=told, **kwargs)
        return real_run(self, fn, *args, done=done, **kwargs)

    monkeypatch.setattr(Connection, "run", run)
    monkeypatch.setattr(actions, "wake_up", lambda _conn, _uuid: None)  # its event comes later
    job = RestartJob(connected, DESKTOP, force=False, timeout_s=5)
    with qtbot.waitSignal(job.finished, timeout=8000) as blocker:
        job.start()
        qtbot.waitUntil(lambda: bool(woken_told))
        awake.append(True)  # QEMU's WAKEUP event, as libvirt passes it on
        connected.events.emit([WOKEN_UP])
    ok, message = blocker.args
    assert ok, message
    shutdowns = [was_awake for fn, was_awake in asked if fn is actions.shutdown_to_restart]
    assert shutdowns == [True], asked


def test_shut_down_and_start_gives_up_on_a_vm_that_does_not_wake(connected, qtbot, monkeypatch):
    monkeypatch.setattr(actions, "wake_up", lambda _conn, _uuid: None)  # and no event comes
    job = RestartJob(connected, DESKTOP, force=False, timeout_s=0.3)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    ok, message = blocker.args
    assert not ok
    assert "did not wake up within 0.3 s" in message, message


def test_a_restart_that_lost_its_host_does_not_blame_the_guest(connected, qtbot, monkeypatch):
    """Disconnected while the guest shut down, the restart heard nothing more and, at its
    timeout, said the guest did not shut down and may ignore the power button: nobody knew."""
    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # a guest that takes its time
    job = RestartJob(connected, WEB01, force=False, timeout_s=0.5)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
        qtbot.waitUntil(job._timer.isActive)
        connected.close()
    ok, message = blocker.args
    assert not ok
    assert "ignore the power button" not in message, message
    assert "connect" in message, message


def test_shut_down_and_start_does_not_resume_a_vm_saved_meanwhile(connected, qtbot, monkeypatch):
    """Saved (managed save) while the restart waited for its guest: started, it resumed
    its saved memory, without the changes, and the restart said it runs with them."""
    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # a guest that takes its time
    job = RestartJob(connected, WEB01, force=False, timeout_s=5)
    with qtbot.waitSignal(job.finished, timeout=8000) as blocker:
        job.start()
        qtbot.waitUntil(job._timer.isActive)
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).managedSave())
    ok, message = blocker.args
    assert not ok
    assert "saved" in message and "Run" in message, message
    dom_state = run_in_worker(qtbot, connected, lambda c: (
        c.lookupByUUIDString(WEB01).state()[0], c.lookupByUUIDString(WEB01).hasManagedSaveImage()))
    assert dom_state == (libvirt.VIR_DOMAIN_SHUTOFF, 1)


def test_force_off_and_start_does_not_resume_a_vm_saved_just_before(connected, qtbot):
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).managedSave())
    with pytest.raises(actions.SavedMeanwhileError):
        run_in_worker(qtbot, connected, actions.force_off_and_start, WEB01)
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).state()[0])
    assert state == libvirt.VIR_DOMAIN_SHUTOFF


def test_a_vm_paused_while_the_restart_waits_ends_it_saying_so(connected, qtbot, monkeypatch):
    """Paused (a Pause in flight from the main window, or another client) once the guest
    was asked to shut down: a paused guest cannot answer, and the restart waited its whole
    timeout, then said the guest may ignore the power button."""
    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # the guest takes its time
    job = RestartJob(connected, WEB01, force=False, timeout_s=60, parent=connected)
    job.start()
    qtbot.waitUntil(job._timer.isActive)  # waiting for the guest to stop
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        run_in_worker(qtbot, connected, actions.pause, WEB01)
    ok, message = blocker.args
    assert not ok and "paused" in message, message
    assert "power button" not in message, message


def test_a_vm_that_stops_on_its_own_just_before_its_shutdown_is_started(connected, qtbot,
                                                                       monkeypatch):
    """Its guest powered off between the record last read and the restart's shutdown:
    libvirt's "domain is not running" failed the restart, though the VM only had to be
    started."""
    from kvmgui.libvirt import virsh

    def stops_first(dom):
        dom.destroy()  # its guest powered off meanwhile
        raise FakeError("Requested operation is not valid: domain is not running",
                        libvirt.VIR_ERR_OPERATION_INVALID)
    monkeypatch.setattr(virsh, "shutdown", stops_first)
    job = RestartJob(connected, WEB01, force=False, timeout_s=5)
    with qtbot.waitSignal(job.finished, timeout=8000) as blocker:
        job.start()
    ok, message = blocker.args
    assert ok, message
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).state()[0])
    assert state == libvirt.VIR_DOMAIN_RUNNING


def test_a_vm_started_by_the_restart_before_its_refused_shutdown_answers_is_restarted(
        connected, qtbot, monkeypatch):
    """The guest powered off just before the shutdown, whose refusal ('domain is not
    running') took a while to come back: the stop event had already started the VM again,
    the shutdown's own check then found it running, and its refusal failed the restart
    (seen once in CI on a busy machine), though the start went on and succeeded."""
    import time

    from kvmgui.libvirt import virsh

    def stops_then_answers_late(dom):
        dom.destroy()  # its guest powered off meanwhile
        deadline = time.monotonic() + 5
        while not dom.isActive() and time.monotonic() < deadline:  # the restart starts it
            time.sleep(0.01)
        raise FakeError("Requested operation is not valid: domain is not running",
                        libvirt.VIR_ERR_OPERATION_INVALID)
    real_start = virsh.start

    def start_that_answers_later(dom):
        real_start(dom)
        time.sleep(0.5)  # the shutdown's refusal comes back first

    monkeypatch.setattr(virsh, "shutdown", stops_then_answers_late)
    monkeypatch.setattr(virsh, "start", start_that_answers_later)
    job = RestartJob(connected, WEB01, force=False, timeout_s=5)
    with qtbot.waitSignal(job.finished, timeout=8000) as blocker:
        job.start()
    ok, message = blocker.args
    assert ok, message
    state = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).state()[0])
    assert state == libvirt.VIR_DOMAIN_RUNNING
