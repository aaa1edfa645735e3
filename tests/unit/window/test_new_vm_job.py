"""The New VM job runs for minutes (a disk made, a cloud image uploaded): the rest of the
application stays usable meanwhile, and what that opens up (removing the host, quitting)
never ends the job halfway."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from kvmgui.dialogs.details import DetailsWindow
from kvmgui.wizards.newvm import finish
from kvmgui.wizards.newvm import state as state_module
from kvmgui.wizards.newvm.finish import FinishDialog
from tests.helpers import click
from tests.unit.window.test_new_vm import customise, open_new_vm, select_host
from tests.unit.wizards.newvm.drive import FINISH, defined_names, fill_kernel_vm, pool_volumes
from tests.unit.wizards.newvm.drive import click as wizard_click


@pytest.fixture(autouse=True)
def generic_osdb(monkeypatch):
    from kvmgui.osinfo.database import OsDatabase

    monkeypatch.setattr(state_module, "_osdb", OsDatabase())


@pytest.fixture(autouse=True)
def never_ask(monkeypatch):
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())


class SlowDisk:
    """CREATE_VOLUME that makes the volume, then waits until ``release()`` (a big disk)."""

    def __init__(self) -> None:
        self.made, self.proceed = threading.Event(), threading.Event()

    def __call__(self, conn, pool, xml):
        vol = conn.storagePoolLookupByName(pool).createXML(xml, 0)
        self.made.set()
        self.proceed.wait(20)
        return vol

    def release(self) -> None:
        self.proceed.set()


@pytest.fixture
def slow_disk(monkeypatch):
    slow = SlowDisk()
    monkeypatch.setattr(finish, "CREATE_VOLUME", slow)
    yield slow
    slow.release()  # never leave a worker waiting


class Blocked(QObject):
    """Records whether a window is blocked by a modal one (Qt tells it so)."""

    def __init__(self, window) -> None:
        super().__init__()
        self.now = False
        window.installEventFilter(self)

    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.WindowBlocked:
            self.now = True
        elif event.type() == QEvent.Type.WindowUnblocked:
            self.now = False
        return False


def start_slow_job(qtbot, window, tmp_path, slow_disk, name="kboot"):
    window.new_vm_action.trigger()
    wiz = window.new_vm_wizard
    qtbot.addWidget(wiz)
    qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=10000)
    fill_kernel_vm(qtbot, wiz, tmp_path, name=name)
    wizard_click(qtbot, wiz, FINISH)
    qtbot.waitUntil(slow_disk.made.is_set, timeout=10000)
    assert wiz.busy and isinstance(wiz.progress, FinishDialog) and wiz.progress.isVisible()
    return wiz


def test_the_progress_holds_no_other_window(main_window, connected, qtbot, tmp_path, slow_disk):
    """The progress was application-modal: for the minutes a disk or an image took, neither
    the main window nor another VM's window took any input."""
    main_window.show()
    other = main_window.open_host_details(connected)
    blocked = {"main": Blocked(main_window), "host": Blocked(other)}
    wiz = start_slow_job(qtbot, main_window, tmp_path, slow_disk)
    assert not blocked["main"].now and not blocked["host"].now
    assert not wiz.progress.isModal()
    # The wizard itself takes no input while its job runs.
    assert not wiz.summary.tabs.isEnabled() and not wiz.button(FINISH).isEnabled()
    with qtbot.waitSignal(wiz.created, timeout=20000):
        slow_disk.release()


