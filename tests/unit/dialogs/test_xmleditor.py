"""The XML editor on the test driver: refuse bad XML, define good XML, notice changes."""

import threading

import libvirt
import pytest
from lxml import etree
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from kvmgui.dialogs.xmledit_check import check_xml
from kvmgui.dialogs.xmleditor import DiffDialog, XmlEditorDialog
from kvmgui.models.words import say
from kvmgui.widgets.codeeditor import CodeEditor
from tests.helpers import BUILD, WEB01, run_in_worker
from tests.unit.lverror import refusal

DEFAULT_NET = "dd8fe884-6c02-601e-7551-cca97df1c5df"
HOME_POOL = "35bb2ad9-388a-cdfe-461a-b8907f6e5301"

# The offscreen platform cannot pass size hints to a window it does not draw.


def inactive_xml(qtbot, conn, uuid=WEB01):
    return run_in_worker(qtbot, conn, lambda c: c.lookupByUUIDString(uuid).XMLDesc(
        libvirt.VIR_DOMAIN_XML_INACTIVE))


def open_editor(qtbot, conn, kind="domain", uuid=WEB01):
    dialog = XmlEditorDialog(conn, kind, uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.definition is not None and bool(dialog.editor.toPlainText()))
    return dialog


def cursor_line(dialog):
    return dialog.editor.textCursor().blockNumber() + 1  # 1-based, as the gutter shows it


def edit(dialog, old, new):
    text = dialog.editor.toPlainText()
    assert old in text
    dialog.editor.selectAll()
    dialog.editor.insertPlainText(text.replace(old, new))  # undoable, marks modified
    assert dialog.is_dirty()
    return dialog.editor.toPlainText()


def checked(qtbot, dialog, start):
    """Start a check (``dialog.apply`` or ``dialog.validate``), wait for its outcome."""
    with qtbot.waitSignal(dialog.checked, timeout=5000) as blocker:
        start()
    return blocker.args[0]


@pytest.fixture
def no_questions(monkeypatch):
    """Record diff confirmations and answer yes; fail if a discard question pops up."""
    seen = []
    monkeypatch.setattr(XmlEditorDialog, "confirm_diff",
                        lambda self, lines, answer: (seen.append(lines), answer(True)))
    monkeypatch.setattr(XmlEditorDialog, "ask_discard", lambda self, on_discard: on_discard())
    return seen


def test_loads_the_definition_unmodified(connected, qtbot):
    dialog = open_editor(qtbot, connected)
    assert "<name>web01</name>" in dialog.editor.toPlainText()
    assert not dialog.is_dirty()
    assert not dialog.revert_button.isEnabled()
    assert dialog.editor.accessibleName() == "XML of the virtual machine"


def test_malformed_edit_is_refused_and_text_kept(connected, qtbot, no_questions):
    dialog = open_editor(qtbot, connected)
    before = inactive_xml(qtbot, connected)
    text = edit(dialog, "<title>Web server</title>", "<title>Web server</titl>")
    checked(qtbot, dialog, dialog.apply)
    assert not no_questions  # stopped before the diff
    assert dialog.problems.isVisible()
    first = dialog.problems.item(0).text()
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "</titl>" in ln)
    assert first.startswith(f"Line {line}:") and "well-formed" in first
    assert cursor_line(dialog) == line
    assert dialog.editor.toPlainText() == text and dialog.is_dirty()
    assert inactive_xml(qtbot, connected) == before


def test_schema_invalid_edit_points_at_its_line(connected, qtbot, no_questions):
    dialog = open_editor(qtbot, connected)
    before = inactive_xml(qtbot, connected)
    text = edit(dialog, "<title>Web server</title>", "<title>Web server</title>\n  <colour>red</colour>")
    checked(qtbot, dialog, dialog.apply)
    assert not no_questions
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "<colour>" in ln)
    lines = [dialog.problems.item(i).data(Qt.ItemDataRole.UserRole + 1)
             for i in range(dialog.problems.count())]
    assert line in lines
    dialog.problems.itemClicked.emit(dialog.problems.item(lines.index(line)))
    assert cursor_line(dialog) == line
    assert dialog.editor.toPlainText() == text
    assert inactive_xml(qtbot, connected) == before


