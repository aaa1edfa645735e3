"""kvmgui.libvirt.poolops on the test driver, run in workers as the app does: the host's pool
capabilities, source discovery, the suggested target, the all-or-nothing create job, delete."""

import libvirt
import pytest

from kvmgui.libvirt import poolops
from kvmgui.libvirt.poolops import CreateStep
from kvmgui.wizards.pool.state import host_pools
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_spec import HostSpec, PoolSpec
from kvmgui.xml.pool_types import PoolType
from tests.helpers import run_in_worker
from tests.unit.libvirt.storage_fakes import HOME, CodedError, raising
from tests.unit.xml.golden import DATA

DIR_XML = pool_xml(PoolSpec("fresh", PoolType.DIR, "/srv/fresh"))
LVM_XML = pool_xml(PoolSpec("vgpool", PoolType.LOGICAL, devices=["/dev/sdz1"], source_name="vgnew"))


def pools(qtbot, conn):
    return run_in_worker(qtbot, conn, lambda c: sorted(p.name() for p in c.listAllStoragePools(0)))


def state(qtbot, conn, name):
    return run_in_worker(qtbot, conn, lambda c: (
        (p := c.storagePoolLookupByName(name)).isActive(), p.autostart(), p.isPersistent()))


def outcome(qtbot, conn, fn, *args, **kwargs):
    future = conn.run(lambda c: fn(c, *args, **kwargs))
    qtbot.waitUntil(future.done, timeout=10000)
    return future


class FakeConn:
    def __init__(self, answer):
        self.answer = answer

    def getStoragePoolCapabilities(self, _flags):
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


def test_capabilities_fall_back_to_all_types_where_the_call_is_missing(connected, qtbot):
    caps = run_in_worker(qtbot, connected, poolops.pool_capabilities)  # test:// lacks it
    assert not caps.known and caps.supports(PoolType.ZFS)
    real = poolops.pool_capabilities(FakeConn((DATA / "pool-capabilities-libvirt9.xml").read_text()))
    assert real.known and not real.supports(PoolType.RBD) and real.supports(PoolType.ISCSI)
    assert not poolops.pool_capabilities(FakeConn(CodedError(libvirt.VIR_ERR_NO_SUPPORT, "no"))).known
    with pytest.raises(CodedError):  # anything else is a real failure, not an old host
        poolops.pool_capabilities(FakeConn(CodedError(libvirt.VIR_ERR_RPC, "connection lost")))


def test_find_sources(connected, qtbot):
    found = run_in_worker(qtbot, connected, poolops.find_sources, PoolType.LOGICAL)
    assert [(s.source_name, s.devices, s.source_format) for s in found] == [
        ("testvg1", ["/dev/sda20"], "lvm2"), ("testvg2", ["/dev/sda21"], "lvm2")]
    nfs = run_in_worker(qtbot, connected, poolops.find_sources, PoolType.NETFS, "nas.example.com")
    assert [(s.hosts[0].name, s.source_dir, s.source_format) for s in nfs] == [
        ("nas.example.com", "/testshare", "nfs")]
    mine = PoolSpec("mine", PoolType.NETFS, "/mnt/mine", autostart=False)
    poolops.copy_source(nfs[0], mine)
    assert (mine.name, mine.target_path, mine.hosts, mine.source_dir, mine.autostart) == (
        "mine", "/mnt/mine", [HostSpec("nas.example.com")], "/testshare", False)
    assert poolops.source_query_xml(PoolType.ISCSI, "san", 3260, "iqn.2024-01.a:b") == (
        '<source>\n  <host name="san" port="3260"/>\n  <initiator>\n    <iqn name="iqn.2024-01.a:b"/>\n'
        "  </initiator>\n</source>\n")
    assert poolops.source_query_xml(PoolType.LOGICAL, "ignored") is None