def test_the_progress_over_the_customise_window_holds_no_other_window(main_window, connected, qtbot,
                                                                        tmp_path, slow_disk):
    main_window.show()
    blocked = Blocked(main_window)
    wiz, draft = customise(qtbot, main_window, tmp_path)
    click(qtbot, draft.bar.begin)
    qtbot.waitUntil(slow_disk.made.is_set, timeout=10000)
    assert wiz.progress.isVisible() and wiz.progress.parent() is draft
    assert not blocked.now
    assert not draft.body.isEnabled() and not draft.bar.begin.isEnabled()
    with qtbot.waitSignal(wiz.created, timeout=20000):
        slow_disk.release()
    assert not draft.isVisible()


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def test_closing_the_wizard_during_the_job_shows_the_progress(main_window, connected, qtbot, tmp_path,
                                                              slow_disk):
    """The close button or Escape on the wizard while its job ran did nothing at all: no
    word of why, the progress (not modal now) maybe behind another window."""
    main_window.show()
    wiz = start_slow_job(qtbot, main_window, tmp_path, slow_disk)
    for refuse in (wiz.close, wiz.reject):
        activate(qtbot, main_window)
        assert refuse() in (False, None) and wiz.isVisible() and wiz.busy
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wiz.progress, timeout=3000)
    with qtbot.waitSignal(wiz.created, timeout=20000):
        slow_disk.release()


def test_closing_the_customise_window_during_the_job_shows_the_progress(main_window, connected, qtbot,
                                                                        tmp_path, slow_disk):
    main_window.show()
    wiz, draft = customise(qtbot, main_window, tmp_path)
    click(qtbot, draft.bar.begin)
    qtbot.waitUntil(slow_disk.made.is_set, timeout=10000)
    activate(qtbot, main_window)
    assert not draft.close() and draft.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wiz.progress, timeout=3000)
    with qtbot.waitSignal(wiz.created, timeout=20000):
        slow_disk.release()
    assert not draft.isVisible()


def answer(qtbot, box, text):
    """Click the question's button that reads ``text`` ("Cancel" for its Cancel)."""
    assert isinstance(box, QMessageBox) and box.isVisible()
    if text == "Cancel":
        button = box.button(QMessageBox.StandardButton.Cancel)
    else:
        button = next(b for b in box.buttons() if b.text() == text)
    with qtbot.waitSignal(box.finished, timeout=5000):
        button.click()


def test_quitting_asks_before_the_wizards_input_is_dropped(main_window, connected, qtbot, tmp_path):
    """Quit ended the application with the wizard open: what was entered went without a word."""
    main_window.show()
    wiz = open_new_vm(qtbot, main_window)
    fill_kernel_vm(qtbot, wiz, tmp_path, name="typed")
    assert not main_window.close()
    assert wiz.quit_box.text() == ("The new virtual machine has not been created yet. Quit and "
                                   "discard its settings?")
    answer(qtbot, wiz.quit_box, "Cancel")
    assert main_window.isVisible() and wiz.isVisible() and wiz.name.name.text() == "typed"

    assert not main_window.close()
    with qtbot.waitSignal(main_window.ended, timeout=5000):  # what app.main waits for
        answer(qtbot, wiz.quit_box, "&Discard and Quit")
    assert not main_window.isVisible()  # the answer closed it
    # A window of its own (own_window): left shown, it held Qt's lastWindowClosed back, on
    # which the application then waited, with the main window gone, for ever.
    assert not wiz.isVisible()


def test_quitting_asks_before_a_customised_vm_is_dropped(main_window, connected, qtbot, tmp_path):
    """The customise window is no details window of a VM on the host: Quit did not ask it."""
    main_window.show()
    wiz, draft = customise(qtbot, main_window, tmp_path)
    assert not main_window.close()
    answer(qtbot, wiz.quit_box, "Cancel")
    assert main_window.isVisible() and draft.isVisible()
    assert not main_window.close()
    with qtbot.waitSignal(main_window.ended, timeout=5000):
        answer(qtbot, wiz.quit_box, "&Discard and Quit")
    assert not main_window.isVisible()
    assert not draft.isVisible() and not wiz.isVisible()


def test_quitting_while_the_vm_is_made_stops_the_job_first(main_window, connected, qtbot, tmp_path,
                                                          slow_disk):
    """Quit while the job ran ended the application in the middle of it: the disk made was
    left in the pool, and the VM was never defined."""
    main_window.show()
    before = pool_volumes(qtbot, connected)
    wiz = start_slow_job(qtbot, main_window, tmp_path, slow_disk)
    assert not main_window.close()
    assert wiz.quit_box.text() == ("kboot is being created. Stop creating it and quit? What was "
                                   "created so far is removed.")
    answer(qtbot, wiz.quit_box, "Cancel")
    assert main_window.isVisible() and wiz.busy

    assert not main_window.close()
    with qtbot.waitSignal(wiz.installFailed, timeout=20000):
        answer(qtbot, wiz.quit_box, "Stop and &Quit")
        assert main_window.isVisible()  # until the job has removed what it made
        assert not main_window.close() and wiz.quit_box is None  # asked once
        slow_disk.release()
    assert not main_window.isVisible()
    assert pool_volumes(qtbot, connected) == before
    assert "kboot" not in defined_names(qtbot, connected)


