"""The new-VM worker functions on a private test-driver host: host facts, and the
finish job with its rollback on failure and on cancel. (Streams, which the test
driver lacks, are covered in tests/integration/test_newvm_job.py.)"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import libvirt
import pytest
from lxml import etree

from kvmgui.libvirt.newvm import (
    Cancelled,
    FinishStep,
    PoolUnfitError,
    finish_new_vm,
)
from kvmgui.libvirt.newvm_facts import read_domain_caps, read_host_facts
from kvmgui.libvirt.newvm_taken import NameTakenError
from kvmgui.libvirt.newvm_undo import RollbackIncompleteError
from kvmgui.libvirt.volops import create_in_pool as create_volume
from kvmgui.xml.newvm_build import domain_xml
from kvmgui.xml.newvm_problems import Code
from kvmgui.xml.newvm_spec import GIB, InstallMethod, NewVmSpec, StorageKind
from kvmgui.xml.newvm_validate import validate_new_vm
from tests.helpers import FakeError, meet, run_in_worker
from tests.unit.xml.newvm_cases import KEY


def in_worker(fn, *args, **kwargs):
    """kvmgui's libvirt calls must not run on the GUI (main) thread."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args, **kwargs).result(timeout=60)


@pytest.fixture
def conn(test_host):
    c = libvirt.open(test_host)
    yield c
    c.close()


def volumes(conn, pool="home"):
    return set(conn.storagePoolLookupByName(pool).listVolumes())


def spec(name="new1", **changes) -> NewVmSpec:
    s = NewVmSpec(name=name)
    s.install.iso_path = "/home/iso/debian.iso"
    s.storage.pool = "home"
    s.storage.capacity_bytes = 8 * GIB
    for key, value in changes.items():
        setattr(s, key, value)
    return s


def run_job(conn, s, **kwargs):
    steps = []
    result = in_worker(finish_new_vm, conn, s, progress=steps.append, **kwargs)
    return result, steps


def test_host_facts_through_a_connection(qtbot, connected):
    facts = run_in_worker(qtbot, connected, read_host_facts)
    assert facts.local and facts.uri.startswith("test://")
    assert facts.memory_mib == 16384 and facts.cpus == 8
    assert not facts.kvm  # the test driver has no kvm domain type
    assert facts.default_domain_type.value == "qemu"
    assert {"web01", "db01", "build"} <= facts.existing_names
    home = facts.pools["home"]
    assert home.active and home.type == "dir" and home.available_bytes == 72 * GIB
    assert {"web01.qcow2", "db01.qcow2"} <= home.volumes
    assert facts.networks == {"default": True, "net10": True}
    assert facts.caps.host_arch == "i686"
    assert facts.max_vcpus  # the test driver answers getMaxVcpus


def test_a_far_hosts_facts_are_read_side_by_side_and_read_the_same(conn, monkeypatch):
    """One by one, the wizard waited a round trip per call: 5.4 s and more behind a
    300 ms link before it could check anything. A far host's facts are now read in two
    waves of calls side by side (the listings, then what they list), and read the same
    as this machine's one by one, an inactive pool and network included."""
    from kvmgui.libvirt import fanout

    conn.storagePoolDefineXML(
        "<pool type='dir'><name>spare</name><target><path>/spare</path></target></pool>")
    conn.networkDefineXML("<network><name>idle</name><bridge name='virbr7'/></network>")
    here = in_worker(read_host_facts, conn)
    assert not here.pools["spare"].active and here.networks["idle"] is False
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    meet(monkeypatch, [(libvirt.virConnect, "getCapabilities"), (libvirt.virConnect, "getInfo"),
                       (libvirt.virConnect, "listAllDomains"),
                       (libvirt.virConnect, "listAllStoragePools")])
    meet(monkeypatch, [(libvirt.virStoragePool, name)
                       for name in ("isActive", "XMLDesc", "info", "listAllVolumes")])
    assert in_worker(read_host_facts, conn) == here


def test_facts_make_a_validation_context(conn):
    facts = in_worker(read_host_facts, conn)
    s = spec(name="web01")
    s.storage.volume = "db01.qcow2"
    s.memory_mib = 20000
    codes = {p.code.value for p in validate_new_vm(s, facts.context(s))}
    assert {"name-taken", "volume-exists", "memory-above-host", "path-missing"} <= codes


def test_no_domain_capabilities_on_the_test_driver(conn):
    assert in_worker(read_domain_caps, conn, "i686", "", "test") is None


