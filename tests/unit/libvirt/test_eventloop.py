"""Both event-loop modes deliver events to the model on the GUI thread."""

import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    import os, sys, threading, shutil
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from kvmgui.libvirt import eventloop
    mode = eventloop.install()
    from kvmgui.libvirt.registry import ConnectionRegistry
    from kvmgui.libvirt.connection import ConnState
    from kvmgui.libvirt.records import DomainState
    from kvmgui.models.domains import DomainModel
    reg = ConnectionRegistry(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    model = DomainModel(reg)
    conn = reg.add(sys.argv[1], save=False)
    result = {}
    def on_change(first, last, roles):
        rec = model.row_at(first.row()).record
        if rec.name == "web01" and rec.state == DomainState.PAUSED:
            result["thread"] = threading.current_thread() is threading.main_thread()
            app.quit()
    model.dataChanged.connect(on_change)
    def on_state(state, reason):
        if state == ConnState.CONNECTED:
            conn.run(lambda c: c.lookupByName("web01").suspend())
    conn.stateChanged.connect(on_state)
    conn.open()
    QTimer.singleShot(10000, app.quit)
    app.exec()
    print(mode.value, result.get("thread"))
""")


@pytest.mark.parametrize(("no_glib", "expected"), [("0", "glib"), ("1", "thread")])
def test_events_reach_model_on_gui_thread(tmp_path, test_host, no_glib, expected):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_NO_GLIB", None)
    if no_glib == "1":
        env["QT_NO_GLIB"] = "1"
    out = subprocess.run([sys.executable, "-c", SCRIPT, test_host, str(tmp_path / "s.ini")],
                         env=env, capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == [expected, "True"], out.stderr
