"""The whole new-VM wizard driven through its widgets on the test driver: it creates,
defines and starts a VM; failures and a cancel at any step leave nothing behind, and the
wizard comes back with everything the user entered."""

from __future__ import annotations

import threading

import libvirt
import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kvmgui.libvirt import volops
from kvmgui.wizards.newvm import finish
from kvmgui.wizards.newvm.finish import FinishDialog
from kvmgui.xml.base import validate_rng
from kvmgui.xml.newvm_spec import GENERIC_WINDOWS, GIB
from tests.helpers import FakeError, run_in_worker, type_into
from tests.unit.wizards.newvm.drive import (
    BACK,
    FINISH,
    PageId,
    click,
    codes,
    defined_names,
    fill_kernel_vm,
    goto,
    open_wizard,
    pool_volumes,
    run_xml,
    settle,
    toggle,
)
from tests.unit.xml.newvm_cases import KEY


def test_creates_defines_and_starts_a_kernel_boot_vm(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    shown_xml = wiz.summary.xml.toPlainText()
    assert validate_rng(shown_xml, "domain") == []
    assert "kboot.qcow2" in wiz.summary.overview.text()
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, wiz, FINISH)
    conn, result = created.args
    assert conn is connected and result.name == "kboot" and result.started
    assert wiz.result() == QDialog.DialogCode.Accepted and not wiz.isVisible()
    assert "kboot.qcow2" in pool_volumes(qtbot, connected)
    qtbot.waitUntil(lambda: (r := connected.domains.get(result.uuid)) is not None and r.state.is_active,
                    timeout=10000)
    xml = run_xml(qtbot, connected, result.uuid)
    root = etree.fromstring(xml.encode())
    assert root.findtext("os/kernel") == str(tmp_path / "vmlinuz")
    assert root.findtext("os/cmdline") == "console=ttyS0"
    assert root.find("memory").text == str(512 * 1024)  # libvirt reports KiB
    assert root.find("devices/interface/source").get("network") == "default"


def assert_back_with_input(wiz, name="kboot"):
    assert wiz.isVisible() and wiz.currentId() == PageId.SUMMARY
    assert wiz.name.name.text() == name and wiz.state.spec.name == name
    assert wiz.cpumem.memory.value() == 512
    assert wiz.button(FINISH).isEnabled()


def test_failure_at_define_removes_the_new_volume(connected, qtbot, tmp_path, monkeypatch):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    before = pool_volumes(qtbot, connected)

    def refuse(self, xml, flags=0):
        raise FakeError("XML error: the emulator refuses this machine")

    monkeypatch.setattr(libvirt.virConnect, "defineXMLFlags", refuse)
    with qtbot.waitSignal(wiz.installFailed, timeout=20000) as failed:
        click(qtbot, wiz, FINISH)
    assert "the emulator refuses this machine" in failed.args[0]  # libvirt's words
    assert "removed again" in wiz.summary.result.text()
    assert pool_volumes(qtbot, connected) == before  # the disk it had made is gone
    assert "kboot" not in defined_names(qtbot, connected)
    assert_back_with_input(wiz)


def test_a_volume_the_rollback_cannot_remove_is_named(connected, qtbot, tmp_path, monkeypatch):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)

    def refuse(self, xml, flags=0):
        raise FakeError("XML error: the emulator refuses this machine")

    def busy(conn, pool, vol):
        raise FakeError("cannot remove volume: Device or resource busy")

    monkeypatch.setattr(libvirt.virConnect, "defineXMLFlags", refuse)
    monkeypatch.setattr(volops, "discard", busy)
    with qtbot.waitSignal(wiz.installFailed, timeout=20000) as failed:
        click(qtbot, wiz, FINISH)
    assert failed.args[0] == ("Could not create the virtual machine: XML error: the emulator refuses this "
                              "machine\nNot everything created could be removed again; left on the host: "
                              "kboot.qcow2")
    assert wiz.summary.result.text() == failed.args[0]
    assert "kboot.qcow2" in pool_volumes(qtbot, connected)  # what the message says
    assert_back_with_input(wiz)


