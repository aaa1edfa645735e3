"""Quitting (closing the main window) ends the application, and with it every window the
main window parents: each is asked first, and one the user keeps keeps the application."""

import shiboken6
from PySide6.QtWidgets import QMessageBox

from kvmgui.dialogs.details import DetailsWindow, open_details
from kvmgui.dialogs.xmleditor import XmlEditorDialog
from tests.helpers import DEMO_VMS, click, uuid_of


def _host_window_with_xml_edits(connected, main_window, qtbot):
    """The host window, its network XML editor open with text not applied."""
    dialog = main_window.open_host_details(connected)
    panel = dialog.networks
    assert panel.view.select_key(uuid_of(connected.networks, "net10"))
    click(qtbot, panel.xml_button)
    editor = panel.findChildren(XmlEditorDialog)[0]
    qtbot.waitUntil(lambda: editor.editor.toPlainText() != "", timeout=5000)
    editor.editor.appendPlainText("<!-- mine -->")
    return dialog, editor


def _vm_window_with_edits(connected, main_window, qtbot):
    """The details window of 'build', its Overview page's title edited and not applied."""
    window = open_details(connected, DEMO_VMS["build"], main_window)
    qtbot.waitUntil(lambda: window.view is not None)
    window.select_page("overview")
    overview = window.pages["overview"]
    overview.title_edit.setText("unsaved")
    overview.title_edit.textEdited.emit("unsaved")
    return window, overview


def test_quitting_asks_before_a_host_windows_xml_edits_are_lost(connected, main_window, qtbot,
                                                                 monkeypatch):
    """The host window said "Discard your edits?" and the user chose Cancel, yet the main
    window closed: the application ended, edits and all."""
    dialog, editor = _host_window_with_xml_edits(connected, main_window, qtbot)
    main_window.show()
    asked = []
    monkeypatch.setattr(type(dialog), "ask_discard",
                        lambda self, editors, on_discard: asked.append(editors))

    assert not main_window.close()
    assert len(asked) == 1  # Cancel
    assert main_window.isVisible() and dialog.isVisible()
    assert shiboken6.isValid(editor) and editor.is_dirty()

    monkeypatch.setattr(type(dialog), "ask_discard",
                        lambda self, editors, on_discard: on_discard())
    assert main_window.close()
    assert not dialog.isVisible()


def test_quitting_asks_before_a_vm_details_windows_edits_are_lost(connected, main_window, qtbot,
                                                                  monkeypatch):
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    asked = []
    monkeypatch.setattr(DetailsWindow, "ask_discard",
                        lambda self, titles, on_discard: asked.append(titles))
    window, overview = _vm_window_with_edits(connected, main_window, qtbot)
    main_window.show()

    assert not main_window.close()
    assert asked == [["Overview"]]  # Cancel
    assert main_window.isVisible() and window.isVisible()
    assert overview.title_edit.text() == "unsaved"

    monkeypatch.setattr(DetailsWindow, "ask_discard",
                        lambda self, titles, on_discard: on_discard())
    assert main_window.close()
    assert not window.isVisible()


def test_a_signal_ends_the_application_without_questions(connected, main_window, qtbot,
                                                         monkeypatch):
    """SIGTERM (a logout, kill) and SIGINT (Ctrl+C in the terminal) call
    end_without_questions: a question nobody is there to answer held the window open."""
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    asked = []
    monkeypatch.setattr(DetailsWindow, "ask_discard",
                        lambda self, titles, on_discard: asked.append(titles))
    window, _overview = _vm_window_with_edits(connected, main_window, qtbot)
    main_window.show()

    with qtbot.waitSignal(main_window.ended, timeout=5000):  # what app.main waits for
        main_window.end_without_questions()

    assert asked == []
    assert not main_window.isVisible()
    # A window of its own (own_window): left shown, it held Qt's lastWindowClosed back, on
    # which the application waited, with the main window gone, for ever (a logout hung).
    assert not window.isVisible()


def test_a_signal_closes_host_windows_and_cancels_their_transfers(connected, main_window, qtbot):
    """As for the VM's window: the host window stayed, and the application with it, its
    unapplied XML and its transfers left hanging."""
    dialog, _editor = _host_window_with_xml_edits(connected, main_window, qtbot)
    main_window.show()
    assert not main_window.close()  # asked: Discard your edits?
    box = dialog.close_box
    assert box is not None and box.isVisible()

    with qtbot.waitSignal(main_window.ended, timeout=5000):
        main_window.end_without_questions()
    assert not dialog.isVisible() and not main_window.isVisible()
    assert dialog.close_box is None and not box.isVisible()  # the question went with it


def test_quitting_goes_on_once_a_host_windows_question_is_answered(connected, main_window, qtbot,
                                                                    no_nested_questions):
    """The host window's question does not block: Quit waits for its answer, and goes on
    after Discard (the application ends), not after Cancel."""
    dialog, editor = _host_window_with_xml_edits(connected, main_window, qtbot)
    main_window.show()

    assert not main_window.close()
    dialog.close_box.button(QMessageBox.StandardButton.Cancel).click()
    assert main_window.isVisible() and dialog.isVisible() and editor.is_dirty()

    assert not main_window.close()
    dialog.close_box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible() and not main_window.isVisible()


def test_quitting_goes_on_once_a_vm_details_windows_question_is_answered(
        connected, main_window, qtbot, no_nested_questions):
    """Discard closed the VM's window, and there the quit stopped: the main window stayed,
    and Quit had to be chosen again."""
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    window, _overview = _vm_window_with_edits(connected, main_window, qtbot)
    main_window.show()

    assert not main_window.close()
    window.discard_box.button(QMessageBox.StandardButton.Cancel).click()
    assert main_window.isVisible() and window.isVisible()

    assert not main_window.close()
    window.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible() and not main_window.isVisible()


def test_quit_chosen_again_while_asked_goes_on_once(connected, main_window, qtbot,
                                                     no_nested_questions, monkeypatch):
    """Quit chosen a second time while a VM's window asked 'Discard your edits?' (the first
    one seemingly unanswered): the main window saved its layout at each Quit, and each
    registered its own go-on with the question, so that Discard ran the quit twice."""
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    window, _overview = _vm_window_with_edits(connected, main_window, qtbot)
    main_window.show()
    saved, went_on = [], []
    monkeypatch.setattr(main_window, "save_layout", lambda: saved.append(True))
    quit_again = main_window._quit_again
    monkeypatch.setattr(main_window, "_quit_again", lambda: (went_on.append(True), quit_again()))

    assert not main_window.close()
    box = window.discard_box
    assert not main_window.close()  # the same question, raised
    assert window.discard_box is box
    assert saved == []  # nothing closed yet
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible() and not main_window.isVisible()
    assert went_on == [True]
    assert saved == [True]


def test_quit_chosen_again_while_a_host_window_asks_goes_on_once(connected, main_window, qtbot,
                                                                  no_nested_questions,
                                                                  monkeypatch):
    dialog, _editor = _host_window_with_xml_edits(connected, main_window, qtbot)
    main_window.show()
    went_on = []
    quit_again = main_window._quit_again
    monkeypatch.setattr(main_window, "_quit_again", lambda: (went_on.append(True), quit_again()))

    assert not main_window.close()
    assert not main_window.close()
    dialog.close_box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible() and not main_window.isVisible()
    assert went_on == [True]
