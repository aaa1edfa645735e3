"""The virsh line behind each storage action and the new-VM job: previewed from the very
functions the buttons run (nothing changes), noted with libvirt's answer when a job runs, and
accepted by ``virsh -c test:///default`` itself."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import libvirt
import pytest
from lxml import etree

from kvmgui.libvirt import netops, newvm, poolops, voldownload, volops, volupload
from kvmgui.libvirt.commands import recording, write_files
from kvmgui.libvirt.volops import delete_unused
from kvmgui.panels.storage import autostart_off, autostart_on, delete_with_data
from kvmgui.wizards.pool.wizard import create_job
from kvmgui.wizards.volume.resize import grow_volume, shrink_volume
from kvmgui.xml.newvm_build import domain_xml
from kvmgui.xml.newvm_spec import GIB, InstallMethod, NewVmSpec
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from tests.helpers import WEB01, FakeError, run_in_worker
from tests.unit.libvirt.storage_fakes import HOME
from tests.unit.xml.newvm_cases import KEY

DEFAULT = "test:///default"  # what virsh runs the lines against (its own fresh instance)
needs_virsh = pytest.mark.skipif(shutil.which("virsh") is None, reason="virsh (libvirt-clients) missing")


def preview(qtbot, conn, fn, *args):
    future = conn.preview(fn, *args)
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


def lines(cmds):
    return [shlex.split(c.line())[3:] for c in cmds]  # without "virsh -c URI"


def volumes(qtbot, conn, pool="home"):
    return sorted(run_in_worker(qtbot, conn, lambda c: c.storagePoolLookupByName(pool).listVolumes()))


def new_xml(name="data.qcow2", gib=2, **more):
    return volume_spec_xml(VolumeSpec(name, "qcow2", Size(gib, SizeUnit.GIB), **more))


def issued_by(qtbot, conn, fn, *args):
    """Run a job for real; the commands it issued, as the timeline gets them."""
    with qtbot.waitSignal(conn.commandsIssued, timeout=10000) as got:
        future = conn.run(fn, *args)
        qtbot.waitUntil(future.done, timeout=10000)
    return future, got.args[0]


# -- pools ---------------------------------------------------------------------------------------


def test_pool_actions_preview_their_lines_and_change_nothing(connected, qtbot):
    assert lines(preview(qtbot, connected, poolops.stop, HOME)) == [["pool-destroy", "home"]]
    assert lines(preview(qtbot, connected, poolops.refresh, HOME)) == [["pool-refresh", "home"]]
    assert lines(preview(qtbot, connected, autostart_on, HOME)) == [["pool-autostart", "home"]]
    assert lines(preview(qtbot, connected, autostart_off, HOME)) == [
        ["pool-autostart", "home", "--disable"]]
    assert lines(preview(qtbot, connected, poolops.remove, HOME)) == [
        ["pool-destroy", "home"], ["pool-undefine", "home"]]
    assert lines(preview(qtbot, connected, poolops.build, HOME, True)) == [
        ["pool-build", "home", "--overwrite"]]
    assert connected.pools.get(HOME).active
    assert run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByUUIDString(HOME).isActive())


def test_deleting_a_pools_data_is_pool_delete_between_destroy_and_undefine(connected, qtbot):
    xml = pool_xml(PoolSpec("spare", PoolType.DIR, "/srv/spare"))
    uuid = run_in_worker(qtbot, connected, poolops.create_pool, xml)
    assert lines(preview(qtbot, connected, delete_with_data, uuid)) == [
        ["pool-destroy", "spare"], ["pool-delete", "spare"], ["pool-undefine", "spare"]]
    assert lines(preview(qtbot, connected, poolops.stop, uuid)) == [["pool-destroy", "spare"]]
    run_in_worker(qtbot, connected, poolops.stop, uuid)
    assert lines(preview(qtbot, connected, poolops.start, uuid)) == [["pool-start", "spare"]]


def test_the_pool_wizards_job_previews_every_step(connected, qtbot):
    xml = pool_xml(PoolSpec("fresh", PoolType.DIR, "/srv/fresh"))
    cmds = preview(qtbot, connected, create_job, xml, True, False, True, True, None, lambda _s: None)
    assert [c.verb for c in cmds] == ["pool-define", "pool-build", "pool-start", "pool-autostart"]
    assert cmds[0].files[0].stem == "fresh" and cmds[0].files[0].text == xml
    assert lines(cmds[1:]) == [["pool-build", "fresh"], ["pool-start", "fresh"],
                               ["pool-autostart", "fresh"]]
    lvm = pool_xml(PoolSpec("vgpool", PoolType.LOGICAL, devices=["/dev/sdz1"], source_name="vgnew"))
    cmds = preview(qtbot, connected, create_job, lvm, True, False, False, False, None, lambda _s: None)
    assert lines(cmds[1:]) == [["pool-build", "vgpool", "--no-overwrite"]]  # checks for a PV first
    assert "fresh" not in run_in_worker(qtbot, connected, lambda c: c.listStoragePools())


def test_a_failed_create_is_noted_with_its_undo(connected, qtbot, monkeypatch):
    def refuse(self, flags=0):
        raise FakeError("cannot create directory '/srv/x': Permission denied")

    monkeypatch.setattr(libvirt.virStoragePool, "build", refuse)
    xml = pool_xml(PoolSpec("denied", PoolType.DIR, "/srv/x"))
    future, issued = issued_by(qtbot, connected, partial(poolops.create_pool, build=True), xml)
    assert isinstance(future.exception(), libvirt.libvirtError)
    assert [(i.command.verb, i.ok) for i in issued] == [
        ("pool-define", True), ("pool-build", False), ("pool-undefine", True)]
    assert "Permission denied" in issued[1].error


# -- volumes -------------------------------------------------------------------------------------


def test_creating_a_volume_is_vol_create_as(connected, qtbot):
    cmds = preview(qtbot, connected, volops.create_volume, HOME, new_xml())
    assert lines(cmds) == [["vol-create-as", "home", "data.qcow2", "2GiB", "--allocation", "0",
                            "--format", "qcow2"]]
    cmds = preview(qtbot, connected, volops.create_volume, HOME, new_xml(), True)
    assert lines(cmds)[0][-1] == "--prealloc-metadata"
    assert "data.qcow2" not in volumes(qtbot, connected)
    future, issued = issued_by(qtbot, connected, volops.create_volume, HOME, new_xml())
    assert future.result().name == "data.qcow2" and "data.qcow2" in volumes(qtbot, connected)
    assert [i.ok for i in issued] == [True] and issued[0].command.kind == "volume"


def test_an_overlay_on_a_pool_volume_names_it_else_the_xml_goes_in_a_file(connected, qtbot):
    on_volume = new_xml("o.qcow2", 10, backing_path="/home/build.qcow2", backing_format="qcow2")
    assert lines(preview(qtbot, connected, volops.create_volume, HOME, on_volume))[0][4:] == [
        "--allocation", "0", "--format", "qcow2", "--backing-vol", "/home/build.qcow2",
        "--backing-vol-format", "qcow2"]
    elsewhere = new_xml("o.qcow2", 10, backing_path="/srv/cloud/jammy.img", backing_format="qcow2")
    [cmd] = preview(qtbot, connected, volops.create_volume, HOME, on_volume.replace(
        "/home/build.qcow2", "/srv/cloud/jammy.img"))
    assert lines([cmd]) == [["vol-create", "home", "o.qcow2.xml"]]  # virsh cannot name a non-volume
    assert cmd.files[0].text == elsewhere


def test_clone_resize_wipe_delete(connected, qtbot):
    clone = volume_spec_xml(VolumeSpec("build-clone.qcow2", "qcow2", Size(20, SizeUnit.GIB)))
    [cmd] = preview(qtbot, connected, volops.clone_volume, HOME, clone, HOME, "build.qcow2")
    assert lines([cmd]) == [["vol-create-from", "home", "build-clone.qcow2.xml", "build.qcow2",
                             "--inputpool", "home"]]
    assert lines(preview(qtbot, connected, grow_volume, HOME, "build.qcow2", 12 * GIB)) == [
        ["vol-resize", "--pool", "home", "build.qcow2", "12GiB"]]
    assert lines(preview(qtbot, connected, shrink_volume, HOME, "build.qcow2", 5 * GIB)) == [
        ["vol-resize", "--pool", "home", "build.qcow2", "5GiB", "--shrink"]]
    assert lines(preview(qtbot, connected, volops.wipe_volume, HOME, "build.qcow2")) == [
        ["vol-wipe", "--pool", "home", "build.qcow2"]]
    assert lines(preview(qtbot, connected, volops.wipe_volume, HOME, "build.qcow2",
                         libvirt.VIR_STORAGE_VOL_WIPE_ALG_NNSA)) == [
        ["vol-wipe", "--pool", "home", "build.qcow2", "--algorithm", "nnsa"]]
    run_in_worker(qtbot, connected, volops.create_volume, HOME, new_xml("spare.qcow2"))
    assert lines(preview(qtbot, connected, delete_unused, HOME, "spare.qcow2")) == [
        ["vol-delete", "--pool", "home", "spare.qcow2"]]
    assert volumes(qtbot, connected) == ["build.qcow2", "db01.qcow2", "spare.qcow2", "web01.qcow2"]


def test_upload_and_download_lines(connected, qtbot, tmp_path):
    source = tmp_path / "disk image.img"
    source.write_bytes(b"x" * 4096)
    create = volupload.new_volume_xml("up.img", source)
    cmds = preview(qtbot, connected, partial(volupload.upload, create_xml=create), HOME, source)
    assert lines(cmds) == [
        ["vol-create-as", "home", "up.img", "4KiB", "--allocation", "0", "--format", "raw"],
        ["vol-upload", "--pool", "home", "up.img", str(source), "--sparse"]]
    assert "up.img" not in volumes(qtbot, connected)
    into = tmp_path / "web01 copy.qcow2"
    cmds = preview(qtbot, connected, voldownload.download, HOME, "web01.qcow2", into)
    assert lines(cmds) == [["vol-download", "--pool", "home", "web01.qcow2", str(into), "--sparse"]]
    assert not into.exists() and not list(tmp_path.glob("*.part"))


def test_a_failed_upload_notes_each_try_and_the_undo(connected, qtbot, tmp_path):
    """The test driver has no streams: the sparse try, the plain try, then the new volume goes."""
    source = tmp_path / "disk.img"
    source.write_bytes(b"x" * 4096)
    create = volupload.new_volume_xml("up.img", source)
    future, issued = issued_by(qtbot, connected, partial(volupload.upload, create_xml=create), HOME, source)
    assert isinstance(future.exception(), libvirt.libvirtError)
    assert [(lines([i.command])[0][:2], i.ok) for i in issued] == [
        (["vol-create-as", "home"], True), (["vol-upload", "--pool"], False),
        (["vol-upload", "--pool"], False), (["vol-delete", "--pool"], True)]
    assert lines([issued[1].command])[0][-1] == "--sparse" and lines([issued[2].command])[0][-1] != "--sparse"
    assert "not supported" in issued[2].error
    assert "up.img" not in volumes(qtbot, connected)


# -- the new-VM job ------------------------------------------------------------------------------


def vm_spec(name="new1", pool="home") -> NewVmSpec:
    s = NewVmSpec(name=name)
    s.install.iso_path = "/home/iso/debian.iso"
    s.storage.pool = pool
    s.storage.capacity_bytes = 8 * GIB
    s.autostart = True
    return s


def finish(conn, spec, xml=None):
    return newvm.finish_new_vm(conn, spec, xml=xml)


def test_the_new_vm_job_previews_disk_define_autostart_start(connected, qtbot):
    cmds = preview(qtbot, connected, finish, vm_spec())
    assert [c.verb for c in cmds] == ["vol-create-as", "define", "autostart", "start"]
    assert lines(cmds)[0] == ["vol-create-as", "home", "new1.qcow2", "8GiB", "--allocation", "0",
                              "--format", "qcow2"]
    assert lines(cmds[1:]) == [["define", "new1.xml", "--validate"], ["autostart", "new1"],
                               ["start", "new1"]]
    assert "<name>new1</name>" in cmds[1].files[0].text
    assert "new1.qcow2" not in volumes(qtbot, connected)
    assert "new1" not in run_in_worker(qtbot, connected, lambda c: c.listDefinedDomains())


def _planned_uuid(file):
    """The UUID a previewed define's XML file gives the new object."""
    return etree.fromstring(file.text.encode()).findtext("uuid")