def test_what_is_left_is_listed_with_the_languages_separator(connected, qtbot, tmp_path, monkeypatch,
                                                              traditional_chinese):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)

    def refuse(self, *args):
        raise FakeError("network 'default' is not active")

    def stuck(self, flags=0):
        raise FakeError("cannot undefine: the domain is locked")

    monkeypatch.setattr(libvirt.virDomain, "create", refuse)
    monkeypatch.setattr(libvirt.virDomain, "undefineFlags", stuck)
    with qtbot.waitSignal(wiz.installFailed, timeout=20000) as failed:
        click(qtbot, wiz, FINISH)
    assert "kboot、kboot.qcow2" in failed.args[0], failed.args[0]  # the VM keeps its disk


def test_failure_creating_the_disk_creates_nothing(connected, qtbot, tmp_path, monkeypatch):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    before = pool_volumes(qtbot, connected)

    def no_space(conn, pool, xml):
        raise FakeError("cannot create volume: No space left on device")

    monkeypatch.setattr(finish, "CREATE_VOLUME", no_space)
    with qtbot.waitSignal(wiz.installFailed, timeout=20000) as failed:
        click(qtbot, wiz, FINISH)
    assert failed.args[0] == ("Could not create the virtual machine: cannot create volume: No space left "
                              "on device\nNothing was created.")  # not "removed again"
    assert pool_volumes(qtbot, connected) == before
    assert "kboot" not in defined_names(qtbot, connected)
    assert_back_with_input(wiz)


def test_failed_seed_upload_removes_disk_and_seed(connected, qtbot, tmp_path):
    """The test driver has no volume streams: the upload fails after two volumes exist."""
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    goto_back(qtbot, wiz, PageId.CLOUDINIT)
    toggle(qtbot, wiz.cloudinit.enabled)
    type_into(qtbot, wiz.cloudinit.user, "alice")
    wiz.cloudinit.ssh_keys.setPlainText(KEY)
    goto(qtbot, wiz, PageId.SUMMARY)
    settle(qtbot, wiz)
    before = pool_volumes(qtbot, connected)
    with qtbot.waitSignal(wiz.installFailed, timeout=20000) as failed:
        click(qtbot, wiz, FINISH)
    assert failed.args[0]
    assert pool_volumes(qtbot, connected) == before  # neither kboot.qcow2 nor kboot-cidata.iso
    assert wiz.cloudinit.user.text() == "alice" and wiz.state.spec.cloud_init.ssh_keys == [KEY]


def goto_back(qtbot, wiz, page_id):
    while wiz.currentId() != page_id:
        click(qtbot, wiz, BACK)


def test_cancel_removes_what_was_created(connected, qtbot, tmp_path, monkeypatch):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    before = pool_volumes(qtbot, connected)
    made, proceed = threading.Event(), threading.Event()

    def slow_create(conn, pool, xml):
        vol = conn.storagePoolLookupByName(pool).createXML(xml, 0)
        made.set()
        proceed.wait(20)  # the user clicks Cancel meanwhile
        return vol

    monkeypatch.setattr(finish, "CREATE_VOLUME", slow_create)
    click(qtbot, wiz, FINISH)
    qtbot.waitUntil(made.is_set, timeout=10000)
    dialog = wiz.progress
    assert isinstance(dialog, FinishDialog) and dialog.isVisible()
    assert not wiz.button(FINISH).isEnabled()  # one job at a time
    wiz.close()
    assert wiz.isVisible()  # a running job cannot be abandoned
    with qtbot.waitSignal(wiz.installFailed, timeout=20000) as failed:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        proceed.set()
    assert failed.args[0] == "Cancelled. Nothing was left on the host."
    assert pool_volumes(qtbot, connected) == before
    assert "kboot" not in defined_names(qtbot, connected)
    assert_back_with_input(wiz)


@pytest.mark.parametrize("start", [True, False])
def test_start_and_autostart_choices(connected, qtbot, tmp_path, start):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path, name=f"vm-{start}")
    goto_back(qtbot, wiz, PageId.NAME)
    if not start:
        toggle(qtbot, wiz.name.start_now)
    toggle(qtbot, wiz.name.autostart)
    goto(qtbot, wiz, PageId.SUMMARY)
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, wiz, FINISH)
    result = created.args[1]
    assert result.started is start
    # The model follows libvirt's events: its row may show autostart before the start lands.
    qtbot.waitUntil(lambda: (r := connected.domains.get(result.uuid)) is not None and r.autostart
                    and r.state.is_active is start, timeout=10000)


