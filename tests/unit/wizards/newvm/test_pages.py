"""Each page of the new-VM wizard on its own: what it offers from the host, what it
writes into the spec, and what it says in words (test driver; ``qemu_host`` for a real
KVM host's capabilities)."""

from __future__ import annotations

import errno
import html
import os
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from kvmgui.libvirt import netops, newvm_facts
from kvmgui.libvirt.netops import HostInterface
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone, tone_of
from kvmgui.wizards.newvm import state as state_module
from kvmgui.xml.newvm_spec import (
    GENERIC_LINUX,
    GENERIC_WINDOWS,
    GIB,
    CpuMode,
    DomainType,
    Firmware,
    GraphicsType,
    InstallMethod,
    NetworkKind,
    StorageKind,
)
from tests.helpers import FakeError, run_in_worker, type_into
from tests.unit.wizards.newvm.conftest import answer_with, qemu_domcaps
from tests.unit.wizards.newvm.drive import (
    NEXT,
    PageId,
    choose,
    click,
    codes,
    goto,
    open_wizard,
    settle,
    shown,
    toggle,
)
from tests.unit.xml.newvm_cases import WIN11

# -- connection and install method ---------------------------------------------------------------


def test_method_page_shows_the_fields_of_the_chosen_method(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    assert wiz.state.spec.install.method is InstallMethod.ISO_FILE
    assert page.details.currentWidget().isAncestorOf(page.iso_file)
    for method, field in ((InstallMethod.KERNEL, page.kernel), (InstallMethod.HOST_CDROM, page.cdrom),
                          (InstallMethod.CLOUD_IMAGE, page.base_file),
                          (InstallMethod.ISO_VOLUME, page.iso_volume)):
        toggle(qtbot, page.method_buttons[method])
        assert wiz.state.spec.install.method is method
        assert page.details.currentWidget().isAncestorOf(field)


def test_iso_path_is_checked_on_the_host(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    assert shown(page) == ["Choose the ISO image to install from."]
    assert not wiz.button(NEXT).isEnabled()
    # The blank field is asked for, not marked wrong: the wizard does not open in red.
    line = next(line for line in page.findChildren(MessageLine) if line.text())
    assert tone_of(line) is Tone.NORMAL and page.iso_file.edit.property("invalid") is not True
    assert "Choose the ISO image" in page.iso_file.edit.accessibleDescription()
    type_into(qtbot, page.iso_file.edit, str(tmp_path / "missing.iso"))
    settle(qtbot, wiz)
    assert shown(page) == [f"{tmp_path / 'missing.iso'} does not exist."]
    assert page.iso_file.edit.property("invalid") is True
    assert tone_of(next(line for line in page.findChildren(MessageLine) if line.text())) is Tone.ERROR
    type_into(qtbot, page.iso_file.edit, str(tmp_path))
    settle(qtbot, wiz)
    assert shown(page) == [f"{tmp_path} is not a file."]
    iso = tmp_path / "debian.iso"
    iso.write_bytes(b"\0" * 4096)
    type_into(qtbot, page.iso_file.edit, str(iso))
    settle(qtbot, wiz)
    assert shown(page) == [] and wiz.button(NEXT).isEnabled()
    assert wiz.state.spec.install.iso_path == str(iso)


def test_iso_volume_lists_the_pools_volumes(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[InstallMethod.ISO_VOLUME])
    assert page.iso_volume.pool_name() == "home"
    listed = [page.iso_volume.volume.itemText(i) for i in range(page.iso_volume.volume.count())]
    assert listed == ["build.qcow2", "db01.qcow2", "web01.qcow2"]
    page.iso_volume.volume.setEditText("nothere.iso")
    settle(qtbot, wiz)
    assert shown(page) == ["Storage pool 'home' has no volume named 'nothere.iso'."]
    page.iso_volume.volume.setCurrentIndex(0)
    settle(qtbot, wiz)
    assert shown(page) == [] and wiz.button(NEXT).isEnabled()



def test_tab_reaches_the_pool_of_a_volume_chooser(connected, qtbot):
    """Tab goes from the method to the ISO volume's pool, then to its volume: the pool
    was skipped (the chooser's focus proxy, its volume, stood for the whole row)."""
    from PySide6.QtWidgets import QApplication

    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[InstallMethod.ISO_VOLUME])
    wiz.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wiz, timeout=3000)
    page.method_buttons[InstallMethod.ISO_VOLUME].setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    chooser = page.iso_volume
    assert reached[:2] == [chooser.pool, chooser.volume], \
        [w.accessibleName() for w in reached]

def test_remote_hosts_offer_pool_volumes_only(connected, qtbot, monkeypatch):
    real = newvm_facts.read_host_facts
    monkeypatch.setattr(state_module, "read_host_facts", lambda c: replace(real(c), local=False))
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    assert not page.method_buttons[InstallMethod.ISO_FILE].isEnabled()
    assert page.remote_note.isVisible()
    assert page.kernel.browse.isHidden()  # a file dialog would show this machine's files
    assert page.base_kind.currentData() == "volume" and not page.base_kind.isEnabled()
    goto_storage = wiz.storage
    assert not goto_storage.kinds[StorageKind.FILE].isEnabled()
    toggle(qtbot, page.method_buttons[InstallMethod.KERNEL])
    type_into(qtbot, page.kernel.edit, "/boot/vmlinuz-on-the-host")
    settle(qtbot, wiz)
    assert shown(page) == []  # not checked here: libvirt says if it is missing


def test_texts_libvirt_cannot_take_are_said_where_they_were_typed(connected, qtbot, monkeypatch):
    """A remote host's paths are not looked at, but a relative one or a control character
    pasted with one (or into the kernel arguments) is said on the method page: the summary
    raised ValueError (lxml cannot write it) at every edit, and libvirt would refuse it."""
    from PySide6.QtWidgets import QApplication

    real = newvm_facts.read_host_facts
    monkeypatch.setattr(state_module, "read_host_facts", lambda c: replace(real(c), local=False))
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[InstallMethod.KERNEL])
    type_into(qtbot, page.kernel.edit, "vmlinuz")
    settle(qtbot, wiz)
    assert shown(page) == ["'vmlinuz' is not a full path: it must start with '/'."]
    assert page.kernel.edit.property("invalid") is True and not wiz.button(NEXT).isEnabled()
    type_into(qtbot, page.kernel.edit, "/boot/vmlinuz")
    QApplication.clipboard().setText("console=ttyS0\x1b[0m")  # copied from a terminal
    page.cmdline.paste()
    settle(qtbot, wiz)
    assert page.cmdline.text() == "console=ttyS0\x1b[0m"
    assert shown(page) == ["This holds a control character (U+001B), which libvirt cannot store; "
                           "remove it."]
    assert page.cmdline.property("invalid") is True and not wiz.button(NEXT).isEnabled()
    assert wiz.summary.xml_text() == ""  # nothing to write yet, and no exception either
    type_into(qtbot, page.cmdline, "console=ttyS0")
    settle(qtbot, wiz)
    assert shown(page) == [] and wiz.button(NEXT).isEnabled()
    assert "<cmdline>console=ttyS0</cmdline>" in wiz.summary.xml_text()


def test_choosing_another_host_reads_its_facts(registry, connected, qtbot, tmp_path):
    from tests.conftest import DEMO_HOST
    from tests.helpers import open_connection

    other_path = tmp_path / "other.xml"
    other_path.write_text(DEMO_HOST.read_text().replace("<name>home</name>", "<name>tank</name>"))
    other = open_connection(registry, qtbot, f"test://{other_path}")
    wiz = open_wizard(qtbot, connected, [connected, other])
    assert wiz.method.connection.count() == 2
    wiz.method.connection.setCurrentIndex(1)
    assert wiz.state.conn is other
    qtbot.waitUntil(lambda: wiz.state.facts is not None and "tank" in wiz.state.facts.pools, timeout=10000)
    assert wiz.state.spec.storage.pool == "tank"  # the host's pool becomes the default


def test_typing_goes_on_through_pool_events_and_a_reconnect(connected, qtbot):
    """Every pool event (a volume made in the host window refreshes its pool) and every
    reconnect loads the spec into the pages again: the kernel arguments, CD-ROM device,
    volume name and MAC address were set anew, which dropped the space just typed (the
    spec holds them trimmed) and put the cursor at the end: 'console=ttyS0 ' went on as
    'console=ttyS0quiet'. A volume typed into a pool's list too."""
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[InstallMethod.KERNEL])
    type_into(qtbot, page.cmdline, "console=ttyS0 ")
    page.cmdline.setCursorPosition(7)
    wiz.network.own_mac.setChecked(True)
    type_into(qtbot, wiz.network.mac, "52:54:00:AB:CD:E")
    wiz.storage.volume_name.setText("disk one ")
    iso = wiz.method.iso_volume.volume
    iso.setEditText("new.iso ")
    iso.lineEdit().setCursorPosition(3)
    pool = """<pool type='dir'><name>isos</name><target><path>/srv/isos</path></target></pool>"""
    with qtbot.waitSignal(wiz.state.poolsChanged, timeout=10000):
        run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(pool, 0).create(0))
    assert (page.cmdline.text(), page.cmdline.cursorPosition()) == ("console=ttyS0 ", 7)
    assert wiz.storage.volume_name.text() == "disk one "
    assert (iso.currentText(), iso.lineEdit().cursorPosition()) == ("new.iso ", 3)
    qtbot.keyClicks(page.cmdline, "x")
    assert wiz.state.spec.install.cmdline == "consolex=ttyS0"
    connected.close()
    qtbot.waitUntil(lambda: wiz.state.conn.state.name == "DISCONNECTED", timeout=5000)
    with qtbot.waitSignal(wiz.state.reloaded, timeout=10000):  # the facts read anew
        connected.open()
    assert wiz.network.mac.text() == "52:54:00:AB:CD:E" and wiz.network.own_mac.isChecked()
    assert page.cmdline.text() == "consolex=ttyS0 "