def test_valid_edit_is_defined_after_the_diff(connected, qtbot, no_questions):
    dialog = open_editor(qtbot, connected)
    edit(dialog, "<title>Web server</title>", "<title>Front end</title>")
    checked(qtbot, dialog, dialog.apply)
    assert any("+  <title>Front end</title>" in ln for ln in no_questions[0])
    assert any("-  <title>Web server</title>" in ln for ln in no_questions[0])
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"))
    assert "<title>Front end</title>" in inactive_xml(qtbot, connected)
    assert not dialog.is_dirty()
    assert not dialog.banner.isVisible()  # our own define is not a change "underneath"


def test_the_diff_asks_without_blocking_and_is_deleted_once_answered(connected, qtbot, monkeypatch):
    monkeypatch.setattr(XmlEditorDialog, "ask_discard", lambda self, on_discard: on_discard())
    dialog = open_editor(qtbot, connected)
    edit(dialog, "<title>Web server</title>", "<title>Front end</title>")
    # A diff that blocks (exec) would hold the test here: Escape it after a while.
    escape = QTimer(dialog)
    escape.setSingleShot(True)
    escape.timeout.connect(lambda: [d.reject() for d in dialog.findChildren(DiffDialog)])
    escape.start(3000)
    dialog.apply()

    def shown():
        diffs = [d for d in dialog.findChildren(DiffDialog) if d.isVisible()]
        return diffs[0] if diffs else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=2000)
    escape.stop()
    diff = shown()
    assert diff.isModal()  # over the editor: the text cannot change while the diff shows
    diff.accept()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"), timeout=5000)
    assert "<title>Front end</title>" in inactive_xml(qtbot, connected)
    qtbot.waitUntil(lambda: not dialog.findChildren(DiffDialog), timeout=5000)  # not kept hidden


def test_declined_diff_defines_nothing(connected, qtbot, monkeypatch):
    monkeypatch.setattr(XmlEditorDialog, "confirm_diff", lambda self, lines, answer: answer(False))
    monkeypatch.setattr(XmlEditorDialog, "ask_discard", lambda self, on_discard: on_discard())
    dialog = open_editor(qtbot, connected)
    edit(dialog, "<title>Web server</title>", "<title>Front end</title>")
    checked(qtbot, dialog, dialog.apply)
    assert dialog.status.text() == "Nothing applied."
    assert "<title>Web server</title>" in inactive_xml(qtbot, connected)


def test_libvirt_refusal_is_shown_verbatim_and_text_kept(connected, qtbot, no_questions):
    dialog = open_editor(qtbot, connected)
    text = edit(dialog, "<name>web01</name>", "<name>db01</name>")
    checked(qtbot, dialog, dialog.apply)
    qtbot.waitUntil(lambda: "libvirt refused" in dialog.status.text())
    message = run_in_worker(qtbot, connected, _define_error, text)
    assert message in dialog.status.text()
    assert dialog.editor.toPlainText() == text and dialog.is_dirty()
    assert not dialog.editor.isReadOnly()  # to fix it
    assert "<name>web01</name>" in inactive_xml(qtbot, connected)


def _define_error(conn, text):
    try:
        conn.defineXML(text)
    except libvirt.libvirtError as exc:
        return exc.get_error_message()
    raise AssertionError("the test driver accepted a duplicate name")


def test_change_underneath_while_editing_is_announced(connected, qtbot, no_questions):
    dialog = open_editor(qtbot, connected)
    text = edit(dialog, "<vcpu placement='static'>2</vcpu>", "<vcpu placement='static'>3</vcpu>")
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).setMetadata(
        libvirt.VIR_DOMAIN_METADATA_TITLE, "Changed elsewhere", None, None,
        libvirt.VIR_DOMAIN_AFFECT_CONFIG))
    run_in_worker(qtbot, connected, lambda c: c.defineXML(
        c.lookupByUUIDString(WEB01).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)))  # a DEFINED event
    qtbot.waitUntil(dialog.banner.isVisible)
    assert "changed outside this editor" in dialog.banner_text.text()
    assert dialog.editor.toPlainText() == text  # nothing lost
    dialog.reload_discarding()
    qtbot.waitUntil(lambda: "Changed elsewhere" in dialog.editor.toPlainText())
    assert not dialog.is_dirty() and not dialog.banner.isVisible()


