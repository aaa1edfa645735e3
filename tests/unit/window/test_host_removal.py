"""Removing a host: its VMs' windows close first (one with unsaved edits may keep the
host), and the removed connection is freed, with its tables and worker thread, once
nothing uses it."""

import gc
import threading
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from kvmgui.dialogs.details import DetailsWindow, open_details
from kvmgui.libvirt.connstate import ConnState
from tests.helpers import DEMO_VMS, open_connection

SELECT = QItemSelectionModel.SelectionFlag


def remove_selected_host(window):
    window.conn_view.selectionModel().select(window.conn_model.index(0, 0),
                                             SELECT.ClearAndSelect | SELECT.Rows)
    window.remove_conn_action.trigger()


def lane_threads():
    return {t for t in threading.enumerate() if "-conn" in t.name or "-calls" in t.name}


def test_a_removed_host_is_freed_with_its_worker_thread(main_window, registry, test_host,
                                                       settings, qtbot, monkeypatch):
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    threads_before = lane_threads()
    conn = open_connection(registry, qtbot, test_host, timeout=10000)
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    # Events reach the connection both ways: libvirt's, and Qt's own (a queued call is a
    # Qt event; each one used to leave a reference behind: docs/event-bridge.md).
    with qtbot.waitSignal(conn.events, timeout=5000):
        conn.run(lambda c: c.lookupByName("web01").suspend())
    for _ in range(3):
        QCoreApplication.sendEvent(conn, QEvent(QEvent.Type.User))
    details = open_details(conn, DEMO_VMS["web01"], main_window)
    qtbot.waitUntil(lambda window=details: window.view is not None)
    alive, details_alive = weakref.ref(conn), weakref.ref(details)
    freed_on = []  # a QObject deleted off its thread crashes (utils/gcthread.py)
    conn.destroyed.connect(lambda *_a: freed_on.append(threading.current_thread()),
                           Qt.ConnectionType.DirectConnection)
    assert lane_threads() - threads_before

    remove_selected_host(main_window)
    del conn, details
    assert list(registry) == []
    assert not details_alive().isVisible()  # closed at once, deleted later

    def freed():  # what closing queued, then the cycles left behind
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return alive() is None

    qtbot.waitUntil(freed, timeout=5000)
    assert freed_on == [threading.main_thread()]
    # The executor's thread ends once the executor is freed with the connection.
    qtbot.waitUntil(lambda: not lane_threads() - threads_before, timeout=5000)


def test_a_details_window_kept_open_keeps_its_host(connected, main_window, registry, qtbot,
                                                  monkeypatch):
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    asked = []
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: asked.append(titles))
    window = open_details(connected, DEMO_VMS["build"], main_window)
    qtbot.waitUntil(lambda: window.view is not None)
    window.select_page("overview")
    overview = window.pages["overview"]
    overview.title_edit.setText("unsaved")
    overview.title_edit.textEdited.emit("unsaved")

    remove_selected_host(main_window)

    assert asked == [["Overview"]]  # the user chose Cancel
    assert window.isVisible() and overview.title_edit.text() == "unsaved"
    assert list(registry) == [connected] and connected.state == ConnState.CONNECTED
    assert main_window.proxy.rowCount() == 5

    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    remove_selected_host(main_window)
    assert not window.isVisible()
    assert list(registry) == [] and connected.state == ConnState.DISCONNECTED


def test_a_host_is_removed_once_its_windows_question_is_answered(connected, main_window,
                                                                registry, qtbot,
                                                                no_nested_questions):
    """The question does not block: the host goes after Discard, stays after Cancel."""
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    window = open_details(connected, DEMO_VMS["build"], main_window)
    qtbot.waitUntil(lambda: window.view is not None)
    window.select_page("overview")
    overview = window.pages["overview"]
    overview.title_edit.setText("unsaved")
    overview.title_edit.textEdited.emit("unsaved")
    remove_selected_host(main_window)
    assert window.discard_box is not None and list(registry) == [connected]
    window.discard_box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and list(registry) == [connected]
    remove_selected_host(main_window)
    window.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible()
    assert list(registry) == [] and connected.state == ConnState.DISCONNECTED
