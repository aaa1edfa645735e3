"""kvmgui's real ``main()`` as a child process that reports its connections' states.

Usage: ``python -m tests.integration.app_driver -c URI ...`` (kvmgui's own arguments).
Prints ``STATE <name> <uri>`` on every state change and ``EXITING`` when main returns;
SIGTERM closes the window without questions (kvmgui.app installs that handler).  Used
by fault tests that time how long the app takes to exit.
"""

from __future__ import annotations

import os
import sys
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kvmgui import app

_start = app.start


def _reporting_start(argv: Any) -> Any:
    qapp, registry, window = _start(argv)
    for conn in registry:
        def report(state: Any, _message: str, uri: str = conn.uri) -> None:
            print(f"STATE {state.name} {uri}", flush=True)

        conn.stateChanged.connect(report)
        report(conn.state, "")
    return qapp, registry, window


app.start = _reporting_start  # main() looks start() up in its module

if __name__ == "__main__":
    code = app.main(sys.argv[1:])
    print("EXITING", flush=True)
    sys.exit(code)
