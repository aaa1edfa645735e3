"""The new-VM wizard, driven through its widgets, against a real isolated libvirtd + QEMU
host: it creates a VM from the tiny guest's kernel and initrd (direct kernel boot) on a
new volume and a NAT network, with a cloud-init seed it made; the VM boots and gets a DHCP
lease, the seed is attached as a CD-ROM and reads back equal to what was entered; and a
failure at define leaves no volume behind.

The VMs run under plain QEMU emulation (TCG), chosen on the Architecture page: under the
nested KVM of the test machines QEMU 7.2 dies with the host CPU modes and hangs with the
default one (found by the finish job's author; tests/integration/test_newvm_job.py)."""

from __future__ import annotations

import pytest
import yaml
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kvmgui.cloudinit.crypt import verify_password
from kvmgui.cloudinit.seed import read_iso
from kvmgui.cloudinit.userdata import seed_files
from kvmgui.libvirt.newvm import download_bytes
from kvmgui.wizards.newvm.wizard import NewVmWizard, PageId
from kvmgui.xml.newvm_spec import DomainType, InstallMethod
from tests.helpers import open_connection, run_in_worker, type_into
from tests.integration.helpers import create_nat_network, domain_macs, wait_for_lease
from tests.unit.xml.newvm_cases import KEY

pytestmark = pytest.mark.integration

NET, BRIDGE, SUBNET = "wiz-nat", "wzbr0", "192.168.78.0/24"
POOL, POOL_DIR = "images", "/var/lib/libvirt/images"
NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


def prepare(host) -> None:
    create_nat_network(host, NET, BRIDGE, SUBNET)
    host.virsh("pool-define-as", POOL, "dir", "--target", POOL_DIR)
    host.virsh("pool-start", POOL)


def settle(qtbot, wiz):
    qtbot.waitUntil(lambda: not any(m.blocks and not m.text for m in wiz.state.messages), timeout=30000)


def click(qtbot, wiz, which=NEXT):
    settle(qtbot, wiz)
    button = wiz.button(which)
    assert button.isEnabled(), [m.text for m in wiz.state.messages if m.blocks]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def goto(qtbot, wiz, page_id):
    while wiz.currentId() != page_id:
        before = wiz.currentId()
        click(qtbot, wiz)
        assert wiz.currentId() != before


def fill(qtbot, wiz, assets, name, *, cloud_init: bool):
    """Kernel boot of the tiny guest, emulated, on a new volume in "images" and the NAT network."""
    method = wiz.method
    method.method_buttons[InstallMethod.KERNEL].click()
    type_into(qtbot, method.kernel.edit, str(assets.kernel))
    type_into(qtbot, method.initrd.edit, str(assets.initrd))
    type_into(qtbot, method.cmdline, f"console=ttyS0 quiet panic=-1 kvmgui.name={name}")
    goto(qtbot, wiz, PageId.ARCH)
    wiz.arch.qemu.click()  # TCG: see the module docstring
    assert wiz.state.spec.domain_type is DomainType.QEMU
    goto(qtbot, wiz, PageId.CPUMEM)
    wiz.cpumem.memory.setValue(256)
    wiz.cpumem.vcpus.setValue(1)
    goto(qtbot, wiz, PageId.STORAGE)
    wiz.storage.pool.setCurrentIndex(wiz.storage.pool.findData(POOL))
    wiz.storage.disk_size.setValue(0.1)
    goto(qtbot, wiz, PageId.NETWORK)
    wiz.network.source.setCurrentIndex(wiz.network.source.findData(NET))
    assert wiz.state.spec.network.source == NET
    goto(qtbot, wiz, PageId.CLOUDINIT)
    if cloud_init:
        page = wiz.cloudinit
        page.enabled.click()
        type_into(qtbot, page.hostname, name)
        type_into(qtbot, page.user, "alice")
        type_into(qtbot, page.password, "tiny guest")
        type_into(qtbot, page.password_again, "tiny guest")
        page.ssh_keys.setPlainText(KEY)
    goto(qtbot, wiz, PageId.NAME)
    type_into(qtbot, wiz.name.name, name)
    goto(qtbot, wiz, PageId.SUMMARY)
    settle(qtbot, wiz)


