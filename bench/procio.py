"""Reading a probe process's report lines (shared by the benches that run the app in a
child process)."""

from __future__ import annotations

import selectors
import subprocess
import time


def read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The probe's next "READY…" or JSON line within ``timeout`` seconds ("" if none)."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not sel.select(deadline - time.monotonic()):
                break
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith(("READY", "{")):
                return line.strip()
    return ""
