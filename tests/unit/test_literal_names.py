"""Names are shown literally everywhere: a VM, network, pool or volume called
``a<b>&"c'`` is never read as markup by a label, message box, tooltip or screen reader.

Qt reads a label's or tooltip's text as HTML when it merely looks like HTML
(``Qt.mightBeRichText``): ``a<b>…`` turns bold and loses its ``<b>``. The scan below
checks what each label and tooltip shows (and what a screen reader gets) wherever
its text mentions the name, raw or escaped.
"""

import html
import re
from xml.sax.saxutils import escape

import libvirt
import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QWidget

from kvmgui.dialogs.credentials import CredentialDialog
from kvmgui.dialogs.delete import DeleteDialog
from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.libvirt.auth import CredentialRequest
from kvmgui.models.domainrow import Column
from kvmgui.panels.networks import NetworksPanel
from kvmgui.panels.storage import StoragePanel
from tests.helpers import open_details_window, run_in_worker, select_vms, uuid_of

NAME = 'a<b>&"c\''
MARKS = (NAME, html.escape(NAME), escape(NAME), html.escape(NAME, quote=False))


def shown(text, fmt=Qt.TextFormat.AutoText):
    """What Qt draws for ``text`` in a label or tooltip of this format."""
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def label_shows(label):
    """What a label draws: its text as Qt reads it, mnemonics taken out when it has a buddy."""
    text = shown(label.text(), label.textFormat())
    if label.buddy() is not None:
        text = re.sub("&(.)", r"\1", text)  # "&&" shows "&", "&x" an underlined "x"
    return text


def mentions(text):
    return any(mark in text for mark in MARKS)


