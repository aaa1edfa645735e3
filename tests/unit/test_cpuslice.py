"""The GUI thread asks Linux for short slices; the threads started after it do not
(kvmgui/utils/cpuslice.py). Read back from /proc, in a fresh process running kvmgui's
real start-up, since the request belongs to that process's main thread."""

from __future__ import annotations

import threading

import pytest

from kvmgui.utils import cpuslice
from tests.helpers import run_start_up

START = """
import json, os, threading
from kvmgui.app import start
from kvmgui.libvirt import workers
app, registry, window = start(["-c", "test:///default"])
ran = threading.Event()
workers.shared().submit(ran.set)  # a worker thread exists now
assert ran.wait(10)
main = threading.main_thread().native_id
slices = {}
for tid in os.listdir("/proc/self/task"):
    with open(f"/proc/self/task/{tid}/sched") as f:
        line = next(x for x in f if x.startswith("se.slice"))
    slices["gui" if int(tid) == main else tid] = int(line.split(":")[1])
print(json.dumps(slices), flush=True)
os._exit(0)
"""


def _slice_of_this_thread() -> int:
    with open("/proc/thread-self/sched") as f:
        return int(next(x for x in f if x.startswith("se.slice")).split(":")[1])


def _eevdf() -> bool:
    try:
        _slice_of_this_thread()
    except (OSError, StopIteration):
        return False
    return True


pytestmark = pytest.mark.skipif(not _eevdf(), reason="no EEVDF scheduler (Linux 6.6+) here")


def _in_a_thread(fn):
    """Run ``fn`` in a thread of its own: the test process's main thread stays as it was."""
    out = {}
    thread = threading.Thread(target=lambda: out.update(value=fn()))
    thread.start()
    thread.join()
    return out["value"]


def test_the_calling_thread_gets_the_slice_and_its_new_threads_do_not():
    def ask():
        default = _slice_of_this_thread()
        took = cpuslice.request(500_000)
        child = _in_a_thread(_slice_of_this_thread)
        return default, took, _slice_of_this_thread(), child

    default, took, mine, child = _in_a_thread(ask)
    assert took
    assert mine == 500_000
    assert child == default != 500_000


def test_kvmgui_start_up_asks_for_it_on_the_gui_thread_only(tmp_path):
    slices = run_start_up(START, tmp_path)
    assert slices.pop("gui") == cpuslice.GUI_SLICE_NS
    assert slices, "no other thread"
    assert cpuslice.GUI_SLICE_NS not in slices.values(), slices