def open_wizard(qtbot, conn):
    wiz = NewVmWizard([conn], conn)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=30000)
    assert wiz.state.facts.pools[POOL].active and wiz.state.facts.networks[NET]
    return wiz


def test_wizard_vm_boots_gets_a_lease_and_its_seed_reads_back(isolated_host, guest_assets, registry,
                                                            qtbot):
    host = isolated_host
    prepare(host)
    conn = open_connection(registry, qtbot, host.uri)
    wiz = open_wizard(qtbot, conn)
    fill(qtbot, wiz, guest_assets, "wizboot", cloud_init=True)
    spec = wiz.state.copy_spec()  # what the wizard's job will use
    with qtbot.waitSignal(wiz.created, timeout=180000) as created:
        click(qtbot, wiz, FINISH)
    result = created.args[1]
    assert result.started and result.name == "wizboot"

    (mac,) = domain_macs(host, "wizboot")
    lease = wait_for_lease(host, NET, mac, timeout=180)
    assert lease.hostname == "wizboot"

    # The seed is a CD-ROM of the running VM…
    live = etree.fromstring(host.virsh("dumpxml", "wizboot").encode())
    cdroms = [d for d in live.iterfind("devices/disk") if d.get("device") == "cdrom"]
    assert [(d.find("source").get("pool"), d.find("source").get("volume")) for d in cdroms] == [
        (POOL, "wizboot-cidata.iso")]
    assert cdroms[0].find("readonly") is not None
    # … and reads back, through a libvirt stream, equal to what was entered.
    data = run_in_worker(qtbot, conn, download_bytes, POOL, "wizboot-cidata.iso")
    label, files = read_iso(data)
    assert label == "cidata"
    user_data = yaml.safe_load(files["user-data"])
    (user,) = user_data["users"]
    # The Finish job hashes the typed password (a random salt): the seed is the spec's
    # with that hash.
    assert spec.cloud_init.password == "tiny guest" and not spec.cloud_init.password_hash
    spec.cloud_init.password_hash, spec.cloud_init.password = user["passwd"], ""
    expected = seed_files(spec)
    assert files["meta-data"] == expected["meta-data"] and files["user-data"] == expected["user-data"]
    assert (user["name"], user["ssh_authorized_keys"]) == ("alice", [KEY])
    assert verify_password("tiny guest", user["passwd"])  # stored only as its SHA-512 hash
    assert "tiny guest" not in files["user-data"].decode()
    assert yaml.safe_load(files["meta-data"])["local-hostname"] == "wizboot"


def test_failure_at_define_leaves_no_volume(isolated_host, guest_assets, registry, qtbot):
    host = isolated_host
    prepare(host)
    conn = open_connection(registry, qtbot, host.uri)
    wiz = open_wizard(qtbot, conn)
    fill(qtbot, wiz, guest_assets, "broken", cloud_init=False)
    # The XML tab, edited by hand: an emulator that is not there; libvirt refuses the define.
    wiz.summary.tabs.setCurrentIndex(1)
    wiz.summary.hand_edit.click()
    text = wiz.summary.xml.toPlainText().replace(
        "<devices>", "<devices>\n    <emulator>/nonexistent/qemu-system-x86_64</emulator>", 1)
    wiz.summary.xml.setPlainText(text)
    settle(qtbot, wiz)
    with qtbot.waitSignal(wiz.installFailed, timeout=180000) as failed:
        click(qtbot, wiz, FINISH)
    assert "nonexistent" in failed.args[0]  # libvirt's own message
    pool = run_in_worker(qtbot, conn, lambda c: (c.storagePoolLookupByName(POOL).refresh(0),
                                                 c.storagePoolLookupByName(POOL).listVolumes())[1])
    assert pool == []
    assert list(host.state_path(POOL_DIR).iterdir()) == []
    assert "broken" not in host.virsh("list", "--all", "--name").split()
    assert wiz.isVisible() and wiz.name.name.text() == "broken"  # the input is intact
