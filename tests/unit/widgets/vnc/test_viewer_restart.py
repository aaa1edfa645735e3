"""Open in virt-viewer pressed again after Stop, while the old virt-viewer is still ending:
the new one starts once the old one has ended."""

from __future__ import annotations

import os
import stat
import uuid as uuidlib

from kvmgui.widgets.vnc import viewer
from kvmgui.widgets.vnc.viewer import ViewerLauncher


def test_a_start_while_the_stopped_viewer_ends_starts_it_after(qtbot, tmp_path, monkeypatch):
    """One that ignores SIGTERM lives on until the SIGKILL (2 s later; here 0.3 s); a start meanwhile
    was dropped (running), and the console only said later that virt-viewer had ended."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    script = bindir / "virt-viewer"
    script.write_text("#!/bin/sh\ntrap '' TERM\nexec sleep 30\n")  # SIG_IGN survives the exec
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(viewer, "KILL_AFTER_MS", 300)  # the SIGKILL sooner than 2 s
    launcher = ViewerLauncher()
    events: list[str] = []
    launcher.started.connect(lambda: events.append("started"))
    launcher.finished.connect(lambda _code, _crashed: events.append("finished"))
    uuid = str(uuidlib.uuid4())
    with qtbot.waitSignal(launcher.started, timeout=10000):
        launcher.start("test:///default", uuid)
    old = launcher.process
    assert old is not None
    launcher.stop()
    launcher.start("test:///default", uuid)  # at once: the old one ignores the TERM
    try:
        qtbot.waitUntil(lambda: events == ["started", "finished", "started"], timeout=10000)
        assert launcher.process is not old and launcher.running
        launcher.stop()
        launcher.stop()  # a second stop, and no start: nothing more starts
        qtbot.waitUntil(lambda: not launcher.running, timeout=10000)
        assert events == ["started", "finished", "started", "finished"]
    finally:
        for process in (old, launcher.process):
            if process is not None and process.returncode is None:
                process.kill()
                process.wait()