def test_finish_creates_defines_and_starts(conn):
    s = spec()
    result, steps = run_job(conn, s)
    assert steps == [FinishStep.CREATE_DISK, FinishStep.DEFINE, FinishStep.START]
    assert result.name == "new1" and result.started
    dom = conn.lookupByName("new1")
    assert dom.isActive() and dom.UUIDString() == result.uuid
    vol = conn.storagePoolLookupByName("home").storageVolLookupByName("new1.qcow2")
    assert vol.info()[1] == 8 * GIB
    assert result.volumes == (vol.path(),)
    root = etree.fromstring(dom.XMLDesc(0).encode())
    assert root.find("devices/disk/source").get("volume") == "new1.qcow2"


def test_finish_with_autostart_and_without_start(conn):
    result, steps = run_job(conn, spec(autostart=True, start=False))
    assert steps == [FinishStep.CREATE_DISK, FinishStep.DEFINE, FinishStep.AUTOSTART]
    dom = conn.lookupByName("new1")
    assert dom.autostart() == 1 and not dom.isActive() and not result.started


def test_existing_disk_creates_no_volume(conn):
    s = spec(storage=None)
    s.storage = spec().storage
    s.storage.kind, s.storage.volume = StorageKind.EXISTING_VOLUME, "build.qcow2"
    before = volumes(conn)
    _result, steps = run_job(conn, s)
    assert FinishStep.CREATE_DISK not in steps
    assert volumes(conn) == before


def test_define_failure_removes_the_volume(conn):
    before = volumes(conn)
    web01 = conn.lookupByName("web01").UUIDString()
    xml = domain_xml(spec(uuid=web01))  # libvirt refuses: web01 has that UUID
    steps = []
    with pytest.raises(libvirt.libvirtError) as err:
        in_worker(finish_new_vm, conn, spec(), xml=xml, progress=steps.append)
    assert "already defined with uuid" in err.value.get_error_message()
    assert steps == [FinishStep.CREATE_DISK, FinishStep.DEFINE, FinishStep.ROLLBACK]
    assert volumes(conn) == before


@pytest.mark.parametrize("name", ["build", "web01"])
def test_the_xml_of_an_existing_vm_never_replaces_it(conn, name, monkeypatch):
    """A VM's own XML (its name and UUID) pasted as the new VM's: libvirt's define replaced
    that VM, and when the start then failed the undo undefined it (a shut-off VM was gone,
    a running one left transient), the words saying everything created was removed."""
    dom = conn.lookupByName(name)
    xml, was = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE), dom.isActive()
    before = volumes(conn)

    def refuse(self, *args):
        raise FakeError("cannot start: no")

    monkeypatch.setattr(libvirt.virDomain, "create", refuse)
    steps = []
    with pytest.raises(NameTakenError) as err:
        in_worker(finish_new_vm, conn, spec(), xml=xml, progress=steps.append)
    assert err.value.words.english() == f"This host already has a virtual machine named '{name}'."
    assert steps == []  # refused before anything was made
    assert volumes(conn) == before
    dom = conn.lookupByName(name)
    assert dom.isPersistent() and dom.isActive() == was
    assert dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE) == xml


def test_edited_xml_is_defined_and_its_errors_roll_back(conn):
    before = volumes(conn)
    xml = domain_xml(spec()).replace("<name>new1</name>", "<name>x</name><nonsense/>")
    steps = []
    with pytest.raises(libvirt.libvirtError):
        in_worker(finish_new_vm, conn, spec(), xml=xml, progress=steps.append)
    assert steps == [FinishStep.CREATE_DISK, FinishStep.DEFINE, FinishStep.ROLLBACK]
    assert volumes(conn) == before
    assert "x" not in conn.listDefinedDomains()


def test_start_failure_undefines_and_removes_the_volume(conn, monkeypatch):
    before = volumes(conn)

    def refuse(self, *args):
        raise FakeError("network 'default' is not active")

    monkeypatch.setattr(libvirt.virDomain, "create", refuse)
    with pytest.raises(libvirt.libvirtError, match="not active"):
        in_worker(finish_new_vm, conn, spec())
    assert "new1" not in conn.listDefinedDomains()
    assert volumes(conn) == before


def test_a_vm_that_cannot_be_undefined_keeps_its_disk(conn, monkeypatch):
    # Deleting the volume would leave a defined VM whose disk is gone.
    def refuse(self, *args):
        raise FakeError("network 'default' is not active")

    def stuck(self, flags=0):
        raise FakeError("cannot undefine: the domain is locked")

    monkeypatch.setattr(libvirt.virDomain, "create", refuse)
    monkeypatch.setattr(libvirt.virDomain, "undefineFlags", stuck)
    with pytest.raises(RollbackIncompleteError) as err:
        in_worker(finish_new_vm, conn, spec())
    assert err.value.left == ("new1", "new1.qcow2")
    assert "new1" in conn.listDefinedDomains()
    assert "new1.qcow2" in volumes(conn)


