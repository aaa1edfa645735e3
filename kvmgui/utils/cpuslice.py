"""Ask Linux to schedule the GUI thread in short slices, so it gets a CPU soon after it wakes.

On a busy machine the GUI thread's worst stalls are not its own work but waits in the
run queue: it is runnable and another task holds the CPU. Linux's EEVDF scheduler
(6.6 and later) lets any thread ask for a shorter slice than the default (about 1.4 ms
on two cores) through ``sched_setattr``: a shorter request gives the thread an earlier
deadline, so when it wakes it tends to be picked sooner; its share of the CPU does not
change. No privilege is needed. Measured (docs/reliability.md, fourth round): over a
burst on a slow link the GUI thread's total wait for a CPU halved; its worst stall,
behind a booting guest on the same two cores, did not change.

Only the calling thread is changed: with ``SCHED_FLAG_RESET_ON_FORK`` the threads and
processes it starts later (workers, ssh) begin with the default again, as they would
otherwise inherit it. Anywhere this does not apply (another OS, a kernel before 6.6, a
sandbox that filters the call) it does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform
import struct

log = logging.getLogger(__name__)

GUI_SLICE_NS = 300_000  # the kernel accepts 0.1 to 100 ms

_SYS_SCHED_SETATTR = {"x86_64": 314, "aarch64": 274, "ppc64le": 355, "s390x": 345}
_SCHED_OTHER = 0
_RESET_ON_FORK = 0x01
_ATTR_SIZE = 56  # struct sched_attr as of Linux 4.13 (with util_min / util_max)


def request(slice_ns: int = GUI_SLICE_NS) -> bool:
    """Ask for ``slice_ns`` slices for the calling thread; True if the kernel took it
    (a kernel before 6.6 takes the call and ignores the slice)."""
    number = _SYS_SCHED_SETATTR.get(platform.machine())
    if platform.system() != "Linux" or number is None:
        return False
    if os.sched_getscheduler(0) != _SCHED_OTHER:
        return False  # someone made us real-time or batch: leave it so
    nice = os.getpriority(os.PRIO_PROCESS, 0)
    # size, policy, flags, nice, priority, runtime (= the slice for SCHED_OTHER),
    # deadline, period, util_min, util_max
    attr = struct.pack("IIQiIQQQII", _ATTR_SIZE, _SCHED_OTHER, _RESET_ON_FORK, nice, 0,
                       slice_ns, 0, 0, 0, 0)
    buffer = ctypes.create_string_buffer(attr, _ATTR_SIZE)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.syscall(number, 0, buffer, 0) != 0:
        log.debug("no short slice: %s", os.strerror(ctypes.get_errno()))
        return False
    return True
