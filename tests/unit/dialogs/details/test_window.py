"""The VM details window on the test driver: pages show the VM, edits reach its definition."""

import threading

import libvirt
import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kvmgui.dialogs.details import DetailsWindow, open_details
from kvmgui.dialogs.details.restart import RestartJob
from kvmgui.dialogs.preferences import Preferences
from kvmgui.libvirt import actions, domainops, virsh
from kvmgui.libvirt.domainops import LiveOutcome
from kvmgui.libvirt.records import DomainState
from kvmgui.models import words
from kvmgui.models.words import say
from kvmgui.widgets.styles import Tone, tone_of
from kvmgui.widgets.vmactions import ACTIONS_BY_KEY
from tests.helpers import DEMO_VMS, FakeError, domain_doc, run_in_worker
from tests.unit.lverror import refusal

ASK_DISCARD = DetailsWindow.ask_discard  # the real one: the fixture answers it at once


def page_of(window, page_id):
    window.select_page(page_id)
    return window.pages[page_id]


def apply(qtbot, window, page):
    with qtbot.waitSignal(window.changeApplied, timeout=5000) as blocker:
        page.apply_button.click()
    return blocker.args[0]


def redefine(qtbot, conn, vm, edit):
    """Define the demo VM ``vm`` again with ``edit(root)`` applied to its inactive XML."""
    def job(c):
        root = etree.fromstring(c.lookupByUUIDString(DEMO_VMS[vm]).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        edit(root)
        c.defineXML(etree.tostring(root, encoding="unicode"))

    run_in_worker(qtbot, conn, job)


def test_pages_show_the_demo_vm(details_of):
    window = details_of("web01")
    overview = page_of(window, "overview")
    assert overview.name.text() == "web01"
    assert overview.uuid.text() == DEMO_VMS["web01"]
    assert overview.title_edit.text() == "Web server"
    assert overview.state.text() == "Running"
    assert overview.hypervisor.text() == "libvirt test driver"
    assert overview.arch.text() == "x86_64"
    cpumem = page_of(window, "cpumem")
    assert (cpumem.vcpus.value(), cpumem.max_vcpus.value()) == (2, 2)
    assert (cpumem.memory.value(), cpumem.max_memory.value()) == (2048, 2048)
    items = [window.page_list.item(i).text() for i in range(window.page_list.count())]
    assert items == ["Console", "Overview", "Performance", "CPUs and memory", "Boot options",
                     "Disk vda", "NIC 52:54:00:6b:3c:01"]
    nic = window.pages["device:interface:52:54:00:6b:3c:01"]
    assert nic.source.currentText() == "default" and nic.model.currentText() == "virtio"
    disk = window.pages["device:disk:vda"]
    assert disk.path.text() == "/home/web01.qcow2" and disk.bus.currentText() == "virtio"
    assert not window.pending_bar.isVisible()


def test_every_control_has_an_accessible_name(details_of):
    window = details_of("web01")
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
             QPlainTextEdit)
    unnamed = [f"{type(w).__name__} {getattr(w, 'text', str)()}" for w in window.findChildren(QWidget)
               if isinstance(w, kinds) and not w.accessibleName() and not _inside_named_control(w)]
    assert unnamed == [], "\n".join(unnamed)
    for page_id, page in window.pages.items():
        assert page.accessibleName(), page_id


def _inside_named_control(widget):
    # The line edit and pop-up list of a combo box, the line edit of a spin box, a view's header…
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def test_title_edit_is_defined(details_of, connected, qtbot):
    window = details_of("build")
    overview = page_of(window, "overview")
    overview.title_edit.setText("Build box")
    overview.title_edit.textEdited.emit("Build box")
    result = apply(qtbot, window, overview)
    assert result.defined and result.live == LiveOutcome.NOT_RUNNING
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).title == "Build box"
    assert not overview.is_dirty()
    assert "saved" in window.message.text()


def test_control_characters_in_title_or_description_are_refused_inline(
        details_of, connected, qtbot, submitted):
    # lxml cannot write them: the edit raised ValueError ("All strings must be XML
    # compatible…") after libvirt had been asked for the definition.
    window = details_of("build")
    overview = page_of(window, "overview")
    overview.title_edit.setText("Build\x01box")
    overview.title_edit.textEdited.emit("Build\x01box")
    assert overview.problem.text() == "The title cannot contain line breaks or other control characters."
    assert not overview.apply_button.isEnabled()
    overview.apply()
    assert domainops.apply_change not in submitted
    overview.title_edit.setText("Build box")
    overview.title_edit.textEdited.emit("Build box")
    overview.description.setPlainText("line one\nline\ttwo\x0b")
    assert overview.problem.text() == (
        "The description cannot contain control characters other than line breaks and tabs.")
    overview.description.setPlainText("line one\nline\ttwo")
    assert overview.problem.text() == "" and overview.apply_button.isEnabled()
    result = apply(qtbot, window, overview)
    assert result.defined
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).description == "line one\nline\ttwo"


def test_a_refused_autostart_says_the_title_was_saved(details_of, connected, qtbot, monkeypatch):
    """Title and autostart applied together, autostart refused: the title was defined all
    the same, yet the window said "Overview: not applied: …" and kept both edits."""
    def refuse(dom, on):
        raise FakeError("Requested operation is not valid: cannot set autostart for transient domain")

    monkeypatch.setattr(virsh, "set_autostart", refuse)
    window = details_of("build")
    overview = page_of(window, "overview")
    overview.title_edit.setText("Build box")
    overview.title_edit.textEdited.emit("Build box")
    overview.autostart.setChecked(True)
    overview.apply_button.click()
    qtbot.waitUntil(lambda: "Overview" in window.message.text(), timeout=5000)
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).title == "Build box"
    assert window.message.text() == (
        "Overview: saved. But Autostart was not changed: Requested operation is not valid: "
        "cannot set autostart for transient domain."), window.message.text()
    assert tone_of(window.message) is Tone.ERROR
    qtbot.waitUntil(lambda: not overview.is_dirty(), timeout=5000)
    assert not overview.autostart.isChecked()  # what the host has