@pytest.mark.parametrize("name", ["1", "4dea22b3-1d52-d8f3-2516-782e98a23f01"])
def test_a_new_vm_virsh_would_not_find_by_its_name_is_planned_with_a_uuid(connected, qtbot, name):
    # "virsh autostart 1" sets the autostart of the running VM of ID 1 (web01), "virsh start
    # 4dea22b3-…" starts web01: the new VM is not defined yet, so it has no UUID to be named by.
    cmds = preview(qtbot, connected, finish, vm_spec(name))
    assert [c.verb for c in cmds] == ["vol-create-as", "define", "autostart", "start"]
    uuid = _planned_uuid(cmds[1].files[0])
    assert uuid and uuid != WEB01
    assert lines(cmds[2:]) == [["autostart", uuid], ["start", uuid]]
    assert lines(preview(qtbot, connected, finish, vm_spec("new1")))[2:] == [["autostart", "new1"],
                                                                           ["start", "new1"]]


def test_a_new_pool_virsh_would_not_find_by_its_name_is_planned_with_a_uuid(connected, qtbot):
    xml = pool_xml(PoolSpec(HOME, PoolType.DIR, "/srv/fresh"))  # named as "home"'s UUID
    cmds = preview(qtbot, connected, create_job, xml, True, False, True, True, None, lambda _s: None)
    uuid = _planned_uuid(cmds[0].files[0])
    assert uuid and uuid != HOME
    assert lines(cmds[1:]) == [["pool-build", uuid], ["pool-start", uuid], ["pool-autostart", uuid]]


