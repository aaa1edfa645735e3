"""Reading a probe process's report lines (shared by the benches that run the app in a
child process)."""

from __future__ import annotations

import contextlib
import queue
import subprocess
import threading
import time
import weakref

# One reader thread per child: select() on the pipe misses lines a readline() already
# pulled into the file object's buffer with the one before, and waited out the timeout.
_LINES: weakref.WeakKeyDictionary[subprocess.Popen[str], queue.Queue[str | None]] = (
    weakref.WeakKeyDictionary())


def _lines_of(proc: subprocess.Popen[str]) -> queue.Queue[str | None]:
    if proc not in _LINES:
        lines: queue.Queue[str | None] = queue.Queue()
        stdout = proc.stdout
        assert stdout is not None

        def pump() -> None:
            with contextlib.suppress(ValueError, OSError):  # closed by its owner
                for line in stdout:
                    lines.put(line)
            lines.put(None)

        _LINES[proc] = lines
        threading.Thread(target=pump, name=f"lines of {proc.pid}", daemon=True).start()
    return _LINES[proc]


def read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The probe's next "READY…" or JSON line within ``timeout`` seconds ("" if none)."""
    lines = _lines_of(proc)
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:  # the probe exited
            lines.put(None)  # and stays so for the next call
            break
        if line.startswith(("READY", "{")):
            return line.strip()
    return ""
