"""Driving the new-VM wizard as a user would, on the test driver."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWizard

from kvmgui.wizards.newvm.wizard import NewVmWizard, PageId
from kvmgui.xml.newvm_spec import InstallMethod
from tests.helpers import run_in_worker, type_into

NEXT, BACK = QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton
FINISH, CANCEL = QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton


def open_wizard(qtbot, conn, connections=None):
    wiz = NewVmWizard(connections or [conn], conn)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=10000)
    qtbot.waitUntil(lambda: not wiz.state.domcaps_pending, timeout=10000)
    return wiz


def click(qtbot, wiz, which=NEXT):
    settle(qtbot, wiz)
    button = wiz.button(which)
    blocking = [m for m in wiz.state.messages if m.blocks]
    assert button.isEnabled(), f"{button.text()} is disabled: {shown(wiz.currentPage())} {blocking}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(qtbot, wiz):
    """Wait for the workers the last edit started (a path's stat, domain capabilities, the
    schema check of hand-edited XML)."""
    qtbot.waitUntil(lambda: not any(m.code in ("checking-path", "domcaps", "checking-xml") and not m.text
                                    for m in wiz.state.messages), timeout=10000)


def goto(qtbot, wiz, page_id):
    while wiz.currentId() != page_id:
        settle(qtbot, wiz)
        before = wiz.currentId()
        click(qtbot, wiz)
        assert wiz.currentId() != before


def toggle(qtbot, box):
    """Click a check box or radio button on its indicator."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def shown(page):
    """The messages a page shows under its fields (visible, non-empty)."""
    return [label.text() for label in page.findChildren(QLabel)
            if label.objectName().endswith("problem") and label.isVisibleTo(page) and label.text()]


def codes(wiz, blocking_only=False):
    return {m.code for m in wiz.state.messages if m.blocks or not blocking_only}


def kernel_files(tmp_path):
    kernel, initrd = tmp_path / "vmlinuz", tmp_path / "initrd.img"
    kernel.write_bytes(b"kernel")
    initrd.write_bytes(b"initrd")
    return kernel, initrd


def defined_names(qtbot, conn):
    return run_in_worker(qtbot, conn, lambda c: sorted(d.name() for d in c.listAllDomains(0)))


def pool_volumes(qtbot, conn, pool="home"):
    return run_in_worker(qtbot, conn, lambda c: sorted(c.storagePoolLookupByName(pool).listVolumes()))


def run_xml(qtbot, conn, uuid, flags=0):
    return run_in_worker(qtbot, conn, lambda c: c.lookupByUUIDString(uuid).XMLDesc(flags))


def fill_kernel_vm(qtbot, wiz, tmp_path, name="kboot"):
    """Direct kernel boot on a new 1 GiB volume in pool "home", the "default" network."""
    kernel, initrd = kernel_files(tmp_path)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.KERNEL])
    type_into(qtbot, wiz.method.kernel.edit, str(kernel))
    type_into(qtbot, wiz.method.initrd.edit, str(initrd))
    type_into(qtbot, wiz.method.cmdline, "console=ttyS0")
    goto(qtbot, wiz, PageId.CPUMEM)
    wiz.cpumem.memory.setValue(512)
    wiz.cpumem.vcpus.setValue(1)
    goto(qtbot, wiz, PageId.STORAGE)
    wiz.storage.disk_size.setValue(1.0)
    goto(qtbot, wiz, PageId.NAME)
    type_into(qtbot, wiz.name.name, name)
    goto(qtbot, wiz, PageId.SUMMARY)
    settle(qtbot, wiz)


__all__ = ["BACK", "CANCEL", "FINISH", "NEXT", "PageId"]