def test_default_target_follows_the_default_pool(connected, qtbot):
    assert run_in_worker(qtbot, connected, poolops.default_target, PoolType.DIR, "new") == \
        "/var/lib/libvirt/images/new"  # no pool called "default" on the Demo host
    run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(
        pool_xml(PoolSpec("default", PoolType.DIR, "/srv/vm-images")), 0))
    assert run_in_worker(qtbot, connected, poolops.default_target, PoolType.DIR, "new") == \
        "/srv/vm-images/new"
    assert run_in_worker(qtbot, connected, poolops.default_target, PoolType.LOGICAL, "p", "vg1") == "/dev/vg1"
    # What the pool wizard checks a new pool's name and target against: the pools' model.
    qtbot.waitUntil(lambda: len(connected.pools.records()) == 2, timeout=5000)
    names, targets = host_pools(connected.pools.records())
    assert names == {"home", "default"} and targets == {"/home": "home", "/srv/vm-images": "default"}


def test_create_defines_builds_starts_and_autostarts(connected, qtbot):
    steps = []
    uuid = run_in_worker(qtbot, connected, lambda c: poolops.create_pool(
        c, DIR_XML, build=True, start=True, autostart=True, progress=steps.append))
    assert len(uuid) == 36
    assert state(qtbot, connected, "fresh") == (1, 1, 1)
    assert steps == [CreateStep.DEFINE, CreateStep.BUILD, CreateStep.START, CreateStep.AUTOSTART,
                     CreateStep.DONE]


def test_create_without_start(connected, qtbot):
    run_in_worker(qtbot, connected, lambda c: poolops.create_pool(c, DIR_XML, start=False))
    assert state(qtbot, connected, "fresh") == (0, 0, 1)


@pytest.mark.parametrize("step", ["build", "create", "setAutostart"])
def test_create_undoes_everything_when_a_step_fails(step, connected, qtbot, monkeypatch):
    before = pools(qtbot, connected)
    monkeypatch.setattr(libvirt.virStoragePool, step,
                        raising(libvirt.VIR_ERR_OPERATION_FAILED, f"{step} refused"))
    steps = []
    future = outcome(qtbot, connected, poolops.create_pool, DIR_XML, build=True, autostart=True,
                     progress=steps.append)
    with pytest.raises(CodedError, match=f"{step} refused"):  # libvirt's own error, unchanged
        future.result()
    monkeypatch.undo()
    assert pools(qtbot, connected) == before  # stopped and undefined again
    assert steps[-1] is CreateStep.UNDO


