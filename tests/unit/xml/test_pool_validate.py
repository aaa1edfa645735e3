"""validate_pool: one case per rule, each naming the field it reports and its severity."""

from __future__ import annotations

import dataclasses
import errno

import pytest

from kvmgui.xml.filereasons import errno_reason
from kvmgui.xml.pool_caps import parse_pool_caps, unknown_pool_caps
from kvmgui.xml.pool_spec import AdapterKind, AdapterSpec, AuthSpec, HostSpec, PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.pool_validate import PoolContext, validate_pool
from kvmgui.xml.storage_check import Severity
from tests.unit.xml.golden import DATA
from tests.unit.xml.storage_cases import IQN_I, IQN_T, POOLS


def found(spec, ctx=None):
    return [(p.field, p.severity.value) for p in validate_pool(spec, ctx)]


def texts(spec, ctx=None):
    return [p.words.english() for p in validate_pool(spec, ctx)]


def case(which, **changes):
    return dataclasses.replace(POOLS[which](), **changes)


@pytest.mark.parametrize(("name", "message"), [
    ("", "Enter a name for the pool."),
    ("   ", "Enter a name for the pool."),
    ("x" * 129, "The name is too long: use at most 128 characters."),
    ("a/b", "Use only letters"),
    ("-lead", "Use only letters"),
    (".hidden", "Use only letters"),
    ("two words", "Use only letters"),
    ("line\nbreak", "Use only letters"),
    ("default", "This host already has a storage pool named default."),
])
def test_bad_names(name, message):
    problems = validate_pool(case("dir", name=name), PoolContext(names=frozenset({"default"})))
    assert [(p.field, p.severity) for p in problems] == [("name", Severity.ERROR)]
    assert problems[0].words.english().startswith(message)


def test_good_names():
    for name in ("images", "vm_pool-2.old", "a+b", "0day"):
        assert found(case("dir", name=name)) == []


def test_target_must_be_given_absolute_and_free():
    assert found(case("dir", target_path="")) == [("target_path", "error")]
    assert texts(case("dir", target_path="images")) == [
        "images is not an absolute path: it must start with '/'."]
    ctx = PoolContext(targets={"/var/lib/libvirt/images/images/": "default"})
    assert texts(case("dir"), ctx) == [
        "The pool default already uses /var/lib/libvirt/images/images; choose another directory."]
    # Device directories are shared by design: two iSCSI pools may both use /dev/disk/by-path.
    assert found(case("iscsi"), PoolContext(targets={"/dev/disk/by-path": "other"})) == []


def test_target_optional_or_absent_by_type():
    assert found(case("logical", target_path="")) == []
    assert found(case("zfs", target_path="")) == []
    assert found(case("rbd", target_path="relative")) == []  # no target: never looked at


def test_a_path_whose_look_failed_is_said_unusable_not_missing():
    stale = errno_reason(errno.ESTALE)
    assert stale is not None
    dead = PoolContext(path_exists=lambda _p: False,
                       path_trouble=lambda p: stale.words() if p.startswith("/mnt/nfs") else None)
    assert texts(case("dir", target_path="/mnt/nfs/pool"), dead) == [
        "/mnt/nfs/pool cannot be used: the network file system no longer knows it (stale file "
        "handle)."]
    assert texts(case("disk", target_path="/dev", devices=["/mnt/nfs/disk.img"]), dead) == [
        "/dev does not exist on the host.",
        "/mnt/nfs/disk.img cannot be used: the network file system no longer knows it (stale "
        "file handle)."]


def test_missing_target_on_a_local_host():
    missing = PoolContext(path_exists=lambda _p: False)
    assert texts(case("dir"), missing) == [
        '/var/lib/libvirt/images/images does not exist on the host. Create it, or turn on "Build" '
        "so libvirt creates it."]
    assert found(case("dir", build=True), missing) == []  # build makes it
    assert found(case("netfs-nfs"), missing) == [("target_path", "error")]
    assert ("target_path", "warning") in found(case("iscsi"), missing)
    assert found(case("disk"), missing) == [("target_path", "error"), ("devices[0]", "error")]
    assert found(case("dir")) == []  # remote host: cannot check, so not checked


def test_hosts():
    assert found(case("netfs-nfs", hosts=[HostSpec()])) == [("hosts[0].name", "error")]
    assert found(case("netfs-nfs", hosts=[])) == [("hosts[0].name", "error")]
    assert texts(case("netfs-nfs", hosts=[HostSpec("nas_01.example")])) == [
        "nas_01.example is not a valid host name or IP address, such as nas.example.com or 192.0.2.10."]
    for bad in ("-nas", "nas-", "a..b", "300.1.1.1", "x" * 64 + ".com", "nas example"):
        assert found(case("netfs-nfs", hosts=[HostSpec(bad)])) == [("hosts[0].name", "error")], bad
    for good in ("nas", "NAS.example.com.", "192.0.2.1", "2001:db8::1", "xn--bcher-kva.example"):
        assert found(case("netfs-nfs", hosts=[HostSpec(good)])) == [], good
    for port in (0, -1, 65536):
        assert texts(case("iscsi", hosts=[HostSpec("san", port)])) == [
            "A port number must be between 1 and 65535."]
    two = [HostSpec("a"), HostSpec("b")]
    assert found(case("netfs-nfs", hosts=two)) == [("hosts", "error")]
    assert found(case("rbd", hosts=[*two, HostSpec("", 6789)])) == [("hosts[2].name", "error")]


