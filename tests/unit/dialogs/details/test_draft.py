"""The details window's pages on a VM that does not exist yet (a DraftDomain): edits
change the XML in memory, never libvirt; Begin installation hands the XML on."""

from __future__ import annotations

import pytest

from kvmgui.dialogs.details import DetailsWindow
from kvmgui.dialogs.details.draft import DraftDetailsWindow
from kvmgui.libvirt import domainops
from kvmgui.libvirt.domainops import Change, LiveOutcome
from kvmgui.models.domaindraft import DraftDomain, DraftUnsupportedError
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.newvm_build import domain_xml
from kvmgui.xml.newvm_spec import NewVmSpec
from tests.helpers import click


def draft_xml() -> str:
    spec = NewVmSpec(name="draft1")
    spec.install.iso_path = "/srv/iso/debian.iso"
    spec.storage.pool = "home"
    return domain_xml(spec)


def test_changes_edit_the_xml_in_memory(qapp):
    draft = DraftDomain(draft_xml())
    views = []
    draft.loaded.connect(views.append)
    draft.reload()
    assert views[-1].doc.name == "draft1" and views[-1].live is None and views[-1].record is None
    result = draft.apply(domainops.set_memory(1024 * 1024, 1024 * 1024))
    assert result.live is LiveOutcome.NOT_RUNNING and result.defined
    assert DomainDoc.from_string(draft.xml).memory_kib == 1024 * 1024
    draft.apply(domainops.set_autostart(True))  # a host setting: recorded by the draft
    assert draft.autostart and draft.snapshot().autostart
    broken = Change("Start", lambda doc: None, host=lambda dom: dom.create())
    with pytest.raises(DraftUnsupportedError):
        draft.apply(broken)
    assert draft.autostart  # unchanged by the refused change


@pytest.fixture
def draft_window(connected, qtbot, settings, monkeypatch):
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    window = DraftDetailsWindow(connected, draft_xml(), settings=settings)
    window.show()
    return window


def test_overview_autostart_goes_with_the_installation(draft_window, qtbot, submitted):
    window = draft_window
    overview = window.pages["overview"]
    assert overview.name.text() == "draft1" and overview.autostart.isEnabled()
    overview.autostart.setChecked(True)
    overview.title_edit.setText("Made in the wizard")
    overview.title_edit.textEdited.emit("Made in the wizard")
    click(qtbot, overview.apply_button)
    assert window.draft.autostart
    assert DomainDoc.from_string(window.draft.xml).title == "Made in the wizard"
    with qtbot.waitSignal(window.installRequested) as requested:
        click(qtbot, window.bar.begin)
    xml, autostart = requested.args
    assert autostart and DomainDoc.from_string(xml).title == "Made in the wizard"
    assert not window.bar.begin.isEnabled() and window.installing
    window.close()
    assert window.isVisible()  # the job runs: it reports to this window
    window.install_failed("Could not create the virtual machine: nope")
    assert window.result.text().endswith("nope") and window.bar.begin.isEnabled()
    assert submitted == []  # nothing of this reached libvirt


def test_removing_a_device_and_closing_without_installing(draft_window, qtbot):
    window = draft_window
    nic = next(p for p in window.pages if p.startswith("device:interface"))
    window.select_page(nic)
    window.confirm_remove = lambda summary, on_yes: on_yes()
    window.remove_device()
    assert DomainDoc.from_string(window.draft.xml).find_device(nic.split(":", 1)[1]) is None
    assert nic not in window.pages
    with qtbot.waitSignal(window.abandoned) as abandoned:
        window.close()
    assert "<interface" not in abandoned.args[0]


def test_begin_installation_follows_the_connection(draft_window, qtbot):
    """Disconnected, the installation could only fail: Begin is disabled with the reason,
    and enabled again once the host is back."""
    from kvmgui.libvirt.connstate import ConnState

    window, conn = draft_window, draft_window.conn
    assert window.bar.begin.isEnabled() and not window.bar.waiting.isVisible()
    conn.close()
    qtbot.waitUntil(lambda: conn.state is ConnState.DISCONNECTED, timeout=5000)
    assert not window.bar.begin.isEnabled()
    assert f"{conn.display_name} is not connected." in window.bar.begin.toolTip()
    # Said where it is seen, not only when the pointer rests on the button.
    assert window.bar.waiting.isVisible()
    assert window.bar.waiting.text() == f"{conn.display_name} is not connected."
    window.set_installing(True)
    window.install_failed("Could not create the virtual machine: not connected")
    assert not window.bar.begin.isEnabled()  # a failure told does not enable it
    conn.open()
    qtbot.waitUntil(lambda: window.bar.begin.isEnabled(), timeout=10000)
    assert window.bar.begin.toolTip() == "" and not window.bar.waiting.isVisible()


@pytest.mark.parametrize(("mode", "model"), [(None, ""), ("host-model", ""), ("custom", "qemu64")])
def test_another_cpu_model_for_the_new_vm_is_one_libvirt_takes(draft_window, connected, qtbot, mode, model):
    """The new VM's CPU is the host's (host-passthrough, migratable): another chosen before
    the installation kept migratable='on', which libvirt takes with host-passthrough or
    maximum only: Begin installation failed at the define, after the disk was made."""
    import libvirt

    from tests.helpers import run_in_worker

    window = draft_window
    window.select_page("cpumem")
    page = window.pages["cpumem"]
    assert page.cpu_mode.currentData() == "host-passthrough"
    page.cpu_mode.setCurrentIndex(page.cpu_mode.findData(mode))
    page.cpu_model.setText(model)
    page.cpu_model.textEdited.emit(model)
    click(qtbot, page.apply_button)
    doc = DomainDoc.from_string(window.draft.xml)
    assert doc.cpu_mode == mode
    xml = window.draft.xml

    def define(conn):  # the test driver as the judge: it checks the XML as the qemu driver does

        conn.defineXMLFlags(xml, libvirt.VIR_DOMAIN_DEFINE_VALIDATE).undefine()

    run_in_worker(qtbot, connected, define)
