"""Faults on remote hosts (issue 12 §3), measured on the rig.

One scenario, run once per module (the slow host takes long to connect): a host behind
a 300 ms link and one whose libvirtd is killed and later restored, both open in one
registry with the VM model (stats on), the whole time under the event-loop lag probe.
Separate tests then check what it saw.  A hung host and the app's exit are tested on
their own hosts.

Figures of the behaviours that do not hold yet are in the xfail reasons (and in
docs/reliability.md); strict, so a fix turns them into failures to be unmarked.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.linkwatch import PERIOD_S, SILENCE_S
from kvmgui.libvirt.records import DomainState
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models import words
from kvmgui.models.domains import DomainModel
from tests.integration.delay_proxy import DelayProxy
from tests.integration.faults import (
    KEEPALIVE_COUNT,
    KEEPALIVE_INTERVAL_S,
    KEEPALIVE_WINDOW_S,
    accept_new_clients,
    define_guests,
    freeze_daemon,
    hang,
    in_background,
    kill_daemon,
    names_over,
    refuse_new_clients,
    restore_daemon,
    thaw_daemon,
    unhang,
    wait_future,
    wait_until,
)
from tests.integration.lag_probe import LagProbe, LagStats
from tests.integration.remote_host import RemoteHost, remote_skip_reason

REPO = Path(__file__).resolve().parents[2]
STALL_LIMIT_MS = 50.0
SLOW_GUESTS, DEAD_GUESTS = ["slow-a", "slow-b"], ["dead-a", "dead-b"]


def rows_of(model: DomainModel, conn) -> dict[str, DomainState]:
    return {r.record.name: r.record.state for r in model.rows if r.conn is conn}


@dataclass
class Scenario:
    connect_s: dict[str, float] = field(default_factory=dict)
    listed: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)  # model, virsh
    detect_s: float | None = None
    dead_message: str = ""
    dead_rows_kept: list[str] = field(default_factory=list)
    dead_rows_enabled: bool | None = None
    slow_update_s: float | None = None
    reconnect_s: float | None = None
    relisted: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    lag: LagStats | None = None
    # Per phase, ms: longest stall, longest without CPU wait, and of that one: CPU, GC.
    phase_lag: dict[str, tuple[float, ...]] = field(default_factory=dict)
    gui_thread_calls: list[str] = field(default_factory=list)
    error: str = ""


def _phase(lag: LagStats, since: float, name: str, into: dict[str, tuple[float, ...]]) -> float:
    """Note under ``name``, for the ticks after ``since`` seconds into the probe: the longest
    stall, the longest without CPU wait and, of that one, the GUI thread's CPU time and
    garbage collection.  Returns where the next phase starts."""
    part = lag.since(since)
    _stall, _runq, cpu, gc_ms = part.worst_split(own=True)
    into[name] = tuple(round(x, 1) for x in (part.max_ms, part.max_own_ms, cpu, gc_ms))
    return lag.ends[-1] if lag.ends else 0.0


def _run_scenario(slow: RemoteHost, slow_uri: str, dead: RemoteHost, result: Scenario,
                  keep: list, config_dir: Path) -> None:
    """Run the scenario; ``keep`` receives the registry and model, which must outlive the
    hosts: a Connection's teardown (deregistering its callbacks) runs later in a worker,
    and an event in between would reach a deleted Connection."""
    from tests.conftest import GUI_THREAD_CALLS

    settings = QSettings(str(config_dir / "kvmgui.ini"), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    model = DomainModel(registry)
    keep += [registry, model]
    probe = LagProbe()
    GUI_THREAD_CALLS.clear()
    try:
        lag = probe.start()
        result.lag = lag
        phases = result.phase_lag
        mark = 0.0
        conns = {"slow": registry.add(slow_uri, save=False), "dead": registry.add(dead.tcp_uri, save=False)}
        t0 = time.monotonic()
        for conn in conns.values():
            conn.open()
        for key, conn in conns.items():
            wait_until(lambda c=conn: c.state == ConnState.CONNECTED, 120)
            result.connect_s[key] = time.monotonic() - t0
        mark = _phase(lag, mark, "connect", phases)
        for key, uri in (("slow", slow_uri), ("dead", dead.tcp_uri)):
            virsh = wait_future(in_background(names_over, uri), 60)
            result.listed[key] = (sorted(rows_of(model, conns[key])), virsh)
        mark = _phase(lag, mark, "list check", phases)

        # The dead host: killed; the connection must notice (FIN at once, else keepalive).
        dead_conn = conns["dead"]
        killed = in_background(kill_daemon, dead)  # (reaping it blocks: not on the GUI thread)
        result.detect_s = wait_until(lambda: dead_conn.state != ConnState.CONNECTED,
                                     KEEPALIVE_WINDOW_S + 10)
        wait_future(killed, 10)
        result.dead_message = words.connection_message(dead_conn)
        result.dead_rows_kept = sorted(rows_of(model, dead_conn))
        rows = [i for i, r in enumerate(model.rows) if r.conn is dead_conn]
        result.dead_rows_enabled = any(bool(model.row_flags(i) & Qt.ItemFlag.ItemIsEnabled)
                                       for i in rows)
        mark = _phase(lag, mark, "kill", phases)

        # The slow host keeps updating meanwhile: another client starts a VM there.
        slow_conn = conns["slow"]
        started = time.monotonic()
        wait_future(in_background(slow.virsh, "start", SLOW_GUESTS[0]), 60)
        wait_until(lambda: rows_of(model, slow_conn).get(SLOW_GUESTS[0]) == DomainState.RUNNING, 30)
        result.slow_update_s = time.monotonic() - started
        mark = _phase(lag, mark, "slow update", phases)

        # The dead host's daemon returns, with a VM undefined while kvmgui could not see it
        # (new clients refused meanwhile, so its retries fail as before): kvmgui reconnects
        # by itself and its listing drops the VM.
        wait_future(in_background(refuse_new_clients, dead), 30)
        wait_future(in_background(lambda: restore_daemon(dead, wait_tcp=False)), 90)
        wait_future(in_background(dead.virsh, "undefine", DEAD_GUESTS[1]), 30)
        assert dead_conn.state != ConnState.CONNECTED
        wait_future(in_background(accept_new_clients, dead), 30)
        restored = time.monotonic()
        wait_until(lambda: dead_conn.state == ConnState.CONNECTED, 60)
        result.reconnect_s = time.monotonic() - restored
        wait_until(lambda: sorted(rows_of(model, dead_conn)) == DEAD_GUESTS[:1], 10)
        mark = _phase(lag, mark, "reconnect", phases)
        for key, uri in (("slow", slow_uri), ("dead", dead.tcp_uri)):
            virsh = wait_future(in_background(names_over, uri), 60)
            result.relisted[key] = (sorted(rows_of(model, conns[key])), virsh)
        _phase(lag, mark, "final check", phases)
    except Exception as exc:  # reported by the tests that need the missing figure
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        probe.stop()
        result.gui_thread_calls = sorted(set(GUI_THREAD_CALLS))
        for conn in list(registry):
            registry.remove(conn)  # closes: no reconnect; the teardown runs in its lane
        probe.deleteLater()


@pytest.fixture(scope="module")
def scenario(qapp, guest_assets, tmp_path_factory) -> Iterator[Scenario]:
    reason = remote_skip_reason()
    if reason:
        pytest.skip(reason)
    log_dir = tmp_path_factory.mktemp("fault-guests")
    slow, dead = RemoteHost(), RemoteHost()
    proxy: DelayProxy | None = None
    result = Scenario()
    keep: list = []
    try:
        slow.start()
        dead.start()
        define_guests(slow, SLOW_GUESTS, guest_assets, log_dir)
        define_guests(dead, DEAD_GUESTS, guest_assets, log_dir)
        proxy = DelayProxy(slow.tcp_address, 300).start()
        _run_scenario(slow, slow.tcp_uri_via(proxy.address), dead, result, keep,
                      tmp_path_factory.mktemp("fault-config"))
        if result.error:
            print(f"scenario stopped early: {result.error}\n{slow.tail_logs()}\n{dead.tail_logs()}")
        print(f"fault scenario: {result}")
        print(f"lag: {result.lag.summary() if result.lag else None}; by phase (stall, own, cpu, gc): "
              f"{result.phase_lag}")
        yield result
    finally:
        if proxy is not None:
            proxy.stop()
        for host in (dead, slow):
            host.stop()
        # The hosts are gone (no more events): now the registry may go.
        for obj in keep:
            obj.deleteLater()


def test_both_hosts_list_what_virsh_lists(scenario):
    assert scenario.listed == {"slow": (SLOW_GUESTS, SLOW_GUESTS), "dead": (DEAD_GUESTS, DEAD_GUESTS)}, \
        scenario.error


def test_dead_host_is_marked_disconnected_within_the_keepalive_window(scenario):
    assert scenario.detect_s is not None, scenario.error
    assert scenario.detect_s <= KEEPALIVE_WINDOW_S
    assert "Disconnected" in scenario.dead_message
    # Its rows stay, greyed (not enabled), until it is back.
    assert scenario.dead_rows_kept == DEAD_GUESTS
    assert scenario.dead_rows_enabled is False


def test_slow_host_keeps_updating_while_the_other_is_dead(scenario):
    assert scenario.slow_update_s is not None, scenario.error
    # virsh start itself (QEMU starting) plus the event over 300 ms: a few seconds at most.
    assert scenario.slow_update_s < 10


def test_dead_host_reconnects_by_itself_and_reconciles(scenario):
    assert scenario.reconnect_s is not None, scenario.error
    # The retry backoff starts at 1 s and doubles up to 30 s: after a few seconds down,
    # the next try comes within 16 s.
    assert scenario.reconnect_s < 35
    assert scenario.relisted == {"slow": (["slow-a", "slow-b"], ["slow-a", "slow-b"]),
                                 "dead": (["dead-a"], ["dead-a"])}


def test_no_libvirt_call_on_the_gui_thread_during_faults(scenario):
    assert scenario.lag is not None
    assert scenario.gui_thread_calls == []


def test_gui_never_stalls_over_50_ms_with_a_slow_and_a_dead_host(scenario):
    """The longest stall of the GUI thread's event loop, less the time the kernel kept it
    waiting for a CPU (other work on a shared machine: not ours to fix; the raw figure is
    in the message and in docs/reliability.md)."""
    lag = scenario.lag
    assert lag is not None and lag.ticks > 100, scenario.error
    assert lag.max_own_ms < STALL_LIMIT_MS, f"{lag.summary()}; by phase: {scenario.phase_lag}"


# --------------------------------------------------------------------------- a hung host


def test_hung_host_is_detected_before_keepalive_and_reconnects_after(remote_host, registry, qtbot):
    from tests.helpers import open_connection

    host = remote_host
    conn = open_connection(registry, qtbot, host.tcp_uri)
    hang(host)
    start = time.monotonic()
    with qtbot.waitSignal(conn.stateChanged, timeout=(KEEPALIVE_WINDOW_S + 10) * 1000,
                          check_params_cb=lambda s, _m: s != ConnState.CONNECTED):
        pass
    detected = time.monotonic() - start
    message = words.connection_message(conn)
    print(f"hung host detected after {detected:.1f} s: {message}")
    # linkwatch ends it after SILENCE_S without data (the last came at most a second or
    # so before the hang: stats every 1 s), before keepalive's 3 pings 5 s apart would.
    assert SILENCE_S - 2 <= detected <= SILENCE_S + 2 * PERIOD_S
    assert detected < KEEPALIVE_INTERVAL_S * KEEPALIVE_COUNT
    assert "stopped answering" in message
    unhang(host)
    start = time.monotonic()
    qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=90000)
    print(f"reconnected {time.monotonic() - start:.1f} s after the link came back")


@pytest.mark.parametrize(("transport", "fault"), [
    ("tcp", "link down"), ("ssh", "link down"),
    ("tcp", "daemon stopped"), ("ssh", "daemon stopped"), ("local", "daemon stopped")])
def test_hung_host_with_calls_in_flight_ends_cleanly_and_reconnects(transport, fault, ssh_host,
                                                                   driver):
    """libvirt 9.0's client crashed (SIGSEGV, or GLib's g_main_loop_quit assertion) when
    keepalive closed a connection on which two threads waited, once the link came back
    (docs/reliability.md, "The hung-host crash"). kvmgui now ends a silent connection itself
    first (kvmgui/libvirt/linkwatch.py): the calls fail, the process lives on. Silent: the
    link down (nothing gets through), or the daemon stopped (the link works, nobody
    answers)."""
    host = ssh_host
    uri = {"tcp": host.tcp_uri, "ssh": host.ssh_uri(), "local": host.uri}[transport]
    proc = driver("busy_driver", uri, "2")
    _read_until(proc, "ANSWERED", 60)  # connected, and both call loops running
    silence, speak = (hang, unhang) if fault == "link down" else (freeze_daemon, thaw_daemon)
    silence(host)
    try:
        start = time.monotonic()
        lines = _read_until(proc, "STATE DISCONNECTED", KEEPALIVE_WINDOW_S + 10)
        detected = time.monotonic() - start
        print(f"silent host ended after {detected:.1f} s; {lines[-3:]}")
        assert detected < KEEPALIVE_INTERVAL_S * KEEPALIVE_COUNT, "keepalive came first"
    finally:
        speak(host)
    _read_until(proc, "STATE CONNECTED", 90)
    _read_until(proc, "ANSWERED", 30)  # calls run again over the new connection
    assert proc.stdin is not None
    proc.stdin.close()
    tail = _read_until(proc, "EXITING", 30)
    assert proc.wait(timeout=30) == 0, tail


def test_idle_hosts_that_answer_are_not_cut(ssh_host, registry, qtbot):
    """Nothing to read (no VM runs) for longer than linkwatch's 12 s: over tcp keepalive's
    pings are the only traffic, on the local socket its pulse's questions are."""
    from tests.helpers import open_connection

    conns = [open_connection(registry, qtbot, uri) for uri in (ssh_host.tcp_uri, ssh_host.uri)]
    changes = []
    for conn in conns:
        conn.stateChanged.connect(lambda state, _reason, uri=conn.uri: changes.append((uri, state)))
    qtbot.wait(int((SILENCE_S + 4) * 1000))  # an absence: nothing to wait for instead
    assert changes == []
    assert [c.state for c in conns] == [ConnState.CONNECTED] * 2


