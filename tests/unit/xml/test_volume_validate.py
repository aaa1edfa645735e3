"""validate_volume: one case per rule, each naming the field it reports and its severity."""

from __future__ import annotations

import pytest

from kvmgui.xml.pool_caps import parse_pool_caps
from kvmgui.xml.pool_types import PoolType, volume_formats
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from kvmgui.xml.volume_validate import VolumeContext, validate_volume
from tests.unit.xml.golden import DATA

GiB, MiB = SizeUnit.GIB, SizeUnit.MIB
DIR = VolumeContext(PoolType.DIR, frozenset({"taken.qcow2"}), available=10 * 1024**3)


def found(spec, ctx=DIR):
    return [(p.field, p.severity.value) for p in validate_volume(spec, ctx)]


def texts(spec, ctx=DIR):
    return [p.words.english() for p in validate_volume(spec, ctx)]


def vol(**kwargs):
    return VolumeSpec(**({"name": "new.qcow2", "format": "qcow2", "capacity": Size(5, GiB)} | kwargs))


@pytest.mark.parametrize(("name", "message"), [
    ("", "Enter a name for the volume."),
    (" ", "Enter a name for the volume."),
    ("a/b", "A volume name cannot contain '/'."),
    ("..", "A volume cannot be named '.' or '..'."),
    ("tab\there", "A volume name cannot contain line breaks or other control characters."),
    ("é" * 128, "The name is too long: use at most 255 bytes."),
    ("taken.qcow2", "The pool already has a volume named taken.qcow2."),
])
def test_bad_names(name, message):
    assert texts(vol(name=name)) == [message]


def test_lvm_names():
    lvm = VolumeContext(PoolType.LOGICAL)
    assert texts(vol(name="-lv", format=""), lvm) == [
        "An LVM volume name has only letters, digits, '+', '_', '.' and '-', and does not start with '-'."]
    assert found(vol(name="root+swap_1.0", format=""), lvm) == []
    assert found(vol(name="has space.img", format="raw")) == []  # a file may have spaces


def test_formats_follow_the_pool():
    assert texts(vol(format="")) == ["Choose a format for the volume."]
    assert texts(vol(format="iso")) == ["Volumes in this pool cannot have the format iso."]
    assert found(vol(format="linux"), VolumeContext(PoolType.DISK)) == []
    assert found(vol(format="qcow2"), VolumeContext(PoolType.DISK)) == [("format", "error")]
    assert found(vol(format="whatever"), VolumeContext(PoolType.LOGICAL)) == []  # no format there
    caps = parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text())
    assert caps.volume_formats(PoolType.DIR) == ("qcow2", "raw", "qed", "vmdk", "vdi", "vpc")
    assert volume_formats(PoolType.DIR, ("raw",)) == ("raw",)  # a host that offers less


def test_no_volumes_in_lun_pools():
    assert found(vol(), VolumeContext(PoolType.ISCSI)) == [("pool", "error")]
    assert found(vol(), VolumeContext(PoolType.GLUSTER)) == [("pool", "error")]


@pytest.mark.parametrize(("size", "message"), [
    (Size(0, GiB), "The capacity must be more than zero."),
    (Size(0.0000000001, SizeUnit.BYTES), "The capacity must be more than zero."),
    (Size(-1, GiB), "A size cannot be negative."),
    (Size(float("inf"), GiB), "Enter a number."),
    (Size(float("nan"), GiB), "Enter a number."),
])
def test_bad_capacity(size, message):
    assert texts(vol(capacity=size)) == [message]


def test_capacity_required_unless_backed():
    assert texts(vol(capacity=None)) == ["Choose the backing store, or give the volume a capacity."]
    assert found(vol(capacity=None)) == [("backing.path", "error")]
    assert found(vol(capacity=None, backing_path="/b.qcow2", backing_format="qcow2")) == []


def test_capacity_beyond_free_space_warns_for_growing_volumes():
    big = Size(20, GiB)
    assert found(vol(capacity=big)) == [("capacity", "warning")]
    assert texts(vol(capacity=big)) == [
        "The capacity (20 GiB) is more than the 10 GiB free in the pool. The volume takes "
        "space only as it fills, so the pool may run out of room later."]
    assert found(vol(format="raw", capacity=big)) == [("capacity", "warning")]  # sparse raw
    assert found(vol(format="raw", capacity=big, allocation=big)) == [
        ("capacity", "error"), ("allocation", "error")]
    assert found(vol(format="", capacity=big), VolumeContext(PoolType.LOGICAL, available=10 * 1024**3)) == [
        ("capacity", "error")]
    assert found(vol(capacity=big), VolumeContext(PoolType.DIR)) == []  # free space unknown


def test_allocation():
    assert texts(vol(format="raw", allocation=Size(6, GiB))) == [
        "The allocation cannot be more than the capacity."]
    assert texts(vol(format="raw", allocation=Size(-5, MiB))) == ["A size cannot be negative."]
    assert found(vol(format="raw", allocation=Size(5, GiB))) == []


def test_backing_store():
    backed = {"backing_path": "/var/lib/libvirt/images/base.img", "backing_format": "raw"}
    assert found(vol(**backed)) == []
    assert texts(vol(format="raw", **backed)) == [
        "A volume in the raw format cannot have a backing store; choose qcow2."]
    assert texts(vol(backing_path="/base.iso", backing_format="iso")) == [
        "An image in the iso format cannot be a backing store; choose a disk image such as qcow2 or raw."]
    assert texts(vol(backing_path="/base", backing_format="")) == [
        "Choose the format of the backing volume."]
    assert found(vol(backing_path="base.qcow2", backing_format="qcow2")) == [("backing.path", "error")]
    assert found(vol(format="", **backed), VolumeContext(PoolType.LOGICAL)) == [("backing.path", "error")]