def test_memory_change_of_running_vm_is_applied_live(details_of, connected, qtbot):
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.memory.setValue(1024)
    result = apply(qtbot, window, page)
    assert result.live == LiveOutcome.APPLIED, result.message
    assert domain_doc(qtbot, connected, DEMO_VMS["web01"]).memory_kib == 1024 * 1024
    assert domain_doc(qtbot, connected, DEMO_VMS["web01"], 0).memory_kib == 1024 * 1024
    assert not window.pending_bar.isVisible()


def test_memory_above_maximum_is_refused_before_libvirt(details_of, connected, qtbot):
    window = details_of("web01")
    page = page_of(window, "cpumem")
    requested = []
    page.changeRequested.connect(requested.append)
    page.memory.setValue(4096)
    assert page.problem.isVisible()
    assert "cannot exceed maximum memory (2048 MiB)" in page.problem.text()
    assert not page.apply_button.isEnabled()
    page.apply()
    assert requested == []
    assert page.memory.value() == 4096  # the user's value stays
    assert domain_doc(qtbot, connected, DEMO_VMS["web01"]).memory_kib == 2048 * 1024


def test_maximum_vcpus_of_running_vm_are_pending(details_of, connected, qtbot):
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.max_vcpus.setValue(4)
    result = apply(qtbot, window, page)
    assert result.live == LiveOutcome.PENDING
    assert "fixed while the VM runs" in say(result.words)
    assert domain_doc(qtbot, connected, DEMO_VMS["web01"]).max_vcpus == 4
    qtbot.waitUntil(window.pending_bar.isVisible)
    assert "Maximum vCPUs: 2 → 4" in window.pending_bar.list.text()
    assert page.pending.isVisible() and "Maximum vCPUs" in page.pending.text()


def test_libvirt_refusal_keeps_the_input(details_of, connected, qtbot):
    window = details_of("router")
    nic = page_of(window, "device:interface:52:54:00:6b:3c:04")
    nic.model.setEditText("bad model")
    nic.apply_button.click()
    qtbot.waitUntil(lambda: "Not applied" in nic.message.text(), timeout=5000)
    assert "invalid characters" in nic.message.text()
    assert "not applied: " in window.message.text() and "invalid characters" in window.message.text()
    assert nic.model.currentText() == "bad model" and nic.is_dirty()
    assert domain_doc(qtbot, connected, DEMO_VMS["router"]).find_device(nic.key).model == "virtio"


def focus_and_alt_a(qtbot, window, field):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Apply


def test_focus_comes_back_to_the_field_after_apply_by_keyboard(details_of, qtbot):
    """The fields are disabled while Apply runs, which drops the focus: a keyboard user
    was left with no control focused (Tab then started from nowhere)."""
    window = details_of("build")
    overview = page_of(window, "overview")
    overview.title_edit.setText("Build box")
    overview.title_edit.textEdited.emit("Build box")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        focus_and_alt_a(qtbot, window, overview.title_edit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
    assert QApplication.focusWidget() is overview.title_edit


def test_focus_comes_back_to_the_field_after_a_refused_apply(details_of, qtbot):
    window = details_of("router")
    nic = page_of(window, "device:interface:52:54:00:6b:3c:04")
    nic.model.setEditText("bad model")
    focus_and_alt_a(qtbot, window, nic.model)
    qtbot.waitUntil(lambda: "Not applied" in nic.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
    assert QApplication.focusWidget() in (nic.model, nic.model.lineEdit())


def test_nic_mac_checks(details_of):
    window = details_of("router")
    nic = page_of(window, "device:interface:52:54:00:6b:3c:04")
    nic.mac.setText("52:54:00:6b:3c:05")
    nic.mac.textEdited.emit("52:54:00:6b:3c:05")
    assert "already used by another NIC" in nic.problem.text()
    nic.mac.setText("52:54:00:zz")
    nic.mac.textEdited.emit("52:54:00:zz")
    assert "is not a MAC address" in nic.problem.text()


def test_removing_a_console_names_the_serial_port_that_goes_with_it(details_of, connected, qtbot):
    def add_pair(root):
        devices = root.find("devices")
        serial = etree.SubElement(devices, "serial", type="pty")
        etree.SubElement(serial, "target", port="0")
        console = etree.SubElement(devices, "console", type="pty")
        etree.SubElement(console, "target", type="serial", port="0")

    redefine(qtbot, connected, "build", add_pair)
    window = details_of("build")
    window.select_page("device:console:0")
    window.remove_action.trigger()
    assert "(and Serial port 0, which goes with it)" in window.question.text()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        window.question.button(QMessageBox.StandardButton.Yes).click()
    doc = domain_doc(qtbot, connected, DEMO_VMS["build"])
    assert doc.find_device("console:0") is None and doc.find_device("serial:0") is None


def test_edits_survive_a_change_underneath(details_of, connected, qtbot):
    window = details_of("build")
    overview = page_of(window, "overview")
    overview.title_edit.setText("Mine")
    overview.title_edit.textEdited.emit("Mine")
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").setMetadata(
        libvirt.VIR_DOMAIN_METADATA_DESCRIPTION, "from elsewhere", None, None,
        libvirt.VIR_DOMAIN_AFFECT_CONFIG))
    run_in_worker(qtbot, connected, lambda c: c.defineXML(
        c.lookupByName("build").XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)))
    qtbot.waitUntil(lambda: window.view.doc.description == "from elsewhere")
    assert overview.title_edit.text() == "Mine"
    assert "changed meanwhile" in overview.message.text()
    overview.revert()
    assert overview.description.toPlainText() == "from elsewhere"
    assert overview.title_edit.text() == ""


