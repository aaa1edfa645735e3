"""Driving the new-VM wizard as a user would, on the test driver."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWizard

from kvmgui.wizards.newvm.wizard import NewVmWizard, PageId
from tests.helpers import run_in_worker

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
    """Wait for the workers the last edit started (a path's stat, domain capabilities)."""
    qtbot.waitUntil(lambda: not any(m.code in ("checking-path", "domcaps") and not m.text
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


__all__ = ["BACK", "CANCEL", "FINISH", "NEXT", "PageId"]
