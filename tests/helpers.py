"""Helpers for tests that drive kvmgui's connections and windows."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import libvirt

# The Demo host's objects (resources/demo/host.xml), which every unit test host copies.
DEMO_VMS = {"web01": "4dea22b3-1d52-d8f3-2516-782e98a23f01",  # running
            "db01": "4dea22b3-1d52-d8f3-2516-782e98a23f02",  # running
            "build": "4dea22b3-1d52-d8f3-2516-782e98a23f03",  # shut off
            "router": "4dea22b3-1d52-d8f3-2516-782e98a23f04",  # running
            "desktop": "4dea22b3-1d52-d8f3-2516-782e98a23f05"}
WEB01, BUILD = DEMO_VMS["web01"], DEMO_VMS["build"]


def run_in_worker(qtbot, conn, fn, *args):
    """Run fn(virConnect, *args) on the app's connection in a worker, wait, return its result.

    Waits for the answer on the GUI thread, not for the future: the future is done in the
    worker before the GUI thread has heard what the job queued for it (its
    ``commandsIssued``), which a test waiting for the next job's signal then caught instead
    (test_dhcphosts, once, on a loaded machine)."""
    outcome: list[tuple[bool, object]] = []
    conn.run(fn, *args, done=lambda result: outcome.append((True, result)),
             failed=lambda exc: outcome.append((False, exc)))
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def open_connection(registry, qtbot, uri, timeout=30000):
    """Add ``uri`` to the registry, open it and wait until it is connected."""
    from kvmgui.libvirt.connection import ConnState

    conn = registry.add(uri, save=False)
    conn.open()
    # The state, not ``waitSignal(conn.stateChanged)``: twice (15:39 and 21:45 on
    # 2026-11-29) PySide failed to disconnect pytest-qt's slot from that signal ("Failed to
    # disconnect … stateChanged(PyObject,PyObject)") and the test's teardown, closing the
    # connection, then called it on a freed object (test_troubleshoot, a teardown error).
    qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=timeout)
    return conn


def uuid_of(table, name):
    """The uuid of the object called ``name`` in a connection's table (``conn.domains``,
    ``conn.networks``, ``conn.pools``)."""
    return next(r.uuid for r in table.records() if r.name == name)


def stop_network(qtbot, conn, name):
    """Stop the virtual network ``name`` from a worker, as another client would, and wait
    until the connection's table says so (its event comes later than the call's end)."""
    run_in_worker(qtbot, conn, lambda c: c.networkLookupByName(name).destroy())
    qtbot.waitUntil(lambda: not next(r for r in conn.networks.records() if r.name == name).active,
                    timeout=5000)


def domain_doc(qtbot, conn, uuid, flags=libvirt.VIR_DOMAIN_XML_INACTIVE):
    """The VM's definition (or, with flags=0, its live XML) as libvirt has it now."""
    from kvmgui.xml.domain import DomainDoc

    return DomainDoc.from_string(run_in_worker(
        qtbot, conn, lambda c: c.lookupByUUIDString(uuid).XMLDesc(flags)))


def click(qtbot, button):
    """Click like a user: only an enabled button."""
    from PySide6.QtCore import Qt

    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text):
    """Replace a line edit's text by typing, as a user would."""
    edit.clear()
    if text:
        qtbot.keyClicks(edit, text)
    assert edit.text() == text


def select_vms(window, *names):
    """Select these VMs in the main window's list (as a multi-selection); their uuids."""
    from PySide6.QtCore import QItemSelectionModel

    from kvmgui.models.roles import Role

    view = window.vm_view
    flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
    uuids = []
    for name in names:
        for r in range(view.model().rowCount()):
            idx = view.model().index(r, 0)
            if idx.data() == name:
                view.selectionModel().select(idx, flag | QItemSelectionModel.SelectionFlag.Rows)
                flag = QItemSelectionModel.SelectionFlag.Select
                uuids.append(idx.data(Role.OBJECT).uuid)
                break
        else:
            raise AssertionError(f"{name} not listed")
    return uuids


def open_details_window(qtbot, conn, uuid, settings, timeout=5000):
    """A VM's details window, shown and loaded. Patch ``DetailsWindow.ask_discard`` first
    (``lambda self, titles, on_discard: on_discard()``): qtbot closes windows after the
    test, and one with edits would stay open, asking."""
    from kvmgui.dialogs.details import DetailsWindow

    window = DetailsWindow(conn, uuid, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.view is not None, timeout=timeout)
    return window


