"""Every Save…, Upload…, Export… and Browse… of kvmgui builds its file dialog only once
the folders it looks at answered: Qt's dialog looked at the last folder saved to (kept
in QtProject.conf, so even after a restart) on the GUI thread while it was built, and one
on a network mount that stopped answering froze the window at the click."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from kvmgui.libvirt.commands import Command, XmlFile
from kvmgui.models.netmap import NetworkMapModel
from kvmgui.panels.storage import StoragePanel
from kvmgui.widgets import filedialogs, qtdialogsettings
from kvmgui.widgets.commanddialog import CommandDialog
from kvmgui.widgets.netmapwidget import NetworkMapWidget
from kvmgui.widgets.vnc.console import GraphicalConsole
from kvmgui.wizards.newvm.choosers import PathField
from tests.helpers import BUILD, uuid_of


@pytest.fixture
def hung_last_folder(monkeypatch, dead_mount):
    """Qt's setting of the last folder points into a dead mount; each look there hangs."""
    monkeypatch.setattr(filedialogs, "_last", None)
    monkeypatch.setattr(filedialogs, "_qt_memory", "")
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    qtdialogsettings.point_at(str(dead_mount.path / "saved"))
    (dead_mount.path / "saved").mkdir()
    return dead_mount


def _waits_for_the_mount(qtbot, dead_mount, owner: QWidget, click: Callable[[], object],
                         busy: QPushButton | QAction) -> QFileDialog:
    """Clicked twice while the folder hangs: no dialog is built meanwhile, ``busy`` is
    greyed; once the mount answers, one dialog opens there."""
    click()
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert owner.findChildren(QFileDialog) == []
    assert not busy.isEnabled()
    click()
    dead_mount.release.set()
    qtbot.waitUntil(lambda: bool(owner.findChildren(QFileDialog)), timeout=5000)
    [dialog] = owner.findChildren(QFileDialog)
    assert dialog.directory().path() == str(dead_mount.path / "saved")
    return dialog


def test_the_xml_files_save_as(qtbot, hung_last_folder):
    xml = XmlFile("web01", "<domain type='kvm'><name>web01</name></domain>")
    owner = CommandDialog("Edit web01", [Command("test:///default", "domain", "web01",
                                                 ("define", xml))])
    qtbot.addWidget(owner)
    qtbot.waitUntil(lambda: bool(owner.paths), timeout=5000)  # its Save As… once written
    save = next(b for b in owner.findChildren(QPushButton) if b.text() == "&Save As…")
    dialog = _waits_for_the_mount(qtbot, hung_last_folder, owner, save.click, save)
    assert save.isEnabled() and dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.nameFilters() == ["XML files (*.xml)"]
    dialog.reject()


def test_the_network_maps_export(qtbot, connected, hung_last_folder):
    model = NetworkMapModel()
    model.add_connection(connected)
    owner = NetworkMapWidget(model)
    qtbot.addWidget(owner)
    button = owner.export_svg_button
    dialog = _waits_for_the_mount(qtbot, hung_last_folder, owner, button.click, button)
    assert dialog.defaultSuffix() == "svg" and dialog.nameFilters() == ["SVG drawings (*.svg)"]
    assert owner.file_dialog is dialog
    dialog.reject()


def test_the_screenshot(qtbot, connected, hung_last_folder):
    owner = GraphicalConsole(connected, BUILD)
    qtbot.addWidget(owner)
    owner.screenshot_action.setEnabled(True)  # as while connected (not needed here)
    dialog = _waits_for_the_mount(qtbot, hung_last_folder, owner, owner.ask_screenshot,
                                  owner.screenshot_action)
    assert dialog.windowTitle() == "Save screenshot"
    assert not owner.screenshot_action.isEnabled()  # as the console's state says: not connected
    dialog.reject()
    owner.shutdown()


def test_the_new_vm_wizards_browse(qtbot, hung_last_folder):
    owner = PathField("ISO image", name_filter="ISO images (*.iso)")
    qtbot.addWidget(owner)
    dialog = _waits_for_the_mount(qtbot, hung_last_folder, owner, owner.browse.click, owner.browse)
    assert dialog.fileMode() is QFileDialog.FileMode.ExistingFile and owner.dialog is dialog
    assert dialog.nameFilters() == ["ISO images (*.iso)", "All files (*)"]
    dialog.reject()


@pytest.mark.parametrize("direction", ["upload", "download"])
def test_the_volumes_upload_and_download(qtbot, connected, hung_last_folder, direction):
    owner = StoragePanel(connected)
    qtbot.addWidget(owner)
    owner.show()
    assert owner.pool_view.select_key(uuid_of(connected.pools, "home"))
    qtbot.waitUntil(lambda: owner.volume_model.rowCount() == 3, timeout=5000)
    assert owner.volume_view.select_key(owner.volume_model.volume("build.qcow2").key)
    button = owner.volumes.upload_button if direction == "upload" else owner.volumes.download_button
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    dialog = _waits_for_the_mount(qtbot, hung_last_folder, owner, button.click, button)
    assert button.isEnabled() and owner.volumes.file_dialog is dialog
    dialog.reject()
