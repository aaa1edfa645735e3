"""Worker threads ask Linux to let the GUI thread go first.

The scheduler gives all of kvmgui's threads one share of the CPUs between them (the
session's autogroup, or the application's cgroup on a systemd desktop). On a loaded
machine (guests booting on the same two cores) the GUI thread, woken to paint or to
answer the accessibility bus, then waited its turn behind kvmgui's own workers and
fan-out helpers, which a burst of events wakes together. Ten nice steps lower, a worker
still gets the CPU whenever the GUI thread does not want it; its share against other
programs does not change (a nice orders only the threads of one group). Measured from
outside through AT-SPI: docs/reliability.md, "The floor met, kvmgui not" (2026-12-04).

Linux keeps a nice per thread, so only the calling thread changes; elsewhere
``PRIO_PROCESS`` would name the whole process, and nothing is done. A process started
from such a thread inherits its nice and cannot lower it again without privilege: lanes
that start a program the user looks at (virt-viewer, a terminal) stay as they are.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

STEPS = 10


def lower_this_thread(steps: int = STEPS) -> None:
    """Make the calling thread ``steps`` nice steps lower (at most 19)."""
    if sys.platform != "linux":
        return
    tid = threading.get_native_id()
    with contextlib.suppress(OSError):  # a sandbox may refuse: it only costs the gain
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + steps))
