"""One kvmgui ``Connection`` with calls always in flight, as a child process.

Usage: ``python -m tests.integration.busy_driver URI CALLS``

Keeps CALLS calls (``getHostname``, each resubmitted when it returns) running at once
through ``Connection.run`` while connected, as the app does when a stats read and a
restart-pending check meet. Prints ``STATE <name> <reason>`` on every change,
``ANSWERED`` once calls have come back after each connect, ``FAILED <message>`` when a
call fails and kvmgui's log lines (``LOG …``); exits 0 when
stdin closes. A child process because what it guards against (libvirt 9.0's client
after a hung host, docs/reliability.md, "The hung-host crash") kills the process or
hangs a call: the test reads the states and the exit code.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QApplication

from kvmgui.libvirt import eventloop
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.registry import ConnectionRegistry


def main(uri: str, calls: int) -> int:
    logging.basicConfig(level=logging.INFO, format="LOG %(name)s: %(message)s")
    logging.getLogger("kvmgui.libvirt.linkwatch").setLevel(logging.DEBUG)
    app = QApplication([])
    eventloop.install()
    registry = ConnectionRegistry()  # as the app makes them: qemu+ssh through askpass.py
    conn = registry.add(uri, save=False)
    running = [0]
    answers_to_tell = [0]  # calls to come back before ANSWERED (each connect: all)

    def call() -> None:
        if conn.state != ConnState.CONNECTED:
            return
        running[0] += 1
        conn.run(lambda c: c.getHostname(), done=again, failed=failed)

    def again(_result: object) -> None:
        running[0] -= 1
        if answers_to_tell[0]:
            answers_to_tell[0] -= 1
            if not answers_to_tell[0]:
                print("ANSWERED", flush=True)
        call()

    def failed(exc: BaseException) -> None:
        running[0] -= 1
        print(f"FAILED {exc}", flush=True)

    def state_changed(state: ConnState, reason: object) -> None:
        print(f"STATE {state.name} {getattr(reason, 'code', reason)}", flush=True)
        if state == ConnState.CONNECTED:
            answers_to_tell[0] = calls
            for _ in range(calls - running[0]):
                call()

    conn.stateChanged.connect(state_changed)

    def wait_for_stdin_to_close() -> None:
        sys.stdin.read()
        QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)

    threading.Thread(target=wait_for_stdin_to_close, daemon=True).start()
    conn.open()
    app.exec()
    registry.shutdown()
    print("EXITING", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
