"""The main window's New virtual machine action: the wizard it opens, the new VM selected
and its details opened on the Console page, and "Customise before install" through the
details window on a VM that does not exist yet."""

from __future__ import annotations

import libvirt
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from kvmgui.dialogs.details import DetailsWindow, open_details
from kvmgui.dialogs.details.console import ConsolePage
from kvmgui.dialogs.details.draft import DraftDetailsWindow
from kvmgui.models.roles import Role
from kvmgui.wizards.newvm import state as state_module
from kvmgui.wizards.newvm.wizard import NewVmWizard, PageId
from kvmgui.xml.domain import DomainDoc
from tests.helpers import FakeError, click
from tests.unit.wizards.newvm.drive import (
    FINISH,
    defined_names,
    fill_kernel_vm,
    pool_volumes,
    run_xml,
    settle,
    toggle,
)
from tests.unit.wizards.newvm.drive import click as wizard_click


@pytest.fixture(autouse=True)
def generic_osdb(monkeypatch):
    from kvmgui.osinfo.database import OsDatabase

    monkeypatch.setattr(state_module, "_osdb", OsDatabase())


@pytest.fixture(autouse=True)
def never_ask(monkeypatch):
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())


def open_new_vm(qtbot, window):
    window.new_vm_action.trigger()
    wiz = window.new_vm_wizard
    assert isinstance(wiz, NewVmWizard) and wiz.isVisible()
    qtbot.addWidget(wiz)
    qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=10000)
    return wiz


def selected_names(window):
    return [i.data(Role.OBJECT).name for i in window.vm_view.selectionModel().selectedRows()]


def test_the_action_everywhere_a_user_looks(main_window, connected, qtbot):
    window = main_window
    action = window.new_vm_action
    assert action.shortcut() == QKeySequence("Ctrl+N")
    assert window.new_conn_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions()[0] is action
    toolbar = window.findChild(type(window.addToolBar("x")), "mainToolbar")
    assert toolbar.actions()[0] is action
    assert toolbar.widgetForAction(action).accessibleName() == "New virtual machine"
    qtbot.waitUntil(action.isEnabled, timeout=5000)


def test_without_a_connection_it_says_why(registry, settings, qtbot):
    from kvmgui.window.mainwindow import MainWindow

    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    assert not window.new_vm_action.isEnabled()
    assert window.new_vm() is None
    assert window.new_vm_wizard is None


def test_created_vm_is_selected_and_its_console_opens(main_window, connected, qtbot, tmp_path):
    window = main_window
    opened = []
    window.detailsRequested.connect(lambda conn, uuid: opened.append(open_details(conn, uuid, window)))
    wiz = open_new_vm(qtbot, window)
    assert wiz.conn is connected
    window.new_vm_action.trigger()
    assert window.new_vm_wizard is wiz  # one wizard: raised, not doubled
    fill_kernel_vm(qtbot, wiz, tmp_path, name="fresh")
    with qtbot.waitSignal(wiz.created, timeout=20000):
        wizard_click(qtbot, wiz, FINISH)
    qtbot.waitUntil(lambda: selected_names(window) == ["fresh"], timeout=10000)
    assert len(opened) == 1
    details = opened[0]
    qtbot.addWidget(details)
    assert isinstance(details.current_page(), ConsolePage)
    qtbot.waitUntil(lambda: details.view is not None, timeout=10000)
    assert details.vm_name == "fresh"
    qtbot.waitUntil(lambda: window.new_vm_wizard is None, timeout=5000)


def customise(qtbot, window, tmp_path, name="custom"):
    wiz = open_new_vm(qtbot, window)
    fill_kernel_vm(qtbot, wiz, tmp_path, name=name)
    wiz.back()
    assert wiz.currentId() == PageId.NAME
    toggle(qtbot, wiz.name.customise)
    assert wiz.button(FINISH).text() == "&Customise…"
    wiz.next()
    settle(qtbot, wiz)
    wizard_click(qtbot, wiz, FINISH)
    draft = window.draft_window
    assert isinstance(draft, DraftDetailsWindow) and draft.isVisible()
    assert not wiz.isVisible() and wiz.customising
    return wiz, draft


def set_memory(qtbot, draft, mib):
    draft.select_page("cpumem")
    page = draft.pages["cpumem"]
    page.max_memory.setValue(mib)
    page.memory.setValue(mib)
    click(qtbot, page.apply_button)


def test_customise_before_install(main_window, connected, qtbot, tmp_path):
    window = main_window
    opened = []
    window.detailsRequested.connect(lambda conn, uuid: opened.append(uuid))
    before = pool_volumes(qtbot, connected)
    wiz, draft = customise(qtbot, window, tmp_path)
    assert pool_volumes(qtbot, connected) == before  # nothing exists yet
    ids = [draft.page_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(draft.page_list.count())]
    assert ids[:3] == ["overview", "cpumem", "boot"] and "console" not in ids
    assert any(i.startswith("device:") for i in ids)
    assert draft.header.text() == "<b>custom</b> — not created yet"
    assert not draft.add_hw_action.isVisible() and not draft.xml_action.isVisible()
    set_memory(qtbot, draft, 768)
    assert DomainDoc.from_string(draft.draft.xml).memory_kib == 768 * 1024
    draft.pages["cpumem"].memory.setValue(640)  # an edit not applied yet
    click(qtbot, draft.bar.begin)
    assert draft.result.text() == "Apply or revert your edits first: CPUs and memory."
    draft.pages["cpumem"].revert()
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, draft.bar.begin)
    uuid = created.args[1].uuid
    assert not draft.isVisible()
    root = DomainDoc.from_string(run_xml(qtbot, connected, uuid))
    assert root.memory_kib == 768 * 1024  # the customised settings were defined
    assert opened == [uuid]
    qtbot.waitUntil(lambda: selected_names(window) == ["custom"], timeout=10000)