def test_cancel_between_steps_undoes_everything(conn):
    before = volumes(conn)
    cancel = threading.Event()
    steps = []

    def progress(step):
        steps.append(step)
        if step is FinishStep.DEFINE:
            cancel.set()  # the user pressed Cancel while it was defining

    with pytest.raises(Cancelled):
        in_worker(finish_new_vm, conn, spec(), cancel=cancel, progress=progress)
    assert steps == [FinishStep.CREATE_DISK, FinishStep.DEFINE, FinishStep.ROLLBACK]
    assert "new1" not in conn.listDefinedDomains()
    assert volumes(conn) == before


def test_cancel_during_the_last_step_undoes_everything(conn):
    # The dialog said "Cancelling: removing what was created…": the VM must not stay.
    before = volumes(conn)
    cancel = threading.Event()
    steps = []

    def progress(step):
        steps.append(step)
        if step is FinishStep.START:
            cancel.set()  # pressed while the VM was starting

    with pytest.raises(Cancelled):
        in_worker(finish_new_vm, conn, spec(), cancel=cancel, progress=progress)
    assert steps == [FinishStep.CREATE_DISK, FinishStep.DEFINE, FinishStep.START, FinishStep.ROLLBACK]
    assert "new1" not in conn.listDefinedDomains() and "new1" not in in_worker(
        lambda: [d.name() for d in conn.listAllDomains(0)])
    assert volumes(conn) == before


def test_a_vm_that_stopped_by_itself_is_still_removed(conn, monkeypatch):
    # Cancel pressed while it started; the guest then powered off before the undo's destroy.
    before = volumes(conn)
    cancel = threading.Event()
    real_destroy = libvirt.virDomain.destroy

    def progress(step):
        if step is FinishStep.START:
            cancel.set()

    def stopped_already(self):
        real_destroy(self)  # it stopped by itself
        raise FakeError("Requested operation is not valid: domain is not running",
                        libvirt.VIR_ERR_OPERATION_INVALID)

    monkeypatch.setattr(libvirt.virDomain, "destroy", stopped_already)
    with pytest.raises(Cancelled):
        in_worker(finish_new_vm, conn, spec(), cancel=cancel, progress=progress)
    assert "new1" not in in_worker(lambda: [d.name() for d in conn.listAllDomains(0)])
    assert volumes(conn) == before


def test_cancel_before_anything(conn):
    cancel = threading.Event()
    cancel.set()
    before = volumes(conn)
    with pytest.raises(Cancelled):
        in_worker(finish_new_vm, conn, spec(), cancel=cancel)
    assert volumes(conn) == before


def test_cloud_image_overlay_and_seed_roll_back_when_the_upload_fails(conn):
    """The test driver cannot upload: the job must remove the overlay and the seed volume."""
    s = spec(name="cloud1")
    s.install.method = InstallMethod.CLOUD_IMAGE
    s.install.base_pool, s.install.base_volume = "home", "build.qcow2"
    s.storage.capacity_bytes = 4 * GIB  # smaller than the 10 GiB base: the overlay takes the base's size
    s.cloud_init.user, s.cloud_init.ssh_keys = "alice", [KEY]
    made = []

    def plugged(c, pool, xml):  # the storage layer's function plugs in the same way
        made.append((pool, etree.fromstring(xml.encode())))
        return create_volume(c, pool, xml)

    before = volumes(conn)
    steps = []
    with pytest.raises(libvirt.libvirtError) as err:
        in_worker(finish_new_vm, conn, s, progress=steps.append, create_volume=plugged)
    assert err.value.get_error_code() == libvirt.VIR_ERR_NO_SUPPORT
    assert steps == [FinishStep.CREATE_DISK, FinishStep.UPLOAD_SEED, FinishStep.ROLLBACK]
    (pool1, disk), (pool2, seed) = made
    assert (pool1, pool2) == ("home", "home")
    assert disk.findtext("name") == "cloud1.qcow2"
    assert disk.findtext("backingStore/path") == "/home/build.qcow2"
    assert disk.find("target/format").get("type") == "qcow2"
    assert int(disk.findtext("capacity")) == 10 * GIB
    assert seed.findtext("name") == "cloud1-cidata.iso" and int(seed.findtext("capacity")) % 2048 == 0
    assert volumes(conn) == before


