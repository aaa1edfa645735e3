"""Connection.run: a host's calls hold threads of that host only."""

from __future__ import annotations

import shutil
import threading
from concurrent.futures import Future
from pathlib import Path

import libvirt

from kvmgui.libvirt import workers
from tests.conftest import DEMO_HOST
from tests.helpers import open_connection

HUNG_CALLS = 6  # more than the shared pool's threads were


def test_a_hung_hosts_calls_stall_no_other_host_nor_the_other_jobs(registry, test_host,
                                                                    tmp_path: Path, qtbot):
    # Every host's calls went to one pool of 4 threads. A host that stopped answering
    # (until linkwatch cuts it, 12 s; a pool on a dead NFS mount, a long volume job: for
    # as long as they last) held all four with a few calls (its VMs' figures, a details
    # window, a restart-pending check): meanwhile no other host's VM started, no figure
    # moved, and no file was written or XML checked.
    other = tmp_path / "other.xml"
    shutil.copy(DEMO_HOST, other)
    hung = open_connection(registry, qtbot, test_host, timeout=10000)
    healthy = open_connection(registry, qtbot, f"test://{other}", timeout=10000)
    release = threading.Event()
    stuck: list[Future[bool]] = []
    answers: list[str] = []

    def hangs(_c: libvirt.virConnect) -> bool:
        return release.wait(10)

    try:
        stuck = [hung.run(hangs) for _ in range(HUNG_CALLS)]
        healthy.run(lambda c: c.getHostname(), done=lambda _r: answers.append("host"))
        workers.shared().submit(str.upper, "file", done=answers.append)
        qtbot.waitUntil(lambda: sorted(answers) == ["FILE", "host"], timeout=3000)
        assert not any(f.done() for f in stuck)
    finally:
        release.set()
        qtbot.waitUntil(lambda: all(f.done() for f in stuck), timeout=10000)
