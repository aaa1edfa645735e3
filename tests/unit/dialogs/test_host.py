"""The host details window: one per connection, the host panels as its tabs."""

import threading
import time

import shiboken6
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox

from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.panels import volumetransfers
from kvmgui.utils.tr import without_mnemonic
from kvmgui.widgets import transfer as transfer_module
from kvmgui.widgets.transfer import Direction
from tests.helpers import click, uuid_of


def test_tabs_and_accessible_names(connected, main_window):
    dialog = main_window.open_host_details(connected)
    dialog.hide()
    assert main_window.open_host_details(connected) is dialog  # one per connection
    tabs = [without_mnemonic(dialog.tabs.tabText(i)) for i in range(dialog.tabs.count())]
    assert tabs == ["Overview", "Virtual networks", "Storage", "Network map"]
    assert dialog.storage.pool_view.accessibleName() == "Storage pools"
    assert dialog.storage.volume_view.accessibleName() == "Volumes"
    assert dialog.networks.view.accessibleName() == "Virtual networks"
    main_window.close()
    assert not dialog.isVisible()


def test_edit_xml_opens_the_xml_editor(connected, main_window, qtbot):
    dialog = main_window.open_host_details(connected)
    panel = dialog.networks
    uuid = uuid_of(connected.networks, "net10")
    assert panel.view.select_key(uuid)
    click(qtbot, panel.xml_button)
    editors = panel.findChildren(XmlEditorDialog)
    assert len(editors) == 1 and editors[0].uuid == uuid and editors[0].kind == "network"
    editors[0].close()
    dialog.close()


def _edited_xml_editor(connected, dialog, qtbot):
    panel = dialog.networks
    assert panel.view.select_key(uuid_of(connected.networks, "net10"))
    click(qtbot, panel.xml_button)
    editor = panel.findChildren(XmlEditorDialog)[0]
    qtbot.waitUntil(lambda: editor.editor.toPlainText() != "", timeout=5000)
    editor.editor.appendPlainText("<!-- mine -->")
    assert editor.is_dirty()
    return editor


def test_closing_the_window_asks_before_its_xml_editors_text_is_lost(connected, main_window,
                                                                      qtbot, monkeypatch):
    """The XML editor is a child of the host window's panel: closing the window (Close,
    Escape, or removing the host) deleted it with its unapplied text, without a word."""
    dialog = main_window.open_host_details(connected)
    editor = _edited_xml_editor(connected, dialog, qtbot)
    asked = []
    monkeypatch.setattr(type(dialog), "ask_discard",
                        lambda self, editors: asked.append([e.accessibleName() for e in editors]))
    buttons = next(b for b in dialog.findChildren(QDialogButtonBox) if b.parent() is dialog)
    click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Close))
    assert not dialog.close()  # the window's own close button
    assert asked == [["XML editor for network net10"]] * 2  # Cancel, each time
    assert dialog.isVisible() and shiboken6.isValid(editor) and editor.is_dirty()

    monkeypatch.setattr(type(dialog), "ask_discard", lambda self, editors: True)
    assert dialog.close()
    assert not dialog.isVisible() and not editor.isVisible()


def test_removing_the_host_keeps_it_while_its_xml_editor_keeps_its_text(connected, main_window,
                                                                       registry, qtbot,
                                                                       monkeypatch):
    dialog = main_window.open_host_details(connected)
    editor = _edited_xml_editor(connected, dialog, qtbot)
    monkeypatch.setattr(type(dialog), "ask_discard", lambda self, editors: False)
    main_window.conn_view.selectionModel().select(
        main_window.conn_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    main_window.remove_conn_action.trigger()
    assert list(registry) == [connected] and editor.isVisible() and editor.is_dirty()

    monkeypatch.setattr(type(dialog), "ask_discard", lambda self, editors: True)
    main_window.remove_conn_action.trigger()
    assert list(registry) == [] and not dialog.isVisible() and not editor.isVisible()


def test_closing_the_window_asks_before_a_running_transfer_is_left_behind(
        connected, main_window, registry, qtbot, monkeypatch):
    """The transfer's window is a child of the host window: closing the host window (or
    removing the host) deleted it while its upload ran on in a worker, unseen, beyond
    Cancel, with the removed host's connection in use until it ended."""
    ended = threading.Event()

    def endless_upload(conn, pool_uuid, name, path, new, transfer, running=()):
        try:
            transfer.begin(100 * 1024**2)
            for _ in range(3000):  # a minute at most
                transfer.check()  # raises once cancelled
                transfer.advance(1024)
                time.sleep(0.02)
        finally:
            ended.set()

    monkeypatch.setattr(transfer_module, "upload_file", endless_upload)
    dialog = main_window.open_host_details(connected)
    volumes = dialog.storage.volumes
    volumetransfers.transfer(volumes, Direction.UPLOAD, uuid_of(connected.pools, "home"),
                             "disk.img", "/tmp/disk.img", new=True)
    running = volumes.dialog
    qtbot.waitUntil(lambda: " of 100 MiB — " in running.amount.text(), timeout=5000)
    asked = []
    monkeypatch.setattr(type(dialog), "ask_cancel_transfers",
                        lambda self, transfers: asked.append([t.what.text() for t in transfers]),
                        raising=False)
    main_window.conn_view.selectionModel().select(
        main_window.conn_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    main_window.remove_conn_action.trigger()
    assert asked == [["Uploading disk.img into volume disk.img"]]  # No: all is kept
    assert list(registry) == [connected] and dialog.isVisible() and running.running
    assert not running.transfer.cancelled

    monkeypatch.setattr(type(dialog), "ask_cancel_transfers", lambda self, transfers: True,
                        raising=False)
    transfer = running.transfer
    assert dialog.close()
    assert transfer.cancelled  # the worker removes what it had made, and stops
    qtbot.waitUntil(ended.is_set, timeout=5000)