def test_change_underneath_without_edits_just_reloads(connected, qtbot):
    dialog = open_editor(qtbot, connected)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).setMetadata(
        libvirt.VIR_DOMAIN_METADATA_TITLE, "Renamed", None, None, libvirt.VIR_DOMAIN_AFFECT_CONFIG))
    run_in_worker(qtbot, connected, lambda c: c.defineXML(
        c.lookupByUUIDString(WEB01).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)))
    qtbot.waitUntil(lambda: "<title>Renamed</title>" in dialog.editor.toPlainText())
    assert not dialog.banner.isVisible()
    assert "changed outside this editor" in dialog.status.text()


def discard_questions(dialog):
    return [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]


def test_closing_with_edits_asks_once_without_blocking(connected, qtbot):
    """The question ran its own event loop (libvirt events and worker results went on under
    it), and the window's close button asked it twice."""
    dialog = open_editor(qtbot, connected)
    text = edit(dialog, "<title>Web server</title>", "<title>Unsaved</title>")
    # A question that blocks (exec) would hold the test here: Cancel it after a while.
    cancel = QTimer(dialog)
    cancel.setSingleShot(True)
    cancel.timeout.connect(lambda: [b.reject() for b in dialog.findChildren(QMessageBox)])
    cancel.start(3000)
    try:
        for close in (dialog.close, dialog.reject):  # the close button, Escape
            close()
            qtbot.waitUntil(lambda: len(discard_questions(dialog)) == 1, timeout=2000)
            [box] = discard_questions(dialog)
            assert box.isModal()
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Cancel).click()
            qtbot.waitUntil(lambda: not discard_questions(dialog))
            assert dialog.isVisible() and dialog.editor.toPlainText() == text
    except BaseException:
        dialog.editor.document().setModified(False)  # closed at teardown: nobody would answer
        raise
    cancel.stop()
    closed = []
    dialog.finished.connect(closed.append)
    dialog.close()
    [box] = discard_questions(dialog)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: bool(closed))
    assert not discard_questions(dialog)  # not asked again


def test_network_definition_can_be_edited(connected, qtbot, no_questions):
    # Stopped: the test driver shows only the running definition of an active network.
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(DEFAULT_NET).destroy())
    dialog = open_editor(qtbot, connected, "network", DEFAULT_NET)
    assert "<name>default</name>" in dialog.editor.toPlainText()
    edit(dialog, "stp='on'", "stp='off'")
    checked(qtbot, dialog, dialog.apply)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"))
    xml = run_in_worker(qtbot, connected,
                        lambda c: c.networkLookupByUUIDString(DEFAULT_NET).XMLDesc(0))
    assert "stp='off'" in xml


def test_pool_editor_checks_against_the_pool_schema(connected, qtbot, no_questions):
    dialog = open_editor(qtbot, connected, "pool", HOME_POOL)
    edit(dialog, "<name>home</name>", "<name>home</name><bogus/>")
    assert checked(qtbot, dialog, dialog.validate) is False
    assert dialog.problems.count() >= 1


def test_wrong_root_element_is_refused():
    [(line, words)] = check_xml("<network><name>x</name></network>", "domain")
    assert (line, say(words)) == (1, "The root element must be <domain>, not <network>")


def test_find_bar_finds_and_wraps(connected, qtbot):
    dialog = open_editor(qtbot, connected)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.find_bar.isVisible()
    dialog.find_bar.field.setText("interface")
    line = cursor_line(dialog)
    assert "interface" in dialog.editor.textCursor().block().text()
    assert dialog.find_bar.find_next()
    assert cursor_line(dialog) > line
    assert dialog.find_bar.find_next()  # wraps to the first one
    assert cursor_line(dialog) == line
    dialog.find_bar.field.setText("no-such-text")
    assert dialog.find_bar.status.text() == "Not found"


# -- the schema check runs in a worker --------------------------------------------------------


@pytest.fixture
def schema_threads(monkeypatch):
    """The threads that compile or look up a RelaxNG schema, in order; set ``gate`` to hold
    the check until the test lets it go."""
    import threading

    from kvmgui.xml import base

    class Seen(list):
        gate = threading.Event()

    real = base._relaxng
    seen = Seen()
    gate = seen.gate
    gate.set()

    def relaxng(path):
        seen.append(threading.current_thread())
        gate.wait(5)
        return real(path)

    monkeypatch.setattr(base, "_relaxng", relaxng)
    return seen


