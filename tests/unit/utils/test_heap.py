"""heap.settle: the small blocks a worker freed are merged on that worker, not later on
the GUI thread (glibc: counted with mallinfo2, over every arena)."""

import ctypes
import threading

from bench.hosts import write_host
from kvmgui.utils import heap
from tests.helpers import open_connection

BLOCKS = 100_000  # 64 bytes each: past the per-thread cache, into the arena's fast bins


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


_libc = ctypes.CDLL(None)
_libc.mallinfo2.restype = _Mallinfo2
_libc.malloc.restype = ctypes.c_void_p
_libc.malloc.argtypes = [ctypes.c_size_t]
_libc.free.argtypes = [ctypes.c_void_p]


def waiting_blocks() -> int:
    """Freed small blocks not merged yet, in every arena."""
    return int(_libc.mallinfo2().smblks)


def free_many_small_blocks() -> int:
    blocks = [_libc.malloc(64) for _ in range(BLOCKS)]
    for block in blocks:
        _libc.free(block)
    return waiting_blocks()


def test_settle_merges_what_the_calling_thread_freed():
    found = {}

    def worker():
        found["base"] = waiting_blocks()
        found["before"] = free_many_small_blocks()
        heap.settle()
        found["after"] = waiting_blocks()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert found["before"] > found["base"] + BLOCKS // 2  # the premise: they wait
    assert found["after"] < found["base"] + BLOCKS // 10


def test_a_big_listing_leaves_no_small_blocks_waiting_for_the_gui_thread(registry, tmp_path, qtbot):
    """The case that cost a paint 30–40 ms: the test driver's open and the listing of a
    5,000-VM host left ~411,000 freed blocks waiting in a worker's arena, merged later
    by the GUI thread's first paint of the list (docs/performance.md, "Slices")."""
    base = waiting_blocks()
    open_connection(registry, qtbot, write_host(tmp_path, 2000))
    assert waiting_blocks() < base + BLOCKS // 5
