"""Closing the VM details window: a close, Remove connection and Quit wait for libvirt's
answer to the XML editor's define."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel

from kvmgui.dialogs.details import DetailsWindow, open_details
from kvmgui.libvirt import domainops
from tests.helpers import DEMO_VMS, FakeError, domain_doc


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
