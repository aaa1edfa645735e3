"""Closing the VM details window: a close, Remove connection and Quit wait for libvirt's
answer to the XML editor's define, and a refusal that stops them is told."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from kvmgui.dialogs.details import DetailsWindow, open_details
from kvmgui.libvirt import domainops
from tests.helpers import DEMO_VMS, FakeError, domain_doc

ASK_DISCARD = DetailsWindow.ask_discard  # the real one: the fixtures answer it at once

def _defining_editor(window, qtbot, monkeypatch, refused):
    """The window's XML editor, its edit (web01's title) being defined until the returned
    event is set; libvirt then stores it, or refuses it when ``refused``."""
    from kvmgui.dialogs.xmleditor import XmlEditorDialog

    monkeypatch.setattr(XmlEditorDialog, "confirm_diff", lambda self, lines, answer: answer(True))
    go_on = threading.Event()
    define = domainops.define_definition

    def slow_define(*args):
        go_on.wait(5)
        if refused:
            raise FakeError("XML error: name 'db01' is already in use")
        return define(*args)

    monkeypatch.setattr(domainops, "define_definition", slow_define)
    editor = window.edit_xml()
    qtbot.waitUntil(lambda: editor.definition is not None and bool(editor.editor.toPlainText()))
    text = editor.editor.toPlainText()
    editor.editor.selectAll()
    editor.editor.insertPlainText(text.replace("<title>Web server</title>",
                                               "<title>Front end</title>"))
    with qtbot.waitSignal(editor.checked, timeout=5000):
        editor.apply()
    assert editor.is_defining()
    return editor, go_on


@pytest.mark.parametrize("refused", [False, True])
def test_closing_the_window_while_its_xml_editor_defines_waits_for_libvirt(
        details_of, connected, qtbot, monkeypatch, refused):
    """Closed while its XML editor's text was being defined, the window closed at once and
    the editor with it: when libvirt then refused the text, the main window said so, but
    what the user had typed was gone. (Before that it asked 'These pages have edits that were
    not applied: XML editor. Close and discard them?', which was not so either.) It now asks
    nothing and closes once libvirt has stored the text; refused, it stays open, the editor
    holding the text and libvirt's words."""
    asked = []
    window = details_of("web01")
    monkeypatch.setattr(DetailsWindow, "ask_discard",
                        lambda self, titles, on_discard: asked.append(titles))
    editor, go_on = _defining_editor(window, qtbot, monkeypatch, refused)
    edited = editor.editor.toPlainText()
    assert not window.close()
    assert not asked and window.isVisible() and editor.isVisible()
    assert window.message.text() == ("The window closes once libvirt has stored the definition "
                                     "from the XML editor.")
    go_on.set()
    if refused:
        qtbot.waitUntil(lambda: editor.status.text().startswith("libvirt refused"), timeout=5000)
        assert "already in use" in editor.status.text()
        assert window.isVisible() and editor.isVisible()
        assert editor.editor.toPlainText() == edited and editor.is_dirty()
        assert not window.close()  # unapplied now: asked about
        assert asked == [["XML editor"]]
        editor.drop_edits()  # closed at teardown without a question
    else:
        qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(),
                        timeout=5000)
        assert not asked
        assert domain_doc(qtbot, connected, DEMO_VMS["web01"]).title == "Front end"


