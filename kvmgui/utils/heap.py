"""glibc's heap: a worker tidies its own part, so that the GUI thread never does.

Freed small blocks wait in an arena's "fast bins" until a request of 1 KiB or more
from that arena merges them all at once (``malloc_consolidate``). Opening and listing
a 5,000-VM test-driver host left 411,000 of them waiting in a worker's arena. A block
of that arena can reach the GUI thread (its per-thread cache keeps blocks of any arena
it frees); growing such a block, as a text layout in a paint does, merges the whole
arena there: 30–40 ms (docs/performance.md, "Slices, and a worker's heap"). Asking for
a large block at the end of a worker's job does that merge on the worker, for its own
arena only (no lock of another arena).
"""

from __future__ import annotations

import ctypes

LARGE = 1 << 16  # at least 1 KiB (a "large" request), below the mmap threshold (128 KiB)

_libc = ctypes.CDLL(None)  # through ctypes, the call lets go of the GIL while it merges
_libc.malloc.restype = ctypes.c_void_p
_libc.malloc.argtypes = [ctypes.c_size_t]
_libc.free.restype = None
_libc.free.argtypes = [ctypes.c_void_p]


def settle() -> None:
    """Merge the calling thread's arena's waiting small blocks (no cost when none wait)."""
    _libc.free(_libc.malloc(LARGE))