def test_a_seed_and_disk_the_users_xml_no_longer_uses_are_not_made(conn):
    """The cloud-init drive removed before install: no seed is built or uploaded (the test
    driver cannot upload, so an upload would fail); the disk removed too: no volume."""
    s = spec(name="cloud2")
    s.install.method = InstallMethod.CLOUD_IMAGE
    s.install.base_pool, s.install.base_volume = "home", "build.qcow2"
    s.cloud_init.user, s.cloud_init.ssh_keys = "alice", [KEY]
    root = etree.fromstring(domain_xml(s).encode())
    seed = root.find("devices/disk[@device='cdrom']")
    seed.getparent().remove(seed)
    before = volumes(conn)
    result, steps = run_job(conn, s, xml=etree.tostring(root, encoding="unicode"))
    assert steps == [FinishStep.CREATE_DISK, FinishStep.DEFINE, FinishStep.START]
    assert volumes(conn) == before | {"cloud2.qcow2"}
    disk = root.find("devices/disk[@device='disk']")
    disk.getparent().remove(disk)
    root.find("name").text = "cloud3"
    result, steps = run_job(conn, s, xml=etree.tostring(root, encoding="unicode"))
    assert steps == [FinishStep.DEFINE, FinishStep.START] and result.volumes == ()
    assert volumes(conn) == before | {"cloud2.qcow2"}


def cloud_overlay(conn, s):
    """The overlay volume's XML the job asks for (it then fails at the upload, which the
    test driver cannot do, and removes it)."""
    s.install.method = InstallMethod.CLOUD_IMAGE
    s.cloud_init.user, s.cloud_init.ssh_keys = "alice", [KEY]
    made = []
    with pytest.raises(libvirt.libvirtError):
        in_worker(finish_new_vm, conn, s, create_volume=recorder(made))
    return made[0][1]


def test_a_raw_base_volume_is_named_raw_under_the_overlay(conn):
    # The wizard's format is qcow2 by default; libvirt knows the volume is raw.
    in_worker(conn.storagePoolLookupByName("home").createXML,
              "<volume><name>base.img</name><capacity unit='GiB'>3</capacity>"
              "<target><format type='raw'/></target></volume>", 0)
    s = spec(name="cloud1")
    s.install.base_pool, s.install.base_volume = "home", "base.img"
    disk = cloud_overlay(conn, s)
    assert disk.find("backingStore/format").get("type") == "raw"
    assert int(disk.findtext("capacity")) == 8 * GIB


@pytest.mark.parametrize("qcow2", [False, True])
def test_a_base_file_in_no_pool_gives_the_overlay_its_format_and_size(conn, tmp_path, qcow2):
    # A 10 GiB image under a 4 GiB overlay: the guest would see its disk cut short.
    base = tmp_path / "cloud.img"
    with base.open("wb") as image:
        if qcow2:
            image.write(b"QFI\xfb" + (3).to_bytes(4, "big") + bytes(16) + (10 * GIB).to_bytes(8, "big"))
        else:
            image.truncate(10 * GIB)
    s = spec(name="cloud1")
    s.install.base_path = str(base)
    s.install.base_format = "raw" if qcow2 else "qcow2"  # the wizard's guess, wrong either way
    s.storage.capacity_bytes = 4 * GIB
    disk = cloud_overlay(conn, s)
    assert disk.findtext("backingStore/path") == str(base)
    assert disk.find("backingStore/format").get("type") == ("qcow2" if qcow2 else "raw")
    assert int(disk.findtext("capacity")) == 10 * GIB


def test_missing_pool_fails_before_anything_is_made(conn):
    s = spec()
    s.storage.pool = "nope"
    with pytest.raises(libvirt.libvirtError):
        in_worker(finish_new_vm, conn, s)
    assert "new1" not in conn.listDefinedDomains()


VG0 = """<pool type='logical'><name>vg0</name><source><name>vg0</name><format type='lvm2'/></source>
<target><path>/dev/vg0</path></target></pool>"""
SAN = """<pool type='iscsi'><name>san</name><source><host name='san.example.org'/>
<device path='iqn.2024-01.org.example:disks'/></source>
<target><path>/dev/disk/by-path</path></target></pool>"""


def add_pool(conn, xml):
    def make(c):
        c.storagePoolDefineXML(xml, 0).create(0)

    in_worker(make, conn)


def recorder(made):
    def plugged(c, pool, xml):
        made.append((pool, etree.fromstring(xml.encode())))
        return create_volume(c, pool, xml)

    return plugged