def test_remove_device_after_confirmation(details_of, connected, qtbot, submitted):
    window = details_of("router")
    window.select_page("device:interface:52:54:00:6b:3c:05")
    assert window.remove_action.isEnabled()
    window.remove_action.trigger()
    box = window.question
    assert box.text() == "Remove NIC 52:54:00:6b:3c:05 on network net10 (virtio) from router?"
    assert box.isVisible() and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    from kvmgui.libvirt import domainops
    assert domainops.apply_change not in submitted  # asking changed nothing
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    doc = domain_doc(qtbot, connected, DEMO_VMS["router"])
    assert doc.find_device("interface:52:54:00:6b:3c:05") is None
    assert "device:interface:52:54:00:6b:3c:05" not in window.pages
    assert window.current_page() is page_of(window, "overview")


def test_boot_page_requires_a_kernel_for_direct_boot(details_of, connected, qtbot):
    window = details_of("build")
    page = page_of(window, "boot")
    page.kernel_group.setChecked(True)
    assert "kernel's path" in page.problem.text()
    page.kernel.setText("/boot/vmlinuz")
    page.kernel.textEdited.emit("/boot/vmlinuz")
    page.cmdline.setText("console=ttyS0")
    page.cmdline.textEdited.emit("console=ttyS0")
    apply(qtbot, window, page)
    doc = domain_doc(qtbot, connected, DEMO_VMS["build"])
    assert (doc.kernel, doc.cmdline) == ("/boot/vmlinuz", "console=ttyS0")


def boot_items(page):
    return [(page.order.item(i).text(), page.order.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(page.order.count())]


def test_boot_page_moves_a_device_up_and_saves_that_order(details_of, connected, qtbot):
    window = details_of("build")
    page = page_of(window, "boot")
    assert boot_items(page) == [("Hard disk", True), ("CD-ROM", False), ("Network (PXE)", False),
                                ("Floppy", False)]
    page.order.setCurrentRow(1)
    page.order.currentItem().setCheckState(Qt.CheckState.Checked)
    click_up = page.findChild(QPushButton, "up")
    click_up.click()
    click_up.click()  # already first: stays
    assert [t for t, _on in boot_items(page)][:2] == ["CD-ROM", "Hard disk"]
    assert page.order.currentRow() == 0
    apply(qtbot, window, page)
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).boot_devices == ["cdrom", "hd"]


def test_boot_page_keeps_per_device_order(details_of, connected, qtbot):
    def per_device(root):
        for boot in root.findall("os/boot"):
            boot.getparent().remove(boot)
        for order, dev in enumerate(("devices/disk", "devices/interface"), start=1):
            etree.SubElement(root.find(dev), "boot", order=str(order))

    redefine(qtbot, connected, "web01", per_device)
    window = details_of("web01")
    page = page_of(window, "boot")
    assert [t for t, _on in boot_items(page)] == [
        "Disk vda (virtio) /home/web01.qcow2", "NIC 52:54:00:6b:3c:01 on network default (virtio)"]
    page.order.setCurrentRow(0)
    page.findChild(QPushButton, "down").click()
    apply(qtbot, window, page)
    doc = domain_doc(qtbot, connected, DEMO_VMS["web01"])
    assert doc.boot_order_keys() == ["interface:52:54:00:6b:3c:01", "disk:vda"]
    assert doc.boot_devices == []


def test_device_pages_show_the_icon_of_what_they_are(details_of, connected, qtbot):
    """A USB controller shows the USB drawing, a keyboard the keyboard's (not the mouse's)."""
    def add_devices(root):
        devices = root.find("devices")
        etree.SubElement(devices, "controller", type="usb", index="0")
        etree.SubElement(devices, "input", type="keyboard", bus="usb")
        etree.SubElement(devices, "input", type="tablet", bus="usb")

    redefine(qtbot, connected, "web01", add_devices)
    window = details_of("web01")
    icons_by_page = {window.page_list.item(i).data(Qt.ItemDataRole.UserRole):
                     window.page_list.item(i).icon().name() for i in range(window.page_list.count())}
    assert icons_by_page["device:controller:usb:0"] == "drive-removable-media-usb"
    assert icons_by_page["device:input:keyboard:usb"] == "input-keyboard"
    assert icons_by_page["device:input:tablet:usb"] == "input-mouse"
    assert icons_by_page["device:disk:vda"] == "drive-harddisk"


def test_force_off_and_start_applies_pending_changes(details_of, connected, qtbot):
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.max_vcpus.setValue(4)
    apply(qtbot, window, page)
    qtbot.waitUntil(window.pending_bar.isVisible)
    window.pending_bar.force_button.click()
    assert window.restart_job is None  # nothing runs before the answer
    with qtbot.waitSignal(window.restartFinished, timeout=10000) as blocker:
        window.question.button(QMessageBox.StandardButton.Yes).click()
    assert blocker.args[0], blocker.args[1]
    qtbot.waitUntil(lambda: window.view.live is not None and window.view.live.max_vcpus == 4)
    assert window.view.pending == []
    qtbot.waitUntil(lambda: not window.pending_bar.isVisible())


def test_shut_down_and_start_waits_for_the_stopped_event(details_of, connected, qtbot):
    window = details_of("web01")
    seen = []
    connected.events.connect(lambda evs: seen.extend(words.event_words(ev)[0] for ev in evs))
    with qtbot.waitSignal(window.restartFinished, timeout=10000) as blocker:
        window.restart(force=False)
    assert blocker.args[0]
    qtbot.waitUntil(lambda: "Started" in seen)  # events come after the calls return
    assert seen.index("Stopped") < seen.index("Started")
    assert connected.domains.get(DEMO_VMS["web01"]).state == DomainState.RUNNING


def test_shut_down_and_start_gives_up_after_the_timeout(connected, qtbot, monkeypatch):
    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # a guest that ignores it
    job = RestartJob(connected, DEMO_VMS["web01"], force=False, timeout_s=0.3)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    ok, message = blocker.args
    assert not ok
    assert "did not shut down within 0.3 s" in message
    assert connected.domains.get(DEMO_VMS["web01"]).state == DomainState.RUNNING


def test_open_details_reuses_the_window(connected, qtbot):
    first = open_details(connected, DEMO_VMS["web01"], None)
    qtbot.addWidget(first)
    assert open_details(connected, DEMO_VMS["web01"], None) is first
    other = open_details(connected, DEMO_VMS["build"], None)
    qtbot.addWidget(other)
    assert other is not first