# --------------------------------------------------------------------------- closing the app


def _read_until(proc: subprocess.Popen[str], wanted: str, timeout: float) -> list[str]:
    """stdout lines of ``proc`` up to and including one starting with ``wanted``.

    Lines come from the thread ``driver`` starts per child. Not select() on the pipe:
    a readline leaves the lines that arrived with it in the file object's buffer, where
    select() does not see them, so a line read in one chunk with the previous one was
    waited for until the timeout (what made the hung-host test flaky on a busy machine)."""
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    source = _LINES[proc][0]
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = source.get(timeout=left)
        except queue.Empty:
            break
        if line is None:  # end of file: the child exited
            break
        lines.append(line.strip())
        if line.startswith(wanted):
            return lines
    raise TimeoutError(f"no {wanted!r} within {timeout:.0f} s; got {lines}")


_LINES: weakref.WeakKeyDictionary[subprocess.Popen[str],
                                  tuple[queue.Queue[str | None], threading.Thread]] = (
    weakref.WeakKeyDictionary())


def _collect_lines(proc: subprocess.Popen[str]) -> None:
    """Starts a thread putting each stdout line of ``proc`` in ``_LINES[proc]``, then None."""
    lines: queue.Queue[str | None] = queue.Queue()
    stdout = proc.stdout
    assert stdout is not None

    def pump() -> None:
        with contextlib.suppress(ValueError, OSError):
            for line in stdout:
                lines.put(line)
        lines.put(None)

    thread = threading.Thread(target=pump, name=f"lines of {proc.pid}", daemon=True)
    _LINES[proc] = (lines, thread)
    thread.start()


