"""Fault scenarios on remote hosts, for tests and benchmarks.

``FaultPair``: two remote hosts at once, one behind a slow link (a :class:`DelayProxy`,
300 ms each way by default) and one whose daemon a test kills; plus the helpers a
fault test needs (kill / restore a daemon, hang / unhang a host, run ``virsh`` over a
remote URI) and the timings it reports.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QTimer

from tests.guest.build import GuestAssets
from tests.integration.delay_proxy import DelayProxy
from tests.integration.helpers import define_tiny_guest
from tests.integration.remote_host import RemoteHost

# kvmgui's keepalive (kvmgui/libvirt/connection.py): a ping every 5 s, dead after 3
# unanswered ones, so a silent host is closed 5 * (3 + 1) = 20 s after its last word.
KEEPALIVE_INTERVAL_S, KEEPALIVE_COUNT = 5, 3
KEEPALIVE_WINDOW_S = KEEPALIVE_INTERVAL_S * (KEEPALIVE_COUNT + 1)
SLOW_DELAY_MS = 300

T = TypeVar("T")


def virsh_over(uri: str, *args: str, timeout: float = 120) -> str:
    """``virsh -q -c URI args...`` (any URI, e.g. through the proxy); raises on failure."""
    r = subprocess.run(["virsh", "-q", "-c", uri, *args], capture_output=True, text=True,
                       timeout=timeout, check=False)
    if r.returncode != 0:
        raise RuntimeError(f"virsh -c {uri} {' '.join(args)} failed: {r.stderr.strip()}")
    return r.stdout


def names_over(uri: str) -> list[str]:
    """What ``virsh list --all`` shows over ``uri``: the names, sorted."""
    return sorted(n for n in virsh_over(uri, "list", "--all", "--name").split() if n)


@dataclass
class FaultPair:
    """A slow host (behind ``proxy``) and a host to kill, both started."""

    slow: RemoteHost
    proxy: DelayProxy
    dead: RemoteHost

    @property
    def slow_uri(self) -> str:
        return self.slow.tcp_uri_via(self.proxy.address)

    @property
    def dead_uri(self) -> str:
        return self.dead.tcp_uri

    @property
    def uris(self) -> list[str]:
        return [self.slow_uri, self.dead_uri]


def make_fault_pair(host_factory: Callable[..., RemoteHost],
                    proxy_factory: Callable[..., DelayProxy],
                    delay_ms: float = SLOW_DELAY_MS) -> FaultPair:
    slow = host_factory()
    dead = host_factory()
    return FaultPair(slow, proxy_factory(slow.tcp_address, delay_ms), dead)


def kill_daemon(host: RemoteHost) -> None:
    """SIGKILL the host's libvirtd (its VMs keep running); the socket closes at once."""
    host.kill_daemon()


def restore_daemon(host: RemoteHost, *, wait_tcp: bool = True) -> None:
    """Start the host's libvirtd again on the same state (after kill_daemon); with
    ``wait_tcp=False`` do not wait for its TCP port (refuse_new_clients is on)."""
    host.restart_daemon(wait_tcp=wait_tcp)


def hang(host: RemoteHost) -> None:
    """Make the host silent: its end of the link goes down, nothing is closed."""
    host.hang()


def unhang(host: RemoteHost) -> None:
    host.unhang()


def freeze_daemon(host: RemoteHost) -> None:
    """SIGSTOP the host's libvirtd: the link stays up and its kernel still acknowledges
    every packet, but nothing answers (a daemon stuck, or held in a debugger)."""
    assert host.pid is not None
    os.kill(host.pid, signal.SIGSTOP)


def thaw_daemon(host: RemoteHost) -> None:
    if host.pid is not None:
        os.kill(host.pid, signal.SIGCONT)


_REFUSE = ["-p", "tcp", "--dport", "16509", "--syn", "-j", "REJECT", "--reject-with", "tcp-reset"]


def refuse_new_clients(host: RemoteHost) -> None:
    """New TCP clients of the host's libvirtd are refused at once (a reset, as from a
    daemon that is down), inside its namespace; established ones are left alone.  Lets a
    test change the host while a client that wants to reconnect cannot."""
    host.exec_in_ns(["iptables", "-I", "INPUT", *_REFUSE], check=True)


def accept_new_clients(host: RemoteHost) -> None:
    host.exec_in_ns(["iptables", "-D", "INPUT", *_REFUSE], check=True)


def define_guests(host: RemoteHost, names: Sequence[str], assets: GuestAssets, log_dir: Path,
                  *, start: bool = False) -> None:
    """Define (and start) tiny guests on ``host``, through its local socket: the far side.

    128 MiB (the default): with 64 the guest's kernel panics while booting and, with
    panic=-1 and on_reboot=restart, reboots for ever (a REBOOT event every second)."""
    for name in names:
        define_tiny_guest(host, name, assets, log_dir, start=start)


def wait_until(predicate: Callable[[], bool], timeout_s: float, step_ms: int = 5) -> float:
    """Run the Qt event loop until ``predicate()`` holds; return the seconds it took.

    Raises TimeoutError.  (qtbot.waitUntil without a qtbot, for module-scoped scenarios,
    and returning the time, which fault tests report.)
    """
    start = time.monotonic()
    if predicate():
        return 0.0
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(step_ms)
    timer.timeout.connect(lambda: (predicate() or time.monotonic() - start > timeout_s) and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()
    elapsed = time.monotonic() - start
    if not predicate():
        raise TimeoutError(f"not within {timeout_s:.0f} s")
    return elapsed


def in_background(fn: Callable[..., T], *args: object) -> Future[T]:
    """Run a blocking far-side step (virsh, a daemon restart) in a thread, so the event
    loop keeps running (and the lag probe measures kvmgui, not the harness)."""
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(fn(*args))
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name="far-side", daemon=True).start()
    return future


def wait_future(future: Future[T], timeout_s: float) -> T:
    wait_until(future.done, timeout_s)
    return future.result()