def test_closing_with_unapplied_edits_asks(details_of, qtbot, monkeypatch):
    window = details_of("build")
    asked = []
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: asked.append(titles))
    overview = page_of(window, "overview")
    overview.title_edit.setText("unsaved")
    overview.title_edit.textEdited.emit("unsaved")
    window.close()
    assert asked == [["Overview"]]
    assert window.isVisible()
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    window.close()
    assert not window.isVisible()


def test_the_discard_question_does_not_block(details_of, qtbot, monkeypatch, no_nested_questions):
    """It ran a nested event loop, application-modal: while it was open no other window
    (the main window, another VM's console) took input, and events and worker answers ran
    inside the closing window's closeEvent."""
    monkeypatch.setattr(DetailsWindow, "ask_discard", ASK_DISCARD)
    window = details_of("build")
    overview = page_of(window, "overview")
    overview.title_edit.setText("unsaved")
    overview.title_edit.textEdited.emit("unsaved")
    assert not window.close()
    box = window.discard_box
    assert box is not None and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.text() == ("These pages have edits that were not applied: Overview. "
                          "Close and discard them?")
    assert not window.close() and window.discard_box is box  # asked once
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and window.discard_box is None
    assert overview.title_edit.text() == "unsaved" and overview.is_dirty()
    assert not window.close()
    window.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible()


def test_a_vm_undefined_elsewhere_leaves_its_window_saying_so(details_of, connected, qtbot):
    window = details_of("build")
    page_of(window, "cpumem").max_vcpus.setValue(3)  # an edit the user has not applied

    def undefine(c):
        c.lookupByUUIDString(DEMO_VMS["build"]).undefine()

    run_in_worker(qtbot, connected, undefine)
    qtbot.waitUntil(lambda: "no longer exists" in window.header.text(), timeout=5000)
    assert "build" in window.header.text()
    assert not window.body.isEnabled()
    assert not window.xml_action.isEnabled() and not window.add_hw_action.isEnabled()
    assert page_of(window, "cpumem").max_vcpus.value() == 3  # what was typed stays readable
    assert not any(a.isEnabled() for a in window.power.action_set.values())


def test_a_gone_vms_window_keeps_its_actions_off_while_paging(details_of, connected, qtbot):
    window = details_of("build")
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DEMO_VMS["build"]).undefine())
    qtbot.waitUntil(lambda: "no longer exists" in window.header.text(), timeout=5000)
    for _ in range(window.page_list.count()):
        window.commands.next_page.trigger()  # Ctrl+PgDown works on a disabled page list
        assert not window.add_hw_action.isEnabled()
        assert not window.xml_action.isEnabled()
        assert not window.remove_action.isEnabled()
    assert window.current_page() is window.pages["device:disk:vda"]


def test_a_read_in_flight_never_shows_a_state_over_no_longer_exists(details_of, connected, qtbot):
    """The VM left the table while a read (begun before) was in the worker: that read
    came back after and put "Shut off" over "no longer exists"."""
    window = details_of("build")
    window.watcher.reload()  # in the worker now; its answer comes through the event loop
    connected.domains.remove([DEMO_VMS["build"]])  # the undefine, as the table hears of it
    assert "no longer exists" in window.header.text()
    qtbot.waitUntil(lambda: not window.watcher._busy, timeout=5000)
    assert "no longer exists" in window.header.text(), window.header.text()
    assert not window.body.isEnabled()


def test_a_vm_defined_again_brings_its_window_back(details_of, connected, qtbot):
    """virsh undefine, then virsh define of the same XML (the same uuid): the window stayed
    greyed for good."""
    window = details_of("build")
    xml = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DEMO_VMS["build"])
                        .XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DEMO_VMS["build"]).undefine())
    qtbot.waitUntil(lambda: "no longer exists" in window.header.text(), timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.defineXML(xml))
    qtbot.waitUntil(window.body.isEnabled, timeout=5000)
    qtbot.waitUntil(lambda: "Shut off" in window.header.text(), timeout=5000)
    assert not window.gone
    assert window.xml_action.isEnabled() and window.add_hw_action.isEnabled()
    qtbot.waitUntil(lambda: window.power.action_set["start"].isEnabled(), timeout=5000)


def test_boot_page_keeps_the_boot_order_of_a_host_device(details_of, connected, qtbot):
    """A passed-through USB stick with <boot order=> is listed; saving the menu keeps it."""
    def usb_boot(root):
        for boot in root.findall("os/boot"):
            boot.getparent().remove(boot)
        etree.SubElement(root.find("devices/disk"), "boot", order="1")
        hostdev = etree.SubElement(root.find("devices"), "hostdev", mode="subsystem", type="usb")
        source = etree.SubElement(hostdev, "source")
        etree.SubElement(source, "vendor", id="0x0781")
        etree.SubElement(source, "product", id="0x5567")
        etree.SubElement(hostdev, "boot", order="2")

    redefine(qtbot, connected, "build", usb_boot)
    window = details_of("build")
    page = page_of(window, "boot")
    assert boot_items(page) == [("Disk vda (virtio) /home/build.qcow2", True),
                                ("Host device usb:0781:5567", True)]
    page.menu.setChecked(True)
    apply(qtbot, window, page)
    doc = domain_doc(qtbot, connected, DEMO_VMS["build"])
    assert doc.boot_menu
    assert doc.boot_order_keys() == ["disk:vda", "hostdev:usb:0781:5567"]


WITH_USER_NIC = """<domain type='test'><name>usernic</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<interface type='user'><mac address='52:54:00:aa:bb:cc'/><model type='virtio'/></interface>
</devices></domain>"""


