"""The host's "Storage" panel against the test driver: pools and their volumes."""

import pytest
from PySide6.QtWidgets import QMessageBox

from kvmgui.libvirt import poolops
from kvmgui.models.pools import PoolColumn
from kvmgui.panels.storage import StoragePanel
from tests.helpers import uuid_of


@pytest.fixture
def panel(connected, qtbot):
    widget = StoragePanel(connected)
    qtbot.addWidget(widget)
    assert widget.pool_view.select_key(uuid_of(connected.pools, "home"))
    return widget


def pool_state(panel, name):
    model = panel.pool_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, PoolColumn.STATE).data()


def test_storage_tab_stops_starts_and_lists_volumes(connected, panel, qtbot):
    qtbot.waitUntil(lambda: panel.volume_model.rowCount() == 3, timeout=5000)
    assert panel.volume_status.text() == "3 volumes"
    assert panel.stop_button.isEnabled() and not panel.start_button.isEnabled()
    panel.stop_button.click()
    qtbot.waitUntil(lambda: pool_state(panel, "home") == "Inactive", timeout=5000)
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=5000)
    assert panel.volume_model.rowCount() == 0
    assert "not active" in panel.volume_status.text()
    panel.start_button.click()
    qtbot.waitUntil(lambda: pool_state(panel, "home") == "Active", timeout=5000)
    qtbot.waitUntil(lambda: panel.volume_model.rowCount() == 3, timeout=5000)
    panel.autostart.setChecked(True)
    qtbot.waitUntil(lambda: next(p for p in connected.pools.records() if p.name == "home").autostart,
                    timeout=5000)


def test_storage_errors_show_libvirt_message(panel, qtbot):
    home = panel.current()
    # The pool was stopped elsewhere; the panel's button still thought it running.
    panel._run("stop pool 'home'", lambda c, u: c.storagePoolLookupByUUIDString(u).destroy(), home.uuid)
    qtbot.waitUntil(lambda: pool_state(panel, "home") == "Inactive", timeout=5000)
    panel._run("stop pool 'home'", lambda c, u: c.storagePoolLookupByUUIDString(u).destroy(), home.uuid)
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text().startswith("Could not stop pool 'home': ")
    assert "not active" in panel.message.text()


def test_delete_pool_asks_and_keeps_files(connected, panel, qtbot, submitted):
    panel.delete_button.click()
    assert "stay on disk" in panel.confirm_box.text()
    panel.confirm_box.button(QMessageBox.StandardButton.No).click()
    # "Yes" would have submitted the removal while the box closed: nothing was.
    assert poolops.remove not in submitted and not panel.busy
    assert any(p.name == "home" for p in connected.pools.records())
    panel.delete_button.click()
    panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert submitted[-1] is poolops.remove
    qtbot.waitUntil(lambda: not any(p.name == "home" for p in connected.pools.records()), timeout=5000)
