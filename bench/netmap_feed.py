"""The network map's feed after bursts of VM events: what one burst costs to read.

Usage: netmap_feed.py [--vms 500] [--changed 20] [--bursts 5] [--code PATH]
(prints one JSON line; run by hand, not in tests)

A test-driver host of --vms VMs (one card each, half running) and a ``HostFeed`` on it,
as the map keeps while it is shown. Each burst starts or stops --changed VMs in one
worker job (real libvirt events), then waits until the feed shows their new state and
has nothing left to read. Per burst:
  xmldesc   XMLDesc calls made (by anyone: only the feed reads XML here)
  read_ms   wall time inside the feed's read job(s) in the worker
  shown_ms  from the end of the job that changed the VMs until their cards show it
  gui_ms    GUI-thread CPU time (time.thread_time) over the same span

--code PATH imports kvmgui from another checkout (e.g. ``git archive`` of a base
commit), so both sides run the same script.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_parser = argparse.ArgumentParser()
_parser.add_argument("--vms", type=int, default=500)
_parser.add_argument("--changed", type=int, default=20)
_parser.add_argument("--bursts", type=int, default=5)
_parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1])
ARGS = _parser.parse_args()
sys.path.insert(0, str(ARGS.code.resolve()))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import libvirt  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import kvmgui  # noqa: E402
from bench.hosts import write_host  # noqa: E402
from kvmgui.libvirt import eventloop, nicmap  # noqa: E402
from kvmgui.libvirt.connection import Connection, ConnState  # noqa: E402
from kvmgui.libvirt.nicmap import LeaseReading  # noqa: E402
from kvmgui.models.netmapfeed import HostFeed  # noqa: E402


def main() -> None:
    args = ARGS
    app = QApplication.instance() or QApplication([])
    eventloop.install()
    lock = threading.Lock()
    count = {"xml": 0, "read_s": 0.0}
    real_xml = libvirt.virDomain.XMLDesc

    def counted(dom: libvirt.virDomain, flags: int = 0) -> str:
        with lock:
            count["xml"] += 1
        return real_xml(dom, flags)

    libvirt.virDomain.XMLDesc = counted  # type: ignore[method-assign]

    def timed(fn: Callable[..., object]) -> Callable[..., object]:
        def read(*a: object) -> object:
            t0 = time.perf_counter()
            try:
                return fn(*a)
            finally:
                with lock:
                    count["read_s"] += time.perf_counter() - t0
        return read

    for name in ("vm_nics", "some_vm_nics"):
        if hasattr(nicmap, name):
            setattr(nicmap, name, timed(getattr(nicmap, name)))
    nicmap.all_leases = lambda _c, uuids: LeaseReading({}, {})  # type: ignore[assignment]

    def spin(cond: Callable[[], bool], timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.002)  # a bench, not a test: lets the workers run

    uri = write_host(Path(tempfile.mkdtemp(prefix="kvmgui-netmap-")), args.vms)
    conn = Connection(uri)
    conn.open()
    spin(lambda: conn.state == ConnState.CONNECTED)
    feed = HostFeed(conn)

    def settled() -> bool:
        return (not feed._nics_busy and not feed._nics_timer.isActive()
                and not feed._nics_most.isActive())

    spin(lambda: len(feed.nics) == args.vms and settled())
    results: list[dict[str, float]] = []
    for burst in range(args.bursts):
        names = [f"vm{(burst * args.changed + i) % args.vms:05d}" for i in range(args.changed)]
        was = {n.vm_name: n.active for n in feed.nics}
        done = threading.Event()
        with lock:
            count["xml"], count["read_s"] = 0, 0.0
        conn.run(partial(flip, names, was), done=lambda _r, done=done: done.set())
        spin(done.is_set)
        t0, c0 = time.perf_counter(), time.thread_time()
        spin(partial(flipped, feed, names, was))
        results.append({"xmldesc": count["xml"], "read_ms": count["read_s"] * 1000,
                        "shown_ms": (time.perf_counter() - t0) * 1000,
                        "gui_ms": (time.thread_time() - c0) * 1000})
    conn.close()
    QCoreApplication.processEvents()
    print(json.dumps({"code": str(Path(kvmgui.__file__).parent.parent), "vms": args.vms,
                      "changed": args.changed,
                      **{k: round(statistics.median(r[k] for r in results), 1)
                         for k in results[0]},
                      "worst_read_ms": round(max(r["read_ms"] for r in results), 1),
                      "worst_shown_ms": round(max(r["shown_ms"] for r in results), 1)}))


def flip(names: list[str], was: dict[str, bool], c: libvirt.virConnect) -> None:
    """Start the VMs ``names`` that were stopped and stop those that ran."""
    for name in names:
        dom = c.lookupByName(name)
        if was[name]:
            dom.destroy()
        else:
            dom.create()


def flipped(feed: HostFeed, names: list[str], was: dict[str, bool]) -> bool:
    """The feed shows every VM of ``names`` in its new state and has nothing left to read."""
    return all(n.active != was[n.vm_name] for n in feed.nics if n.vm_name in names) \
        and not feed._nics_busy and not feed._nics_timer.isActive() \
        and not feed._nics_most.isActive()


if __name__ == "__main__":
    main()
