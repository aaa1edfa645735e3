"""Uncaught exceptions: logged, then told to the user, and the application keeps running.

Errors escape three ways, all caught here: ``sys.excepthook`` (the GUI thread; PySide
hands it exceptions raised in slots and in overridden Qt methods, after which Qt goes on),
and ``threading.excepthook`` (worker and other threads; that thread ends, the rest goes
on). Each becomes a ``Crash`` that is logged (the full traceback the first few times a
given error repeats, then a line now and then) and passed, on the GUI thread, to the
``report`` callable given to ``install``: ``kvmgui.widgets.crashbox`` shows it. utils is
the ground floor and imports no widgets.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtCore import __version__ as pyside_version  # type: ignore[attr-defined] # set at run time, not in the stubs

from kvmgui.utils.logs import redact

log = logging.getLogger("kvmgui.crash")
FULL_LOGS = 3  # tracebacks logged in full per kind of error; after that, a line at 2^n repeats


@dataclass(frozen=True)
class Crash:
    kind: str  # the exception's type name
    message: str  # str(exception)
    text: str  # the formatted traceback
    thread: str  # the thread it was raised in
    key: str  # the same for repeats of one error: type and where it was raised

    @property
    def summary(self) -> str:
        return f"{self.kind}: {self.message}" if self.message else self.kind


Report = Callable[[Crash], None]


def make_crash(kind: type[BaseException], exc: BaseException, tb: TracebackType | None,
               thread: str) -> Crash:
    text = "".join(traceback.format_exception(kind, exc, tb))
    frames = traceback.extract_tb(tb)[-3:] if tb is not None else []
    where = ";".join(f"{f.filename}:{f.lineno}" for f in frames)
    try:
        message = str(exc)
    except Exception:  # a broken __str__: raised in the hook, it lost the report
        message = "<exception str() failed>"  # as the traceback module writes it
    return Crash(kind.__name__, redact(message), redact(text), thread, f"{kind.__qualname__}@{where}")


class _Relay(QObject):
    """Made on the GUI thread: carries crashes there from whichever thread they happen in."""

    raised = Signal(object)


_relay: _Relay | None = None
_seen: dict[str, int] = {}
_seen_lock = threading.Lock()


def _log(crash: Crash) -> None:
    with _seen_lock:
        count = _seen[crash.key] = _seen.get(crash.key, 0) + 1
    if count <= FULL_LOGS:
        log.error("unhandled exception in thread %s:\n%s", crash.thread, crash.text.rstrip())
    elif count & (count - 1) == 0:  # a power of two: say it still happens, not every time
        log.error("unhandled exception again (%d times so far): %s", count, crash.summary)


def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None,
           thread: str | None = None) -> None:
    """What both hooks do: log, then report on the GUI thread (queued, so a report never
    runs inside the code that failed)."""
    crash = make_crash(kind, exc, tb, thread or threading.current_thread().name)
    _log(crash)
    if _relay is not None:
        _relay.raised.emit(crash)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    handle(kind, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    handle(args.exc_type, args.exc_value, args.exc_traceback,
           args.thread.name if args.thread is not None else None)


def install(report: Report | None = None) -> None:
    """Catch uncaught exceptions of every thread; call on the GUI thread, once the
    QApplication exists. ``report(crash)`` then runs on the GUI thread."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    if report is not None:
        _relay.raised.connect(functools.partial(_report_safely, report),
                              Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook


def _report_safely(report: Report, crash: Crash) -> None:
    """An error of the report itself is logged only: reported, it failed again, for ever."""
    try:
        report(crash)
    except Exception:
        log.exception("could not report an unhandled exception (%s)", crash.summary)


def uninstall() -> None:
    """Back to Python's own hooks (tests)."""
    global _relay
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _relay is not None:
        _relay.deleteLater()
    _relay = None
    with _seen_lock:
        _seen.clear()


@functools.cache
def environment() -> tuple[tuple[str, str], ...]:
    """What a bug report needs to know about this installation (read when first needed)."""
    import platform  # noqa: PLC0415 - only when something went wrong

    import libvirt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    import kvmgui  # noqa: PLC0415

    def dotted(number: int) -> str:
        return f"{number // 1_000_000}.{number // 1000 % 1000}.{number % 1000}"

    gui = isinstance(QGuiApplication.instance(), QGuiApplication)
    qpa = QGuiApplication.platformName() if gui else "none"
    return (
        ("kvmgui", kvmgui.__version__),
        ("libvirt library", dotted(libvirt.getVersion())),
        ("libvirt-python", _dist_version("libvirt-python")),
        ("Qt", f"{qVersion()} (platform plugin {qpa})"),
        ("PySide6", pyside_version),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("Platform", platform.platform()),
    )


def _dist_version(name: str) -> str:
    from importlib import metadata  # noqa: PLC0415

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def report_text(crashes: list[tuple[Crash, int]], log_path: str = "") -> str:
    """A plain-text report for a bug tracker: the environment, then each error with how
    often it happened and its traceback. In English on purpose, like the tracebacks in it:
    it is written for kvmgui's maintainers, whatever language the user reads."""
    lines = [f"{name}: {value}" for name, value in environment()]
    if log_path:
        lines.append(f"Log: {log_path}")
    for crash, count in crashes:
        times = f" ({count} times)" if count > 1 else ""
        lines += ["", f"Thread {crash.thread}{times}:", crash.text.rstrip()]
    return redact("\n".join(lines) + "\n")
