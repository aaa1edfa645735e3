"""The log's stderr lines: never on the caller's thread."""

import logging
import select
import subprocess
import sys
import textwrap
import threading
import time
import weakref
from pathlib import Path

from kvmgui.utils import logs, logwriter

REPO = Path(__file__).resolve().parents[3]


def ends_with_stderr_unread(code: str, log_dir: Path) -> bytes:
    """Runs ``code`` in a child whose stderr pipe is never read; its first line on stdout
    (within 30 s), once it has ended with 0."""
    child = subprocess.Popen([sys.executable, "-c", code, str(log_dir)], cwd=REPO,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        assert child.stdout is not None
        ready, _w, _x = select.select([child.stdout], [], [], 30)
        assert ready, "the child never got past its log calls"
        line = child.stdout.readline()
        assert child.wait(30) == 0
        return line
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()
        child.stderr.close()


def test_a_stderr_nobody_reads_holds_no_log_call_up(tmp_path):
    """stderr's lines were written by the thread that logged them: with kvmgui's stderr a
    pipe nobody reads (``kvmgui 2>&1 | less`` stopped, a launcher's journal stuck), the
    pipe filled and the next log call, the GUI thread's too, waited for good. They now go
    through a writer thread as the file's do, and the program still ends."""
    code = textwrap.dedent("""\
        import logging, sys
        from pathlib import Path
        from kvmgui.utils import logs
        logs.setup(False, Path(sys.argv[1]))
        log = logging.getLogger("kvmgui.test")
        for number in range(3000):  # some 300 KB: more than a pipe holds
            log.warning("line %d of a stderr nobody reads", number)
        print("logged", flush=True)
    """)
    assert ends_with_stderr_unread(code, tmp_path / "kvmgui") == b"logged\n"


def test_qts_own_messages_wait_for_no_stderr_nobody_reads(tmp_path):
    """Qt wrote its warnings to stderr itself, on the thread that warned (the GUI thread):
    with stderr a pipe nobody reads, a Qt warning froze the window once the pipe was full.
    They now go to kvmgui's log, through its writer threads."""
    code = textwrap.dedent("""\
        import sys
        from pathlib import Path
        from PySide6.QtCore import qWarning
        from kvmgui.utils import logs, qtmessages
        made = logs.setup(False, Path(sys.argv[1]))
        qtmessages.install()
        for number in range(3000):  # some 300 KB: more than a pipe holds
            qWarning(f"Qt's warning {number} to a stderr nobody reads")
        print("warned", flush=True)
    """)
    assert ends_with_stderr_unread(code, tmp_path / "kvmgui") == b"warned\n"
    assert "Qt's warning 2999 to a stderr nobody reads" in (tmp_path / "kvmgui" / "kvmgui.log").read_text()


def test_pythons_warnings_wait_for_no_stderr_nobody_reads(tmp_path):
    """Python's warnings (a library's UserWarning, a coroutine never awaited) were written to
    stderr by the thread that warned: with stderr a pipe nobody reads, already full (of log
    lines, or of virt-viewer's, which shares it), the GUI thread waited for good. They now
    go to the log, through its writer threads."""
    code = textwrap.dedent("""\
        import logging, sys, warnings
        from pathlib import Path
        from kvmgui.utils import logs
        made = logs.setup(False, Path(sys.argv[1]))
        log = logging.getLogger("kvmgui.test")
        for number in range(3000):  # some 300 KB: the pipe is full
            log.warning("line %d of a stderr nobody reads", number)
        made.flush()  # gives up after FLUSH_WAIT_S: the writer waits on the full pipe
        warnings.warn("a library's warning " + "at length " * 1000, UserWarning)  # no room for it
        print("warned", flush=True)
    """)
    assert ends_with_stderr_unread(code, tmp_path / "kvmgui") == b"warned\n"
    assert "a library's warning" in (tmp_path / "kvmgui" / "kvmgui.log").read_text()


class _Hangs(logging.Handler):
    """A log writer's handler whose write hangs (a disk, a pipe that stopped answering)
    until ``release``; ``started`` once it does."""

    def __init__(self, release):
        super().__init__()
        self.gate = release
        self.started = threading.Event()

    def emit(self, record):
        self.started.set()
        self.gate.wait(10)


def both_hung(monkeypatch, release):
    """Two log writers (the file's, stderr's), each hung in a write, ``FLUSH_WAIT_S`` 0.5."""
    monkeypatch.setattr(logwriter, "FLUSH_WAIT_S", 0.5)
    monkeypatch.setattr(logwriter, "_backgrounds", weakref.WeakSet())
    inners = [_Hangs(release), _Hangs(release)]
    writers = [logs.Background(inner) for inner in inners]
    record = logging.LogRecord("kvmgui.test", logging.WARNING, __file__, 1, "hangs", None, None)
    for writer in writers:
        writer.handle(record)
    assert all(inner.started.wait(5) for inner in inners)
    return writers


def test_exit_waits_once_for_both_hung_writers(monkeypatch):
    """At exit each writer (the file's, stderr's) was given ``FLUSH_WAIT_S`` in turn: with
    both hung (a home on NFS that stopped answering, stderr a pipe nobody reads) the exit
    waited twice as long. They now share one deadline."""
    release = threading.Event()
    try:
        both_hung(monkeypatch, release)
        start = time.monotonic()
        logs.shutdown()
        took = time.monotonic() - start
    finally:
        release.set()
    assert took < 0.8, f"the exit waited {took:.1f} s for two writers"


def test_a_flush_waits_once_for_both_hung_writers(monkeypatch):
    """A flush of the log (before Qt ends the program on a fatal message) gave each writer
    ``FLUSH_WAIT_S`` in turn: with both hung it waited twice as long, on the GUI thread.
    They now share one deadline."""
    release = threading.Event()
    try:
        writers = both_hung(monkeypatch, release)
        start = time.monotonic()
        logs.LogSetup(Path("unused"), list(writers)).flush()
        took = time.monotonic() - start
    finally:
        release.set()
    assert took < 0.8, f"the flush waited {took:.1f} s for two writers"