def cloud_spec(name="cloud1"):
    s = vm_spec(name)
    s.install.method = InstallMethod.CLOUD_IMAGE
    s.install.base_pool, s.install.base_volume = "home", "build.qcow2"
    s.cloud_init.user, s.cloud_init.ssh_keys = "alice", [KEY]
    return s


def test_the_cloud_init_upload_of_a_preview_names_a_file_with_the_seed(connected, qtbot, tmp_path):
    # "vol-upload --pool home cloud1-cidata.iso cloud1-cidata.iso": a file nobody had, so
    # the New VM wizard's lines could not be run. The dialog now writes it, as the XML.
    cmds = preview(qtbot, connected, finish, cloud_spec())
    [upload] = [c for c in cmds if c.verb == "vol-upload"]
    paths = write_files(cmds, str(tmp_path))
    argv = shlex.split(upload.line(paths))[3:]
    assert argv[:4] == ["vol-upload", "--pool", "home", "cloud1-cidata.iso"]
    written = Path(argv[4])
    assert written.parent == tmp_path and written.name == "cloud1-cidata.iso"
    assert written.read_bytes()[0x8001:0x8006] == b"CD001"  # an ISO 9660 image


def test_the_cloud_init_upload_of_a_job_keeps_no_seed(connected, qtbot):
    # The timeline keeps a job's lines: the seed's data is not kept with them.
    future, issued = issued_by(qtbot, connected, finish, cloud_spec())
    assert future.exception() is not None  # the test driver cannot upload
    [upload] = [i.command for i in issued if i.command.verb == "vol-upload"]
    assert all(isinstance(a, str) for a in upload.args) and upload.args[-1] == "cloud1-cidata.iso"