# -- architecture and type ------------------------------------------------------------------------


def test_demo_host_runs_emulated_and_says_so(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.arch
    assert wiz.state.simulated
    assert not page.kvm.isEnabled() and page.qemu.isChecked()
    assert page.speed.text() == "This VM will run emulated, 10–50× slower: the host has no KVM."
    assert "simulates VMs" in page.note.text()
    assert wiz.state.spec.domain_type is DomainType.QEMU


def test_kvm_host_offers_its_arches_types_and_machines(connected, qtbot, qemu_host):
    wiz = open_wizard(qtbot, connected)
    page = wiz.arch
    assert [page.arch.itemData(i) for i in range(page.arch.count())] == ["x86_64", "i686"]
    assert page.kvm.isEnabled() and page.kvm.isChecked()
    assert "through KVM, at nearly native speed" in page.speed.text()
    machines = [page.machine.itemData(i) for i in range(page.machine.count())]
    assert machines[0] == "" and "pc-q35-7.2" in machines and "q35" in machines
    assert page.machine.itemText(0) == "Default (q35)"
    toggle(qtbot, page.qemu)
    assert wiz.state.spec.domain_type is DomainType.QEMU
    assert page.speed.text() == "This VM will run emulated, 10–50× slower, although the host has KVM."
    assert not wiz.cpumem.cpu_mode.isEnabled()  # emulated guests get QEMU's default CPU


def test_domain_capabilities_follow_the_machine(connected, qtbot, qemu_host):
    wiz = open_wizard(qtbot, connected)
    assert wiz.state.domcaps.machine == "pc-q35-7.2"
    choose(wiz.arch.machine, "pc")
    settle(qtbot, wiz)
    assert wiz.state.domcaps.machine.startswith("pc-i440fx")


def test_a_platform_the_host_refuses_shows_libvirts_words(connected, qtbot, qemu_host, monkeypatch):
    wiz = open_wizard(qtbot, connected)

    def refuse(conn, arch, machine, kind, emulator=""):
        raise FakeError("the machine 'pc' is not supported by emulator '/usr/bin/qemu-system-x86_64'")

    answer_with(monkeypatch, refuse)
    choose(wiz.arch.machine, "pc")
    qtbot.waitUntil(lambda: "domcaps" in codes(wiz, blocking_only=True) and bool(wiz.state.domcaps_error),
                    timeout=10000)
    assert any("is not supported by emulator" in text for text in shown(wiz.arch))
    assert not wiz.button(NEXT).isEnabled()


def test_an_arm_vm_gets_uefi_firmware(connected, qtbot):
    # An ARM "virt" machine has no BIOS: with no firmware it starts to nothing.
    wiz = open_wizard(qtbot, connected)
    assert wiz.state.spec.firmware.kind is Firmware.BIOS
    choose(wiz.arch.arch, "aarch64")
    assert wiz.state.spec.firmware.kind is Firmware.UEFI and wiz.firmware.uefi.isChecked()
    assert '<os firmware="efi">' in wiz.summary.xml_text()


def test_the_uefi_arm_needed_goes_with_it(connected, qtbot):
    # Back on x86 the OS's own firmware (BIOS here), unless the user chose UEFI by hand.
    wiz = open_wizard(qtbot, connected)
    fw = wiz.state.spec.firmware
    choose(wiz.arch.arch, "aarch64")
    choose(wiz.arch.arch, "x86_64")
    assert fw.kind is Firmware.BIOS and wiz.firmware.bios.isChecked()
    assert "efi" not in wiz.summary.xml_text()
    wiz.state.choose_os(WIN11)  # an OS that needs UEFI keeps it
    choose(wiz.arch.arch, "aarch64")
    choose(wiz.arch.arch, "x86_64")
    assert (fw.kind, fw.secure_boot) == (Firmware.UEFI, True)
    wiz.state.choose_os(GENERIC_LINUX)
    choose(wiz.arch.arch, "aarch64")
    wiz.firmware.uefi.click()  # by hand, on ARM: kept on x86
    choose(wiz.arch.arch, "x86_64")
    assert fw.kind is Firmware.UEFI and wiz.firmware.uefi.isChecked()


@pytest.mark.usefixtures("real_osdb")
def test_the_os_follows_an_architecture_chosen_afterwards(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    qtbot.waitUntil(lambda: wiz.state.osdb_loaded, timeout=60000)
    page = wiz.os_page
    type_into(qtbot, page.search, "rhel9.0")
    qtbot.waitUntil(lambda: page.model.row_of("rhel9.0") >= 0, timeout=5000)
    page.list.setCurrentIndex(page.model.index(page.model.row_of("rhel9.0")))
    spec = wiz.state.spec
    assert spec.os.min_memory_mib == 1536 and spec.memory_mib < 2048
    choose(wiz.arch.arch, "aarch64")  # Back to the Architecture page: RHEL 9 needs more on ARM
    assert spec.os.min_memory_mib == 2048 and spec.memory_mib == 2048
    assert wiz.cpumem.memory.value() == 2048
    assert "memory-below-os" not in codes(wiz)


ARM_HOST = """<capabilities><host><cpu><arch>aarch64</arch></cpu></host>
  <guest><os_type>hvm</os_type><arch name='aarch64'><wordsize>64</wordsize>
    <emulator>/usr/bin/qemu-system-aarch64</emulator><machine maxCpus='512'>virt</machine>
    <domain type='qemu'/><domain type='kvm'/></arch></guest></capabilities>"""


def test_an_arm_host_starts_with_an_arm_vm_on_uefi(connected, qtbot, monkeypatch):
    from kvmgui.xml.capabilities import parse_capabilities

    real = newvm_facts.read_host_facts
    monkeypatch.setattr(state_module, "read_host_facts",
                        lambda c: replace(real(c), caps=parse_capabilities(ARM_HOST), kvm=True))
    answer_with(monkeypatch, lambda *_args: None)
    wiz = open_wizard(qtbot, connected)
    spec = wiz.state.spec
    assert (spec.arch, spec.domain_type, spec.firmware.kind) == ("aarch64", DomainType.KVM, Firmware.UEFI)
    assert wiz.firmware.uefi.isChecked()


MANY_ARCHES = """<capabilities><host><cpu><arch>x86_64</arch></cpu></host>
""" + "".join(f"""<guest><os_type>hvm</os_type><arch name='{arch}'><wordsize>64</wordsize>
    <emulator>/usr/bin/qemu-system-{arch}</emulator><machine>{machine}</machine>
    <domain type='qemu'/>{"<domain type='kvm'/>" if arch == "x86_64" else ""}</arch></guest>"""
              for arch, machine in (("x86_64", "q35"), ("aarch64", "virt"), ("s390x", "s390-ccw-virtio"),
                                    ("ppc64le", "pseries"))) + "</capabilities>"


@pytest.mark.parametrize("arch", ["s390x", "ppc64le"])
def test_an_architecture_without_uefi_gets_its_own_firmware(connected, qtbot, monkeypatch, arch):
    # s390x and POWER machines have no UEFI: <os firmware="efi"> is refused when defined.
    from kvmgui.xml.capabilities import parse_capabilities

    real = newvm_facts.read_host_facts
    monkeypatch.setattr(state_module, "read_host_facts",
                        lambda c: replace(real(c), caps=parse_capabilities(MANY_ARCHES), kvm=True))
    answer_with(monkeypatch, lambda *_args: None)
    wiz = open_wizard(qtbot, connected)
    fw = wiz.state.spec.firmware
    choose(wiz.arch.arch, "aarch64")  # UEFI, as ARM needs
    assert fw.kind is Firmware.UEFI
    choose(wiz.arch.arch, arch)
    assert fw.kind is Firmware.BIOS and wiz.firmware.bios.isChecked()
    assert "efi" not in wiz.summary.xml_text()
    assert "<b>Firmware</b>: the machine's own" in html.unescape(wiz.summary.overview.text())  # not BIOS
    choose(wiz.arch.arch, "x86_64")  # chosen by hand: UEFI with Secure Boot
    wiz.firmware.uefi.click()
    wiz.firmware.secure_boot.click()
    assert (fw.kind, fw.secure_boot) == (Firmware.UEFI, True)
    choose(wiz.arch.arch, arch)
    assert (fw.kind, fw.secure_boot) == (Firmware.BIOS, False)
    assert wiz.firmware.bios.isChecked() and "efi" not in wiz.summary.xml_text()


def test_the_firmware_an_architecture_cannot_boot_is_not_offered(connected, qtbot, monkeypatch):
    # No UEFI on s390x/POWER (no OVMF to install there); no BIOS on ARM's "virt" machine.
    from kvmgui.xml.capabilities import parse_capabilities
    from kvmgui.xml.domcaps import DomainCaps

    real = newvm_facts.read_host_facts
    monkeypatch.setattr(state_module, "read_host_facts",
                        lambda c: replace(real(c), caps=parse_capabilities(MANY_ARCHES), kvm=True))
    answer_with(monkeypatch, lambda *_args: DomainCaps(graphics_types=("vnc",)))
    wiz = open_wizard(qtbot, connected)
    page = wiz.firmware
    choose(wiz.arch.arch, "s390x")
    settle(qtbot, wiz)
    assert page.bios.isChecked() and not page.uefi.isEnabled()
    assert "OVMF" not in page.status.text() and page.status.isHidden()
    choose(wiz.arch.arch, "aarch64")
    settle(qtbot, wiz)
    assert page.uefi.isChecked() and page.uefi.isEnabled() and not page.bios.isEnabled()
    choose(wiz.arch.arch, "x86_64")
    settle(qtbot, wiz)
    assert page.bios.isEnabled() and page.uefi.isEnabled()


@pytest.mark.parametrize("arch", ["s390x", "ppc64le"])
def test_an_architecture_without_bios_names_its_own_firmware(connected, qtbot, monkeypatch, arch):
    # The summary says "the machine's own": the page's choice says the same, not BIOS.
    from kvmgui.xml.capabilities import parse_capabilities

    real = newvm_facts.read_host_facts
    monkeypatch.setattr(state_module, "read_host_facts",
                        lambda c: replace(real(c), caps=parse_capabilities(MANY_ARCHES), kvm=True))
    answer_with(monkeypatch, lambda *_args: None)
    wiz = open_wizard(qtbot, connected)
    page = wiz.firmware
    choose(wiz.arch.arch, arch)
    assert page.bios.isChecked()
    own = ("The &machine's own", "The machine's own firmware")
    assert (page.bios.text(), page.bios.accessibleName()) == own
    choose(wiz.arch.arch, "x86_64")
    assert (page.bios.text(), page.bios.accessibleName()) == ("BI&OS", "BIOS")


def test_the_machine_list_follows_the_virtualisation_type(connected, qtbot, monkeypatch):
    from kvmgui.xml.capabilities import parse_capabilities

    # KVM has a list of its own here: sbsa-ref is emulated only.
    caps = ARM_HOST.replace("<machine maxCpus='512'>virt</machine>",
                            "<machine>virt</machine><machine>sbsa-ref</machine>").replace(
        "<domain type='kvm'/>", "<domain type='kvm'><machine>virt</machine></domain>")
    real = newvm_facts.read_host_facts
    monkeypatch.setattr(state_module, "read_host_facts",
                        lambda c: replace(real(c), caps=parse_capabilities(caps), kvm=True))
    answer_with(monkeypatch, lambda *_args: None)
    wiz = open_wizard(qtbot, connected)
    page = wiz.arch
    machines = lambda: [page.machine.itemData(i) for i in range(page.machine.count())]  # noqa: E731
    assert machines() == ["", "virt"]
    toggle(qtbot, page.qemu)
    assert wiz.state.spec.domain_type is DomainType.QEMU
    assert machines() == ["", "virt", "sbsa-ref"]


# -- operating system --------------------------------------------------------------------------------


def test_generic_choice_sets_defaults_and_bounds(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.os_page
    assert page.model.rowCount() == 3 and page.list.currentIndex().row() == 0  # Generic Linux
    assert wiz.name.name.text() == "linux"
    page.list.setCurrentIndex(page.model.index(1))  # Generic Windows
    spec = wiz.state.spec
    assert spec.os.short_id == "generic-windows"
    assert (spec.memory_mib, spec.vcpus, spec.storage.capacity_bytes) == (4096, 2, 64 * GIB)
    assert wiz.cpumem.memory.value() == 4096 and wiz.cpumem.memory.minimum() == 1024
    assert wiz.storage.disk_size.value() == 64.0
    assert wiz.name.name.text() == "windows"  # the name follows the OS until typed
    assert page.chosen.text().startswith("Chosen: Generic Windows.")
    assert "libosinfo is not installed" in page.db_status.text()


def test_a_failed_os_database_load_reaches_every_waiting_wizard(connected, qtbot, monkeypatch, tmp_path):
    from tests.unit.osinfo.isos import WINDOWS, make_iso

    iso = make_iso(tmp_path / "win.iso", *WINDOWS)
    release = threading.Event()

    def fails():  # the first wizard's load, still running when the second opens
        release.wait(10)
        raise FakeError("cannot read /usr/share/osinfo")

    monkeypatch.setattr(state_module, "_osdb", None)
    monkeypatch.setattr(state_module, "_osdb_loading", None)
    monkeypatch.setattr(state_module, "load_database", fails)
    try:
        first = open_wizard(qtbot, connected)
        qtbot.waitUntil(lambda: state_module._osdb_loading is not None, timeout=5000)
        second = open_wizard(qtbot, connected)
        second.state.load_osdb()  # waits on the first wizard's load
        type_into(qtbot, second.method.iso_file.edit, str(iso))
        goto(qtbot, second, PageId.OS)
        assert second.os_page.detect_status.text() == "Waiting for the list of operating systems…"
    finally:
        release.set()
    said = ("Could not load the list of operating systems (only the generic ones are offered): "
            "cannot read /usr/share/osinfo")
    for wiz in (first, second):
        qtbot.waitUntil(lambda w=wiz: w.os_page.db_status.text() == said, timeout=3000)
        assert wiz.state.osdb_loaded and wiz.os_page.model.rowCount() == 3  # the generic ones
    qtbot.waitUntil(lambda: second.state.spec.os.short_id == "generic-windows", timeout=5000)  # by its label


def test_wizards_waiting_on_the_os_database_load_leave_the_shared_workers_free(connected, qtbot,
                                                                             monkeypatch):
    """A slow OS database load (its files on a disk that hardly answers) held a thread of
    the shared pool, and each wizard opened meanwhile held one more waiting for it: four
    wizards held all four, and every other job (exports, the XML editor's checks) waited."""
    from kvmgui.libvirt import workers
    from kvmgui.osinfo.database import OsDatabase

    release = threading.Event()

    def slow():
        release.wait(10)
        return OsDatabase()

    monkeypatch.setattr(state_module, "_osdb", None)
    monkeypatch.setattr(state_module, "_osdb_loading", None)
    monkeypatch.setattr(state_module, "load_database", slow)
    states = [state_module.WizardState(connected) for _ in range(4)]
    try:
        for state in states:
            state.load_osdb()
        ran: list[str] = []
        workers.shared().submit(lambda: "ran", done=ran.append)
        qtbot.waitUntil(lambda: ran == ["ran"], timeout=3000)
        assert not any(state.osdb_loaded for state in states)
    finally:
        release.set()
    qtbot.waitUntil(lambda: all(state.osdb_loaded and state.osdb_error == "" for state in states),
                    timeout=5000)


def test_the_os_page_shows_errors_and_names_as_they_are(connected, qtbot, monkeypatch):
    """The OS list's status and the chosen OS were labels that took text for rich text
    when it looked like it: an error quoting a path with '<b>' in it, or an OS so named
    in a local osinfo database, turned bold and lost the brackets."""
    from tests.unit.test_literal_names import label_shows

    def fails():
        raise FakeError("cannot read /srv/<b>osinfo</b>")

    monkeypatch.setattr(state_module, "_osdb", None)
    monkeypatch.setattr(state_module, "_osdb_loading", None)
    monkeypatch.setattr(state_module, "load_database", fails)
    wiz = open_wizard(qtbot, connected)
    page = wiz.os_page
    qtbot.waitUntil(lambda: wiz.state.osdb_error != "", timeout=5000)
    assert label_shows(page.db_status) == ("Could not load the list of operating systems (only the "
                                           "generic ones are offered): cannot read /srv/<b>osinfo</b>")
    wiz.state.choose_os(replace(GENERIC_LINUX, short_id="mine", name="Linux <b>edge</b>"))
    assert label_shows(page.chosen).startswith("Chosen: Linux <b>edge</b>.")
    assert label_shows(wiz.cpumem.recommended).startswith("Linux <b>edge</b> recommends 2 GiB")


@pytest.mark.usefixtures("real_osdb")
def test_search_finds_an_os_and_takes_its_defaults(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.os_page
    qtbot.waitUntil(lambda: wiz.state.osdb_loaded, timeout=60000)
    type_into(qtbot, page.search, "ubuntu 22.04")
    qtbot.waitUntil(lambda: page.model.row_of("ubuntu22.04") >= 0, timeout=5000)
    page.list.setCurrentIndex(page.model.index(page.model.row_of("ubuntu22.04")))
    spec = wiz.state.spec
    assert spec.os.short_id == "ubuntu22.04" and spec.os.osinfo_id == "http://ubuntu.com/ubuntu/22.04"
    assert spec.memory_mib == spec.os.rec_memory_mib and wiz.cpumem.memory.value() == spec.memory_mib
    assert wiz.cpumem.memory.minimum() == spec.os.min_memory_mib
    assert wiz.name.name.text() == "ubuntu22.04"
    assert "Ubuntu 22.04" in wiz.cpumem.recommended.text()


@pytest.mark.usefixtures("real_osdb")
def test_detects_the_os_from_the_iso_in_a_worker(connected, qtbot, tmp_path):
    from tests.unit.osinfo.isos import UBUNTU_SERVER, make_iso

    iso = make_iso(tmp_path / "ubuntu.iso", UBUNTU_SERVER)
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.method.iso_file.edit, str(iso))
    goto(qtbot, wiz, PageId.OS)
    page = wiz.os_page
    assert page.detect.isEnabled() and page.detect.isChecked()
    qtbot.waitUntil(lambda: wiz.state.spec.os.short_id == "ubuntu22.04", timeout=60000)
    assert not page.spinner.isVisible()
    assert page.detect_status.text() == f"Detected {wiz.state.spec.os.name} (label '{UBUNTU_SERVER}')."
    assert page.list.currentIndex().data() .startswith(wiz.state.spec.os.name)


def test_a_detection_switched_off_meanwhile_chooses_nothing(connected, qtbot, tmp_path):
    import threading

    from tests.unit.osinfo.isos import WINDOWS, make_iso

    iso = make_iso(tmp_path / "win.iso", *WINDOWS)
    wiz = open_wizard(qtbot, connected)
    real, release = wiz.state.osdb.detect_media, threading.Event()

    def slow(path, arch="x86_64"):
        release.wait(10)
        return real(path, arch)

    wiz.state.osdb.detect_media = slow
    page = wiz.os_page
    results = []
    detected = page._detected
    page._detected = lambda *args: (results.append(args), detected(*args))
    type_into(qtbot, wiz.method.iso_file.edit, str(iso))
    goto(qtbot, wiz, PageId.OS)
    qtbot.waitUntil(page.spinner.isVisible, timeout=5000)
    toggle(qtbot, page.detect)  # off while it runs
    assert not page.detect.isChecked()
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results[0][2].os is not None  # it did guess Windows from the label
    assert wiz.state.spec.os.short_id == "generic-linux"
    assert page.detect_status.text() == ""  # no "Looking at…" or "Guessed…" left
    toggle(qtbot, page.detect)  # on again: it looks again
    qtbot.waitUntil(lambda: wiz.state.spec.os.short_id == "generic-windows", timeout=10000)


def test_an_os_picked_while_a_detection_runs_ends_it(connected, qtbot, tmp_path):
    from tests.unit.osinfo.isos import WINDOWS, make_iso

    iso = make_iso(tmp_path / "win.iso", *WINDOWS)
    wiz = open_wizard(qtbot, connected)
    real, release = wiz.state.osdb.detect_media, threading.Event()

    def slow(path, arch="x86_64"):
        release.wait(10)
        return real(path, arch)

    wiz.state.osdb.detect_media = slow
    page = wiz.os_page
    results, stated = [], []
    detected, state_of = page._detected, page._stated
    page._detected = lambda *args: (results.append(args), detected(*args))
    page._stated = lambda *args: (stated.append(args), state_of(*args))
    type_into(qtbot, wiz.method.iso_file.edit, str(iso))
    goto(qtbot, wiz, PageId.OS)
    qtbot.waitUntil(page.spinner.isVisible, timeout=5000)
    assert page.detect_status.text().startswith("Looking at ")
    page.list.setCurrentIndex(page.model.index(page.model.row_of("generic-other")))
    assert not page.spinner.isVisible()
    assert page.detect_status.text() == ""  # no "Looking at…" left behind
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert wiz.state.spec.os.short_id == "generic-other"
    wiz.back()  # and on again: the user's choice stands, the file is not looked at again
    goto(qtbot, wiz, PageId.OS)
    qtbot.waitUntil(lambda: len(stated) == 2, timeout=5000)
    assert not page.spinner.isVisible() and wiz.state.spec.os.short_id == "generic-other"


def test_an_os_picked_while_waiting_for_the_list_stays(connected, qtbot, monkeypatch, tmp_path):
    from concurrent.futures import Future

    from kvmgui.osinfo.database import OsDatabase
    from tests.unit.osinfo.isos import WINDOWS, make_iso

    iso = make_iso(tmp_path / "win.iso", *WINDOWS)
    loading: Future[OsDatabase] = Future()  # another wizard's load, still running
    monkeypatch.setattr(state_module, "_osdb", None)
    monkeypatch.setattr(state_module, "_osdb_loading", loading)
    try:
        wiz = open_wizard(qtbot, connected)
        type_into(qtbot, wiz.method.iso_file.edit, str(iso))
        goto(qtbot, wiz, PageId.OS)
        page = wiz.os_page
        assert page.detect_status.text() == "Waiting for the list of operating systems…"
        page.list.setCurrentIndex(page.model.index(page.model.row_of("generic-other")))
        assert page.detect_status.text() == ""
    finally:
        loading.set_result(OsDatabase())
    qtbot.waitUntil(lambda: wiz.state.osdb_loaded, timeout=5000)
    assert not page.spinner.isVisible() and wiz.state.spec.os.short_id == "generic-other"


def test_detection_says_why_a_file_is_no_install_media(connected, qtbot, tmp_path):
    not_iso = tmp_path / "notes.iso"
    not_iso.write_bytes(b"plain text, no ISO 9660 here" * 2000)
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.method.iso_file.edit, str(not_iso))
    goto(qtbot, wiz, PageId.OS)
    page = wiz.os_page
    qtbot.waitUntil(lambda: page.detect_status.text().endswith("is not an ISO image."), timeout=10000)
    assert wiz.state.spec.os.short_id == "generic-linux"  # unchanged; the list is still there
    assert wiz.button(NEXT).isEnabled()


def test_detection_on_a_dead_network_mount_says_why_in_words(connected, qtbot, tmp_path,
                                                             monkeypatch):
    """An ISO whose NFS server lost its file handle said "Could not read …: Stale file
    handle", the system's English in every language, though the path checks had words."""
    from kvmgui.osinfo import database

    iso = tmp_path / "nfs.iso"
    iso.write_bytes(b"x")

    def stale(path, *args, **kwargs):
        raise OSError(errno.ESTALE, os.strerror(errno.ESTALE), path)

    monkeypatch.setattr(database, "open", stale, raising=False)
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.method.iso_file.edit, str(iso))
    goto(qtbot, wiz, PageId.OS)
    page = wiz.os_page
    qtbot.waitUntil(lambda: page.detect_status.text().startswith("Could not read "), timeout=10000)
    assert page.detect_status.text() == (f"Could not read {iso}: the network file system no "
                                         "longer knows it (stale file handle)")


def test_a_file_replaced_at_the_same_path_is_looked_at_again(connected, qtbot, tmp_path):
    # The download was not finished at the first look; the same path now holds the ISO.
    from tests.unit.osinfo.isos import WINDOWS, make_iso

    iso = tmp_path / "win.iso"
    iso.write_bytes(b"half a download" * 2000)
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.method.iso_file.edit, str(iso))
    goto(qtbot, wiz, PageId.OS)
    page = wiz.os_page
    qtbot.waitUntil(lambda: page.detect_status.text().endswith("is not an ISO image."), timeout=10000)
    wiz.back()
    make_iso(iso, *WINDOWS)
    goto(qtbot, wiz, PageId.OS)
    qtbot.waitUntil(lambda: wiz.state.spec.os.short_id == "generic-windows", timeout=10000)  # by its label
    assert page.detect_status.text().startswith("Guessed ")