def test_hand_edited_xml_is_what_gets_defined(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    wiz.summary.tabs.setCurrentIndex(1)
    toggle(qtbot, wiz.summary.hand_edit)
    text = wiz.summary.xml.toPlainText().replace("<domain type=\"qemu\">",
                                                 "<domain type=\"qemu\">\n  <title>Edited by hand</title>")
    wiz.summary.xml.setPlainText(text)
    settle(qtbot, wiz)
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, wiz, FINISH)
    root = etree.fromstring(run_xml(qtbot, connected, created.args[1].uuid).encode())
    assert root.findtext("title") == "Edited by hand"


def test_progress_and_command_name_the_vm_the_hand_edited_xml_defines(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    toggle(qtbot, wiz.summary.hand_edit)
    wiz.summary.xml.setPlainText(wiz.summary.xml.toPlainText().replace("<name>kboot</name>",
                                                                       "<name>renamed</name>"))
    settle(qtbot, wiz)
    qtbot.mouseClick(wiz.summary.command_button, Qt.MouseButton.LeftButton)
    assert wiz.command_dialog.windowTitle() == "Show command — Create renamed"
    qtbot.waitUntil(lambda: bool(wiz.command_dialog.paths), timeout=10000)
    wiz.command_dialog.close()
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, wiz, FINISH)
        assert wiz.progress.windowTitle() == "Creating renamed"
    assert created.args[1].name == "renamed"


def test_hand_edited_xml_is_checked_before_finish(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    toggle(qtbot, wiz.summary.hand_edit)
    wiz.summary.xml.setPlainText("<domain type='qemu'><name>kboot</name>")  # unclosed
    assert not wiz.button(FINISH).isEnabled()
    assert wiz.summary.xml_problem.text().startswith("The XML does not parse")
    wiz.summary.xml.setPlainText("<domain type='qemu'><name>kboot</name><bogus/></domain>")
    assert not wiz.button(FINISH).isEnabled()
    settle(qtbot, wiz)  # the schema check runs in a worker
    assert not wiz.button(FINISH).isEnabled()
    assert "Line " in wiz.summary.xml_problem.text()  # the schema's own complaint
    toggle(qtbot, wiz.summary.hand_edit)  # back to what the pages make
    settle(qtbot, wiz)
    assert wiz.button(FINISH).isEnabled()
    toggle(qtbot, wiz.summary.hand_edit)
    assert "<bogus/>" in wiz.summary.xml.toPlainText()  # what was typed is not lost


def test_hand_edited_xml_of_an_existing_vm_is_refused_before_finish(connected, qtbot, tmp_path):
    """Another VM's XML pasted whole (a template, its name left): Finish replaced that VM,
    and a failed start then undefined it, saying everything created was removed."""
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    inactive = libvirt.VIR_DOMAIN_XML_INACTIVE
    xml = run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").XMLDesc(inactive))
    toggle(qtbot, wiz.summary.hand_edit)
    wiz.summary.xml.setPlainText(xml)
    settle(qtbot, wiz)
    assert wiz.summary.xml_problem.text() == "This host already has a virtual machine named 'build'."
    assert not wiz.button(FINISH).isEnabled()
    wiz.summary.xml.setPlainText(xml.replace("<name>build</name>", "<name>build2</name>"))
    settle(qtbot, wiz)
    assert wiz.summary.xml_problem.text().startswith("The XML names the VM 'build2', the wizard 'kboot'")
    assert "the UUID of the virtual machine 'build'" in wiz.summary.xml_problem.text()
    assert not wiz.button(FINISH).isEnabled()


def test_hand_edited_xml_with_another_vms_uuid_is_refused_before_finish(connected, qtbot, tmp_path):
    """Its name changed, as the warning suggests: libvirt refused the define ('already
    defined with uuid'), after the disk was made."""
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    uuid = next(r.uuid for r in connected.domains.records() if r.name == "build")
    toggle(qtbot, wiz.summary.hand_edit)
    xml = wiz.summary.xml.toPlainText()
    dashless = uuid.replace("-", "").upper()  # libvirt reads either way
    wiz.summary.xml.setPlainText(xml.replace("<name>kboot</name>",
                                             f"<name>kboot</name><uuid>{dashless}</uuid>"))
    settle(qtbot, wiz)
    assert wiz.summary.xml_problem.text() == ("The XML holds the UUID of the virtual machine 'build': remove "
                                              "its <uuid> line (libvirt then makes one).")
    assert not wiz.button(FINISH).isEnabled()
    wiz.summary.xml.setPlainText(xml)
    settle(qtbot, wiz)
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, wiz, FINISH)
    assert created.args[1].uuid != uuid