@pytest.mark.parametrize("refused", [False, True])
@pytest.mark.parametrize("how", ["remove", "quit"])
def test_removing_the_host_or_quitting_while_a_vms_xml_editor_defines_waits_for_libvirt(
        connected, main_window, registry, settings, qtbot, monkeypatch, refused, how):
    """Remove connection and Quit closed the VM's window, and the XML editor with its text
    being defined: a refusal lost the text. The host goes (the application ends) once libvirt
    has stored it; refused, it stays, the window and the text with it."""
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: None)
    main_window.show()
    window = open_details(connected, DEMO_VMS["web01"], main_window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    editor, go_on = _defining_editor(window, qtbot, monkeypatch, refused)
    edited = editor.editor.toPlainText()
    ended = []
    main_window.ended.connect(lambda: ended.append(True))
    if how == "remove":
        main_window.conn_view.selectionModel().select(
            main_window.conn_model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        main_window.remove_conn_action.trigger()
    else:
        assert not main_window.close()
    assert list(registry) == [connected] and window.isVisible() and not ended
    go_on.set()
    if refused:
        qtbot.waitUntil(lambda: editor.status.text().startswith("libvirt refused"), timeout=5000)
        assert list(registry) == [connected] and window.isVisible() and editor.isVisible()
        assert main_window.isVisible() and not ended
        assert editor.editor.toPlainText() == edited and editor.is_dirty()
        editor.drop_edits()  # closed at teardown without a question
    elif how == "remove":
        qtbot.waitUntil(lambda: list(registry) == [], timeout=5000)
        assert not shiboken6.isValid(window) or not window.isVisible()
    else:
        qtbot.waitUntil(lambda: bool(ended), timeout=5000)
        assert not main_window.isVisible()
        assert not shiboken6.isValid(window) or not window.isVisible()


def _remove_or_quit(main_window, how):
    if how == "remove":
        main_window.conn_view.selectionModel().select(
            main_window.conn_model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        main_window.remove_conn_action.trigger()
    else:
        assert not main_window.close()


REFUSED_SAYS = {
    "remove": ("XML editor for virtual machine web01: libvirt refused the definition, so "
               "{host} was not removed. The editor stays open with your text; remove the "
               "connection again once it is fixed."),
    "quit": ("XML editor for virtual machine web01: libvirt refused the definition, so the "
             "application did not quit. The editor stays open with your text; quit again "
             "once it is fixed."),
}


def _edit_a_page(window):
    overview = window.pages["overview"]
    overview.title_edit.setText("unsaved")
    overview.title_edit.textEdited.emit("unsaved")


@pytest.mark.parametrize("pages_edited", [False, True])
@pytest.mark.parametrize("how", ["remove", "quit"])
def test_a_refusal_that_stops_the_removal_or_quit_is_told_in_the_notifications(
        connected, main_window, registry, qtbot, monkeypatch, how, pages_edited):
    """Remove connection or Quit waited for the VM window's XML editor; libvirt refused its
    text, and the host stayed (the application ran on) with nothing in the main window to
    say why: only the editor's status line, in a window perhaps behind the others. The
    main window's notifications now say it, once also when Quit was chosen twice; also
    when the window first asked about its pages' edits and was answered Discard."""
    monkeypatch.setattr(DetailsWindow, "ask_discard", ASK_DISCARD)
    main_window.show()
    window = open_details(connected, DEMO_VMS["web01"], main_window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    editor, go_on = _defining_editor(window, qtbot, monkeypatch, refused=True)
    if pages_edited:
        _edit_a_page(window)
    _remove_or_quit(main_window, how)
    _remove_or_quit(main_window, how)  # chosen again while it waits (or asks)
    if pages_edited:
        window.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert window.isVisible() and main_window.notifications.messages() == []
    go_on.set()
    qtbot.waitUntil(lambda: editor.status.text().startswith("libvirt refused"), timeout=5000)
    said = main_window.notifications.messages()
    assert len(said) == 1, said
    assert said[0].endswith(REFUSED_SAYS[how].format(host=connected.display_name)), said
    assert list(registry) == [connected] and main_window.isVisible() and window.isVisible()
    editor.drop_edits()  # closed at teardown without a question
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())


@pytest.mark.parametrize("how", ["remove", "quit"])
def test_a_removal_or_quit_stopped_by_cancel_is_not_told_as_a_refusal(
        connected, main_window, registry, qtbot, monkeypatch, how):
    """Answered Cancel, the removal or quit stopped there; the user's own close that then
    waited for libvirt, refused, is not told as stopping it."""
    monkeypatch.setattr(DetailsWindow, "ask_discard", ASK_DISCARD)
    main_window.show()
    window = open_details(connected, DEMO_VMS["web01"], main_window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    editor, go_on = _defining_editor(window, qtbot, monkeypatch, refused=True)
    _edit_a_page(window)
    _remove_or_quit(main_window, how)
    window.discard_box.button(QMessageBox.StandardButton.Cancel).click()
    assert not window.close()
    window.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert window.isVisible()  # waits for libvirt
    go_on.set()
    qtbot.waitUntil(lambda: editor.status.text().startswith("libvirt refused"), timeout=5000)
    assert main_window.notifications.messages() == []
    assert list(registry) == [connected] and main_window.isVisible() and window.isVisible()
    editor.drop_edits()  # closed at teardown without a question
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
