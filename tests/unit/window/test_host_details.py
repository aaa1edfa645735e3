"""Host details: overview from the host, live graphs, networks and storage tabs."""

from PySide6.QtWidgets import QMessageBox

from kvmgui.dialogs.host import HostDetailsDialog
from kvmgui.libvirt.hostinfo import Acceleration, acceleration_from_caps, version_words
from kvmgui.models.pools import PoolColumn
from kvmgui.window.mainwindow import MainWindow

QEMU_CAPS = """<capabilities><host><cpu><arch>x86_64</arch></cpu></host>
  <guest><os_type>hvm</os_type><arch name='x86_64'><domain type='{}'/></arch></guest>
</capabilities>"""


def test_kvm_or_tcg_from_capabilities():
    assert acceleration_from_caps(QEMU_CAPS.format("kvm"), "QEMU") == Acceleration.KVM
    assert acceleration_from_caps(QEMU_CAPS.format("qemu"), "QEMU") == Acceleration.TCG
    assert acceleration_from_caps(QEMU_CAPS.format("test"), "TEST") == Acceleration.NOT_APPLICABLE
    assert version_words(9_000_000) == "9.0.0" and version_words(8_002_001) == "8.2.1"


def test_overview_shows_what_the_host_is(connected, qtbot):
    dialog = HostDetailsDialog(connected)
    qtbot.addWidget(dialog)
    dialog.show()
    values = dialog.overview.values
    qtbot.waitUntil(lambda: values["driver"].text() == "TEST", timeout=5000)
    assert values["acceleration"].text() == Acceleration.NOT_APPLICABLE
    assert values["libvirt_version"].text().count(".") == 2
    assert values["cpus"].text() == "8 × 2400 MHz"
    assert values["memory"].text() == "16.0 GiB"
    assert values["uri"].text() == connected.uri
    # The test driver's host counters never move: the graphs say so instead of lying.
    qtbot.waitUntil(lambda: len(dialog.overview.monitor.samples) >= 1, timeout=5000)
    assert dialog.overview.monitor._timer.isActive()
    dialog.hide()
    assert not dialog.overview.monitor._timer.isActive()  # samples only while shown


def test_tabs_and_accessible_names(connected, registry, settings, qtbot):
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    dialog = window.open_host_details(connected)
    dialog.hide()
    assert window.open_host_details(connected) is dialog  # one per connection
    tabs = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert tabs == ["Overview", "Virtual networks", "Storage"]
    assert dialog.storage.pool_view.accessibleName() == "Storage pools"
    assert dialog.storage.volume_view.accessibleName() == "Storage volumes"
    from kvmgui.dialogs.host import NetworksPanel
    if NetworksPanel is not None:
        assert dialog.networks.view.accessibleName() == "Virtual networks"
    window.close()
    assert not dialog.isVisible()


def pool_state(panel, name):
    model = panel.pool_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, PoolColumn.STATE).data()


def test_storage_tab_stops_starts_and_lists_volumes(connected, qtbot):
    dialog = HostDetailsDialog(connected)
    qtbot.addWidget(dialog)
    panel = dialog.storage
    assert panel.select_pool("home")
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


def test_storage_errors_show_libvirt_message(connected, qtbot):
    dialog = HostDetailsDialog(connected)
    qtbot.addWidget(dialog)
    panel = dialog.storage
    panel.select_pool("home")
    home = panel.current()
    # The pool was stopped elsewhere; the panel's button still thought it running.
    panel._run("stop pool 'home'", lambda c, u: c.storagePoolLookupByUUIDString(u).destroy(), home.uuid)
    qtbot.waitUntil(lambda: pool_state(panel, "home") == "Inactive", timeout=5000)
    panel._run("stop pool 'home'", lambda c, u: c.storagePoolLookupByUUIDString(u).destroy(), home.uuid)
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text().startswith("Could not stop pool 'home': ")
    assert "not active" in panel.message.text()


def test_delete_pool_asks_and_keeps_files(connected, qtbot):
    dialog = HostDetailsDialog(connected)
    qtbot.addWidget(dialog)
    panel = dialog.storage
    panel.select_pool("home")
    panel.delete_button.click()
    assert "stay on disk" in panel.confirm_box.text()
    panel.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert any(p.name == "home" for p in connected.pools.records())
    panel.delete_button.click()
    panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not any(p.name == "home" for p in connected.pools.records()), timeout=5000)