# -- memory and CPUs ---------------------------------------------------------------------------------


def test_what_an_os_needs_is_listed_with_the_languages_separator(connected, qtbot, traditional_chinese):
    wiz = open_wizard(qtbot, connected)
    text = wiz.os_page.needs_text(WIN11)
    assert text.count("、") == 3 and ", " not in text, text  # memory、disk、UEFI、TPM in Chinese


def test_memory_and_cpus_are_bounded_by_the_host(connected, qtbot, qemu_host):
    wiz = open_wizard(qtbot, connected)
    page = wiz.cpumem
    assert page.host.text() == "The host has 16 GiB of memory and 8 CPU(s)."
    assert page.memory.maximum() == 16384 and page.memory.minimum() == 128  # Generic Linux needs 128
    assert page.vcpus.maximum() == 32  # the test driver's getMaxVcpus, below QEMU's 288
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.CPUMEM)
    page.vcpus.setValue(12)
    assert shown(page) == ["More virtual CPUs than the host has (8) make the guest slower, not faster."]
    assert wiz.button(NEXT).isEnabled()  # a warning: the user may go on
    choose(page.cpu_mode, CpuMode.HOST_MODEL)
    assert wiz.state.spec.cpu is CpuMode.HOST_MODEL
    assert 'mode="host-model"' in wiz.summary.xml_text()


