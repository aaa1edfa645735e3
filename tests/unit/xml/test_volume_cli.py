"""Volume XML as ``virsh vol-create-as`` arguments: only where they say all of it."""

import pytest

from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_cli import CreateAs, create_as, scaled
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec

GIB = 1024**3


@pytest.mark.parametrize(("count", "text"), [(20 * GIB, "20GiB"), (1536 * 1024**2, "1536MiB"),
                                             (4096, "4KiB"), (2**40, "1TiB"), (1000, "1000"), (0, "0")])
def test_sizes_in_the_largest_exact_binary_unit(count, text):
    assert scaled(count) == text


def test_a_dialog_volume_is_said_with_options():
    spec = VolumeSpec("disk.qcow2", "qcow2", Size(20, SizeUnit.GIB))
    got = create_as(volume_spec_xml(spec))
    assert got == CreateAs("disk.qcow2", 20 * GIB, 0, "qcow2")
    assert got.args("home") == ("vol-create-as", "home", "disk.qcow2", "20GiB", "--allocation", "0",
                                "--format", "qcow2")


def test_an_overlay_names_its_backing_volume_and_format():
    spec = VolumeSpec("o.qcow2", "qcow2", None, backing_path="/home/base.img", backing_format="raw")
    assert create_as(volume_spec_xml(spec)) is None  # no capacity: vol-create-as needs one
    spec.capacity = Size(10, SizeUnit.GIB)
    assert create_as(volume_spec_xml(spec)).args("home")[4:] == (
        "--allocation", "0", "--format", "qcow2", "--backing-vol", "/home/base.img",
        "--backing-vol-format", "raw")


def test_block_pools_have_no_format_and_no_allocation():
    xml = volume_spec_xml(VolumeSpec("lv1", "", Size(8, SizeUnit.GIB)), PoolType.LOGICAL)
    assert create_as(xml).args("vg") == ("vol-create-as", "vg", "lv1", "8GiB")


@pytest.mark.parametrize("xml", [
    "<volume type='file'><name>a</name><capacity>1</capacity></volume>",
    "<volume><name>a</name><capacity>1</capacity><target><permissions><mode>0600</mode>"
    "</permissions></target></volume>",
    "<volume><name>a</name><capacity>1</capacity><target><format type='qcow2'>"
    "<compat>1.1</compat></format></target></volume>",
    "<volume><name>a</name><capacity>1</capacity><backingStore><path>/b</path></backingStore></volume>",
    "<volume><name>a</name><capacity>1</capacity><key>k</key></volume>",
    "<volume><name>a</name></volume>",
    "<volume><name>a</name><capacity unit='parsecs'>1</capacity></volume>",
    "<pool><name>a</name></pool>",
    "<volume>",
])
def test_anything_more_is_left_to_vol_create_with_the_file(xml):
    assert create_as(xml) is None


def test_units_and_comments_are_read():
    xml = "<volume><!-- made by hand --><name>a</name><capacity unit='MiB'>64</capacity></volume>"
    assert create_as(xml) == CreateAs("a", 64 * 1024**2)