def test_schema_check_runs_off_the_gui_thread(connected, qtbot, no_questions, schema_threads):
    import threading

    dialog = open_editor(qtbot, connected)
    edit(dialog, "<title>Web server</title>", "<title>Web server</title>\n  <colour>red</colour>")
    dialog.validate()
    qtbot.waitUntil(dialog.problems.isVisible, timeout=5000)
    assert schema_threads and threading.main_thread() not in schema_threads
    dialog.apply()
    qtbot.waitUntil(lambda: len(schema_threads) == 2, timeout=5000)
    assert threading.main_thread() not in schema_threads


def test_result_for_an_older_text_is_dropped(connected, qtbot, no_questions, schema_threads):
    dialog = open_editor(qtbot, connected)
    edit(dialog, "<title>Web server</title>", "<title>Web server</title>\n  <colour>red</colour>")
    schema_threads.gate.clear()
    dialog.apply()  # held in the worker until the gate opens
    text = edit(dialog, "<colour>red</colour>", "<color>red</color>")  # typed meanwhile
    schema_threads.gate.set()
    qtbot.waitUntil(lambda: "changed while" in dialog.status.text(), timeout=5000)
    assert not dialog.problems.isVisible()  # the problems of the older text are not shown
    assert not no_questions  # and nothing was applied
    assert dialog.editor.toPlainText() == text and dialog.is_dirty()


def test_typing_while_libvirt_defines_is_not_taken_then_dropped(connected, qtbot, no_questions,
                                                                  monkeypatch):
    """The stored definition replaces the text once defined: what was typed meanwhile was
    taken, then silently lost. The text is read-only until libvirt answers."""
    from kvmgui.libvirt import domainops

    go_on = threading.Event()
    define = domainops.define_definition

    def slow_define(*args):
        go_on.wait(5)
        return define(*args)

    monkeypatch.setattr(domainops, "define_definition", slow_define)
    dialog = open_editor(qtbot, connected)
    text = edit(dialog, "<title>Web server</title>", "<title>Front end</title>")
    checked(qtbot, dialog, dialog.apply)
    assert dialog.status.text() == "Defining…"
    dialog.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.editor, "<!-- mine -->")
    typed = dialog.editor.toPlainText()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"))
    assert "<!-- mine -->" in dialog.editor.toPlainText() or typed == text
    assert not dialog.editor.isReadOnly()


def test_an_object_deleted_elsewhere_offers_nothing_that_needs_it(connected, qtbot, no_questions):
    dialog = open_editor(qtbot, connected, "domain", BUILD)
    text = edit(dialog, "<name>build</name>", "<name>build</name><title>Kept</title>")
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(BUILD).undefine())
    qtbot.waitUntil(dialog.banner.isVisible)
    assert "no longer exists" in dialog.banner_text.text()
    # Reload and Revert would replace the text (which the banner says is kept) with a
    # definition that is gone; Apply would fail to find the VM.
    assert not dialog.apply_button.isEnabled()
    assert not dialog.revert_button.isEnabled()
    assert not dialog.reload_button.isVisibleTo(dialog)
    assert dialog.validate_button.isEnabled()
    assert dialog.editor.toPlainText() == text and not dialog.editor.isReadOnly()
    # Defined again (same uuid): the editor is usable again, the text still kept.
    run_in_worker(qtbot, connected, lambda c: c.defineXML(text))
    qtbot.waitUntil(dialog.apply_button.isEnabled)
    assert dialog.editor.toPlainText() == text
    assert dialog.revert_button.isEnabled() is dialog.is_dirty()


def test_a_vm_renamed_elsewhere_is_named_by_its_new_name(connected, qtbot):
    dialog = open_editor(qtbot, connected, "domain", BUILD)
    assert "build" in dialog.windowTitle()
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(BUILD).rename("ci & <b>", 0))
    qtbot.waitUntil(lambda: "<name>ci &amp; &lt;b&gt;</name>" in dialog.editor.toPlainText())
    qtbot.waitUntil(lambda: connected.domains.get(BUILD).name == "ci & <b>")
    assert "ci & <b>" in dialog.windowTitle() and "build" not in dialog.windowTitle()
    assert dialog.accessibleName() == "XML editor for virtual machine ci & <b>"