def test_the_new_vm_job_notes_its_rollback(connected, qtbot):
    spec = vm_spec()
    spec.uuid = next(r.uuid for r in connected.domains.records() if r.name == "web01")
    xml = domain_xml(spec)  # libvirt refuses: web01 has that UUID
    future, issued = issued_by(qtbot, connected, finish, vm_spec(), xml)
    assert "already defined with uuid" in future.exception().get_error_message()
    assert [(i.command.verb, i.ok) for i in issued] == [
        ("vol-create-as", True), ("define", False), ("vol-delete", True)]
    assert lines([issued[2].command]) == [["vol-delete", "--pool", "home", "new1.qcow2"]]
    assert "new1.qcow2" not in volumes(qtbot, connected)


def test_a_start_failure_rolls_back_domain_and_disk_in_lines(connected, qtbot, monkeypatch):
    def refuse(self, *args):
        raise FakeError("network 'default' is not active")

    monkeypatch.setattr(libvirt.virDomain, "create", refuse)
    spec = vm_spec()
    spec.autostart = False
    _future, issued = issued_by(qtbot, connected, finish, spec)
    verbs = [(i.command.verb, i.ok) for i in issued]
    assert verbs[:2] == [("vol-create-as", True), ("define", True)]
    assert verbs[2] == ("start", False)
    # The test driver knows no NVRAM flag: undefine --nvram is refused, plain undefine works.
    assert verbs[3:] == [("undefine", False), ("undefine", True), ("vol-delete", True)]
    assert "new1.qcow2" not in volumes(qtbot, connected)


# -- virsh takes the lines -----------------------------------------------------------------------


def in_worker(fn, *args):
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args).result(timeout=60)


