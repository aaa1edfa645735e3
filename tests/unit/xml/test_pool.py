"""Reading pools and volumes: the test driver's and saved XML."""

from pathlib import Path

import libvirt
import pytest

from kvmgui.xml.pool import PoolDoc, VolumeDoc

DATA = Path(__file__).parents[2] / "data" / "xml"
GiB = 1024**3


@pytest.fixture
def conn():
    conn = libvirt.open("test:///default")
    yield conn
    conn.close()


def read(name: str) -> str:
    return (DATA / f"pool-{name}.xml").read_text()


def test_reads_the_test_drivers_default_pool(conn):
    pool = PoolDoc.from_string(conn.storagePoolLookupByName("default-pool").XMLDesc())
    assert (pool.name, pool.type, pool.type_words) == ("default-pool", "dir", "Directory")
    assert pool.target_path == "/default-pool"
    assert (pool.capacity, pool.allocation, pool.available) == (100 * GiB, 0, 100 * GiB)
    assert (pool.source_host, pool.source_dir, pool.source_devices) == (None, None, [])


def test_reads_a_network_pool():
    pool = PoolDoc.from_string(read("netfs"))
    assert (pool.type, pool.type_words) == ("netfs", "Network file system")
    assert (pool.source_host, pool.source_dir) == ("nas.example.org", "/export/vm-images")
    assert (pool.source_format, pool.target_path) == ("nfs", "/var/lib/libvirt/images/nfs")
    assert (pool.capacity, pool.allocation, pool.available) == (1024 * GiB, 256 * GiB, 768 * GiB)


def test_reads_an_lvm_pool_with_sizes_in_gib():
    pool = PoolDoc.from_string(read("logical"))
    assert pool.uuid == "8d1b5f27-3e4c-46a9-9b80-f2e6a71c0d53"
    assert (pool.type_words, pool.source_name) == ("LVM volume group", "vg0")
    assert pool.source_devices == ["/dev/sdb1", "/dev/sdc1"]
    assert (pool.capacity, pool.allocation, pool.available) == (500 * GiB, 120 * GiB, 380 * GiB)


def test_reads_a_volume():
    vol = VolumeDoc.from_string(read("volume-qcow2"))
    assert (vol.name, vol.type, vol.format) == ("fedora39.qcow2", "file", "qcow2")
    assert vol.key == vol.path == "/var/lib/libvirt/images/fedora39.qcow2"
    assert (vol.capacity, vol.allocation) == (20 * GiB, 6 * GiB)