def test_an_editor_opened_before_its_vms_record_came_is_named_once_it_comes(connected, qtbot):
    """Opened before the VM's row is in (right after a define: here, before it): it was
    titled by the uuid for good."""
    uuid = "6c3c4b9e-5d2a-4f1e-9a77-3b8f1c2d4e50"
    root = etree.fromstring(run_in_worker(qtbot, connected,
                                          lambda c: c.lookupByUUIDString(BUILD).XMLDesc(0)))
    root.find("name").text = "fresh"
    root.find("uuid").text = uuid
    dialog = XmlEditorDialog(connected, "domain", uuid)
    qtbot.addWidget(dialog)
    assert uuid in dialog.windowTitle()
    run_in_worker(qtbot, connected, lambda c: c.defineXML(etree.tostring(root, encoding="unicode")))
    qtbot.waitUntil(lambda: "fresh" in dialog.windowTitle())
    assert uuid not in dialog.windowTitle()


def test_a_definition_that_cannot_be_read_is_not_still_loading(connected, qtbot):
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(BUILD).undefine())
    dialog = XmlEditorDialog(connected, "domain", BUILD)  # its row not gone yet
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Could not read the definition" in dialog.status.text())
    assert dialog.editor.toPlainText() == ""
    assert dialog.editor.placeholderText() != "Loading…"
    assert not dialog.apply_button.isEnabled() and not dialog.validate_button.isEnabled()


def test_text_not_found_leaves_the_cursor_where_it_was(connected, qtbot):
    dialog = open_editor(qtbot, connected)
    dialog.editor.go_to_line(6)
    before = dialog.editor.textCursor()
    dialog.find_bar.open_bar()
    dialog.find_bar.field.setText("no-such-text")  # searched as typed
    assert dialog.find_bar.status.text() == "Not found"
    assert not dialog.find_bar.find_previous()
    after = dialog.editor.textCursor()
    assert (after.anchor(), after.position()) == (before.anchor(), before.position())


def test_applying_to_a_running_network_says_it_takes_effect_on_restart(connected, qtbot,
                                                                      no_questions):
    assert connected.networks.get(DEFAULT_NET).active
    dialog = open_editor(qtbot, connected, "network", DEFAULT_NET)
    edit(dialog, "stp='on'", "stp='off'")
    checked(qtbot, dialog, dialog.apply)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"))
    assert dialog.status.text().endswith(
        "The running network keeps its old settings until it is restarted.")


def test_applying_to_an_active_pool_says_it_takes_effect_on_restart(connected, qtbot, no_questions):
    assert connected.pools.get(HOME_POOL).active
    dialog = open_editor(qtbot, connected, "pool", HOME_POOL)
    edit(dialog, "<path>/home</path>", "<path>/srv</path>")
    checked(qtbot, dialog, dialog.apply)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"))
    assert dialog.status.text().endswith(
        "The active storage pool keeps its old settings until it is restarted.")


def test_an_edit_of_only_the_blanks_in_a_text_is_applied(connected, qtbot, no_questions):
    dialog = open_editor(qtbot, connected)
    edit(dialog, "<title>Web server</title>", "<title>Web server </title>")
    checked(qtbot, dialog, dialog.apply)
    assert dialog.status.text() != "No changes to apply."
    assert any("+  <title>Web server </title>" in ln for ln in no_questions[0])
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"))
    assert "<title>Web server </title>" in inactive_xml(qtbot, connected)


def test_a_change_made_while_the_diff_shows_is_not_overwritten_by_apply(connected, qtbot,
                                                                        monkeypatch):
    """The diff was made against the definition of its time: Apply defined the text anyway,
    silently undoing a change made elsewhere meanwhile. It shows the diff again instead."""
    monkeypatch.setattr(XmlEditorDialog, "ask_discard", lambda self, on_discard: on_discard())
    dialog = open_editor(qtbot, connected)
    edit(dialog, "<title>Web server</title>", "<title>Front end</title>")

    def diffs():
        return [d for d in dialog.findChildren(DiffDialog) if d.isVisible()]

    dialog.apply()
    qtbot.waitUntil(lambda: bool(diffs()), timeout=5000)
    [first] = diffs()
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).setMetadata(
        libvirt.VIR_DOMAIN_METADATA_DESCRIPTION, "Changed elsewhere", None, None,
        libvirt.VIR_DOMAIN_AFFECT_CONFIG))
    run_in_worker(qtbot, connected, lambda c: c.defineXML(
        c.lookupByUUIDString(WEB01).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)))  # a DEFINED event
    qtbot.waitUntil(lambda: "Changed elsewhere" in (dialog.definition or ""), timeout=5000)
    first.accept()
    qtbot.waitUntil(lambda: any(d is not first for d in diffs()), timeout=5000)
    assert "Changed elsewhere" in inactive_xml(qtbot, connected)  # not overwritten
    assert "<title>Web server</title>" in inactive_xml(qtbot, connected)
    assert "changed" in dialog.status.text()
    [second] = [d for d in diffs() if d is not first]
    shown = second.findChild(CodeEditor).toPlainText()
    assert "-  <description>Changed elsewhere</description>" in shown  # what Apply would undo
    second.accept()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"), timeout=5000)
    assert "<title>Front end</title>" in inactive_xml(qtbot, connected)