def test_a_lower_vcpu_limit_shows_the_vcpus_the_vm_would_get(connected, qtbot, qemu_host, monkeypatch):
    real = qemu_domcaps

    def four_on_pc(conn, arch, machine, domain_type, emulator=""):
        caps = real(conn, arch, machine, domain_type, emulator)
        return replace(caps, max_vcpus=4) if machine == "pc" else caps  # below the host's 8 CPUs

    answer_with(monkeypatch, four_on_pc)
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.CPUMEM)
    page = wiz.cpumem
    page.vcpus.setValue(6)
    choose(wiz.arch.machine, "pc")
    settle(qtbot, wiz)
    assert wiz.state.domcaps.max_vcpus == 4
    assert page.vcpus.value() == wiz.state.spec.vcpus  # the box shows what Finish would define
    assert shown(page) == ["This host gives a virtual machine no more virtual CPUs than 4."]
    assert not wiz.button(NEXT).isEnabled()
    page.vcpus.setValue(4)
    assert wiz.state.spec.vcpus == 4 and shown(page) == [] and wiz.button(NEXT).isEnabled()


def test_memory_below_the_os_minimum_shows_the_memory_the_vm_would_get(connected, qtbot, qemu_host,
                                                                         monkeypatch):
    real = state_module.read_host_facts
    monkeypatch.setattr(state_module, "read_host_facts", lambda c: replace(real(c), memory_mib=2048))
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    wiz.state.choose_os(WIN11)  # needs 4 GiB, on a host of 2: the memory stays within the host's
    goto(qtbot, wiz, PageId.CPUMEM)
    page = wiz.cpumem
    assert wiz.state.spec.memory_mib == 2048
    assert page.memory.value() == 2048  # the box shows what Finish would define
    assert shown(page) == ["The operating system needs at least 4 GiB of memory."]
    assert not wiz.button(NEXT).isEnabled()