def test_hand_edited_vcpus_must_agree_with_the_topology(connected, qtbot, tmp_path):
    """A Windows VM's vCPUs are cores of one socket: <vcpu> changed by hand alone is said
    before Finish (libvirt refused it at define, after the disk was made)."""
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    wiz.state.choose_os(GENERIC_WINDOWS)
    settle(qtbot, wiz)
    vcpus = wiz.state.spec.vcpus
    xml = wiz.summary.xml.toPlainText()
    assert f'<topology sockets="1" cores="{vcpus}" threads="1"/>' in xml
    toggle(qtbot, wiz.summary.hand_edit)
    xml = xml.replace(f'<vcpu placement="static">{vcpus}</vcpu>', '<vcpu placement="static">4</vcpu>')
    wiz.summary.xml.setPlainText(xml)
    settle(qtbot, wiz)
    assert wiz.summary.xml_problem.text() == (f"The CPU topology makes {vcpus} virtual CPUs but <vcpu> says "
                                              "4: make them agree (libvirt refuses the VM otherwise).")
    assert not wiz.button(FINISH).isEnabled()
    wiz.summary.xml.setPlainText(xml.replace(f'cores="{vcpus}"', 'cores="4"'))
    settle(qtbot, wiz)
    assert wiz.summary.xml_problem.text() == ""
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, wiz, FINISH)
    root = etree.fromstring(run_xml(qtbot, connected, created.args[1].uuid).encode())
    assert (root.findtext("vcpu"), root.find("cpu/topology").get("cores")) == ("4", "4")


def test_disk_size_and_memory_reach_the_host(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    assert wiz.state.spec.storage.capacity_bytes == 1 * GIB
    with qtbot.waitSignal(wiz.created, timeout=20000):
        click(qtbot, wiz, FINISH)
    size = run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                         .storageVolLookupByName("kboot.qcow2").info()[1])
    assert size == GIB


def test_show_command_lists_what_finish_would_do_and_makes_nothing(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    before = pool_volumes(qtbot, connected)
    button = wiz.summary.command_button
    assert button.accessibleName() == "Show command" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wiz.command_dialog
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=10000)
    [path] = dialog.paths.values()
    uri = connected.uri
    assert dialog.lines() == [
        f"virsh -c {uri} vol-create-as home kboot.qcow2 1GiB --allocation 0 --format qcow2",
        f"virsh -c {uri} define {path} --validate", f"virsh -c {uri} start kboot"]
    with open(path, encoding="utf-8") as f:
        assert f.read() == wiz.summary.xml_text()
    assert pool_volumes(qtbot, connected) == before
    assert "kboot" not in defined_names(qtbot, connected)
    assert_back_with_input(wiz)


def test_show_command_is_possible_when_finish_is(connected, qtbot, tmp_path):
    """While the schema check of hand-edited XML ran after each edit (and with a problem
    that keeps Finish disabled), "Show Command" stayed enabled and did nothing when clicked."""
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    button = wiz.summary.command_button
    toggle(qtbot, wiz.summary.hand_edit)
    settle(qtbot, wiz)
    assert button.isEnabled()
    text = wiz.summary.xml.toPlainText()
    wiz.summary.xml.setPlainText(text.replace("<name>kboot</name>", "<name>renamed</name>"))
    assert "checking-xml" in codes(wiz) and not button.isEnabled()  # as Finish
    settle(qtbot, wiz)
    assert button.isEnabled() and wiz.button(FINISH).isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wiz.command_dialog is not None
    assert wiz.command_dialog.windowTitle() == "Show command — Create renamed"
    wiz.command_dialog.close()
    wiz.summary.xml.setPlainText(text.replace("<name>kboot</name>", "<name>bad"))  # does not parse
    settle(qtbot, wiz)
    assert not button.isEnabled() and not wiz.button(FINISH).isEnabled()