def main_disk(conn, name):
    root = etree.fromstring(in_worker(lambda: conn.lookupByName(name).XMLDesc(0)).encode())
    return root, root.find("devices/disk[@device='disk']")


@pytest.mark.parametrize("edited", [False, True])
def test_a_disk_in_an_lvm_pool_is_raw_in_the_volume_and_the_domain(conn, edited):
    add_pool(conn, VG0)
    s = spec()
    s.storage.pool = "vg0"  # the format stays qcow2: the wizard did not fit it (the safety net)
    xml = domain_xml(s).replace("<name>new1</name>", "<name>new1</name><title>by hand</title>")
    made = []
    result, steps = run_job(conn, s, xml=xml if edited else None, create_volume=recorder(made))
    assert steps == [FinishStep.CREATE_DISK, FinishStep.DEFINE, FinishStep.START] and result.started
    ((pool, vol),) = made
    assert pool == "vg0" and vol.findtext("name") == "new1.qcow2"  # the name the XML names
    assert vol.find("target/format") is None and vol.find("allocation") is None  # an LV: no format
    root, disk = main_disk(conn, "new1")
    assert disk.find("driver").get("type") == "raw"
    assert disk.find("source").get("pool") == "vg0" and disk.find("source").get("volume") == "new1.qcow2"
    assert (root.findtext("title") == "by hand") is edited  # the user's XML, kept
    assert s.storage.format == "qcow2"  # the caller's spec is not changed


def test_a_cloud_image_in_an_lvm_pool_is_refused_before_anything_is_made(conn):
    add_pool(conn, VG0)
    s = spec(name="cloud1")
    s.install.method = InstallMethod.CLOUD_IMAGE
    s.install.base_pool, s.install.base_volume = "home", "build.qcow2"
    s.storage.pool = "vg0"
    s.cloud_init.user, s.cloud_init.ssh_keys = "alice", [KEY]
    before = volumes(conn), volumes(conn, "vg0")
    made, steps = [], []
    with pytest.raises(PoolUnfitError) as err:
        in_worker(finish_new_vm, conn, s, xml=domain_xml(s), progress=steps.append,
                  create_volume=recorder(made))
    assert [p.code for p in err.value.problems] == [Code.CLOUD_NEEDS_FILE_POOL]
    assert "a qcow2 overlay, which cannot be a volume of storage pool 'vg0'" in str(err.value)
    assert made == [] and steps == []  # no "Removing what was created…" either
    assert (volumes(conn), volumes(conn, "vg0")) == before
    assert "cloud1" not in in_worker(conn.listDefinedDomains)


def test_a_pool_that_makes_no_volumes_is_refused_before_anything_is_made(conn):
    add_pool(conn, SAN)
    s = spec()
    s.storage.pool = "san"
    made = []
    with pytest.raises(PoolUnfitError) as err:
        in_worker(finish_new_vm, conn, s, create_volume=recorder(made))
    assert [p.code for p in err.value.problems] == [Code.POOL_NO_NEW_VOLUMES]
    assert made == [] and volumes(conn, "san") == set()
    assert "new1" not in in_worker(conn.listDefinedDomains)


def test_kvm_detection_follows_the_capabilities(conn):
    from pathlib import Path

    from kvmgui.libvirt.newvm_facts import kvm_usable
    from kvmgui.xml.capabilities import parse_capabilities

    data = Path(__file__).resolve().parents[2] / "data" / "caps" / "qemu-7.2-x86_64-caps.xml"
    with_kvm = parse_capabilities(data.read_text())
    # The test driver has no domain capabilities: the capabilities decide.
    assert in_worker(kvm_usable, conn, with_kvm) is True
    own = parse_capabilities(in_worker(conn.getCapabilities))
    assert in_worker(kvm_usable, conn, own) is False


def test_kvm_refused_by_the_daemon(conn, monkeypatch):
    from pathlib import Path

    from kvmgui.libvirt.newvm_facts import kvm_usable
    from kvmgui.xml.capabilities import parse_capabilities

    data = Path(__file__).resolve().parents[2] / "data" / "caps" / "qemu-7.2-x86_64-caps.xml"

    class Unsupported(FakeError):
        def get_error_code(self):
            return libvirt.VIR_ERR_CONFIG_UNSUPPORTED  # what the QEMU driver says without /dev/kvm

    def refuse(self, *args):
        raise Unsupported("KVM is not supported by '/usr/bin/qemu-system-x86_64' on this host")

    monkeypatch.setattr(libvirt.virConnect, "getDomainCapabilities", refuse)
    assert in_worker(kvm_usable, conn, parse_capabilities(data.read_text())) is False