def test_the_default_vcpus_keep_to_the_hosts_vcpu_limit(connected, qtbot, monkeypatch):
    real = state_module.read_host_facts

    def one_vcpu(conn):  # libvirt's getMaxVcpus below the host's CPUs and Generic Linux's 2
        facts = real(conn)
        return replace(facts, max_vcpus=dict.fromkeys(facts.max_vcpus, 1))

    monkeypatch.setattr(state_module, "read_host_facts", one_vcpu)
    wiz = open_wizard(qtbot, connected)
    assert wiz.state.facts.cpus > 1
    assert wiz.state.spec.vcpus == 1
    assert wiz.cpumem.vcpus.value() == 1
    assert "vcpus-above-max" not in codes(wiz)


# -- storage --------------------------------------------------------------------------------------------


def test_storage_choices_reach_the_spec(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    page = wiz.storage
    assert page.pool.itemText(0) == "home — 72 GiB free"
    page.disk_size.setValue(100.0)
    assert wiz.state.spec.storage.capacity_bytes == 100 * GIB
    assert any("may grow to 100 GiB but storage pool 'home' has only 72 GiB free" in m.text
               for m in wiz.state.messages)  # a dir pool is sparse: a warning, not an error
    type_into(qtbot, page.volume_name, "build.qcow2")
    assert "Storage pool 'home' already has a volume named 'build.qcow2'." in shown(page)
    toggle(qtbot, page.kinds[StorageKind.EXISTING_VOLUME])
    page.existing.volume.setCurrentIndex(page.existing.volume.findText("web01.qcow2"))
    spec = wiz.state.spec.storage
    assert (spec.kind, spec.pool, spec.volume) == (StorageKind.EXISTING_VOLUME, "home", "web01.qcow2")
    toggle(qtbot, page.kinds[StorageKind.FILE])
    image = tmp_path / "disk.qcow2"
    image.write_bytes(b"QFI\xfb")
    type_into(qtbot, page.file.edit, str(image))
    settle(qtbot, wiz)
    assert wiz.state.spec.storage.path == str(image) and shown(page) == []
    toggle(qtbot, page.kinds[StorageKind.NONE])
    assert wiz.state.spec.storage.kind is StorageKind.NONE
    assert "<disk type=\"volume\" device=\"disk\">" not in wiz.summary.xml_text()


def test_an_existing_image_is_taken_in_the_format_it_has(connected, qtbot, tmp_path):
    # Given to the guest in the combo's qcow2, a raw image does not start; a qcow2 one as raw is wrecked.
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").createXML(
        "<volume><name>plain.img</name><capacity unit='GiB'>2</capacity>"
        "<target><format type='raw'/></target></volume>", 0))
    wiz = open_wizard(qtbot, connected)
    page = wiz.storage
    toggle(qtbot, page.kinds[StorageKind.EXISTING_VOLUME])
    page.existing.volume.setCurrentIndex(page.existing.volume.findText("plain.img"))
    qtbot.waitUntil(lambda: wiz.state.spec.storage.format == "raw", timeout=5000)
    assert page.existing_format.currentData() == "raw"
    assert '<driver name="qemu" type="raw"' in wiz.summary.xml_text()
    toggle(qtbot, page.kinds[StorageKind.FILE])
    image = tmp_path / "cloud.img"
    image.write_bytes(b"QFI\xfb" + bytes(60))
    type_into(qtbot, page.file.edit, str(image))
    qtbot.waitUntil(lambda: wiz.state.spec.storage.format == "qcow2", timeout=5000)
    assert page.existing_format.currentData() == "qcow2"


def test_an_image_replaced_at_the_same_path_is_read_again(connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.STORAGE)
    page = wiz.storage
    toggle(qtbot, page.kinds[StorageKind.FILE])
    image = tmp_path / "disk.img"
    image.write_bytes(bytes(64))
    type_into(qtbot, page.file.edit, str(image))
    qtbot.waitUntil(lambda: wiz.state.spec.storage.format == "raw", timeout=5000)
    choose(page.existing_format, "qcow2")  # the user's choice stands while the image is the same
    wiz.back()
    click(qtbot, wiz)
    settle(qtbot, wiz)
    assert wiz.currentId() == PageId.STORAGE and wiz.state.spec.storage.format == "qcow2"
    choose(page.existing_format, "raw")
    image.unlink()
    image.write_bytes(b"QFI\xfb" + bytes(60))  # converted to qcow2 meanwhile, say
    wiz.back()
    click(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.state.spec.storage.format == "qcow2", timeout=5000)
    assert page.existing_format.currentData() == "qcow2"


def test_an_images_format_comes_from_the_host_chosen(registry, connected, qtbot, monkeypatch, tmp_path):
    # The same pool and volume on both hosts, qcow2 on the first, raw on the second.
    from kvmgui.wizards.newvm import page_storage
    from tests.conftest import DEMO_HOST
    from tests.helpers import open_connection

    other_path = tmp_path / "other.xml"
    other_path.write_text(DEMO_HOST.read_text())
    other = open_connection(registry, qtbot, f"test://{other_path}")
    for conn, fmt in ((connected, "qcow2"), (other, "raw")):
        run_in_worker(qtbot, conn, lambda c, fmt=fmt: c.storagePoolLookupByName("home").createXML(
            f"<volume><name>plain.img</name><capacity unit='GiB'>2</capacity>"
            f"<target><format type='{fmt}'/></target></volume>", 0))
    first_host = threading.Event()
    real = page_storage.disk_image_format

    def image_format(c, *args):
        if c.getURI().endswith("host.xml"):
            first_host.wait(10)  # the first host answers late
        return real(c, *args)

    monkeypatch.setattr(page_storage, "disk_image_format", image_format)
    wiz = open_wizard(qtbot, connected, [connected, other])
    page = wiz.storage
    delivered, got = [], page._got_image_format
    page._got_image_format = lambda *args: (delivered.append(args), got(*args))
    try:
        toggle(qtbot, page.kinds[StorageKind.EXISTING_VOLUME])
        page.existing.volume.setCurrentIndex(page.existing.volume.findText("plain.img"))
        wiz.method.connection.setCurrentIndex(1)
        qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=10000)
        assert (wiz.state.spec.storage.pool, page.existing.volume_name()) == ("home", "plain.img")
        qtbot.waitUntil(lambda: page.existing_format.currentData() == "raw", timeout=5000)  # the second's
    finally:
        first_host.set()
    qtbot.waitUntil(lambda: any(image[0] is connected for image, _fmt in delivered),
                    timeout=5000)  # the first host's answer came too
    assert page.existing_format.currentData() == "raw" and wiz.state.spec.storage.format == "raw"


def test_a_cloud_image_shows_the_format_it_has(connected, qtbot, tmp_path):
    # Finish reads the base's format anyway; the page must not say qcow2 for a raw one.
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").createXML(
        "<volume><name>plain.img</name><capacity unit='GiB'>2</capacity>"
        "<target><format type='raw'/></target></volume>", 0))
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[InstallMethod.CLOUD_IMAGE])
    choose(page.base_kind, "volume")
    page.base_volume.volume.setCurrentIndex(page.base_volume.volume.findText("plain.img"))
    qtbot.waitUntil(lambda: page.base_format.currentData() == "raw", timeout=5000)
    assert wiz.state.spec.install.base_format == "raw"
    choose(page.base_kind, "file")
    image = tmp_path / "cloud.img"
    image.write_bytes(b"QFI\xfb" + bytes(60))
    type_into(qtbot, page.base_file.edit, str(image))
    qtbot.waitUntil(lambda: page.base_format.currentData() == "qcow2", timeout=5000)
    assert wiz.state.spec.install.base_format == "qcow2"