def test_a_user_mode_nic_keeps_its_type_when_its_link_is_changed(details_of, connected, qtbot):
    """User-mode networking (qemu:///session's NIC) has no source to choose: before, the page
    showed 'Virtual network' and asked for one, so the link could not be taken down."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_USER_NIC).UUIDString())
    window = details_of(uuid)
    nic = page_of(window, "device:interface:52:54:00:aa:bb:cc")
    assert nic.source_type.currentData() == "user"
    nic.link.setChecked(False)
    assert nic.problem.text() == "" and nic.apply_button.isEnabled()
    apply(qtbot, window, nic)
    card = domain_doc(qtbot, connected, uuid).find_device("interface:52:54:00:aa:bb:cc")
    assert (card.source_type, card.link_up, card.model) == ("user", False, "virtio")


WITH_MACVTAP = """<domain type='test'><name>macvtap</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<interface type='direct'><mac address='52:54:00:aa:bb:dd'/><source dev='eth0' mode='vepa'/>
<model type='virtio'/></interface>
</devices></domain>"""


def test_a_macvtap_nic_moved_to_another_host_device_keeps_its_mode(details_of, connected, qtbot):
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_MACVTAP).UUIDString())
    window = details_of(uuid)
    nic = page_of(window, "device:interface:52:54:00:aa:bb:dd")
    nic.source.setEditText("eth1")
    apply(qtbot, window, nic)
    card = domain_doc(qtbot, connected, uuid).find_device("interface:52:54:00:aa:bb:dd")
    assert (card.source_type, card.source, card.direct_mode) == ("direct", "eth1", "vepa")


def test_a_macvtap_nics_mode_is_shown_and_changed_on_its_page(details_of, connected, qtbot):
    """The page had no mode: a card's mode could not be changed, and one switched to
    macvtap always got 'bridge'."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_MACVTAP).UUIDString())
    window = details_of(uuid)
    nic = page_of(window, "device:interface:52:54:00:aa:bb:dd")
    assert nic.form.isRowVisible(nic.mode) and nic.mode.accessibleName() == "macvtap mode"
    assert nic.mode.currentText() == "VEPA"
    nic.mode.setCurrentIndex(nic.mode.findData("passthrough"))
    apply(qtbot, window, nic)
    card = domain_doc(qtbot, connected, uuid).find_device("interface:52:54:00:aa:bb:dd")
    assert (card.source, card.direct_mode) == ("eth0", "passthrough")
    # A network's card switched to macvtap takes the mode chosen; the row is macvtap's alone.
    window = details_of("router")
    nic = page_of(window, "device:interface:52:54:00:6b:3c:04")
    assert not nic.form.isRowVisible(nic.mode)
    nic.source_type.setCurrentIndex(nic.source_type.findData("direct"))
    nic.source.setEditText("eth1")
    nic.mode.setCurrentIndex(nic.mode.findData("private"))
    apply(qtbot, window, nic)
    card = domain_doc(qtbot, connected, DEMO_VMS["router"]).find_device("interface:52:54:00:6b:3c:04")
    assert (card.source_type, card.source, card.direct_mode) == ("direct", "eth1", "private")


def test_a_disk_moved_to_another_bus_keeps_its_page_shown(details_of, connected, qtbot):
    """The disk is renamed (vda → sda) with its bus; before, the window fell back to Overview."""
    window = details_of("build")
    disk = page_of(window, "device:disk:vda")
    disk.bus.setCurrentIndex(disk.bus.findData("sata"))
    apply(qtbot, window, disk)
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:sda") is not None
    assert "device:disk:vda" not in window.pages
    assert window.current_page() is window.pages["device:disk:sda"]
    assert window.page_list.currentItem().text() == "Disk sda"


def test_a_nic_moved_from_a_network_to_a_bridge_does_not_keep_the_network_name(details_of):
    """The NIC page shares Add hardware's source field: 'default' stayed as the bridge."""
    window = details_of("router")
    nic = page_of(window, "device:interface:52:54:00:6b:3c:04")
    nic.source_type.setCurrentIndex(nic.source_type.findData("bridge"))
    assert nic.source.currentText() == ""
    assert "Choose the network, bridge or host device" in nic.validate()


def test_a_vm_gone_with_pending_changes_drops_the_pending_bar(details_of, connected, qtbot):
    """'Saved, but pending until the VM restarts' and its restart buttons stayed over a VM
    that no longer exists (the bar took the disabled window for a restart under way)."""
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.max_vcpus.setValue(4)
    apply(qtbot, window, page)
    qtbot.waitUntil(window.pending_bar.isVisible)
    connected.domains.remove([DEMO_VMS["web01"]])  # undefined and stopped, as the table hears of it
    assert "no longer exists" in window.header.text()
    assert not window.pending_bar.busy
    assert not window.pending_bar.isVisible()


def test_a_restart_goes_on_after_its_window_is_closed(details_of, connected, qtbot, monkeypatch):
    """Closed while the guest shuts down, the window took its restart with it: the VM
    stopped and was never started again."""
    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # a guest that takes its time
    window = details_of("web01")
    window.restart(force=False)
    progress = window.pending_bar.progress
    qtbot.waitUntil(lambda: "waiting for it to stop" in progress.text())
    job = window.restart_job
    with qtbot.waitSignal(window.destroyed):
        window.close()
    del window  # qtbot closes the windows it still holds
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DEMO_VMS["web01"]).destroy())
    assert blocker.args[0], blocker.args[1]
    qtbot.waitUntil(lambda: connected.domains.get(DEMO_VMS["web01"]).state == DomainState.RUNNING,
                    timeout=5000)


def test_a_window_opened_again_takes_over_the_restart_under_way(details_of, connected, qtbot,
                                                                 monkeypatch, submitted):
    """Opened again while its restart went on, the window knew nothing of it: no progress,
    both buttons enabled, and a second restart could be started beside the first."""
    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # a guest that takes its time
    window = details_of("web01")
    window.restart(force=False)
    progress = window.pending_bar.progress
    qtbot.waitUntil(lambda: "waiting for it to stop" in progress.text())
    with qtbot.waitSignal(window.destroyed):
        window.close()
    del window
    again = details_of("web01")
    bar = again.pending_bar
    assert bar.busy and bar.isVisible()
    assert "waiting for it to stop" in bar.progress.text()
    assert not bar.shutdown_button.isEnabled() and not bar.force_button.isEnabled()
    again.restart(force=False)  # as if asked before the bar showed the restart
    assert submitted.count(actions.shutdown_to_restart) == 1
    with qtbot.waitSignal(again.restartFinished, timeout=5000) as blocker:
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DEMO_VMS["web01"]).destroy())
    assert blocker.args[0], blocker.args[1]
    assert "Restarted" in again.message.text()


