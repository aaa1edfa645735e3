"""The Summary page's XML tab edited by hand: libvirt's schema check runs in a worker once
typing pauses, Finish waits for it, and an answer for a text no longer shown is dropped."""

from __future__ import annotations

import threading

from kvmgui.wizards.common import schema_check
from kvmgui.xml import base
from tests.helpers import run_in_worker
from tests.unit.wizards.newvm.drive import FINISH, fill_kernel_vm, open_wizard, settle, toggle

BOGUS = "<domain type='qemu'><name>kboot</name><bogus/></domain>"


def test_the_schema_check_never_runs_on_the_gui_thread(connected, qtbot, tmp_path, monkeypatch):
    """It ran on the GUI thread at every key typed in the XML tab, which waited on the
    schema's thread (about 27 ms the first time, more for a big definition)."""
    on_gui_thread = []
    real = base._rng_thread

    class Watched:
        def submit(self, *args):
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
            return real.submit(*args)

    monkeypatch.setattr(base, "_rng_thread", Watched())
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    toggle(qtbot, wiz.summary.hand_edit)
    wiz.summary.xml.setPlainText(BOGUS)
    assert not wiz.button(FINISH).isEnabled()  # waiting for the check
    settle(qtbot, wiz)
    assert "Line 1:" in wiz.summary.xml_problem.text()
    assert not wiz.button(FINISH).isEnabled()
    assert on_gui_thread and not any(on_gui_thread)


def test_a_late_answer_for_an_older_text_is_dropped(connected, qtbot, tmp_path, monkeypatch):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    good = wiz.summary.xml.toPlainText()
    started, release = threading.Event(), threading.Event()
    real = schema_check.validate_rng

    def slow(text, schema):
        if text == BOGUS:
            started.set()
            release.wait(10)
        return real(text, schema)

    monkeypatch.setattr(schema_check, "validate_rng", slow)
    toggle(qtbot, wiz.summary.hand_edit)
    wiz.summary.xml.setPlainText(BOGUS)
    qtbot.waitUntil(started.is_set, timeout=5000)
    wiz.summary.xml.setPlainText(good)  # typed on while the bogus text is checked
    with qtbot.waitSignal(wiz.summary.schema.checked, timeout=5000):
        release.set()
    settle(qtbot, wiz)
    assert wiz.summary.xml_problem.text() == ""
    assert wiz.button(FINISH).isEnabled()


def test_a_check_that_fails_is_said_and_leaves_finish_to_libvirt(connected, qtbot, tmp_path, monkeypatch):
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)

    def broken(_text, _schema):
        raise OSError("schema unreadable")

    monkeypatch.setattr(schema_check, "validate_rng", broken)
    toggle(qtbot, wiz.summary.hand_edit)
    wiz.summary.xml.setPlainText(wiz.summary.xml.toPlainText() + " ")
    settle(qtbot, wiz)
    assert wiz.summary.xml_problem.text() == ("Could not check the XML against libvirt's schema: "
                                              "schema unreadable")
    assert wiz.button(FINISH).isEnabled()


TWIN_UUID = "6f9a1c0e-0000-4000-8000-00000000beef"


def test_typing_in_the_xml_scans_none_of_the_hosts_vms(connected, qtbot, tmp_path, monkeypatch):
    """Each key typed in the XML tab looked through every VM of the host for the XML's UUID
    (and gathered every VM's name twice): O(VMs) per key, on a host of 5,000 VMs. The names
    and UUIDs are now gathered once per change of the VM table; a VM that came meanwhile
    is known."""
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    build = next(r.uuid for r in connected.domains.records() if r.name == "build")
    toggle(qtbot, wiz.summary.hand_edit)
    settle(qtbot, wiz)
    scans = []
    real = connected.domains.records
    monkeypatch.setattr(connected.domains, "records", lambda: scans.append(1) or real())
    xml = wiz.summary.xml.toPlainText()

    def with_uuid(uuid):
        tag = f"<name>kboot</name><uuid>{uuid}</uuid>"
        wiz.summary.xml.setPlainText(xml.replace("<name>kboot</name>", tag))
        settle(qtbot, wiz)
        return wiz.summary.xml_problem.text()

    assert "the UUID of the virtual machine 'build'" in with_uuid(build.upper())
    assert "the UUID" not in with_uuid(TWIN_UUID)
    assert scans == []

    twin = (f"<domain type='test'><name>twin</name><uuid>{TWIN_UUID}</uuid><memory>65536</memory>"
            "<os><type>hvm</type></os></domain>")
    run_in_worker(qtbot, connected, lambda c: c.defineXML(twin).UUIDString())
    qtbot.waitUntil(lambda: connected.domains.get(TWIN_UUID) is not None, timeout=5000)
    assert "the UUID of the virtual machine 'twin'" in with_uuid(TWIN_UUID.replace("-", ""))
    scans.clear()
    assert "the UUID of the virtual machine 'twin'" in with_uuid(TWIN_UUID.upper())
    assert scans == []