@pytest.fixture
def default_host():
    """test:///default in this process, as virsh starts it: pool default-pool, VM test."""
    conn = in_worker(libvirt.open, DEFAULT)
    yield conn
    in_worker(conn.close)  # the last connection: the shared instance goes with it


def planned(conn, fn, *args):
    def plan():
        with recording(DEFAULT, dry=True) as journal:
            fn(conn, *args)
        return journal.commands
    return in_worker(plan)


def virsh(tmp_path, commands, setup=(), after=()):
    """Run the lines (after ``setup``) in one virsh: test:///default lives as long as it."""
    paths = write_files(commands, str(tmp_path))
    parts = [*setup, *(shlex.join(c.argv(paths)[3:]) for c in commands), *after]
    done = subprocess.run(["virsh", "-q", "-c", DEFAULT, " ; ".join(parts)], capture_output=True,
                          text=True, timeout=60, check=False)
    return done.stdout, done.stderr


def errors(stderr):
    """virsh's complaints other than the test driver's missing calls (resize, wipe, streams)."""
    lines_ = [line for line in stderr.splitlines() if line.strip()]
    return [line for line in lines_ if "not supported by the connection driver" not in line
            and not line.startswith(("error: Failed to", "error: cannot upload", "error: cannot download"))]


@needs_virsh
def test_virsh_takes_the_pool_lines(default_host, tmp_path):
    xml = pool_xml(PoolSpec("fresh", PoolType.DIR, "/srv/fresh"))
    create = planned(default_host, create_job, xml, True, False, True, True, None, lambda _s: None)
    out, err = virsh(tmp_path, create, after=["pool-info fresh"])
    assert errors(err) == []
    assert "State:          running" in out and "Autostart:      yes" in out
    uuid = in_worker(lambda: default_host.storagePoolLookupByName("default-pool").UUIDString())
    rest = [*planned(default_host, poolops.refresh, uuid), *planned(default_host, autostart_on, uuid),
            *planned(default_host, autostart_off, uuid), *planned(default_host, delete_with_data, uuid)]
    assert [c.verb for c in rest] == ["pool-refresh", "pool-autostart", "pool-autostart", "pool-destroy",
                                      "pool-delete", "pool-undefine"]
    out, err = virsh(tmp_path, rest, after=["pool-list --all --name"])
    assert errors(err) == [] and "default-pool" not in out


@needs_virsh
def test_virsh_takes_the_volume_lines(default_host, tmp_path):
    pool = in_worker(lambda: default_host.storagePoolLookupByName("default-pool").UUIDString())
    base = new_xml("base.img", 1)
    in_worker(lambda: default_host.storagePoolLookupByName("default-pool").createXML(base, 0))
    overlay = new_xml("o.qcow2", 4, backing_path="/default-pool/base.img", backing_format="qcow2")
    source = tmp_path / "up.img"
    source.write_bytes(b"x" * 4096)
    upload = partial(volupload.upload, create_xml=volupload.new_volume_xml("up.img", source))
    cmds = [*planned(default_host, volops.create_volume, pool, new_xml()),
            *planned(default_host, volops.create_volume, pool, overlay),
            *planned(default_host, volops.clone_volume, pool, new_xml("copy.qcow2", 1), pool, "base.img"),
            *planned(default_host, grow_volume, pool, "base.img", 2 * GIB),
            *planned(default_host, volops.wipe_volume, pool, "base.img"),
            *planned(default_host, upload, pool, source),
            *planned(default_host, voldownload.download, pool, "base.img", tmp_path / "back.img"),
            *planned(default_host, delete_unused, pool, "base.img")]
    assert [c.verb for c in cmds] == ["vol-create-as", "vol-create-as", "vol-create-from", "vol-resize",
                                      "vol-wipe", "vol-create-as", "vol-upload", "vol-download",
                                      "vol-delete"]
    out, err = virsh(tmp_path, cmds, setup=[shlex.join(["vol-create-as", "default-pool", "base.img", "1GiB",
                                                        "--format", "qcow2"])],
                     after=["vol-list default-pool", "vol-dumpxml --pool default-pool o.qcow2"])
    assert errors(err) == []
    assert "data.qcow2" in out and "copy.qcow2" in out and "up.img" in out
    assert "base.img " not in out  # deleted (its path stays only as o.qcow2's backing store)
    assert "<path>/default-pool/base.img</path>" in out


