"""The VM list's model and proxy alone, at 5000 VMs: what the table-model base costs.

Usage: model_micro.py [--repeat N]   (prints one JSON line; run by hand, not in tests)

No libvirt: two unopened connections whose record tables are filled directly, as the
connection does from libvirt's listing and events. Times the same steps the app takes in
CPU time of the GUI thread (time.thread_time: other load on a shared machine matters
less than to wall-clock figures), median and worst of --repeat runs (ms), the VM list's
proxy sorted by name:
  list       5000 records in one batch -> rows, the proxy filled and sorted (all the
             turns of the event loop the rows take: LISTING_SLICE a turn)
  list_turn  the longest of those turns
  events     1000 state changes in 20 batches of 50 (an event storm, coalesced)
  paint      one screenful: 40 rows x 10 columns x the 10 roles a view asks per cell
  remove     1000 scattered VMs undefined in one batch
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord, DomainState
from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from kvmgui.models.proxy import DomainFilterProxy
from kvmgui.models.roles import Role

N = 5000
ROLES = [0, 1, 6, 7, 8, 9, 10, 13, 3, int(Role.HISTORY)]  # display, icon, font, align, colours…


class Registry(QObject):
    added = Signal(object)
    removed = Signal(object)

    def __init__(self, conns: list[Connection]) -> None:
        super().__init__()
        self.conns = conns

    def __iter__(self) -> Iterator[Connection]:
        return iter(self.conns)


def record(i: int, state: DomainState) -> DomainRecord:
    return DomainRecord(uuid=f"{i:08d}-0000-0000-0000-000000000000", name=f"vm{i:05d}", state=state,
                        vcpus=1 + i % 4, max_memory_kib=1024 * (1 + i % 7), memory_kib=1024)


def once(ms: dict[str, list[float]]) -> None:
    conns = [Connection("test:///a", label="alpha"), Connection("test:///b", label="beta")]
    for conn in conns:
        conn._connector.state = ConnState.CONNECTED  # as an open would (no libvirt here)
    model = DomainModel(Registry(conns), stats=False)  # type: ignore[arg-type]  # a stand-in registry
    proxy = DomainFilterProxy(model)
    proxy.sort(Column.NAME)
    a = conns[0]

    def timed(name: str, fn: Callable[[], None]) -> None:
        t = time.thread_time()
        fn()
        ms.setdefault(name, []).append((time.thread_time() - t) * 1000)

    turns: list[float] = []

    def listing() -> None:
        t = time.thread_time()
        a.domains.upsert([record(i, DomainState.SHUTOFF) for i in range(N)])
        turns.append(time.thread_time() - t)
        while model.rowCount() < N:  # the other slices, one a turn
            t = time.thread_time()
            QCoreApplication.processEvents()
            turns.append(time.thread_time() - t)

    timed("list", listing)
    ms.setdefault("list_turn", []).append(max(turns) * 1000)

    def storm() -> None:
        for b in range(20):
            a.domains.upsert([record(i, DomainState.RUNNING if b % 2 == 0 else DomainState.PAUSED)
                              for i in range(b * 50, N, N // 50)][:50])

    timed("events", storm)

    def paint() -> None:
        for r in range(40):
            for c in range(len(Column)):
                index = proxy.index(r, c)
                for role in ROLES:
                    proxy.data(index, role)

    timed("paint", paint)
    timed("remove", lambda: a.domains.remove([record(i, DomainState.SHUTOFF).uuid
                                              for i in range(0, N, 5)]))
    assert proxy.rowCount() == N - N // 5
    for obj in (proxy, model, *conns):
        obj.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    ms: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        once(ms)
        app.processEvents()
    print(json.dumps({k: {"median": statistics.median(v), "worst": max(v)} for k, v in ms.items()}))


if __name__ == "__main__":
    main()
