"""The summary page (the VM in words, the XML every install method builds) and the
wizard's accessibility: every field has a name, every label its buddy."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from kvmgui.xml.base import validate_rng
from kvmgui.xml.newvm_spec import InstallMethod
from tests.helpers import type_into
from tests.unit.wizards.newvm.drive import open_wizard, settle, toggle


def qt_internal(w: QWidget) -> bool:
    parent = w.parentWidget()
    return (w.objectName().startswith("qt_") or isinstance(parent, QComboBox | QAbstractSpinBox)
            or (parent is not None and "QComboBox" in parent.metaObject().className()))


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for w in root.findChildren(QWidget):
        if qt_internal(w):
            continue
        fields = QAbstractItemView | QLineEdit | QComboBox | QAbstractSpinBox | QPlainTextEdit
        if isinstance(w, fields) and not w.accessibleName():
            problems.append(f"{type(w).__name__} {w.objectName()}")
        if isinstance(w, QAbstractButton) and not w.accessibleName() and w.isVisibleTo(root):
            problems.append(f"button {w.text()!r}")
        if isinstance(w, QLabel) and w.text().rstrip().endswith(":") and w.buddy() is None:
            problems.append(f"label {w.text()!r} without buddy")
    return problems


def test_every_field_has_a_name_and_every_label_a_buddy(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    assert wiz.accessibleName() == "New virtual machine"
    for page in wiz.pages():
        assert page.accessibleName() == page.title()
        assert unnamed(page) == [], page.title()
    for which in range(6):  # Back, Next, Commit, Finish, Cancel, Help
        button = wiz.button(QWizard.WizardButton(which))
        assert button.accessibleName(), which


def test_a_choice_that_a_rows_label_leads_to_keeps_its_own_name(connected, qtbot):
    # A screen reader said "Install method, radio button" for the ISO choice, "Virtualisation
    # type" for KVM: the row's name, not which choice it is (the other choices said theirs).
    wiz = open_wizard(qtbot, connected)
    iso = wiz.method.method_buttons[InstallMethod.ISO_FILE]
    assert iso.accessibleName() == "Install from an ISO image file"
    assert wiz.arch.kvm.accessibleName() == "KVM, hardware virtualisation"
    assert wiz.firmware.bios.accessibleName() == "BIOS"


@pytest.mark.parametrize("method", list(InstallMethod))
def test_every_install_method_builds_schema_valid_xml(connected, qtbot, tmp_path, method):
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[method])
    image = tmp_path / "image.qcow2"
    image.write_bytes(b"QFI\xfb")
    for edit in (page.iso_file.edit, page.kernel.edit, page.initrd.edit, page.base_file.edit):
        type_into(qtbot, edit, str(image))
    page.iso_volume.volume.setEditText("web01.qcow2")
    if method is InstallMethod.IMPORT_DISK:
        toggle(qtbot, wiz.storage.kinds[wiz.state.spec.storage.kind.EXISTING_VOLUME])
        wiz.storage.existing.volume.setEditText("build.qcow2")
    settle(qtbot, wiz)
    xml = wiz.summary.xml_text()
    assert validate_rng(xml, "domain") == [], method
    assert wiz.state.spec.install.method is method


def test_summary_says_the_vm_and_what_is_left(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    summary = wiz.summary
    text = summary.overview.text()
    lines = text.split("<br>")  # one line per setting, read as one by a screen reader
    for row in ("Name", "Install", "Operating system", "Platform", "Memory", "Disk", "Network"):
        assert any(line.startswith(f"<b>{row}</b>: ") for line in lines), row
    assert "x86_64, q35, QEMU emulation" in text and "2 GiB" in text
    assert summary.problems.text() == "Still to fix:\n• Choose the ISO image to install from."
    wiz.storage.disk_size.setValue(500.0)
    assert "Worth a look:" in summary.warnings.text()
    assert not summary.isComplete()