def test_netfs_source_dir_by_format():
    assert texts(case("netfs-nfs", source_dir="")) == ["Enter the exported directory, such as /srv/images."]
    assert texts(case("netfs-nfs", source_dir="export")) == [
        "export is not an absolute path: it must start with '/'."]
    assert texts(case("netfs-cifs", source_dir="")) == ["Enter the name of the share."]
    assert texts(case("netfs-cifs", source_dir="/images")) == [
        "Enter the share name without a leading '/', such as images."]
    assert texts(case("netfs-glusterfs", source_dir="")) == ["Enter the name of the Gluster volume."]
    assert found(case("gluster", source_dir="vms")) == [("source_dir", "error")]
    assert found(case("gluster", source_dir="")) == []


def test_devices():
    assert texts(case("fs", devices=[])) == ["Enter the device to use, such as /dev/sdb1."]
    assert found(case("disk", devices=["/dev/sde", "/dev/sdf"])) == [("devices", "error")]
    assert found(case("zfs", devices=["/dev/sdf", "/dev/sdg"])) == [("devices", "error")]
    assert found(case("logical", devices=["sdc1"])) == [("devices[0]", "error")]
    assert texts(case("logical", devices=["/dev/sdc1", "/dev/sdc1"])) == ["/dev/sdc1 is listed twice."]
    assert found(case("logical", devices=[])) == []  # an existing VG
    assert texts(case("logical", devices=[], build=True)) == [
        "Building this pool needs at least one device to create it on."]
    exists = PoolContext(path_exists=lambda p: p != "/dev/sdd1")
    assert texts(case("logical"), exists) == ["/dev/sdd1 does not exist on the host."]


def test_scsi_adapter():
    assert found(case("scsi-host", adapter=AdapterSpec(name="host 0"))) == [("adapter.name", "error")]
    assert found(case("scsi-host", adapter=AdapterSpec(name="scsi_host7"))) == []
    fc = AdapterSpec(AdapterKind.FC_HOST, wwnn="2000", wwpn="0x10000000c9831b4b")
    assert found(case("scsi-fc", adapter=fc)) == [("adapter.wwnn", "error")]


@pytest.mark.parametrize("iqn", ["", "iqn.2024-13.com.example:x", "iqn.24-01.com.example",
                                 "eui.0123456789abcdef", "iqn.2024-01.", "IQN.2024-01.com.a"])
def test_bad_iqns(iqn):
    assert [f for f, _s in found(case("iscsi", iqn=iqn))] == ["iqn"]
    assert [f for f, _s in found(case("iscsi", initiator=iqn or "x"))] == ["initiator"]


def test_iqn_messages_and_initiator_rules():
    assert texts(case("iscsi", iqn="")) == ["Enter the iSCSI target's IQN."]
    assert texts(case("iscsi", iqn="target1")) == [
        "target1 is not an iSCSI qualified name such as iqn.2024-01.com.example:storage."]
    assert found(case("iscsi", initiator="")) == []  # the host's own initiator
    assert texts(case("iscsi-direct", initiator="")) == ["Enter the initiator's IQN."]
    assert found(case("iscsi-direct", iqn=IQN_T, initiator=IQN_I)) == []


def test_auth():
    assert found(case("iscsi", auth=AuthSpec(True, "", secret_usage="x"))) == [("auth.username", "error")]
    assert texts(case("rbd", auth=AuthSpec(True, "libvirt"))) == [
        "Choose the libvirt secret that holds the password or key."]
    assert found(case("rbd", auth=AuthSpec(True, "libvirt", "not-a-uuid"))) == [("auth.secret", "error")]
    assert found(case("rbd", auth=AuthSpec(False))) == []


def test_source_names():
    assert texts(case("rbd", source_name="")) == ["Enter the name of the Ceph pool."]
    assert texts(case("gluster", source_name="")) == ["Enter the name of the Gluster volume."]
    assert texts(case("zfs", source_name=" ")) == ["Enter the name of the ZFS pool."]
    assert found(case("logical", source_name="-vg")) == [("source_name", "error")]
    # Without a VG name libvirt uses the pool name, which then has to be a valid VG name.
    assert found(case("logical", source_name="", name="vg-pool")) == []


def test_source_format_from_the_type_or_the_host():
    assert texts(case("fs", source_format="ntfs")) == ["This type of pool cannot use the format ntfs."]
    caps = parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text())
    assert found(case("netfs-cifs"), PoolContext(caps=caps)) == []


def test_mount_options():
    assert found(case("netfs-nfs", mount_options=["vers=4.2,ro"])) == [("mount_options[0]", "error")]
    assert found(case("fs", mount_options=["", "noatime"])) == [("mount_options[0]", "error")]


def test_type_the_host_lacks():
    caps = parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text())
    assert texts(case("rbd"), PoolContext(caps=caps)) == [
        "This host cannot run pools of this type: its libvirt lacks the storage driver for it."]
    assert found(case("rbd"), PoolContext(caps=unknown_pool_caps())) == []  # old host: libvirt decides


def test_build_choices():
    assert found(case("iscsi", build=True)) == [("build", "error")]
    assert texts(case("logical", build=True, overwrite=True)) == [
        "Building with overwrite destroys everything stored on /dev/sdc1, /dev/sdd1."]
    assert found(case("logical", build=True, overwrite=True))[0][1] == "warning"
    assert found(case("dir", build=True, overwrite=True)) == []  # nothing is overwritten


def test_fields_of_other_types_are_not_checked():
    spec = PoolSpec("p", PoolType.DIR, "/srv/p", hosts=[HostSpec("bad host", 0)], iqn="x",
                    devices=["relative"], source_name="-", adapter=AdapterSpec(name="?"))
    assert found(spec) == []