def test_a_refusal_of_a_define_whose_window_closed_meanwhile_is_told(connected, qtbot,
                                                                     no_questions, monkeypatch,
                                                                     details_of):
    """The define ran on while the VM's window closed: the editor went with it, and libvirt's
    refusal was told to nobody. (A window closed by the user, Quit or Remove connection now
    waits for libvirt's answer, test_window.py; one ended unasked, by a signal, does not.)"""
    from kvmgui.dialogs.details.restart import news
    from kvmgui.libvirt import domainops

    go_on = threading.Event()

    def refused_define(*_args):
        go_on.wait(5)
        raise refusal("XML error: name 'db01' is already in use")

    monkeypatch.setattr(domainops, "define_definition", refused_define)
    window = details_of("web01")
    dialog = window.edit_xml()
    qtbot.waitUntil(lambda: dialog.definition is not None and bool(dialog.editor.toPlainText()))
    edit(dialog, "<name>web01</name>", "<name>db01</name>")
    checked(qtbot, dialog, dialog.apply)
    assert dialog.status.text() == "Defining…"
    window.end_without_questions()  # a signal ends the application
    assert not window.isVisible()
    with qtbot.waitSignal(news().failed, timeout=5000) as told:
        go_on.set()
    assert told.args[0].startswith(
        f"XML editor for virtual machine web01 on {connected.display_name}, closed meanwhile: "
        "libvirt refused the definition: ")
    assert "already in use" in told.args[0]


@pytest.mark.parametrize("refused", [False, True])
def test_closing_while_libvirt_defines_waits_for_its_answer(connected, qtbot, monkeypatch,
                                                            refused):
    """Closed (the close button, Escape) while its Apply was being defined, the editor asked
    'The XML has edits that were not applied. Close and discard them?', which was not so:
    they were being applied. It now closes once libvirt has stored them, and stays open with
    libvirt's words and the text when it refuses them."""
    from kvmgui.libvirt import domainops

    asked = []
    monkeypatch.setattr(XmlEditorDialog, "confirm_diff", lambda self, lines, answer: answer(True))
    monkeypatch.setattr(XmlEditorDialog, "ask_discard",
                        lambda self, on_discard: asked.append(on_discard))
    go_on = threading.Event()
    define = domainops.define_definition

    def slow_define(*args):
        go_on.wait(5)
        if refused:
            raise refusal("XML error: name 'db01' is already in use")
        return define(*args)

    monkeypatch.setattr(domainops, "define_definition", slow_define)
    dialog = open_editor(qtbot, connected)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # read after it closes
    text = edit(dialog, "<title>Web server</title>", "<title>Front end</title>")
    checked(qtbot, dialog, dialog.apply)
    assert dialog.status.text() == "Defining…"
    closed = []
    dialog.finished.connect(closed.append)
    for close in (dialog.close, dialog.reject):  # the close button, Escape
        close()
        assert not asked  # nothing to discard: the edits are being applied
        assert dialog.isVisible()
        assert dialog.status.text() == ("Defining… The editor closes once libvirt has stored "
                                        "the definition.")
    go_on.set()
    if refused:
        qtbot.waitUntil(lambda: dialog.status.text().startswith("libvirt refused"), timeout=5000)
        assert dialog.isVisible() and not closed
        assert dialog.editor.toPlainText() == text and dialog.is_dirty()
        dialog.drop_edits()  # closed at teardown without a question
    else:
        qtbot.waitUntil(lambda: bool(closed), timeout=5000)
        assert not dialog.isVisible() and not asked
        assert "<title>Front end</title>" in inactive_xml(qtbot, connected)