@needs_virsh
def test_virsh_takes_the_new_vm_lines(default_host, tmp_path):
    spec = vm_spec("fresh-vm", "default-pool")
    cmds = planned(default_host, finish, spec)
    assert [c.verb for c in cmds] == ["vol-create-as", "define", "autostart", "start"]
    out, err = virsh(tmp_path, cmds, after=["domstate fresh-vm", "vol-list default-pool"])
    assert errors(err) == []
    assert "running" in out and "fresh-vm.qcow2" in out


ODD_POOL = """<pool type='dir'><name>--p</name><uuid>3f1c2b4e-7d0a-4c55-9a61-0e8f2d9b7c11</uuid>
<target><path>/odd-pool</path></target></pool>"""
ODD_NET = """<network><name>--x</name><uuid>8a2d6c1f-4b3e-4f70-b9d2-5e6a7c8d9e01</uuid>
<bridge name='virbr9'/><ip address='192.168.199.1' netmask='255.255.255.0'/></network>"""


@needs_virsh
def test_virsh_takes_the_lines_of_a_pool_volume_and_network_named_like_options(default_host, tmp_path):
    """virsh reads an argument starting with '--' as an option ("doesn't support option
    --p"): such a pool or network is named by its UUID, such a volume after --vol."""
    def make(c):
        pool = c.storagePoolDefineXML(ODD_POOL, 0)
        pool.create(0)
        pool.createXML(new_xml("--v", 1), 0)
        c.networkDefineXML(ODD_NET)
        return pool.UUIDString(), c.networkLookupByName("--x").UUIDString()
    pool, net = in_worker(make, default_host)
    cmds = [*planned(default_host, volops.create_volume, pool, new_xml("--n", 1)),
            *planned(default_host, volops.clone_volume, pool, new_xml("copy.qcow2", 1), pool, "--v"),
            *planned(default_host, volops.wipe_volume, pool, "--v"),
            *planned(default_host, grow_volume, pool, "--v", 2 * GIB),
            *planned(default_host, voldownload.download, pool, "--v", tmp_path / "back.img"),
            *planned(default_host, delete_unused, pool, "--v"),
            *planned(default_host, poolops.refresh, pool), *planned(default_host, autostart_on, pool),
            *planned(default_host, netops.start_network, net),
            *planned(default_host, netops.set_autostart, net, True)]
    (tmp_path / "pool.xml").write_text(ODD_POOL)
    (tmp_path / "net.xml").write_text(ODD_NET)
    setup = [f"pool-define {tmp_path / 'pool.xml'}", "pool-start --pool --p",
             "vol-create-as --pool --p --name --v --capacity 1GiB --format qcow2",
             f"net-define {tmp_path / 'net.xml'}"]
    out, err = virsh(tmp_path, cmds, setup=setup,
                     after=["vol-list --pool --p", "pool-info --pool --p", "net-info --network --x"])
    assert errors(err) == []
    assert "--n " in out and "copy.qcow2" in out and "--v " not in out
    assert "Autostart:      yes" in out and "Active:         yes" in out


def test_upload_and_download_name_a_pool_virsh_reads_as_a_uuid_by_its_own(connected, qtbot, tmp_path):
    # "vol-download --pool 3b5d…--…" would read from the pool of that UUID ("home"), as
    # every other line of such a pool names it by its own UUID.
    h = HOME.replace("-", "")
    odd = f"{h[:8]}--{h[8:16]}-{h[16:20]}-{h[20:]}"

    def make(c):
        pool = c.storagePoolDefineXML(f"<pool type='dir'><name>{odd}</name><target>"
                                      "<path>/odd-pool</path></target></pool>", 0)
        pool.create(0)
        pool.createXML(new_xml("v.img", 1), 0)
        return pool.UUIDString()

    pool = run_in_worker(qtbot, connected, make)
    source = tmp_path / "up.img"
    source.write_bytes(b"x" * 4096)
    create = volupload.new_volume_xml("up.img", source)
    cmds = preview(qtbot, connected, partial(volupload.upload, create_xml=create), pool, source)
    assert [line[:3] for line in lines(cmds)] == [["vol-create-as", pool, "up.img"],
                                                  ["vol-upload", "--pool", pool]]
    cmds = preview(qtbot, connected, voldownload.download, pool, "v.img", tmp_path / "back.img")
    assert lines(cmds) == [["vol-download", "--pool", pool, "v.img", str(tmp_path / "back.img"),
                            "--sparse"]]
