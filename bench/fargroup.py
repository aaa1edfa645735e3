"""The far host's CPU use as another machine's: its libvirtd, and every guest that
libvirtd starts, in a CPU cgroup that runs only on CPU time nothing else wants.

bench/remote.py runs the "remote" host on the same two cores as the client it measures.
Its 20 booting guests and its libvirtd then take CPU from the client, which a real
remote host would not: the client's GUI thread waits for a CPU, and that wait is the
machine's, not the client's. ``cpu.idle`` (Linux 5.15+, cgroup v1 ``cpu`` or v2) puts
the whole group below every normal task; ``cpu.shares`` 2 is the fallback.

Only the far side goes there; the delaying proxy (the network) and the probes stay
where they are. The guests' rig sets ``cgroup_controllers = []`` (isolated_host.py),
so libvirt starts each QEMU in its daemon's cgroup: this one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

V1_CPU = Path("/sys/fs/cgroup/cpu")
V2_ROOT = Path("/sys/fs/cgroup")


class IdleGroup:
    """A CPU cgroup of idle priority: ``start`` makes it, ``stop`` moves what is left in
    it back to the parent and removes it."""

    def __init__(self) -> None:
        parent = V1_CPU if (V1_CPU / "cgroup.procs").exists() else V2_ROOT
        self.parent = parent
        self.path = parent / f"kvmgui-bench-far-{os.getpid()}"
        self.how = ""

    def start(self) -> IdleGroup:
        self.path.mkdir()
        try:
            (self.path / "cpu.idle").write_text("1")
            self.how = "cpu.idle"
        except OSError:
            (self.path / "cpu.shares").write_text("2")
            self.how = "cpu.shares 2"
        return self

    def add(self, pid: int) -> None:
        """Move process ``pid`` (all its threads) in; its children start in here."""
        (self.path / "cgroup.procs").write_text(str(pid))

    def stop(self) -> None:
        if not self.path.exists():
            return
        for pid in (self.path / "cgroup.procs").read_text().split():
            with contextlib.suppress(OSError):  # it may have ended meanwhile
                (self.parent / "cgroup.procs").write_text(pid)
        self.path.rmdir()