@pytest.fixture
def driver(tmp_path) -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """Starts ``python -m tests.integration.<module> args…`` (stdin a pipe, stdout read
    by ``_read_until``); kills what is still running at the end."""
    procs: list[subprocess.Popen[str]] = []

    def spawn(module: str, *args: str) -> subprocess.Popen[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
                   XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
                   XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
        proc = subprocess.Popen([sys.executable, "-m", f"tests.integration.{module}", *args],
                                cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        procs.append(proc)
        _collect_lines(proc)
        return proc

    yield spawn
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stdin is not None:
            proc.stdin.close()
        # Closed once its thread read the end: closing waits for a read in progress, and
        # a grandchild (ssh) may still hold the pipe open; then it is left to the GC.
        pump = _LINES[proc][1]
        pump.join(timeout=5)
        if not pump.is_alive() and proc.stdout is not None:
            proc.stdout.close()


@pytest.fixture
def app_process(driver) -> Callable[..., subprocess.Popen[str]]:
    return lambda *args: driver("app_driver", *args)


@pytest.mark.parametrize("when", ["before keepalive notices", "after keepalive noticed"])
def test_closing_with_a_hung_host_exits_within_seconds(when, remote_host, app_process):
    host = remote_host
    proc = app_process("-c", host.tcp_uri)
    _read_until(proc, "STATE CONNECTED", 60)
    hang(host)
    if when == "after keepalive noticed":
        _read_until(proc, "STATE DISCONNECTED", KEEPALIVE_WINDOW_S + 10)
    else:
        time.sleep(1.5)  # a stats sample (every 1 s) is now stuck on the silent host
    start = time.monotonic()
    proc.send_signal(signal.SIGTERM)  # kvmgui closes its window on SIGTERM
    proc.wait(timeout=60)
    took = time.monotonic() - start
    print(f"exit took {took:.2f} s ({when})")
    assert proc.returncode == 0
    assert took < 5.0



# --------------------------------------------------------------------------- the fixtures


def test_fault_pair_and_lag_probe_fixtures(fault_pair, lag_probe, qtbot):
    """The harness later fault tests build on: a slow host, a host to kill, the probe."""
    import libvirt

    from tests.integration.faults import virsh_over

    pair = fault_pair
    assert pair.uris == [pair.slow_uri, pair.dead_uri]
    conn = libvirt.open(pair.slow_uri)
    try:
        start = time.monotonic()
        conn.getHostname()
        assert time.monotonic() - start >= 0.6  # 300 ms each way
    finally:
        conn.close()
    kill_daemon(pair.dead)
    with pytest.raises(RuntimeError):
        virsh_over(pair.dead_uri, "uri", timeout=30)
    restore_daemon(pair.dead)
    assert virsh_over(pair.dead_uri, "uri").strip() == pair.dead_uri
    with lag_probe as lag:
        qtbot.wait(200)
    assert lag.ticks >= 10 and lag.duration_s >= 0.15  # (a coarse 200 ms timer)
