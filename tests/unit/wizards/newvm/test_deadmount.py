"""The New VM wizard's looks at the install ISO on a network mount that stopped answering:
they hold that mount's thread only, and asked again they start nothing more."""

from __future__ import annotations

from kvmgui.wizards.newvm import page_os
from tests.helpers import type_into
from tests.unit.deadmount import others_answer
from tests.unit.wizards.newvm.drive import PageId, goto, open_wizard, toggle


def test_detections_on_a_hung_mount_hold_only_that_mount(connected, qtbot, monkeypatch, tmp_path,
                                                         dead_mount):
    """The ISO's stat ran on the shared pool, once per detection asked (the box ticked
    again, the page shown again): on a dead NFS mount four of them held its four threads,
    and the XML editor's schema check, exports and the wizard's other checks waited for
    the mount. Each now runs on the ISO's mount's thread, and asked again while it hangs
    it answers the new ask instead of queueing another."""
    from tests.unit.osinfo.isos import WINDOWS, make_iso

    iso = make_iso(dead_mount.path / "win.iso", *WINDOWS)
    monkeypatch.setattr(page_os, "file_key", dead_mount.hang(page_os.file_key))
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.method.iso_file.edit, str(iso))
    goto(qtbot, wiz, PageId.OS)
    page = wiz.os_page
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    for _again in range(4):
        toggle(qtbot, page.detect)
        toggle(qtbot, page.detect)
    assert page.detect.isChecked()
    others_answer(qtbot, tmp_path)
    assert wiz.state.spec.os.short_id == "generic-linux"
    dead_mount.release.set()
    qtbot.waitUntil(lambda: wiz.state.spec.os.short_id == "generic-windows", timeout=10000)
    assert dead_mount.hung == [str(iso)]  # one stat, not one per ask


def test_ssh_keys_on_a_hung_mount_hold_only_that_mount(connected, qtbot, monkeypatch, tmp_path,
                                                       dead_mount):
    """The cloud-init page reads ~/.ssh once per wizard, on the shared pool: with the home
    on a NFS mount that stopped answering, four wizards held its four threads, and the XML
    editor's schema check and the wizards' other checks waited for the mount."""
    from kvmgui.wizards.newvm import page_cloudinit
    from kvmgui.xml.newvm_spec import InstallMethod
    from tests.unit.xml.newvm_cases import KEY

    ssh = dead_mount.path / ".ssh"
    ssh.mkdir()
    (ssh / "id_ed25519.pub").write_text(KEY + "\n")
    monkeypatch.setattr(page_cloudinit, "public_keys", dead_mount.hang(page_cloudinit.public_keys))
    pages = []
    for _wizard in range(4):
        wiz = open_wizard(qtbot, connected)
        wiz.cloudinit.ssh_dir = ssh
        toggle(qtbot, wiz.method.method_buttons[InstallMethod.CLOUD_IMAGE])
        wiz.cloudinit.initializePage()  # what entering the page does
        pages.append(wiz.cloudinit)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    others_answer(qtbot, tmp_path)
    dead_mount.release.set()
    qtbot.waitUntil(lambda: all(page.key_menu.actions() for page in pages), timeout=5000)
    assert [a.text() for a in pages[-1].key_menu.actions()] == ["id_ed25519.pub"]