@pytest.mark.parametrize(("xml", "existed", "deleted"), [
    (LVM_XML, None, True),  # the VG the build made goes again
    (DIR_XML, False, True),  # the directory the build made goes again
    (DIR_XML, None, False),  # unknown whether it was there: it stays
    (DIR_XML, True, False),
])
def test_undoing_a_build(xml, existed, deleted, connected, qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(libvirt.virStoragePool, "build", lambda _self, f=0: 0)  # test:// takes no flags
    monkeypatch.setattr(libvirt.virStoragePool, "create", raising(libvirt.VIR_ERR_OPERATION_FAILED, "no"))
    monkeypatch.setattr(libvirt.virStoragePool, "delete", lambda _self, flags=0: calls.append(flags))
    future = outcome(qtbot, connected, poolops.create_pool, xml, build=True, target_existed=existed)
    with pytest.raises(CodedError):
        future.result()
    assert calls == ([0] if deleted else [])


@pytest.mark.parametrize(("xml", "overwrite", "flags"), [
    (DIR_XML, False, 0),
    (LVM_XML, False, libvirt.VIR_STORAGE_POOL_BUILD_NO_OVERWRITE),
    (LVM_XML, True, libvirt.VIR_STORAGE_POOL_BUILD_OVERWRITE),
])
def test_build_overwrites_only_on_request(xml, overwrite, flags, connected, qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(libvirt.virStoragePool, "build", lambda _self, f=0: seen.append(f))
    run_in_worker(qtbot, connected, lambda c: poolops.create_pool(c, xml, build=True, start=False,
                                                                  overwrite=overwrite))
    assert seen == [flags]


def test_delete_pool_with_data_refuses_while_vms_use_it(connected, qtbot):
    future = outcome(qtbot, connected, poolops.delete_pool, HOME, delete_data=True)
    with pytest.raises(poolops.PoolInUseError) as info:
        future.result()
    assert [u.name for u in info.value.users] == ["build", "db01", "web01"]
    assert info.value.words.english() == (
        "The pool's data cannot be deleted: these VMs use its storage: build, db01, web01")
    assert state(qtbot, connected, "home")[0] == 1  # untouched


def test_delete_pool_data_failure_leaves_the_pool_running(connected, qtbot, monkeypatch):
    uuid = run_in_worker(qtbot, connected, lambda c: poolops.create_pool(c, DIR_XML))
    monkeypatch.setattr(libvirt.virStoragePool, "delete",
                        raising(libvirt.VIR_ERR_OPERATION_FAILED, "Directory not empty"))
    future = outcome(qtbot, connected, poolops.delete_pool, uuid, delete_data=True)
    with pytest.raises(CodedError, match="not empty"):
        future.result()
    assert state(qtbot, connected, "fresh")[::2] == (1, 1)  # running and defined, as before


def test_delete_pool(connected, qtbot, monkeypatch):
    uuid = run_in_worker(qtbot, connected, lambda c: poolops.create_pool(c, DIR_XML))
    deleted = []
    monkeypatch.setattr(libvirt.virStoragePool, "delete", lambda _self, flags=0: deleted.append(flags))
    run_in_worker(qtbot, connected, lambda c: poolops.delete_pool(c, uuid, delete_data=True))
    assert deleted == [0] and "fresh" not in pools(qtbot, connected)
    uuid = run_in_worker(qtbot, connected, lambda c: poolops.create_pool(c, DIR_XML))
    run_in_worker(qtbot, connected, poolops.remove, uuid)
    assert deleted == [0] and "fresh" not in pools(qtbot, connected)
    iscsi = run_in_worker(qtbot, connected, lambda c: poolops.create_pool(c, pool_xml(PoolSpec(
        "san", PoolType.ISCSI, "/dev/disk/by-path", hosts=[HostSpec("s")], iqn="iqn.2024-01.a:b"))))
    future = outcome(qtbot, connected, poolops.delete_pool, iscsi, delete_data=True)
    with pytest.raises(ValueError, match="cannot be deleted"):
        future.result()


def test_deleting_the_data_of_an_edited_running_pool_checks_the_edited_definition(connected, qtbot,
                                                                                   monkeypatch):
    """The definition of a running pool edited since it started (Edit XML) takes over when the
    pool stops, and pool-delete removes what *it* names: the VMs were looked for under the
    running pool's target instead, and the edited one's storage deleted under their disks."""
    real = libvirt.virStoragePool.XMLDesc

    def xml_desc(pool, flags=0):
        text = real(pool, 0)  # the test driver keeps one definition: home's, edited
        if flags & libvirt.VIR_STORAGE_XML_INACTIVE:
            return text
        return text.replace("<path>/home</path>", "<path>/srv/before-the-edit</path>")

    monkeypatch.setattr(libvirt.virStoragePool, "XMLDesc", xml_desc)
    deleted = []
    monkeypatch.setattr(libvirt.virStoragePool, "delete", lambda _self, flags=0: deleted.append(flags))
    future = outcome(qtbot, connected, poolops.delete_pool, HOME, delete_data=True)
    with pytest.raises(poolops.PoolInUseError):
        future.result()
    assert not deleted and state(qtbot, connected, "home")[0] == 1


def test_the_vms_using_a_pool_are_listed_with_the_languages_separator(traditional_chinese):
    """Chinese lists with 、: the worker joined the names with ', ', never translated."""
    from kvmgui.libvirt.diskusers import DiskUser
    from kvmgui.models.words import say

    users = [DiskUser("1", "web01", True, "vda"), DiskUser("2", "db01", False, "vdb")]
    assert "web01、db01" in say(poolops.PoolInUseError(users).words)