def listed_volumes(dialog):
    """The volume paths a delete dialog lists (checked or not)."""
    from PySide6.QtCore import Qt

    items = [dialog.volume_list.item(i) for i in range(dialog.volume_list.count())]
    return [item.data(Qt.ItemDataRole.UserRole) for item in items]


class FakeError(libvirt.libvirtError):
    """A libvirt error with a chosen message (and error code), for monkeypatched failures."""

    def __init__(self, message: str, code: int = libvirt.VIR_ERR_INTERNAL_ERROR,
                 domain: int = libvirt.VIR_FROM_NONE) -> None:
        Exception.__init__(self, message)
        self.message = message
        self.code = code
        self.domain = domain

    def get_error_message(self) -> str:
        return self.message

    def get_error_code(self) -> int:
        return self.code

    def get_error_domain(self) -> int:
        return self.domain


def run_start_up(script, tmp_path):
    """Run ``script`` (Python that calls kvmgui's real start-up and prints one JSON line
    last) in a fresh process, offscreen, with private config and state; its answer."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_STATE_HOME=str(tmp_path / "s"))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    return json.loads(done.stdout.strip().splitlines()[-1])


def pixel_differences(a, b) -> list[tuple[int, int]]:
    """The (x, y) where two QImages of one size differ: for tests that compare a fast
    paint with Qt's own."""
    assert a.size() == b.size()
    return [(x, y) for y in range(a.height()) for x in range(a.width())
            if a.pixel(x, y) != b.pixel(x, y)]


def parsed_on_gui_thread(monkeypatch, root: str) -> list[str]:
    """The XML whose text starts with ``root`` ("<pool", "<network") kvmgui parses on the
    GUI thread from now on (the start of each text): the worker that reads an object reads
    what the views need of its XML, once per change, where the GUI thread parsed every
    object's at each event."""
    import threading

    from kvmgui.xml import base

    parsed: list[str] = []
    real = base.parse_xml

    def watched(text, *args, **kwargs):
        if threading.current_thread() is threading.main_thread() and root in str(text)[:200]:
            parsed.append(str(text)[:40])
        return real(text, *args, **kwargs)

    monkeypatch.setattr(base, "parse_xml", watched)
    return parsed


_HAN = r"[\u201c\u201d\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"  # Chinese words, full-width marks
HAN_GAP = re.compile(f"{_HAN} {_HAN}")


def han_gaps(text: str) -> list[str]:
    """Spaces between two Chinese characters or full-width marks in ``text``: the glossary
    writes none, also where a placeholder held Chinese words (「記憶體 圖表」 should be
    「記憶體圖表」) or two sentences were joined (「…CPU。 它至少…」)."""
    return HAN_GAP.findall(text)


def question_of(window):
    """The one question box shown over ``window`` (a child of it), or None."""
    from PySide6.QtWidgets import QMessageBox

    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    return boxes[0] if len(boxes) == 1 else None


def answer(qtbot, window, button):
    """Wait for the question over ``window``, click ``button`` on it; its text."""
    qtbot.waitUntil(lambda: question_of(window) is not None, timeout=5000)
    box = question_of(window)
    text = box.text()
    box.button(button).click()
    qtbot.waitUntil(lambda: question_of(window) is None, timeout=5000)
    return text


def meet(monkeypatch, calls, timeout=5):
    """Each ``(cls, name)`` of ``calls`` goes on only once the first call of every one is in
    flight: calls made one after another break the barrier (``BrokenBarrierError``)."""
    barrier = threading.Barrier(len(calls), timeout=timeout)
    for cls, name in calls:
        real, first = getattr(cls, name), threading.Event()

        def call(self, *args, _real=real, _first=first):
            if not _first.is_set():
                _first.set()
                barrier.wait()
            return _real(self, *args)
        monkeypatch.setattr(cls, name, call)


def together(monkeypatch, cls, name, parties=3):
    """``cls.name``'s first ``parties`` calls go on only once all are in flight."""
    real, barrier, arrived = getattr(cls, name), threading.Barrier(parties, timeout=5), [0]
    lock = threading.Lock()

    def call(self, *args):
        with lock:
            arrived[0] += 1
            wait = arrived[0] <= parties
        if wait:
            barrier.wait()
        return real(self, *args)
    monkeypatch.setattr(cls, name, call)
