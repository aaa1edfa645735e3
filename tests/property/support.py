"""Helpers for the property tests: budgets per Hypothesis profile, and a driver that runs
libvirt calls through kvmgui's connection and waits on Qt signals (never sleeps)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import settings
from PySide6.QtCore import QEventLoop, QObject, QTimer, SignalInstance

from kvmgui.libvirt.connection import Connection

CI_PROFILE, FUZZ_PROFILE = "ci", "fuzz"
FUZZ_SCALE = 20  # `make fuzz`: this many times the examples of a CI run


def profile() -> str:
    return settings.get_current_profile_name()


def budget(examples: int) -> int:
    """Examples for a test: its CI figure, scaled up for `make fuzz`
    (KVMGUI_FUZZ_SCALE overrides the factor)."""
    if profile() != FUZZ_PROFILE:
        return examples
    return examples * int(os.environ.get("KVMGUI_FUZZ_SCALE", FUZZ_SCALE))


class StepCounter:
    """Steps run per state machine, so a test can show its share of the CI budget."""

    def __init__(self) -> None:
        self.steps = 0
        self.refused = 0  # libvirt said no (a valid outcome; counted to see the mix)
        self.started = time.monotonic()


def wait_for(check: Callable[[], Any], signals: Sequence[SignalInstance], timeout_s: float,
             parent: QObject | None = None) -> Any:
    """Run the event loop until ``check()`` returns None (done); re-check whenever one of
    ``signals`` fires.  Returns None, or the last non-None value of ``check()`` (what is
    still wrong) when ``timeout_s`` ran out."""
    result = check()
    if result is None:
        return None
    loop = QEventLoop(parent)
    state = {"result": result}

    def recheck(*_args: object) -> None:
        state["result"] = check()
        if state["result"] is None:
            loop.quit()

    for sig in signals:
        sig.connect(recheck)
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    loop.exec()
    timer.stop()
    for sig in signals:
        sig.disconnect(recheck)
    recheck()
    return state["result"]


class Driver:
    """Runs ``fn(virConnect, *args)`` on kvmgui's worker for ``conn`` (as kvmgui's own
    actions do) and waits for the answer on the GUI thread's event loop."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def call(self, fn: Callable[..., Any], *args: Any, timeout_s: float = 10.0) -> Any:
        loop = QEventLoop()
        box: dict[str, Any] = {}

        def done(value: Any) -> None:
            box["value"] = value
            loop.quit()

        def failed(exc: BaseException) -> None:
            box["error"] = exc
            loop.quit()

        self.conn.run(fn, *args, done=done, failed=failed)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(int(timeout_s * 1000))
        if not box:  # (a callback may not have come yet: it is queued)
            loop.exec()
        timer.stop()
        if "error" in box:
            raise box["error"]
        if "value" not in box:
            raise TimeoutError(f"{getattr(fn, '__name__', fn)} did not finish in {timeout_s} s")
        return box["value"]
