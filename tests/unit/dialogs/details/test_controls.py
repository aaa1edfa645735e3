"""The details window's own controls: power actions that follow the VM's state, pages
shown by selection, menus, and one Add hardware dialog at a time."""

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kvmgui.dialogs.addhw import AddHardwareDialog
from kvmgui.dialogs.details.restart import RestartJob
from kvmgui.dialogs.preferences import Preferences
from kvmgui.libvirt import actions
from kvmgui.libvirt.records import DomainState
from kvmgui.widgets.vmactions import ACTIONS_BY_KEY
from tests.helpers import DEMO_VMS, run_in_worker

SELECT = QItemSelectionModel.SelectionFlag


def state(conn, vm):
    return conn.domains.get(DEMO_VMS[vm]).state


def test_power_actions_follow_the_vms_state_and_events(details_of, connected, qtbot):
    window = details_of("web01")
    power = window.commands.power
    assert power["pause"].isEnabled() and power["force_off"].isEnabled()
    assert not power["start"].isEnabled() and not power["resume"].isEnabled()
    # Changed elsewhere (virsh, the main window): libvirt's event updates the actions.
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").suspend())
    qtbot.waitUntil(lambda: power["resume"].isEnabled(), timeout=5000)
    assert not power["pause"].isEnabled()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Power", "&Hardware", "&Go"]
    power_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in power_menu.actions() if not a.isSeparator()][:2] == ["&Run", "&Pause"]


def test_force_off_asks_like_the_main_window_then_run_starts(details_of, connected, qtbot, submitted):
    window = details_of("web01")
    window.commands.power["force_off"].trigger()
    box = window.power.question
    assert isinstance(box, QMessageBox) and box.text() == \
        "Force off web01? This is like pulling the power cord."
    box.button(QMessageBox.StandardButton.No).click()
    assert ACTIONS_BY_KEY["force_off"].run not in submitted
    window.commands.power["force_off"].trigger()
    window.power.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: state(connected, "web01") == DomainState.SHUTOFF, timeout=5000)
    qtbot.waitUntil(lambda: window.commands.power["start"].isEnabled(), timeout=5000)
    window.commands.power["start"].trigger()  # Run never asks
    qtbot.waitUntil(lambda: state(connected, "web01") == DomainState.RUNNING, timeout=5000)
    qtbot.waitUntil(lambda: "Running" in window.header.text(), timeout=5000)


def test_preferences_decide_which_actions_ask(details_of, connected, qtbot, settings):
    Preferences(confirm=set()).save(settings)
    window = details_of("web01")
    window.commands.power["force_off"].trigger()
    assert window.power.question is None
    qtbot.waitUntil(lambda: state(connected, "web01") == DomainState.SHUTOFF, timeout=5000)


def test_a_failed_action_says_so_with_libvirts_words(details_of, connected, qtbot):
    window = details_of("web01")
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())
    window.power._go(ACTIONS_BY_KEY["pause"], "web01")  # as if clicked before the event came
    qtbot.waitUntil(lambda: "Could not pause 'web01'" in window.message.text(), timeout=5000)
    assert "not running" in window.message.text()


def test_the_shown_page_follows_the_selection(details_of):
    window = details_of("web01")
    pages = window.page_list
    # A screen reader selects an item: the selection model, not the current index.
    boot = next(pages.model().index(r, 0) for r in range(pages.count())
                if pages.item(r).text() == "Boot options")
    pages.selectionModel().select(boot, SELECT.ClearAndSelect)
    assert window.current_page() is window.pages["boot"]
    window.select_page("cpumem")  # and the other way: the list shows the page that is shown
    assert [i.text() for i in pages.selectedItems()] == ["CPUs and memory"]
    window.commands.next_page.trigger()
    assert window.current_page() is window.pages["boot"]
    assert [i.text() for i in pages.selectedItems()] == ["Boot options"]


def test_one_add_hardware_dialog_at_a_time_and_closed_ones_are_deleted(details_of, qtbot):
    window = details_of("web01")
    before = len(QApplication.topLevelWidgets())
    window.add_hw_action.trigger()
    first = window.add_hw_dialog
    assert isinstance(first, AddHardwareDialog) and first.isVisible()
    window.add_hw_action.trigger()
    assert window.add_hw_dialog is first  # raised, not doubled
    first.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    assert window.add_hw_dialog is None
    assert len(QApplication.topLevelWidgets()) == before


