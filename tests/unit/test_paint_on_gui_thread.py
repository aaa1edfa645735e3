"""kvmgui paints on the GUI thread alone: Qt's GUI thread pool stays off (kvmgui/app.py).

With the pool, Qt hands a tall fill (a scroll bar's gradient) to pool threads and blocks
the GUI thread until they finish; on a busy machine that wait took 30-55 ms. Each case
runs in a fresh process (the switch is read once per process, and kvmgui's start-up
makes its own QApplication); the control shows the check would see a pool thread.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

POOL_THREAD = "Thread (pooled)"  # what Qt names its pool's threads (/proc/.../comm)

PAINT = """
import json, os, sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollBar
if sys.argv[1] == "kvmgui":
    from kvmgui.app import start
    app, _registry, window = start(["-c", "test:///default"])
    window.resize(1280, 800)
    window.grab()
else:
    app = QApplication(sys.argv[:1])
bar = QScrollBar(Qt.Orientation.Vertical)
bar.resize(16, 900)
bar.setStyle(app.style())
bar.grab()
names = [open(f"/proc/self/task/{tid}/comm").read().strip()
         for tid in os.listdir("/proc/self/task")]
print(json.dumps({"threads": names, "switch": os.environ.get("QT_NO_GUI_THREADPOOL")}),
      flush=True)
os._exit(0)
"""


def _paint(kind: str, tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"))
    done = subprocess.run([sys.executable, "-c", PAINT, kind], env=env, capture_output=True,
                          text=True, timeout=60, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_plain_qt_paints_a_tall_fill_with_pool_threads(tmp_path):
    result = _paint("plain", tmp_path)
    if POOL_THREAD not in result["threads"]:
        pytest.skip("this Qt paints without its GUI thread pool anyway")
    assert result["switch"] is None


def test_kvmgui_paints_without_pool_threads(tmp_path):
    result = _paint("kvmgui", tmp_path)
    assert POOL_THREAD not in result["threads"], result["threads"]
    assert result["switch"] == "1"
