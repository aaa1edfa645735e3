"""glibc's heap: a worker tidies its own part, so that the GUI thread never does.

Freed small blocks wait in an arena's "fast bins" until a request of 1 KiB or more
from that arena merges them all at once (``malloc_consolidate``). A worker that frees
hundreds of thousands of them (a listing's parsed XML, libvirt's typed parameters)
leaves them waiting in its arena; a block of that arena can reach the GUI thread (its
per-thread cache keeps blocks of any arena it frees), and the GUI thread's next growth
of such a block, in a text layout of a paint, then merges them all: 30–40 ms there
(docs/performance.md, "Slices"). Asking for a large block at the end of a worker's job
does that merge on the worker, for its own arena only (no lock of another arena).
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
