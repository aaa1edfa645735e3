"""virt-viewer is reaped when it ends, also after the console that started it went."""

from __future__ import annotations

import os
import stat
import uuid as uuidlib

import shiboken6

from kvmgui.widgets.vnc.viewer import ViewerLauncher


def test_virt_viewer_ending_after_its_console_went_is_reaped(qtbot, tmp_path, monkeypatch):
    """A console deleted without shutdown() while virt-viewer ran took with it the notifier
    that heard virt-viewer's end: once the user closed virt-viewer it stayed a zombie
    (until some later start of a program reaped it). It is now reaped when it ends."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    script = bindir / "virt-viewer"
    script.write_text("#!/bin/sh\nexec sleep 30\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    launcher = ViewerLauncher()
    with qtbot.waitSignal(launcher.started, timeout=10000):
        launcher.start("test:///default", str(uuidlib.uuid4()))
    process = launcher.process
    assert process is not None
    shiboken6.delete(launcher)  # the console went; virt-viewer runs on
    try:
        process.terminate()  # the user closes virt-viewer
        qtbot.waitUntil(lambda: not os.path.exists(f"/proc/{process.pid}"), timeout=5000)
    finally:
        if process.returncode is None:
            process.kill()
            process.wait()
