"""The main window acts on what is selected, however it was selected (a click, the
keyboard, or a screen reader that selects without moving the current index)."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.helpers import DEMO_VMS

SELECT = QItemSelectionModel.SelectionFlag


@pytest.fixture
def window(connected, main_window, qtbot):
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    return main_window


def row_of(view, text):
    model = view.model()
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == text)


def select_only(view, index):
    """As AT-SPI's Selection interface does: the selection model, not the current index."""
    view.selectionModel().select(index, SELECT.ClearAndSelect | SELECT.Rows)


def test_host_details_follows_a_selected_connection(connected, window, qtbot):
    assert not window.vm_view.selectionModel().hasSelection()
    window.conn_view.selectionModel().clear()
    window._update_actions()
    assert not window.host_details_action.isEnabled()
    select_only(window.conn_view, window.conn_model.index(0, 0))
    assert window.host_details_action.isEnabled()  # no VM row needed
    window.host_details_action.trigger()
    host = window.host_windows[id(connected)]
    assert host.isVisible() and host.conn is connected
    host.close()


def test_open_opens_the_selected_vms(window, qtbot):
    opened = []
    window.detailsRequested.connect(lambda conn, uuid: opened.append(uuid))
    assert not window.open_action.isEnabled()
    select_only(window.vm_view, row_of(window.vm_view, "db01"))
    assert window.open_action.isEnabled()
    window.open_action.trigger()
    assert opened == [DEMO_VMS["db01"]]
    window.vm_view.selectionModel().select(row_of(window.vm_view, "web01"), SELECT.Select | SELECT.Rows)
    opened.clear()
    window.open_action.trigger()
    assert sorted(opened) == sorted([DEMO_VMS["db01"], DEMO_VMS["web01"]])


def test_actions_follow_the_current_row_when_nothing_is_selected(window):
    view = window.vm_view
    view.selectionModel().setCurrentIndex(row_of(view, "build"), SELECT.NoUpdate)
    assert not view.selectionModel().hasSelection()
    assert [r.name for _c, r in window.selected_vms()] == ["build"]
    assert window.vm_actions["start"].isEnabled() and window.open_action.isEnabled()


def test_enter_on_a_selected_row_opens_it(window, qtbot):
    opened = []
    window.detailsRequested.connect(lambda conn, uuid: opened.append(uuid))
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.vm_view.hasFocus()  # the list users act on has the focus from the start
    select_only(window.vm_view, row_of(window.vm_view, "router"))
    qtbot.keyClick(window.vm_view, Qt.Key.Key_Return)
    assert opened == [DEMO_VMS["router"]]
    window.vm_view.activated.emit(row_of(window.vm_view, "web01"))  # a double-click
    assert opened[-1] == DEMO_VMS["web01"]


def test_enter_on_a_connection_opens_its_host_details(connected, window, qtbot):
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.conn_view.setFocus()
    select_only(window.conn_view, window.conn_model.index(0, 0))
    qtbot.keyClick(window.conn_view, Qt.Key.Key_Return)
    host = window.host_windows[id(connected)]
    assert host.isVisible()
    host.close()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_context_menus_are_deleted_when_closed(window, qtbot):
    select_only(window.vm_view, row_of(window.vm_view, "web01"))
    before = len(QApplication.topLevelWidgets())
    for _ in range(3):
        rect = window.vm_view.visualRect(row_of(window.vm_view, "web01"))
        window._context_menu(rect.center())
        menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
        assert len(menus) == 1
        menus[0].close()
        qtbot.waitUntil(lambda: len(QApplication.topLevelWidgets()) == before)


def test_removed_connection_takes_its_host_window(connected, window, registry, qtbot):
    host = window.open_host_details(connected)
    assert window.open_host_details(connected) is host  # shown again, not rebuilt
    registry.remove(connected)
    assert id(connected) not in window.host_windows
    qtbot.waitUntil(lambda: host not in QApplication.topLevelWidgets())