def test_a_cloud_image_replaced_at_the_same_path_is_read_again(connected, qtbot, tmp_path):
    # Read once per path, a base converted in place kept "raw" and its old size (the summary's).
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[InstallMethod.CLOUD_IMAGE])
    choose(page.base_kind, "file")
    image = tmp_path / "cloud.img"
    image.write_bytes(bytes(64))
    type_into(qtbot, page.base_file.edit, str(image))
    qtbot.waitUntil(lambda: wiz.state.base_size == 64, timeout=5000)
    assert page.base_format.currentData() == "raw"
    image.unlink()
    image.write_bytes(b"QFI\xfb" + bytes(20) + (10 * GIB).to_bytes(8, "big") + bytes(32))
    click(qtbot, wiz)  # on to the next page: its files are looked at again
    qtbot.waitUntil(lambda: wiz.state.base_size == 10 * GIB, timeout=5000)
    assert page.base_format.currentData() == "qcow2" and wiz.state.spec.install.base_format == "qcow2"


def test_the_summary_gives_a_cloud_images_disk_the_images_size(connected, qtbot):
    # The overlay is made as large as its base (Finish): "of 4 GiB" was not what the VM gets.
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[InstallMethod.CLOUD_IMAGE])
    choose(page.base_kind, "volume")
    page.base_volume.volume.setCurrentIndex(page.base_volume.volume.findText("build.qcow2"))  # 10 GiB
    wiz.storage.disk_size.setValue(4.0)
    qtbot.waitUntil(lambda: "of 10 GiB in pool home" in wiz.summary.overview.text(), timeout=5000)
    wiz.storage.disk_size.setValue(12.0)
    assert "of 12 GiB in pool home" in wiz.summary.overview.text()


def test_a_disk_smaller_than_the_cloud_image_is_said_on_the_storage_page(connected, qtbot):
    # The Size box said 4 GiB; Finish makes the overlay as large as its 10 GiB base.
    wiz = open_wizard(qtbot, connected)
    page = wiz.method
    toggle(qtbot, page.method_buttons[InstallMethod.CLOUD_IMAGE])
    choose(page.base_kind, "volume")
    page.base_volume.volume.setCurrentIndex(page.base_volume.volume.findText("build.qcow2"))  # 10 GiB
    wiz.storage.disk_size.setValue(4.0)
    said = "The cloud image is 10 GiB: the new disk gets that size, not less."
    qtbot.waitUntil(lambda: said in shown(wiz.storage), timeout=5000)
    assert wiz.storage.isComplete()  # a warning: the user may go on
    wiz.storage.disk_size.setValue(12.0)
    assert said not in shown(wiz.storage)


def test_import_and_cloud_image_need_their_kind_of_disk(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.IMPORT_DISK])
    assert "Choose the existing disk image or volume to import." in shown(wiz.storage)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.CLOUD_IMAGE])
    toggle(qtbot, wiz.storage.kinds[StorageKind.NONE])
    assert any(t.startswith("A cloud image needs a new volume") for t in shown(wiz.storage))
    toggle(qtbot, wiz.storage.kinds[StorageKind.NEW_VOLUME])
    assert not wiz.storage.format.isEnabled()  # an overlay is always qcow2
    assert "stays unchanged" in wiz.storage.note.text()


VG0 = """<pool type='logical'><name>vg0</name><source><name>vg0</name><format type='lvm2'/></source>
<target><path>/dev/vg0</path></target></pool>"""
SAN = """<pool type='iscsi'><name>san</name><source><host name='san.example.org'/>
<device path='iqn.2024-01.org.example:disks'/></source>
<target><path>/dev/disk/by-path</path></target></pool>"""


def add_pools(qtbot, conn, *xmls):
    def make(c):
        for xml in xmls:
            c.storagePoolDefineXML(xml, 0).create(0)

    run_in_worker(qtbot, conn, make)


def test_the_format_follows_the_pool(connected, qtbot):
    add_pools(qtbot, connected, VG0, SAN)
    wiz = open_wizard(qtbot, connected)
    page = wiz.storage
    pools = [page.pool.itemData(i) for i in range(page.pool.count())]
    assert pools == ["home", "vg0"]  # an iSCSI pool makes no volumes: not offered
    assert page.format.isEnabled() and page.format.currentData() == "qcow2"
    choose(page.pool, "vg0")
    spec = wiz.state.spec.storage
    assert (spec.pool, spec.format) == ("vg0", "raw")
    assert not page.format.isEnabled() and page.format.currentData() == "raw"
    assert page.note.text() == ("The volumes of storage pool vg0 (LVM volume group) have no file format: "
                                "the new disk is raw.")
    assert shown(page) == [] and page.isComplete()
    disk = '<driver name="qemu" type="raw"/>\n      <source pool="vg0" volume="linux.img"/>'
    assert disk in wiz.summary.xml_text()
    choose(page.pool, "home")  # the user's own choice comes back
    assert (spec.format, page.format.currentData()) == ("qcow2", "qcow2") and page.format.isEnabled()
    choose(page.format, "raw")
    choose(page.pool, "vg0")
    choose(page.pool, "home")
    assert spec.format == "raw"


def test_the_note_shows_a_pools_name_literally(connected, qtbot):
    from xml.sax.saxutils import escape

    from tests.unit.test_literal_names import NAME, label_shows

    add_pools(qtbot, connected, VG0.replace("<name>vg0</name>", f"<name>{escape(NAME)}</name>", 1))
    wiz = open_wizard(qtbot, connected)
    page = wiz.storage
    choose(page.pool, NAME)
    assert label_shows(page.note) == (f"The volumes of storage pool {NAME} (LVM volume group) have no "
                                      "file format: the new disk is raw.")


def test_a_pool_of_devices_becomes_raw_when_it_is_the_hosts_default(connected, qtbot):
    add_pools(qtbot, connected, VG0.replace("vg0</name>", "default</name>", 1))
    wiz = open_wizard(qtbot, connected)
    assert (wiz.state.spec.storage.pool, wiz.state.spec.storage.format) == ("default", "raw")
    assert wiz.storage.format.currentData() == "raw" and not wiz.storage.format.isEnabled()


def test_a_cloud_image_needs_a_pool_of_image_files(connected, qtbot):
    add_pools(qtbot, connected, VG0)
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.CLOUD_IMAGE])
    page = wiz.storage
    choose(page.pool, "vg0")
    settle(qtbot, wiz)
    assert ("A cloud image needs a pool of image files (a directory, file system or network file system): "
            "its disk is a qcow2 overlay, which cannot be a volume of storage pool 'vg0' (LVM volume group)."
            ) in shown(page)
    assert not page.isComplete() and "cloud-needs-file-pool" in codes(wiz, blocking_only=True)
    assert page.pool.property("invalid") is True
    assert page.format.currentData() == "qcow2" and not page.format.isEnabled()  # the overlay
    choose(page.pool, "home")
    settle(qtbot, wiz)
    assert "cloud-needs-file-pool" not in codes(wiz)


def test_a_pool_started_meanwhile_is_taken_as_running(connected, qtbot, tmp_path):
    xml = f"<pool type='dir'><name>lab</name><target><path>{tmp_path}</path></target></pool>"
    run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(xml, 0))
    qtbot.waitUntil(lambda: any(r.name == "lab" for r in connected.pools.records()), timeout=5000)
    wiz = open_wizard(qtbot, connected)
    page = wiz.storage
    choose(page.pool, "lab")
    assert shown(page) == ["Storage pool 'lab' is not running; start it first."]
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("lab").create(0))
    qtbot.waitUntil(lambda: any(r.name == "lab" and r.active for r in connected.pools.records()),
                    timeout=5000)
    qtbot.waitUntil(lambda: shown(page) == [], timeout=5000)
    assert page.isComplete() and page.pool.currentData() == "lab"
    assert page.pool.currentText().startswith("lab — ")  # its free space, as a running pool's


# -- network ------------------------------------------------------------------------------------------------

STOPPED_NET = """<network><name>lab</name><bridge name="virbr7"/>
<ip address="192.168.77.1" netmask="255.255.255.0"/></network>"""


def test_networks_running_first_and_a_stopped_one_can_be_started(connected, qtbot):
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(STOPPED_NET))
    qtbot.waitUntil(lambda: any(r.name == "lab" for r in connected.networks.records()), timeout=5000)
    wiz = open_wizard(qtbot, connected)
    page = wiz.network
    items = [page.source.itemText(i) for i in range(page.source.count())]
    assert items == ["default", "net10", "lab (not running)"]
    page.source.setCurrentIndex(2)
    assert wiz.state.spec.network.source == "lab"
    assert any("'lab' is not running" in t for t in shown(page))
    assert page.start_button.isVisibleTo(page)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("not running" in t for t in shown(page)), timeout=10000)
    assert page.start_result.text() == "lab is running."
    assert not page.start_button.isVisibleTo(page)


