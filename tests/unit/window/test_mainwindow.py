from PySide6.QtCore import QItemSelectionModel

from kvmgui.libvirt.records import DomainState
from kvmgui.models.roles import Role
from kvmgui.window.mainwindow import MainWindow
from kvmgui.window.vmactions import ACTIONS_BY_KEY
from tests.helpers import run_in_worker


def make_window(registry, qtbot):
    window = MainWindow(registry)
    qtbot.addWidget(window)
    return window


def select(window, name):
    view = window.vm_view
    for r in range(view.model().rowCount()):
        idx = view.model().index(r, 0)
        if idx.data() == name:
            view.selectionModel().select(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
            return idx.data(Role.OBJECT).uuid
    raise AssertionError(f"{name} not listed")


def test_views_have_accessible_names(registry, qtbot):
    window = make_window(registry, qtbot)
    assert window.vm_view.accessibleName() == "Virtual machines"
    assert window.conn_view.accessibleName() == "Connections"


def test_actions_follow_selection_and_run(connected, registry, qtbot):
    window = make_window(registry, qtbot)
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    uuid = select(window, "build")
    assert window.vm_actions["start"].isEnabled()
    assert not window.vm_actions["pause"].isEnabled()
    window.vm_actions["start"].trigger()
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state == DomainState.RUNNING, timeout=5000)
    qtbot.waitUntil(lambda: window.vm_actions["pause"].isEnabled(), timeout=5000)
    assert not window.vm_actions["start"].isEnabled()


def test_failed_action_notifies_with_libvirt_message(connected, registry, qtbot):
    """An action on a VM whose state changed meanwhile: libvirt's words, and the true state."""
    window = make_window(registry, qtbot)
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    record = connected.domains.get(select(window, "web01"))
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())
    qtbot.waitUntil(lambda: connected.domains.get(record.uuid).state == DomainState.SHUTOFF)
    pause = ACTIONS_BY_KEY["pause"]
    connected.run(pause.run, record.uuid,  # as the window does for a row it thought running
                  failed=lambda e: window._action_failed(pause, connected, record, e))
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    assert "not running" in window.notifications.messages()[0]
    assert window.notifications.isVisibleTo(window)
    assert connected.domains.get(record.uuid).state == DomainState.SHUTOFF


def test_filter_narrows_list(connected, registry, qtbot):
    window = make_window(registry, qtbot)
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    window.proxy.setFilterFixedString("web")
    assert window.vm_view.model().rowCount() == 1
