"""Shared fixtures: offscreen Qt, libvirt's event loop, private test-driver hosts,
a guard that fails any test in which kvmgui calls libvirt on the GUI thread, and one
that fails any test in which a worker thread touches a widget, model or action."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import libvirt
import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO_HOST = REPO / "resources" / "demo" / "host.xml"

# Calls that read a value the client already holds: no round trip, fine anywhere.
LOCAL_CALLS = {"name", "UUIDString", "UUID", "ID", "connect", "getConnect", "c_pointer"}
GUARDED = [libvirt.virConnect, libvirt.virDomain, libvirt.virNetwork, libvirt.virStoragePool,
           libvirt.virStorageVol]
GUI_THREAD_CALLS: list[str] = []


def _called_from_kvmgui() -> bool:
    frame = sys._getframe(2)
    return frame.f_globals.get("__name__", "").startswith("kvmgui")


def _guard(owner: str, name: str, fn):
    def wrapper(*args, **kwargs):
        if threading.current_thread() is threading.main_thread() and _called_from_kvmgui():
            GUI_THREAD_CALLS.append(f"{owner}.{name}")
        return fn(*args, **kwargs)

    wrapper.__name__ = name
    return wrapper


def _install_guard() -> None:
    for cls in GUARDED:
        for name, value in list(vars(cls).items()):
            if name.startswith("_") or name in LOCAL_CALLS or not callable(value):
                continue
            setattr(cls, name, _guard(cls.__name__, name, value))
    for name in ("open", "openAuth", "openReadOnly"):
        setattr(libvirt, name, _guard("libvirt", name, getattr(libvirt, name)))


_install_guard()

# Widgets, item models and actions belong to the GUI thread: a worker job that reads a
# combo box races the user and may crash Qt. Every thread started from here on (the
# worker pools) reports each call of a method of such an object.
from PySide6.QtCore import QAbstractItemModel  # noqa: E402 - after the offscreen setting
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

GUI_OBJECTS = (QWidget, QAbstractItemModel, QAction)
OFF_THREAD_QT_CALLS: list[str] = []


def _qt_call_watch(_frame, event, arg):
    if event == "c_call" and isinstance(getattr(arg, "__self__", None), GUI_OBJECTS):
        OFF_THREAD_QT_CALLS.append(f"{type(arg.__self__).__name__}.{arg.__name__}")


threading.setprofile(_qt_call_watch)


@pytest.fixture(autouse=True)
def no_libvirt_on_gui_thread() -> Iterator[None]:
    """Rule 1: the GUI thread never waits on libvirt. Checked in every test."""
    GUI_THREAD_CALLS.clear()
    yield
    calls = sorted(set(GUI_THREAD_CALLS))
    GUI_THREAD_CALLS.clear()
    assert not calls, f"kvmgui called libvirt on the GUI thread: {calls}"


@pytest.fixture(autouse=True)
def no_widgets_off_gui_thread() -> Iterator[None]:
    """Workers get plain data: no widget, model or action is touched off the GUI thread."""
    OFF_THREAD_QT_CALLS.clear()
    yield
    calls = sorted(set(OFF_THREAD_QT_CALLS))
    OFF_THREAD_QT_CALLS.clear()
    assert not calls, f"a worker thread touched GUI objects: {calls}"


@pytest.fixture(autouse=True)
def figures_keep_their_pace(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a quiet desktop: no turn of the live figures is let pass. The suite's own load
    (the integration tests' guests) makes a test's GUI thread wait for a CPU, and
    ``cpuwait.Backoff`` would then skip the very readings a test waits for. Its own tests
    switch it back on."""
    from kvmgui.utils import cpuwait

    monkeypatch.setattr(cpuwait.Backoff, "enabled", False)


@pytest.fixture(scope="session", autouse=True)
def gc_on_gui_thread(qapp: QApplication) -> None:
    """As in the application: the cyclic garbage collector runs on the GUI thread only
    (kvmgui/utils/gcthread.py). A worker that collected a model left by the previous
    test destroyed it off the GUI thread and crashed the suite."""
    from kvmgui.utils import gcthread

    gcthread.install(qapp)


@pytest.fixture(scope="session", autouse=True)
def naming_style(qapp: QApplication) -> None:
    """As in the application: the style that names Qt's internal widgets (widgets/a11y.py)."""
    from kvmgui.widgets import a11y

    a11y.install(qapp)


@pytest.fixture(autouse=True)
def collect_between_tests(gc_on_gui_thread: None) -> Iterator[None]:
    """The timer only fires while a test spins the event loop; many tests never do."""
    yield
    from kvmgui.utils import gcthread

    gcthread.collect_due()


_kept_widgets: list = []  # the running test's widgets (widgets_live_until_teardown)


@pytest.fixture(scope="session", autouse=True)
def widgets_live_until_teardown() -> Iterator[None]:
    """Every widget given to ``qtbot.addWidget`` lives until Qt deletes it (the test, or
    pytest-qt's close at its end), as a window's Qt parent keeps it in the application.
    pytest-qt keeps only a weak reference: a window made without a parent whose last
    reference was a slot of one of its questions (``on_yes``, a lambda over the window)
    was freed when the question's ``deleteLater`` ran, and deleted the question, its child,
    from inside the question's own destructor: a double delete, SIGBUS
    (tests/unit/widgets/test_question.py). Held in ``_kept_widgets`` (not on pytest-qt's
    private state); let go by ``pytest_runtest_teardown`` below."""
    from pytestqt.qtbot import QtBot

    add = QtBot.addWidget

    def add_and_keep(self, widget, *, before_close_func=None):
        add(self, widget, before_close_func=before_close_func)
        _kept_widgets.append(widget)  # one test runs at a time: the running test's

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QtBot, "addWidget", add_and_keep)
        yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown() -> Iterator[None]:
    """Around pytest-qt's teardown (which closes the test's widgets and calls their
    ``deleteLater``): the widgets Qt deleted already are let go first, so that pytest-qt
    does not close what is gone; the others are deleted by Qt while still held, so that no
    wrapper's last reference goes inside a destructor (``widgets_live_until_teardown``)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    kept = [w for w in _kept_widgets if shiboken6.isValid(w)]
    _kept_widgets.clear()
    try:
        return (yield)
    finally:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        kept.clear()


@pytest.fixture(scope="session", autouse=True)
def libvirt_event_loop(qapp, gc_on_gui_thread):
    from kvmgui.libvirt import eventloop

    return eventloop.install()


@pytest.fixture
def test_host(tmp_path: Path) -> str:
    """A private test-driver host (a copy of the Demo host): nothing shared between tests."""
    path = tmp_path / "host.xml"
    shutil.copy(DEMO_HOST, path)
    return f"test://{path}"


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "kvmgui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def registry(settings, qtbot):
    from kvmgui.libvirt.registry import ConnectionRegistry

    reg = ConnectionRegistry(settings)
    yield reg
    reg.shutdown()
    reg.deleteLater()


@pytest.fixture
def connected(registry, test_host, qtbot):
    """A Connection to a private test host, already connected."""
    from tests.helpers import open_connection

    return open_connection(registry, qtbot, test_host, timeout=10000)
