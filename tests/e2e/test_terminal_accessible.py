"""The terminal widget read from outside through AT-SPI: role terminal, its accessible name,
and its screen as the Text interface's text, also after the guest writes more."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.desktop import find_all

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[2]
APP = "kvmgui-terminal-check"

SCRIPT = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kvmgui.widgets.terminal import TerminalView
app = QApplication(sys.argv)
app.setApplicationName({APP!r})
view = TerminalView()
view.setAccessibleName("Serial console")
view.resize(600, 300)
view.show()
view.feed(b"login: root\\r\\n/ # echo $((6*7))\\r\\n\\x1b[1;32m42\\x1b[0m\\r\\n/ # ")
QTimer.singleShot(3000, lambda: view.feed(b"echo later\\r\\nlater\\r\\n/ # "))
QTimer.singleShot(60000, app.quit)
app.exec()
"""


def terminal_text(desktop):
    tree = desktop.tree(APP)
    if "error" in tree:
        return None
    found = find_all(tree, "terminal", "Serial console")
    return found[0]["text"] if found else None


def wait_text(desktop, proc, predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    text = None
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stdout.read()
        text = terminal_text(desktop)
        if text is not None and predicate(text):
            return text
        time.sleep(0.3)
    raise AssertionError(f"terminal text never matched; last: {text!r}")


def test_terminal_exposes_its_screen_as_text(desktop, tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], cwd=REPO, env=desktop.env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    desktop.procs.append(proc)
    text = wait_text(desktop, proc, lambda t: "42" in t)
    assert text.startswith("login: root\n/ # echo $((6*7))\n42\n/ #")
    # Waits for the prompt too: the reader may catch the screen between its lines' updates
    # (a CI run read "echo later\nlater" without the prompt that came in the same feed).
    text = wait_text(desktop, proc, lambda t: "\nlater\n/ #" in t)
    assert "\nlater\n/ #" in text