def test_the_timeline_gets_the_jobs_lines_with_the_rollback(connected, qtbot, tmp_path, monkeypatch):
    """Made through the storage layer, noted as virsh lines; the failed define undone."""
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)

    def refuse(self, xml, flags=0):
        raise FakeError("XML error: the emulator refuses this machine")

    monkeypatch.setattr(libvirt.virConnect, "defineXMLFlags", refuse)
    issued = []
    connected.commandsIssued.connect(issued.extend)
    with qtbot.waitSignal(wiz.installFailed, timeout=20000):
        click(qtbot, wiz, FINISH)
    qtbot.waitUntil(lambda: len(issued) == 3, timeout=5000)
    assert [(i.command.verb, i.ok) for i in issued] == [
        ("vol-create-as", True), ("define", False), ("vol-delete", True)]
    assert issued[1].error == "XML error: the emulator refuses this machine"
    assert issued[2].command.line().endswith("vol-delete --pool home kboot.qcow2")
    assert_back_with_input(wiz)


def test_a_vm_on_an_lvm_pool_gets_a_raw_disk(connected, qtbot, tmp_path):
    vg0 = """<pool type='logical'><name>vg0</name><source><name>vg0</name><format type='lvm2'/></source>
    <target><path>/dev/vg0</path></target></pool>"""
    run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(vg0, 0).create(0))
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    wiz.storage.pool.setCurrentIndex(wiz.storage.pool.findData("vg0"))
    settle(qtbot, wiz)
    with qtbot.waitSignal(wiz.created, timeout=20000) as created:
        click(qtbot, wiz, FINISH)
    assert pool_volumes(qtbot, connected, "vg0") == ["kboot.img"]
    root = etree.fromstring(run_xml(qtbot, connected, created.args[1].uuid).encode())
    disk = root.find("devices/disk[@device='disk']")
    assert disk.find("driver").get("type") == "raw" and disk.find("source").get("volume") == "kboot.img"


def test_finish_follows_the_connection_and_keeps_the_input(connected, qtbot, tmp_path):
    """Disconnected, Finish could only fail: it is disabled with the reason, and enabled
    again once the host is back (its facts read anew, the user's choices kept)."""
    from kvmgui.libvirt.connstate import ConnState

    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    assert wiz.button(FINISH).isEnabled()
    connected.close()
    qtbot.waitUntil(lambda: connected.state is ConnState.DISCONNECTED, timeout=5000)
    assert not wiz.button(FINISH).isEnabled()
    assert f"{connected.display_name} is not connected." in wiz.summary.problems.text()
    connected.open()
    qtbot.waitUntil(lambda: wiz.button(FINISH).isEnabled(), timeout=10000)
    assert "not connected" not in wiz.summary.problems.text()
    assert_back_with_input(wiz)
    assert wiz.state.spec.storage.pool == "home" and wiz.storage.disk_size.value() == 1.0


def test_an_install_while_disconnected_says_nothing_was_created(connected, qtbot, tmp_path):
    """Customised in the details window, installed from there after the host went away: the
    job never ran, yet the words said everything created was removed again."""
    from kvmgui.libvirt.connstate import ConnState

    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    xml = wiz.summary.xml_text()
    connected.close()
    qtbot.waitUntil(lambda: connected.state is ConnState.DISCONNECTED, timeout=5000)
    with qtbot.waitSignal(wiz.installFailed, timeout=20000) as failed:
        wiz.install(xml, wiz)
    assert failed.args[0] == (f"Could not create the virtual machine: {connected.display_name} is not "
                              "connected.\nNothing was created.")