def test_a_restart_whose_window_was_closed_tells_its_failure_in_the_main_window(
        details_of, connected, main_window, qtbot, monkeypatch):
    """Its window closed, a restart that failed was told nowhere: the VM stayed as it was
    and nothing said so."""
    gate = threading.Event()

    def shutdown(conn, uuid):
        gate.wait(5)
        raise FakeError("Guest agent is not responding", libvirt.VIR_ERR_AGENT_UNRESPONSIVE)

    monkeypatch.setattr(actions, "shutdown", shutdown)
    window = details_of("web01")
    window.restart(force=False)
    job = window.restart_job
    with qtbot.waitSignal(window.destroyed):
        window.close()
    del window
    with qtbot.waitSignal(job.finished, timeout=5000):
        gate.set()
    told = main_window.notifications.messages()
    assert len(told) == 1, told
    assert "web01" in told[0] and connected.display_name in told[0], told
    assert "Guest agent is not responding" in told[0], told


@pytest.mark.parametrize("force", [False, True])
def test_a_restart_that_applied_the_changes_does_not_offer_them_again(details_of, qtbot, force):
    """Restarted, the window showed the old pending list again, buttons enabled, until the
    VM was read again: a click there restarted the VM a second time for nothing."""
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.max_vcpus.setValue(4)
    apply(qtbot, window, page)
    bar = window.pending_bar
    qtbot.waitUntil(bar.isVisible)
    seen = []
    window.restartFinished.connect(lambda ok, _m: seen.append(
        (ok, bar.isVisible(), bar.shutdown_button.isEnabled(), bar.list.text())))
    with qtbot.waitSignal(window.restartFinished, timeout=10000):
        window._restart(force)  # Force off and start: as after Yes to its question
    assert seen == [(True, False, True, "")], seen
    qtbot.waitUntil(lambda: window.view.pending == [])
    assert not bar.isVisible()