def test_typing_a_network_goes_on_through_vm_and_network_events(connected, qtbot):
    """Every VM or network event filled the editable list of networks again: the name
    being typed lost the space just typed, and the cursor jumped to the end."""
    wiz = open_wizard(qtbot, connected)
    page = wiz.network
    edit = page.source.lineEdit()
    edit.clear()
    qtbot.keyClicks(edit, "lab two ")
    edit.setCursorPosition(3)
    with qtbot.waitSignal(wiz.state.hostObjectsChanged, timeout=5000):  # a VM goes (a state changes nothing)
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").undefine())
    assert (page.source.currentText(), edit.cursorPosition()) == ("lab two ", 3)
    with qtbot.waitSignal(wiz.state.hostObjectsChanged, timeout=5000):  # a new network
        run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(STOPPED_NET))
    assert "lab (not running)" in [page.source.itemText(i) for i in range(page.source.count())]
    assert (page.source.currentText(), edit.cursorPosition()) == ("lab two ", 3)
    connected.close()
    qtbot.waitUntil(lambda: connected.state.name == "DISCONNECTED", timeout=5000)
    with qtbot.waitSignal(wiz.state.reloaded, timeout=10000):  # a reconnect loads the pages again
        connected.open()
    assert (page.source.currentText(), edit.cursorPosition()) == ("lab two ", 3)
    qtbot.keyClicks(edit, "x")
    assert page.source.currentText() == "labx two " and wiz.state.spec.network.source == "labx two"


def test_virtual_network_chosen_again_takes_one_the_host_has(connected, qtbot):
    def remove(c):
        net = c.networkLookupByName("default")
        net.destroy()
        net.undefine()

    run_in_worker(qtbot, connected, remove)
    qtbot.waitUntil(lambda: all(r.name != "default" for r in connected.networks.records()), timeout=5000)
    wiz = open_wizard(qtbot, connected)
    page = wiz.network
    assert wiz.state.spec.network.source == "net10"
    choose(page.kind, NetworkKind.BRIDGE)
    choose(page.kind, NetworkKind.VIRTUAL)
    assert page.source.currentText() == "net10" and wiz.state.spec.network.source == "net10"
    assert shown(page) == []


def test_the_automatic_nic_model_follows_the_machine(connected, qtbot, qemu_host):
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    wiz.state.choose_os(GENERIC_WINDOWS)  # no virtio: e1000e on q35, e1000 on i440fx
    assert wiz.network.model.itemText(0) == "Chosen for the OS (e1000e)"
    goto(qtbot, wiz, PageId.ARCH)
    choose(wiz.arch.machine, "pc")
    goto(qtbot, wiz, PageId.NETWORK)
    assert wiz.network.model.itemText(0) == "Chosen for the OS (e1000)"
    assert 'model type="e1000"' in wiz.summary.xml_text()


def test_mac_address_auto_or_given(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.network
    assert not page.mac.isEnabled() and wiz.state.spec.network.mac == ""
    toggle(qtbot, page.own_mac)
    type_into(qtbot, page.mac, "52:54:00:zz:00:01")
    assert shown(page) == ["'52:54:00:zz:00:01' is not a MAC address like 52:54:00:12:34:56."]
    type_into(qtbot, page.mac, "01:00:5e:00:00:01")
    assert shown(page) == ["01:00:5e:00:00:01 is a multicast or all-zero address; use a unicast one."]
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert page.mac.text().startswith("52:54:00:") and shown(page) == []
    assert f'address="{page.mac.text()}"' in wiz.summary.xml_text()


def test_choose_the_mac_stays_ticked_through_a_reconnect(connected, qtbot):
    """Ticked, its field still empty: a reconnect (or an OS chosen by a detection that
    ends late) loads the spec into the pages again, and with no MAC in it the box was
    unticked and the field greyed out just as the user was about to type."""
    wiz = open_wizard(qtbot, connected)
    page = wiz.network
    toggle(qtbot, page.own_mac)
    assert page.own_mac.isChecked() and page.mac.isEnabled()
    connected.close()
    qtbot.waitUntil(lambda: connected.state.name == "DISCONNECTED", timeout=5000)
    with qtbot.waitSignal(wiz.state.reloaded, timeout=10000):  # the facts read anew
        connected.open()
    assert page.own_mac.isChecked() and page.mac.isEnabled()
    qtbot.keyClicks(page.mac, "52:54:00:ab:cd:ef")
    assert wiz.state.spec.network.mac == "52:54:00:ab:cd:ef"


def test_bridge_macvtap_and_none(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.network
    choose(page.kind, NetworkKind.BRIDGE)
    page.source.setEditText("")
    assert shown(page) == ["Choose the network, bridge or device to connect to."]
    page.source.setEditText("br0")
    assert wiz.state.spec.network.kind is NetworkKind.BRIDGE and wiz.state.spec.network.source == "br0"
    choose(page.kind, NetworkKind.MACVTAP)
    page.source.setEditText("eth0")
    choose(page.macvtap_mode, "vepa")
    assert '<source dev="eth0" mode="vepa"/>' in wiz.summary.xml_text()
    choose(page.kind, NetworkKind.NONE)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    assert shown(page) == ["Network boot needs a network connection."]
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.CLOUD_IMAGE])
    assert any("Without a network, cloud-init cannot reach anything" in t for t in shown(page))


def gated_interfaces(monkeypatch, lists):
    """netops.host_interfaces answering ``lists[file of the host's URI]``, each host's
    answer held until its gate is set."""
    gates = {host: threading.Event() for host in lists}

    def interfaces(c, _local):
        host = c.getURI().rsplit("/", 1)[-1]
        gates[host].wait(10)
        return lists[host]

    monkeypatch.setattr(netops, "host_interfaces", interfaces)
    return gates


def test_a_bridge_chosen_before_the_host_interfaces_arrive_gets_the_first(connected, qtbot, monkeypatch):
    gates = gated_interfaces(monkeypatch, {"host.xml": [HostInterface("br5", "bridge"),
                                                        HostInterface("eth0", "ethernet")]})
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.NETWORK)
    page = wiz.network
    choose(page.kind, NetworkKind.BRIDGE)
    assert page.source.currentText() == ""  # nothing known yet
    gates["host.xml"].set()
    qtbot.waitUntil(lambda: page.source.count() == 1, timeout=5000)
    assert page.source.currentText() == "br5" and wiz.state.spec.network.source == "br5"


def test_a_late_answer_from_the_host_left_does_not_offer_its_interfaces(registry, connected, qtbot,
                                                                        monkeypatch, tmp_path):
    from tests.conftest import DEMO_HOST
    from tests.helpers import open_connection

    other_path = tmp_path / "other.xml"
    other_path.write_text(DEMO_HOST.read_text())
    other = open_connection(registry, qtbot, f"test://{other_path}")
    gates = gated_interfaces(monkeypatch, {"host.xml": [HostInterface("br-first", "bridge")],
                                           "other.xml": [HostInterface("br-other", "bridge")]})
    delivered = []
    real_run = connected.run

    def run(fn, *args, done=None, **kwargs):  # notes when the first host's answer got back
        if fn is netops.host_interfaces:
            answer, done = done, lambda r: (answer(r), delivered.append(r))
        return real_run(fn, *args, done=done, **kwargs)

    monkeypatch.setattr(connected, "run", run)
    wiz = open_wizard(qtbot, connected, [connected, other])
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.NETWORK)  # asks the first host, which is slow to answer
    while wiz.currentId() != PageId.METHOD:
        wiz.back()
    wiz.method.connection.setCurrentIndex(1)
    qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=10000)
    goto(qtbot, wiz, PageId.NETWORK)
    page = wiz.network
    choose(page.kind, NetworkKind.BRIDGE)
    gates["other.xml"].set()
    qtbot.waitUntil(lambda: page.source.currentText() == "br-other", timeout=5000)
    gates["host.xml"].set()  # its answer comes last
    qtbot.waitUntil(lambda: delivered != [], timeout=5000)
    assert [page.source.itemText(i) for i in range(page.source.count())] == ["br-other"]
    assert wiz.state.spec.network.source == "br-other"