def problems(root):
    """Every label, tooltip and item tooltip under ``root`` that mentions the name but
    does not show it literally (to the eye or to a screen reader)."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"
        if isinstance(w, QLabel) and mentions(w.text()):
            if NAME not in label_shows(w):
                found.append(f"{where} shows {label_shows(w)!r}")
            iface = QAccessible.queryAccessibleInterface(w)
            spoken = iface.text(QAccessible.Text.Name) if iface is not None else ""
            if not w.accessibleName() and NAME not in spoken:  # else its text is not its name
                found.append(f"{where} reads out {spoken!r}")
        if mentions(w.toolTip()) and NAME not in shown(w.toolTip()):
            found.append(f"{where} tooltip shows {shown(w.toolTip())!r}")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found += item_problems(w.model(), QModelIndex(), where)
    return found


def item_problems(model, parent, where):
    found = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # the private model of a QListWidget
        columns = 1
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and mentions(tip) and NAME not in shown(tip):
                found.append(f"{where} row {row} col {col} tooltip shows {shown(tip)!r}")
        found += item_problems(model, model.index(row, 0, parent), where)
    return found


def add_named_objects(conn):
    n = escape(NAME, {'"': "&quot;"})
    conn.networkDefineXML(f"<network><name>{n}</name><bridge name='virbr77'/>"
                          "<ip address='10.77.0.1' prefix='24'/></network>").create()
    pool = conn.storagePoolDefineXML(f"<pool type='dir'><name>{n}</name>"
                                     "<target><path>/weird</path></target></pool>", 0)
    pool.create(0)
    vol = pool.createXML(f"<volume><name>{n}.qcow2</name><capacity>1048576</capacity></volume>", 0)
    dom = conn.defineXML(
        f"<domain type='test'><name>{n}</name><title>{n}</title><description>{n}</description>"
        "<memory>65536</memory><os><type>hvm</type></os><devices>"
        f"<disk type='file' device='disk'><source file='{escape(vol.path(), {chr(39): '&apos;'})}'/>"
        "<target dev='vda' bus='virtio'/></disk>"
        f"<interface type='network'><source network='{escape(NAME, {chr(39): '&apos;'})}'/></interface>"
        "</devices></domain>")
    dom.create()
    # A change that waits for a restart: the pending bar and the row's tooltip name it.
    doc = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace(
        "</devices>", f"<interface type='network'><source network='{escape(NAME, {chr(39): '&apos;'})}'/>"
        "<mac address='52:54:00:77:77:77'/></interface></devices>")
    conn.defineXML(doc)
    return dom.UUIDString()


@pytest.fixture
def named(connected, qtbot):
    uuid = run_in_worker(qtbot, connected, add_named_objects)
    qtbot.waitUntil(lambda: connected.domains.get(uuid) is not None
                    and any(r.name == NAME for r in connected.networks.records())
                    and any(r.name == NAME for r in connected.pools.records()), timeout=5000)
    return uuid


def test_main_window_and_its_questions(connected, named, main_window, qtbot):
    main_window.show()
    qtbot.waitUntil(lambda: main_window.vm_view.model().rowCount() == 6, timeout=5000)
    select_vms(main_window, NAME)
    qtbot.waitUntil(lambda: any(mentions(str(main_window.vm_view.model().index(r, Column.STATE).data(
        Qt.ItemDataRole.ToolTipRole) or "")) for r in range(6)), timeout=5000)
    main_window.vm_actions["force_off"].trigger()
    box = main_window.open_dialogs[-1]
    assert isinstance(box, QMessageBox) and NAME in shown(box.text(), box.textFormat())
    assert problems(main_window) == [] and problems(box) == []
    box.button(QMessageBox.StandardButton.No).click()


def test_details_window(connected, named, qtbot, settings, monkeypatch):
    from kvmgui.dialogs.details import DetailsWindow

    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    window = open_details_window(qtbot, connected, named, settings)
    assert NAME in shown(window.header.text(), window.header.textFormat())
    assert NAME in window.windowTitle()
    qtbot.waitUntil(window.pending_bar.isVisible, timeout=5000)
    seen = []
    for key in list(window.pages):
        window.select_page(key)
        seen += problems(window)
    assert sorted(set(seen)) == []

    yes = []
    window.confirm_force_off(lambda: yes.append(True))
    box = window.question
    assert NAME in shown(box.text(), box.textFormat())
    box.button(QMessageBox.StandardButton.No).click()
    assert yes == []


def test_delete_dialog(connected, named, qtbot):
    rec = connected.domains.get(named)
    dialog = DeleteDialog(connected, [rec])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() > 0, timeout=5000)
    assert any(NAME in shown(label.text(), label.textFormat()) for label in dialog.findChildren(QLabel))
    assert problems(dialog) == []


@pytest.mark.parametrize("panel_class", [NetworksPanel, StoragePanel])
def test_host_panels_and_their_questions(connected, named, qtbot, panel_class):
    panel = panel_class(connected)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    if panel_class is NetworksPanel:
        assert panel.view.select_key(uuid_of(connected.networks, NAME))
        qtbot.waitUntil(lambda: NAME in panel.title.text(), timeout=5000)
        panel.stop_button.click()
    else:
        assert panel.pool_view.select_key(uuid_of(connected.pools, NAME))
        qtbot.waitUntil(lambda: panel.volume_view.model().rowCount() > 0, timeout=5000)
        panel.delete_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    box = panel.confirm_box
    assert NAME in shown(box.text(), box.textFormat())
    assert problems(panel) == [] and problems(box) == []
    box.button(QMessageBox.StandardButton.No).click()


def test_xml_editor(connected, named, qtbot):
    editor = XmlEditorDialog(connected, "domain", named)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: "<name>" in editor.editor.toPlainText(), timeout=5000)
    assert NAME in editor.windowTitle()
    assert problems(editor) == []


def test_credential_prompts(qtbot):
    request = CredentialRequest(f"test:///{NAME}",
                                [(libvirt.VIR_CRED_PASSPHRASE, f"Password for {NAME}:", "")])
    dialog = CredentialDialog(request)
    qtbot.addWidget(dialog)
    assert problems(dialog) == []
    assert sum(NAME in label_shows(label) for label in dialog.findChildren(QLabel)) == 2
    dialog.reject()


def test_new_vm_wizard(connected, named, qtbot, monkeypatch):
    # Every page's messages name the pool, volume or network chosen (missing, taken, stopped).
    from kvmgui.osinfo.database import OsDatabase
    from kvmgui.wizards.newvm import state as state_module
    from kvmgui.xml.newvm_spec import InstallMethod, NetworkKind, StorageKind
    from tests.helpers import type_into
    from tests.unit.wizards.newvm.drive import choose, open_wizard, settle, toggle

    monkeypatch.setattr(state_module, "_osdb", OsDatabase())  # the generic profiles, at once
    wiz = open_wizard(qtbot, connected)
    qtbot.waitUntil(lambda: NAME in (wiz.state.facts.pools if wiz.state.facts else {}), timeout=5000)
    seen = []

    def scan():
        settle(qtbot, wiz)
        seen.extend(problems(wiz))

    method, storage, network = wiz.method, wiz.storage, wiz.network
    toggle(qtbot, method.method_buttons[InstallMethod.ISO_VOLUME])
    choose(method.iso_volume.pool, NAME)
    type_into(qtbot, method.iso_volume.volume.lineEdit(), f"{NAME}.iso")  # not in the pool
    scan()
    toggle(qtbot, method.method_buttons[InstallMethod.CLOUD_IMAGE])
    choose(method.base_kind, "volume")
    choose(method.base_volume.pool, NAME)
    type_into(qtbot, method.base_volume.volume.lineEdit(), f"{NAME}.qcow2")
    scan()
    toggle(qtbot, method.method_buttons[InstallMethod.PXE])
    toggle(qtbot, storage.kinds[StorageKind.NEW_VOLUME])
    choose(storage.pool, NAME)
    type_into(qtbot, storage.volume_name, f"{NAME}.qcow2")  # taken in that pool
    scan()
    toggle(qtbot, storage.kinds[StorageKind.EXISTING_VOLUME])
    choose(storage.existing.pool, NAME)
    type_into(qtbot, storage.existing.volume.lineEdit(), f"{NAME}x")  # not in the pool
    scan()
    choose(network.kind, NetworkKind.VIRTUAL)
    choose(network.source, NAME)
    scan()
    network.source.setEditText(f"{NAME}x")  # no such network
    scan()
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName(NAME).destroy())
    qtbot.waitUntil(lambda: not any(r.active for r in connected.networks.records() if r.name == NAME),
                    timeout=5000)
    choose(network.source, NAME)
    scan()  # not running: said, with a button to start it
    network.start_button.click()
    qtbot.waitUntil(lambda: "is running" in network.start_result.text(), timeout=5000)
    scan()
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName(NAME).destroy())
    qtbot.waitUntil(lambda: not wiz.state.facts.pools[NAME].active, timeout=5000)
    toggle(qtbot, storage.kinds[StorageKind.NEW_VOLUME])
    choose(storage.pool, NAME)
    scan()  # not running
    type_into(qtbot, wiz.name.name, NAME)  # taken
    scan()
    shown_texts = [label_shows(label) for label in wiz.findChildren(QLabel)]
    assert any(NAME in text for text in shown_texts)
    assert sorted(set(seen)) == []