def test_customise_then_close_goes_back_to_the_wizard(main_window, connected, qtbot, tmp_path):
    window = main_window
    wiz, draft = customise(qtbot, window, tmp_path)
    set_memory(qtbot, draft, 896)
    draft.close()
    assert wiz.isVisible() and not wiz.customising
    assert wiz.summary.hand_edit.isChecked()  # the customised XML is kept, not lost
    assert DomainDoc.from_string(wiz.summary.xml_text()).memory_kib == 896 * 1024
    assert wiz.name.name.text() == "custom"


def test_failed_install_from_customise_keeps_the_draft(main_window, connected, qtbot, tmp_path,
                                                      monkeypatch):
    window = main_window
    wiz, draft = customise(qtbot, window, tmp_path)
    set_memory(qtbot, draft, 768)
    before = pool_volumes(qtbot, connected)

    def refuse(self, xml, flags=0):
        raise FakeError("unsupported configuration: no such machine")

    monkeypatch.setattr(libvirt.virConnect, "defineXMLFlags", refuse)
    with qtbot.waitSignal(wiz.installFailed, timeout=20000):
        click(qtbot, draft.bar.begin)
    assert draft.isVisible() and draft.bar.begin.isEnabled()
    assert "no such machine" in draft.result.text()
    assert DomainDoc.from_string(draft.draft.xml).memory_kib == 768 * 1024
    assert pool_volumes(qtbot, connected) == before
    assert "custom" not in defined_names(qtbot, connected)


def test_a_disk_removed_before_install_is_not_created(main_window, connected, qtbot, tmp_path):
    """The new disk removed in the draft: the VM is created without it, and no volume is
    made for it (it stayed in the pool, used by no VM)."""
    window = main_window
    before = pool_volumes(qtbot, connected)
    wiz, draft = customise(qtbot, window, tmp_path)
    disk = next(p for p in draft.pages if p.startswith("device:disk"))
    draft.select_page(disk)
    draft.confirm_remove = lambda summary, on_yes: on_yes()
    draft.remove_device()
    assert "custom.qcow2" not in draft.draft.xml
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, draft.bar.begin)
    root = DomainDoc.from_string(run_xml(qtbot, connected, created.args[1].uuid))
    assert root.find_device(disk.split(":", 1)[1]) is None
    assert created.args[1].volumes == ()
    assert pool_volumes(qtbot, connected) == before


def test_the_wizard_offers_the_hosts_as_they_come_and_go(main_window, registry, connected, qtbot, tmp_path):
    from tests.unit.wizards.newvm.test_hosts import listed, second_host

    wiz = open_new_vm(qtbot, main_window)
    assert listed(wiz) == [connected.display_name]
    other = second_host(registry, qtbot, tmp_path)  # connected after the wizard opened
    assert listed(wiz) == [connected.display_name, other.display_name]
    select_host(main_window, other)
    main_window.remove_conn_action.trigger()
    assert list(registry) == [connected] and listed(wiz) == [connected.display_name]


def select_host(window, conn):
    row = next(r for r in range(window.conn_model.rowCount())
               if window.conn_model.index(r, 0).data(Role.CONNECTION) is conn)
    window.conn_view.selectionModel().select(
        window.conn_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_removing_the_host_closes_its_customise_window(main_window, registry, connected, qtbot, tmp_path):
    """The customising window stayed open on the removed host, Begin disabled with the
    reason in a tooltip, and closing it brought the wizard back on that host."""
    window = main_window
    wiz, draft = customise(qtbot, window, tmp_path)
    set_memory(qtbot, draft, 896)
    name = connected.display_name
    select_host(window, connected)
    window.remove_conn_action.trigger()
    assert list(registry) == []
    assert not draft.isVisible()
    assert wiz.isVisible() and not wiz.customising
    assert DomainDoc.from_string(wiz.summary.xml_text()).memory_kib == 896 * 1024  # the customised XML
    assert f"{name} was removed: choose another host on the first page." in wiz.summary.problems.text()
    assert not wiz.button(FINISH).isEnabled()


def test_a_customise_window_with_unapplied_edits_may_keep_the_host(main_window, registry, connected, qtbot,
                                                                  tmp_path, monkeypatch):
    window = main_window
    wiz, draft = customise(qtbot, window, tmp_path)
    draft.select_page("cpumem")
    draft.pages["cpumem"].memory.setValue(640)  # not applied
    asked = []
    monkeypatch.setattr(DetailsWindow, "ask_discard",
                        lambda self, titles, on_discard: asked.append(titles))
    select_host(window, connected)
    window.remove_conn_action.trigger()
    assert asked == [["CPUs and memory"]]  # the user chose Cancel
    assert list(registry) == [connected] and connected.state.name == "CONNECTED"
    assert draft.isVisible() and draft.pages["cpumem"].memory.value() == 640
    assert not wiz.isVisible() and wiz.customising