def test_a_network_removed_meanwhile_is_no_longer_accepted(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.network
    choose(page.source, "net10")
    assert shown(page) == []

    def remove(c):
        net = c.networkLookupByName("net10")
        net.destroy()
        net.undefine()

    run_in_worker(qtbot, connected, remove)
    qtbot.waitUntil(lambda: "network-missing" in codes(wiz, blocking_only=True), timeout=5000)
    assert wiz.state.spec.network.source == "net10"  # what the user chose stays, said to be gone
    assert not page.isComplete()


# -- firmware and display -----------------------------------------------------------------------------------


def test_uefi_lists_the_hosts_firmware_and_secure_boot(connected, qtbot, qemu_host):
    wiz = open_wizard(qtbot, connected)
    page = wiz.firmware
    assert page.status.isHidden()
    toggle(qtbot, page.uefi)
    loaders = [page.loader.itemData(i) for i in range(page.loader.count())]
    assert loaders[0] == "" and "/usr/share/OVMF/OVMF_CODE_4M.secboot.fd" in loaders
    toggle(qtbot, page.secure_boot)
    spec = wiz.state.spec.firmware
    assert (spec.kind, spec.secure_boot) == (Firmware.UEFI, True)
    assert '<feature enabled="yes" name="secure-boot"/>' in wiz.summary.xml_text()
    choose(wiz.arch.machine, "pc")  # i440fx on this host: OVMF without Secure Boot
    settle(qtbot, wiz)
    assert shown(page) == ["This host has no Secure Boot firmware for this machine type."]


def test_the_firmware_follows_the_os_until_chosen_by_hand(connected, qtbot, qemu_host):
    wiz = open_wizard(qtbot, connected)
    state, fw = wiz.state, wiz.state.spec.firmware
    state.choose_os(WIN11)
    assert (fw.kind, fw.secure_boot) == (Firmware.UEFI, True)
    state.choose_os(GENERIC_WINDOWS)  # no UEFI needed: back to the BIOS it had
    assert (fw.kind, fw.secure_boot) == (Firmware.BIOS, False) and wiz.firmware.bios.isChecked()
    toggle(qtbot, wiz.firmware.uefi)  # by hand: OS choices leave it alone from now on
    toggle(qtbot, wiz.firmware.secure_boot)
    state.choose_os(WIN11)
    state.choose_os(GENERIC_WINDOWS)
    assert (fw.kind, fw.secure_boot) == (Firmware.UEFI, True) and wiz.firmware.uefi.isChecked()


def test_an_arm_vm_keeps_uefi_whatever_the_os(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    choose(wiz.arch.arch, "aarch64")
    wiz.state.choose_os(WIN11)
    wiz.state.choose_os(GENERIC_LINUX)
    assert wiz.state.spec.firmware.kind is Firmware.UEFI and wiz.firmware.uefi.isChecked()


def test_display_choices(connected, qtbot, qemu_host):
    wiz = open_wizard(qtbot, connected)
    page = wiz.firmware
    kinds = [page.display.itemData(i) for i in range(page.display.count())]
    assert kinds == [GraphicsType.VNC, GraphicsType.SPICE, GraphicsType.NONE]
    choose(page.display, GraphicsType.SPICE)
    choose(page.listen, "0.0.0.0")
    assert '<graphics type="spice" port="-1" autoport="yes">' in wiz.summary.xml_text()
    assert 'address="0.0.0.0"' in wiz.summary.xml_text()
    choose(page.display, GraphicsType.NONE)
    assert "<graphics" not in wiz.summary.xml_text() and not page.listen.isVisibleTo(page)


def test_demo_host_says_it_does_not_know_its_firmware(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    assert "does not say which firmware" in wiz.firmware.status.text()


# -- name ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "message", "wrong"), [
    ("", "Enter a name for the virtual machine.", False),  # asked for, not marked wrong
    ("web01", "This host already has a virtual machine named 'web01'.", True),
    ("my vm", "Use only letters, digits, '_', '.' and '-' in the name, and do not start it with '.' or '-'.",
     True),
    ("v" * 70, "The name is too long: use at most 64 characters.", True),
])
def test_bad_names_are_refused_in_words(connected, qtbot, text, message, wrong):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.name.name, text)
    assert shown(wiz.name) == [message]
    assert bool(wiz.name.name.property("invalid")) is wrong
    assert not wiz.name.isComplete()
    assert message in wiz.name.name.accessibleDescription()  # a screen reader hears why


def test_a_typed_name_stays_when_the_os_changes(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.name.name, "mine")
    wiz.os_page.list.setCurrentIndex(wiz.os_page.model.index(1))
    assert wiz.state.spec.os.short_id == "generic-windows" and wiz.name.name.text() == "mine"


def test_a_name_freed_meanwhile_can_be_used(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.name.name, "build")
    assert shown(wiz.name) == ["This host already has a virtual machine named 'build'."]
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").undefine())
    qtbot.waitUntil(lambda: shown(wiz.name) == [], timeout=5000)
    assert wiz.name.isComplete()


def test_the_hosts_facts_and_interfaces_are_read_again_after_a_reconnect(connected, qtbot, monkeypatch):
    """Read once at start, they stayed what the host had then: the memory (the host may have
    been rebooted with more), its networks, its interfaces, after the connection came back."""
    from kvmgui.libvirt.connstate import ConnState

    real, memory = newvm_facts.read_host_facts, [16384]
    monkeypatch.setattr(state_module, "read_host_facts", lambda c: replace(real(c), memory_mib=memory[0]))
    ifaces = [[HostInterface("br5", "bridge")]]
    monkeypatch.setattr(netops, "host_interfaces", lambda _c, _local: ifaces[0])
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.NETWORK)
    choose(wiz.network.kind, NetworkKind.BRIDGE)
    qtbot.waitUntil(lambda: wiz.network.source.count() == 1, timeout=5000)
    connected.close()
    qtbot.waitUntil(lambda: connected.state is ConnState.DISCONNECTED, timeout=5000)
    memory[0], ifaces[0] = 32768, [HostInterface("br5", "bridge"), HostInterface("br6", "bridge")]
    connected.open()
    qtbot.waitUntil(lambda: connected.state is ConnState.CONNECTED, timeout=10000)
    qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=10000)
    assert wiz.state.facts.memory_mib == 32768
    assert wiz.cpumem.host.text().startswith("The host has 32 GiB of memory")
    qtbot.waitUntil(lambda: wiz.network.source.count() == 2, timeout=5000)
    assert wiz.state.spec.network.source == "br5"  # the choice stays


def test_another_host_chosen_after_an_lvm_pool_has_a_qcow2_disk_again(registry, connected, qtbot, tmp_path):
    """The LVM pool's raw stayed in the spec: the other host's directory pool got a raw disk
    the user never chose (and the format box kept raw as theirs)."""
    from tests.conftest import DEMO_HOST
    from tests.helpers import open_connection

    other_path = tmp_path / "other.xml"
    other_path.write_text(DEMO_HOST.read_text())
    other = open_connection(registry, qtbot, f"test://{other_path}")
    add_pools(qtbot, connected, VG0)
    wiz = open_wizard(qtbot, connected, [connected, other])
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.STORAGE)
    choose(wiz.storage.pool, "vg0")
    assert wiz.state.spec.storage.format == "raw"
    while wiz.currentId() != PageId.METHOD:
        wiz.back()
    wiz.method.connection.setCurrentIndex(1)
    qtbot.waitUntil(lambda: wiz.state.facts is not None and wiz.state.conn is other, timeout=10000)
    assert wiz.state.spec.storage.pool == "home"
    assert wiz.state.spec.storage.format == "qcow2"
    goto(qtbot, wiz, PageId.STORAGE)
    assert wiz.storage.format.currentData() == "qcow2" and wiz.storage.format.isEnabled()


def test_a_new_volume_after_a_raw_image_was_looked_at_is_qcow2(connected, qtbot):
    """The page took the spec's format as the user's on every reload: a raw image chosen,
    the page entered again, then a new volume chosen after all, made it a raw file."""
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").createXML(
        "<volume><name>plain.img</name><capacity unit='GiB'>2</capacity>"
        "<target><format type='raw'/></target></volume>", 0))
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.STORAGE)
    page = wiz.storage
    toggle(qtbot, page.kinds[StorageKind.EXISTING_VOLUME])
    page.existing.volume.setCurrentIndex(page.existing.volume.findText("plain.img"))
    qtbot.waitUntil(lambda: wiz.state.spec.storage.format == "raw", timeout=5000)
    wiz.back()
    goto(qtbot, wiz, PageId.STORAGE)  # entered again: the page fills in from the spec
    toggle(qtbot, page.kinds[StorageKind.NEW_VOLUME])
    assert wiz.state.spec.storage.format == "qcow2" and page.format.currentData() == "qcow2"


def test_a_host_bridge_a_network_forwards_to_is_offered(connected, qtbot, monkeypatch):
    # Every bridge a libvirt network named was left out of the Host bridge list, br0 of a
    # <forward mode='bridge'> network too, though it is the host's (the network wizard
    # leaves out only the bridges libvirt makes, as virbr0).
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>"))
    qtbot.waitUntil(lambda: any(r.name == "lan" for r in connected.networks.records()),
                    timeout=5000)
    bridges = [HostInterface("br0", "bridge"), HostInterface("virbr0", "bridge")]
    monkeypatch.setattr(netops, "host_interfaces", lambda _c, _local: bridges)
    wiz = open_wizard(qtbot, connected)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.PXE])
    goto(qtbot, wiz, PageId.NETWORK)
    page = wiz.network
    choose(page.kind, NetworkKind.BRIDGE)
    qtbot.waitUntil(lambda: page._ifaces == bridges, timeout=5000)
    assert [page.source.itemData(i) for i in range(page.source.count())] == ["br0"]