def test_a_job_left_to_run_creates_the_vm(main_window, connected, qtbot, tmp_path, slow_disk):
    main_window.show()
    wiz = start_slow_job(qtbot, main_window, tmp_path, slow_disk)
    assert not main_window.close()
    answer(qtbot, wiz.quit_box, "Cancel")
    with qtbot.waitSignal(wiz.created, timeout=20000):
        slow_disk.release()
    assert main_window.isVisible()
    assert "kboot" in defined_names(qtbot, connected)


def test_the_host_is_not_removed_under_the_job(main_window, registry, connected, qtbot, tmp_path,
                                               slow_disk):
    """Remove Connection while the job ran removed the host under it: the job went on, and
    the new VM's details window opened on a host that was gone."""
    opened = []
    main_window.detailsRequested.connect(lambda conn, uuid: opened.append(conn))
    wiz = start_slow_job(qtbot, main_window, tmp_path, slow_disk)
    select_host(main_window, connected)
    main_window.remove_conn_action.trigger()
    assert list(registry) == [connected] and connected.state.name == "CONNECTED"
    assert main_window.notifications.messages()[0].endswith(
        f"{connected.display_name} was not removed: the virtual machine kboot is being created on "
        "it. Remove it once that is done.")
    with qtbot.waitSignal(wiz.created, timeout=20000):
        slow_disk.release()
    assert opened == [connected]
    main_window.remove_conn_action.trigger()  # the job is done: now it goes
    assert list(registry) == []


def test_a_signal_cancels_the_job(main_window, connected, qtbot, tmp_path, slow_disk):
    """SIGTERM (a logout) or Ctrl+C ended the application with the job running; the exit's
    grace period then cut it off halfway: the disk made stayed in the pool."""
    main_window.show()
    before = pool_volumes(qtbot, connected)
    wiz = start_slow_job(qtbot, main_window, tmp_path, slow_disk)
    main_window.end_without_questions()
    assert not main_window.isVisible()
    assert wiz.job.cancel_flag.is_set()  # the undo runs while the application leaves
    with qtbot.waitSignal(wiz.installFailed, timeout=20000):
        slow_disk.release()
    assert pool_volumes(qtbot, connected) == before
    assert "kboot" not in defined_names(qtbot, connected)


def test_the_exit_waits_for_the_undo_of_a_job_a_signal_cancelled(main_window, connected, qtbot, tmp_path,
                                                                  slow_disk, caplog):
    """The exit's grace (3 s) could end before a cancelled job's undo: a big volume being
    created cannot be interrupted, so the process left and the volume stayed, unlogged."""
    main_window.show()
    before = pool_volumes(qtbot, connected)
    wiz = start_slow_job(qtbot, main_window, tmp_path, slow_disk)
    main_window.end_without_questions()
    # What app.main does once the event loop has ended: the connections are closed (a close
    # waits for the calls that use them) and the GUI thread hears nothing more.
    connected.close()
    assert not finish.wait_at_exit(0.05)
    assert "creation of kboot still running (step: create_disk)" in caplog.text
    slow_disk.release()
    assert finish.wait_at_exit(20)
    assert "the creation of kboot was stopped (cancelled); what it made was removed" in caplog.text
    qtbot.waitUntil(lambda: not wiz.busy, timeout=20000)  # the GUI side hears of it too (in a test)
    with qtbot.waitSignal(connected.stateChanged, timeout=10000):
        connected.open()
    qtbot.waitUntil(lambda: connected.state.name == "CONNECTED", timeout=10000)
    assert pool_volumes(qtbot, connected) == before
    assert "kboot" not in defined_names(qtbot, connected)