def test_a_vm_named_with_the_title_mark_keeps_it_in_its_window_titles(details_of, connected,
                                                                      qtbot):
    """libvirt allows '[*]' in a VM's name; Qt hides it in a window title (its 'modified'
    mark): the details, Add Hardware and XML editor windows show the name as it is."""
    from kvmgui.dialogs.xmleditor import XmlEditorDialog

    def define(c):
        root = etree.fromstring(c.lookupByName("build").XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        root.find("name").text = "a[*]b"
        root.remove(root.find("uuid"))
        return c.defineXML(etree.tostring(root, encoding="unicode")).UUIDString()

    uuid = run_in_worker(qtbot, connected, define)
    qtbot.waitUntil(lambda: connected.domains.get(uuid) is not None)  # its name known
    window = details_of(uuid)
    window.add_hardware()
    editor = XmlEditorDialog(connected, "domain", uuid)
    qtbot.addWidget(editor)
    for shown in (window, window.add_hw_dialog, editor):
        shown.show()
        qtbot.waitExposed(shown)
        assert "a[*]b" in shown.windowHandle().title(), shown


def test_edit_xml_again_raises_the_open_editor(details_of, qtbot):
    window = details_of("web01")
    first = window.edit_xml()
    qtbot.waitUntil(lambda: first.definition is not None)
    window.xml_action.trigger()  # Ctrl+E again: not a second editor with its own text
    assert window.edit_xml() is first
    from kvmgui.dialogs.xmleditor import XmlEditorDialog
    assert [d for d in window.findChildren(XmlEditorDialog) if d.isVisible()] == [first]
    first.close()
    qtbot.waitUntil(lambda: not first.isVisible())
    second = window.edit_xml()
    assert second is not first and second.isVisible()
    second.close()


def test_a_restart_begun_while_its_save_runs_leaves_the_vm_to_the_save(details_of, connected, qtbot,
                                                                       monkeypatch, submitted):
    """Save from the VM's own window, then Restart on its pending bar while the save still
    wrote memory: the restart shut the VM down and started it across the save, then said
    it had restarted."""
    gate = threading.Event()
    real = virsh.managed_save

    def managed_save(dom):
        gate.wait(5)  # a save takes its time: all of the guest's memory is written
        real(dom)
    monkeypatch.setattr(virsh, "managed_save", managed_save)
    window = details_of("web01")
    Preferences(confirm=set()).save(window.power.settings)  # Save asks nothing
    try:
        window.power.run(ACTIONS_BY_KEY["save"])
        assert ACTIONS_BY_KEY["save"].run in submitted
        with qtbot.waitSignal(window.restartFinished, timeout=5000) as blocker:
            window.restart(force=False)
    finally:
        gate.set()
    ok, message = blocker.args
    assert not ok and "being saved" in message, message
    assert actions.shutdown_to_restart not in submitted, submitted
    qtbot.waitUntil(lambda: connected.domains.get(DEMO_VMS["web01"]).state == DomainState.SHUTOFF,
                    timeout=5000)


def test_power_actions_leave_a_vm_being_deleted_to_its_delete(details_of, connected, submitted):
    """A Force off (or Run, or Save) from the VM's own window while its Delete runs would
    cross the delete: a Run between its force off and its undefine left it running."""
    from kvmgui.dialogs.details.restart import Underway

    window = details_of("web01")
    Preferences(confirm=set()).save(window.power.settings)  # no question first
    job = Underway(connected, DEMO_VMS["web01"], deleting=True)  # from the main window
    window.power.run(ACTIONS_BY_KEY["force_off"])
    assert ACTIONS_BY_KEY["force_off"].run not in submitted
    job.end()
    window.power.run(ACTIONS_BY_KEY["force_off"])
    assert ACTIONS_BY_KEY["force_off"].run in submitted


def test_power_actions_are_off_while_the_vm_is_being_deleted(details_of, connected, qtbot):
    """Refused while the Delete ran, they still looked enabled (the main window's were off)."""
    from kvmgui.dialogs.details.restart import mark_underway

    window = details_of("web01")
    force_off = window.commands.power.actions["force_off"]
    assert force_off.isEnabled()
    done, _failed = mark_underway(connected, DEMO_VMS["web01"], True, lambda _r: None,
                                  lambda _e: None)  # a Delete from the main window
    assert not force_off.isEnabled()
    done(None)  # it ended (here: the VM is still there)
    assert force_off.isEnabled()


def test_the_pending_bars_restart_is_off_while_the_vm_is_saved_or_deleted(details_of, connected):
    """Pressed while a Save or Delete of the VM ran, the restart ended at once ("being
    saved, so it was not restarted"): the buttons looked as if they would work."""
    from kvmgui.dialogs.details.restart import mark_underway

    window = details_of("web01")
    bar = window.pending_bar
    for deleting in (False, True):
        assert bar.shutdown_button.isEnabled() and bar.force_button.isEnabled()
        done, _failed = mark_underway(connected, DEMO_VMS["web01"], deleting, lambda _r: None,
                                      lambda _e: None)
        assert not bar.shutdown_button.isEnabled() and not bar.force_button.isEnabled()
        assert ("being deleted" if deleting else "being saved") in bar.force_button.toolTip()
        done(None)
    assert bar.shutdown_button.isEnabled() and bar.force_button.isEnabled()


def test_closing_the_window_asks_about_the_xml_editors_edits(details_of, qtbot, monkeypatch):
    """The editor is the window's child and would go with it, edits and all. The window's
    one question names them (the editor's own question does not block: the window's close,
    and a host's removal after it, could not wait for its answer)."""
    from kvmgui.dialogs.xmleditor import XmlEditorDialog
    answers = [False]
    asked = []
    monkeypatch.setattr(DetailsWindow, "ask_discard",
                        lambda self, titles, on_discard: asked.append(titles) or (
                            answers[0] and on_discard()))
    monkeypatch.setattr(XmlEditorDialog, "ask_discard",
                        lambda self, on_discard: asked.append("the editor's own"))
    window = details_of("web01")
    editor = window.edit_xml()
    qtbot.waitUntil(lambda: editor.definition is not None)
    editor.editor.insertPlainText("<!-- mine -->")  # not applied
    window.close()
    assert asked == [["XML editor"]]
    assert window.isVisible() and editor.isVisible()
    assert "<!-- mine -->" in editor.editor.toPlainText()
    answers[0] = True
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert asked == [["XML editor"], ["XML editor"]]


def test_save_is_off_while_a_save_of_the_vm_runs(details_of, connected, submitted):
    """A second Save while the first was in flight was offered (and failed in libvirt's words)."""
    from kvmgui.dialogs.details.restart import mark_underway

    window = details_of("web01")
    Preferences(confirm=set()).save(window.power.settings)  # no question first
    save = window.commands.power.actions["save"]
    assert save.isEnabled()
    done, _failed = mark_underway(connected, DEMO_VMS["web01"], False, lambda _r: None,
                                  lambda _e: None)  # a Save from the main window
    assert not save.isEnabled() and "saved" in save.toolTip(), save.toolTip()
    assert window.commands.power.actions["force_off"].isEnabled()
    window.power.run(ACTIONS_BY_KEY["save"])
    assert ACTIONS_BY_KEY["save"].run not in submitted
    done(None)
    assert save.isEnabled()


def test_only_force_off_is_offered_while_a_save_of_the_vm_runs(details_of, connected, submitted):
    """Shut Down, Reboot, Reset … during a Save waited for its job in libvirt and failed."""
    from kvmgui.dialogs.details.restart import mark_underway

    window = details_of("web01")
    Preferences(confirm=set()).save(window.power.settings)  # no question first
    power = window.commands.power.actions
    keys = ["pause", "shutdown", "reboot", "reset"]
    assert all(power[k].isEnabled() for k in keys)
    done, _failed = mark_underway(connected, DEMO_VMS["web01"], False, lambda _r: None,
                                  lambda _e: None)  # a Save from the main window
    for key in keys:
        assert not power[key].isEnabled() and "saved" in power[key].toolTip(), key
        window.power.run(ACTIONS_BY_KEY[key])
    assert power["force_off"].isEnabled()
    assert not {ACTIONS_BY_KEY[k].run for k in keys} & set(submitted)
    done(None)
    assert all(power[k].isEnabled() for k in keys)


@pytest.mark.parametrize("fails", [False, True])
def test_a_save_goes_on_past_its_window_s_close(details_of, connected, qtbot, monkeypatch, fails):
    """A Save from the details window, the window closed while it ran: its end was never
    heard of, so the VM stayed 'being saved' for good (Delete, Save … greyed, a restart
    refused) and a failure was told to nobody. A failure now goes where a restart's does."""
    from kvmgui.dialogs.details.restart import news, underway

    gate = threading.Event()
    real = virsh.managed_save

    def managed_save(dom):
        gate.wait(5)  # the guest's memory is being written
        if fails:
            raise refusal("disk full")
        real(dom)
    monkeypatch.setattr(virsh, "managed_save", managed_save)
    told = []
    news().failed.connect(told.append)
    try:
        window = details_of("web01")
        Preferences(confirm=set()).save(window.power.settings)  # no question first
        window.power.run(ACTIONS_BY_KEY["save"])
        assert underway(connected, DEMO_VMS["web01"]) is not None
        with qtbot.waitSignal(window.destroyed):
            window.close()
        del window  # qtbot closes the windows it still holds
        gate.set()
        qtbot.waitUntil(lambda: underway(connected, DEMO_VMS["web01"]) is None, timeout=5000)
        if fails:
            qtbot.waitUntil(lambda: bool(told), timeout=5000)
            assert len(told) == 1 and "Could not save 'web01'" in told[0] and "disk full" in told[0], told
        else:
            qtbot.waitUntil(lambda: connected.domains.get(DEMO_VMS["web01"]).state
                            == DomainState.SHUTOFF, timeout=5000)
            assert told == []
    finally:
        gate.set()
        news().failed.disconnect(told.append)


@pytest.mark.parametrize("fails", [False, True])
def test_a_change_goes_on_past_its_window_s_close(details_of, connected, qtbot, monkeypatch, fails):
    """vCPUs applied, the window closed before libvirt answered: the answer went to the
    closed window alone, so a refusal was told to nobody, and the VM's row kept the
    'pending' mark its define's check had left. A failure now goes where a closed window's
    restart's does; a success has the mark checked again."""
    from kvmgui.dialogs.details.restart import news
    from kvmgui.libvirt.pending import tracker_for

    web01 = DEMO_VMS["web01"]
    tracker = tracker_for(connected)
    gate, marked = threading.Event(), threading.Event()
    tracker.changed.connect(lambda uuid, lines: marked.set() if uuid == web01 and lines else None)
    hot_plug = virsh.set_vcpus

    def set_vcpus(dom, count, flags):
        gate.wait(5)
        if fails:
            raise FakeError("operation failed: vcpu unplug request timed out")
        hot_plug(dom, count, flags)
    monkeypatch.setattr(virsh, "set_vcpus", set_vcpus)
    told = []
    news().failed.connect(told.append)
    try:
        window = details_of("web01")
        page = page_of(window, "cpumem")
        page.vcpus.setValue(1)
        page.apply_button.click()
        qtbot.waitUntil(marked.is_set, timeout=5000)  # defined: the live step waits
        with qtbot.waitSignal(window.destroyed):
            window.close()
        del window, page  # qtbot closes the windows it still holds
        gate.set()
        if fails:
            qtbot.waitUntil(lambda: bool(told), timeout=5000)
            assert len(told) == 1 and told[0].startswith("web01 on "), told
            assert told[0].endswith(": vCPUs: saved, but the running VM could not take "
                                    "it: operation failed: vcpu unplug request timed out. It takes "
                                    "effect when the VM is next started."), told
        else:
            qtbot.waitUntil(lambda: not tracker.get(web01), timeout=5000)
            assert told == []
    finally:
        gate.set()
        news().failed.disconnect(told.append)


def test_a_refused_change_of_a_closed_window_is_told(details_of, connected, qtbot, monkeypatch):
    from kvmgui.dialogs.details.restart import news

    gate = threading.Event()

    def define(conn, xml, name):
        gate.wait(5)
        raise FakeError("XML error: the host refused it")
    monkeypatch.setattr(virsh, "define", define)
    told = []
    news().failed.connect(told.append)
    try:
        window = details_of("build")
        overview = page_of(window, "overview")
        overview.title_edit.setText("Build box")
        overview.title_edit.textEdited.emit("Build box")
        overview.apply_button.click()  # then closed, its edits discarded: the change goes on
        with qtbot.waitSignal(window.destroyed):
            window.close()
        del window, overview
        gate.set()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert len(told) == 1 and told[0].startswith("build on ")
        assert told[0].endswith(": Title and description: not applied: XML error: the host refused it"), told
    finally:
        gate.set()
        news().failed.disconnect(told.append)


def test_a_power_action_fails_past_its_window_s_close(details_of, connected, qtbot, monkeypatch):
    """Pause asked, the window closed before libvirt refused: the refusal was told to nobody."""
    from kvmgui.dialogs.details.restart import news

    gate = threading.Event()

    def suspend(dom):
        gate.wait(5)
        raise FakeError("Timed out during operation: cannot acquire state change lock")
    monkeypatch.setattr(virsh, "suspend", suspend)
    told = []
    news().failed.connect(told.append)
    try:
        window = details_of("web01")
        Preferences(confirm=set()).save(window.power.settings)  # no question first
        window.power.run(ACTIONS_BY_KEY["pause"])
        with qtbot.waitSignal(window.destroyed):
            window.close()
        del window
        gate.set()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert len(told) == 1 and "Could not pause 'web01'" in told[0] \
            and "cannot acquire state change lock" in told[0], told
    finally:
        gate.set()
        news().failed.disconnect(told.append)



def _retitle(c):
    xml = c.lookupByName("web01").XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
    c.defineXML(xml.replace("<title>Web server</title>", "<title>Changed</title>"))


def test_a_reconnect_reads_the_vm_again(details_of, connected, qtbot):
    """Connected again, the window showed the settings from before, though the host's had
    changed meanwhile (this test host reads its file afresh: the title edited here is gone
    there) and no event tells."""
    from kvmgui.libvirt.connstate import ConnState

    window = details_of("web01")
    overview = page_of(window, "overview")
    run_in_worker(qtbot, connected, _retitle)
    qtbot.waitUntil(lambda: overview.title_edit.text() == "Changed", timeout=5000)
    connected.close()
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    assert domain_doc(qtbot, connected, DEMO_VMS["web01"]).title == "Web server"
    qtbot.waitUntil(lambda: overview.title_edit.text() == "Web server", timeout=5000)

def test_the_header_says_a_state_is_last_known_while_the_host_is_not_connected(
        details_of, connected, qtbot):
    """Disconnected, the window went on saying 'web01 — Running' as if it knew."""
    from kvmgui.libvirt.connstate import ConnState

    window = details_of("web01")
    assert window.header.text() == "<b>web01</b> — Running"
    connected.close()
    assert window.header.text() == (
        f"<b>web01</b> — Running when last seen; {connected.display_name}: Disconnected")
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    assert window.header.text() == "<b>web01</b> — Running"


def test_the_overview_says_a_state_is_last_known_while_the_host_is_not_connected(
        details_of, connected, qtbot):
    """The header said so, but the Overview page's State row went on saying 'Running'."""
    from kvmgui.libvirt.connstate import ConnState

    window = details_of("web01")
    state = page_of(window, "overview").state
    assert state.text() == "Running"
    connected.close()
    assert state.text() == f"Running when last seen; {connected.display_name}: Disconnected"
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    assert state.text() == "Running"
