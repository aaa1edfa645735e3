"""The virsh line in the main window: "Show Command" for each VM action, the timeline's
entries for what kvmgui did, and the dialog that shows, copies and saves them."""

import shlex
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from kvmgui.libvirt import actions, domainops
from kvmgui.models.timeline import TimelineColumn
from kvmgui.widgets.vmactions import ACTIONS_BY_KEY
from tests.helpers import BUILD, WEB01, run_in_worker, select_vms


@pytest.fixture
def window(main_window, connected, qtbot):
    qtbot.waitUntil(lambda: main_window.vm_view.model().rowCount() >= 5, timeout=5000)
    return main_window


def argv(line):
    return shlex.split(line)[3:]


def test_items_follow_the_selection(window, qtbot):
    menu = window.command_menu
    assert menu.accessibleName() == "Show command"
    assert menu.menuAction() in window.vm_menu.actions()
    select_vms(window, "build")  # shut off
    window._update_actions()
    assert menu.isEnabled()
    assert menu.items["start"].isEnabled() and not menu.items["force_off"].isEnabled()
    assert menu.items["delete"].isEnabled()
    select_vms(window, "web01", "db01")
    window._update_actions()
    assert not menu.isEnabled()  # one VM at a time


def test_show_command_of_an_action(window, qtbot, connected):
    select_vms(window, "web01")
    dialog = window.command_menu.show_for(ACTIONS_BY_KEY["force_off"])
    qtbot.waitUntil(lambda: bool(dialog.commands), timeout=5000)
    assert dialog.accessibleName() == "Show command"
    assert dialog.text.accessibleName() == "Command line"
    assert dialog.lines() == [shlex.join(["virsh", "-c", connected.uri, "destroy", "web01"])]
    dialog.copy()
    assert QGuiApplication.clipboard().text() == dialog.lines()[0]
    assert connected.domains.get(WEB01).state.is_active  # shown, never run
    dialog.close()
    delete = window.command_menu.show_delete()
    qtbot.waitUntil(lambda: bool(delete.commands), timeout=5000)
    assert [argv(line)[0] for line in delete.lines()] == ["destroy", "undefine"]
    delete.close()


def test_the_timeline_shows_what_kvmgui_ran(window, qtbot, connected, tmp_path):
    model = window.timeline.model
    select_vms(window, "build")
    window.vm_actions["start"].trigger()
    qtbot.waitUntil(lambda: any(model.entry_at(r).command for r in range(model.rowCount())),
                    timeout=5000)
    model.flush()
    row = next(r for r in range(model.rowCount()) if model.entry_at(r).command)
    assert model.index(row, TimelineColumn.EVENT).data() == "kvmgui ran"
    assert argv(model.index(row, TimelineColumn.DETAIL).data()) == ["start", "build"]
    assert model.index(row, TimelineColumn.NAME).data() == "build"
    assert model.index(row, TimelineColumn.KIND).data() == "VM"
    proxy_row = window.timeline.proxy.mapFromSource(model.index(row, 0))
    dialog = window.timeline.show_command(proxy_row)
    assert argv(dialog.lines()[0]) == ["start", "build"]
    dialog.close()


def test_a_defined_xml_is_written_to_a_file_the_dialog_names(window, qtbot, connected):
    model = window.timeline.model
    change = domainops.set_title_description("Builder", "")
    run_in_worker(qtbot, connected, domainops.apply_change, BUILD, change)
    qtbot.waitUntil(lambda: any(model.entry_at(r).command for r in range(model.rowCount()))
                    or bool(model._pending), timeout=5000)
    model.flush()
    row = next(r for r in range(model.rowCount())
               if model.entry_at(r).command and model.entry_at(r).command.command.verb == "define")
    dialog = window.timeline.show_command(window.timeline.proxy.mapFromSource(model.index(row, 0)))
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=5000)
    [(xml, path)] = dialog.paths.items()
    assert argv(dialog.lines()[0]) == ["define", path]
    assert "<title>Builder</title>" in Path(path).read_text()
    assert xml.name == "build.xml" and path.endswith("/build.xml")
    saved = dialog.files.itemAtPosition(0, 2).widget()
    assert saved.accessibleName() == "Save build.xml as"


def test_a_failed_action_is_in_the_timeline_with_libvirts_words(window, qtbot, connected):
    model = window.timeline.model
    future = connected.run(actions.shutdown, BUILD)  # shut off: refused
    qtbot.waitUntil(future.done, timeout=5000)
    qtbot.waitUntil(lambda: bool(model._pending) or any(
        model.entry_at(r).command for r in range(model.rowCount())), timeout=5000)
    model.flush()
    row = next(r for r in range(model.rowCount()) if model.entry_at(r).command)
    assert model.index(row, TimelineColumn.EVENT).data() == "kvmgui failed"
    assert "not running" in model.index(row, TimelineColumn.DETAIL).data()
