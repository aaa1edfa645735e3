"""kvmgui's graphical console alone in a window at (0, 0), for bench/vnc.py's round trip.

Usage: vnc_app.py URI UUID  (on an X display). Prints "ready" once the console shows the
VM's screen with keyboard focus on it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from kvmgui.libvirt import eventloop
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.widgets.vnc.console import GraphicalConsole
from kvmgui.widgets.vnc.controller import ConsoleState


def main() -> None:
    uri, uuid = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    eventloop.install()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    conn = registry.add(uri, save=False)
    window = QMainWindow()
    window.move(0, 0)
    window.resize(760, 480)
    consoles = []

    def console_state(state: ConsoleState, _detail: str) -> None:
        if state is ConsoleState.CONNECTED:
            window.activateWindow()
            consoles[0].view.setFocus()
            print("ready", flush=True)

    def connected(state: ConnState, _message: str) -> None:
        if state is ConnState.CONNECTED and not consoles:
            console = GraphicalConsole(conn, uuid, window)
            consoles.append(console)
            console.controller.stateChanged.connect(console_state)
            window.setCentralWidget(console)

    conn.stateChanged.connect(connected)
    conn.open()
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