def test_power_keys_typed_in_a_text_field_are_the_fields(details_of, qtbot, submitted):
    # Ctrl+Shift+V is "paste as plain text" in many programs: typed in the title field,
    # it must not save the VM away (Save, Shut down and Reboot ask nothing by default).
    window = details_of("web01")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.select_page("overview")
    title = window.pages["overview"].title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    for key in (Qt.Key.Key_V, Qt.Key.Key_S, Qt.Key.Key_R):
        qtbot.keyClick(title, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not {ACTIONS_BY_KEY[k].run for k in ("save", "shutdown", "reboot")} & set(submitted)
    assert window.restart_job is None
    # Elsewhere in the window the keys still work.
    window.page_list.setFocus()
    qtbot.waitUntil(window.page_list.hasFocus)
    qtbot.keyClick(window.page_list, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ACTIONS_BY_KEY["save"].run in submitted


def test_power_actions_wait_for_the_restart_under_way(details_of, connected, qtbot, monkeypatch,
                                                      submitted):
    """Force Off, Pause, Save … stayed on while the window's restart waited for the guest to
    stop: forced off, the VM was started again by the restart; paused, its guest could not
    shut down and the restart timed out blaming the guest."""
    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # a guest that takes its time
    window = details_of("web01")
    power = window.commands.power
    window.restart(force=False)
    qtbot.waitUntil(lambda: "waiting for it to stop" in window.pending_bar.progress.text())
    for key in ("pause", "shutdown", "reboot", "force_off", "save"):
        assert not power[key].isEnabled(), key
    assert "restart" in power["force_off"].toolTip(), power["force_off"].toolTip()
    window.power.run(ACTIONS_BY_KEY["force_off"])  # as for a key pressed just before
    assert window.power.question is None
    assert ACTIONS_BY_KEY["force_off"].run not in submitted
    with qtbot.waitSignal(window.restartFinished, timeout=5000) as blocker:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())  # it stopped
    assert blocker.args[0], blocker.args[1]
    qtbot.waitUntil(lambda: power["force_off"].isEnabled(), timeout=5000)
    assert power["force_off"].toolTip() == "Force Off (Ctrl+Shift+F)"


def test_a_restart_begun_while_an_action_was_asked_is_not_crossed(details_of, connected, qtbot,
                                                                  monkeypatch, submitted):
    """Not done, and said so: the Yes was dropped without a word."""
    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # a guest that takes its time
    window = details_of("web01")
    window.commands.power["force_off"].trigger()  # asks first
    job = RestartJob(connected, DEMO_VMS["web01"], force=False, parent=connected)  # a second window's
    job.start()
    window.power.question.button(QMessageBox.StandardButton.Yes).click()
    assert ACTIONS_BY_KEY["force_off"].run not in submitted
    assert window.message.text() == "Force Off was not done: a restart of the VM began meanwhile."
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())  # it stopped
    assert blocker.args[0], blocker.args[1]


def test_an_action_asked_before_a_save_began_says_why_it_was_not_done(details_of, connected, qtbot,
                                                                     settings, submitted):
    from kvmgui.dialogs.details.restart import mark_underway

    Preferences(confirm={"pause", "force_off"}).save(settings)
    window = details_of("web01")
    window.commands.power["pause"].trigger()  # asks first
    done, _failed = mark_underway(connected, DEMO_VMS["web01"], False, lambda _r: None,
                                  lambda _e: None)  # a Save from the main window
    window.power.question.button(QMessageBox.StandardButton.Yes).click()
    assert ACTIONS_BY_KEY["pause"].run not in submitted
    assert window.message.text() == "Pause was not done: the VM is being saved."
    done(None)
    window.commands.power["force_off"].trigger()
    mark_underway(connected, DEMO_VMS["web01"], True, lambda _r: None, lambda _e: None)  # a Delete
    window.power.question.button(QMessageBox.StandardButton.Yes).click()
    assert ACTIONS_BY_KEY["force_off"].run not in submitted
    assert window.message.text() == "Force Off was not done: the VM is being deleted."


def test_an_action_asked_before_the_vm_stopped_is_not_tried(details_of, connected, qtbot,
                                                           settings, submitted):
    """Yes after the VM had stopped meanwhile (elsewhere, or its guest shut down) sent the
    action anyway: 'Could not shut down 'web01' …: domain is not running'. The main window
    drops what no longer applies; so does this one."""
    Preferences(confirm={"shutdown", "pause"}).save(settings)
    window = details_of("web01")
    window.commands.power["shutdown"].trigger()  # asks first
    box = window.power.question
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())
    qtbot.waitUntil(lambda: state(connected, "web01") == DomainState.SHUTOFF, timeout=5000)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert ACTIONS_BY_KEY["shutdown"].run not in submitted
    assert "Could not" not in window.message.text()

    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").create())
    qtbot.waitUntil(lambda: window.commands.power["pause"].isEnabled(), timeout=5000)
    window.commands.power["pause"].trigger()  # still running when answered: done
    window.power.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: state(connected, "web01") == DomainState.PAUSED, timeout=5000)
