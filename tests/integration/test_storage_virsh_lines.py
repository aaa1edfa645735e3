"""The "Show command" lines of the storage actions, run with ``virsh`` against a real isolated
libvirtd: each has the effect of the button (qemu-img and sha256 say so), and the lines of a
pool created by the wizard's job make the same pool."""

from __future__ import annotations

import hashlib
import shlex
import subprocess
import tempfile
from functools import partial

import pytest

from kvmgui.libvirt import poolops, voldownload, volops, volupload
from kvmgui.libvirt.commands import write_files
from kvmgui.libvirt.volops import delete_unused
from kvmgui.wizards.pool.wizard import create_job
from kvmgui.wizards.volume.resize import grow_volume
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from tests.helpers import open_connection
from tests.integration.storage_helpers import GiB, pool_info, qemu_img_info, sparse_test_file

pytestmark = pytest.mark.integration


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lines_of(qtbot, conn, fn, *args):
    future = conn.preview(fn, *args)
    qtbot.waitUntil(future.done, timeout=60000)
    return future.result()


def run_lines(commands):
    """Each line as a user would paste it into a shell (XML files written where the dialog does)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = write_files(commands, folder)
        for command in commands:
            done = subprocess.run(shlex.split(command.line(paths)), capture_output=True, text=True,
                                  timeout=120, check=False)
            assert done.returncode == 0, f"{command.line(paths)}: {done.stderr}"


@pytest.fixture
def pool(isolated_host, registry, qtbot):
    conn = open_connection(registry, qtbot, isolated_host.uri)
    target = isolated_host.tmpdir / "lines"
    xml = pool_xml(PoolSpec("lines", PoolType.DIR, str(target)))
    run_lines(lines_of(qtbot, conn, create_job, xml, True, False, True, True, None, lambda _s: None))
    info = pool_info(isolated_host, "lines")
    assert (info["State"], info["Autostart"]) == ("running", "yes") and target.is_dir()
    uuid = isolated_host.virsh("pool-uuid", "lines").strip()
    qtbot.waitUntil(lambda: connected_pool(conn, uuid), timeout=10000)  # its events reached us
    return conn, uuid, target


def connected_pool(conn, uuid):
    return conn.pools.get(uuid) is not None


def test_volume_lines_do_what_the_buttons_do(pool, qtbot, tmp_path):
    conn, uuid, target = pool
    spec = VolumeSpec("disk.qcow2", "qcow2", Size(1, SizeUnit.GIB))
    run_lines(lines_of(qtbot, conn, volops.create_volume, uuid, volume_spec_xml(spec)))
    info = qemu_img_info(target / "disk.qcow2")
    assert (info["format"], info["virtual-size"]) == ("qcow2", GiB)

    overlay = VolumeSpec("top.qcow2", "qcow2", Size(2, SizeUnit.GIB), backing_path=str(target / "disk.qcow2"),
                         backing_format="qcow2")
    [line] = lines_of(qtbot, conn, volops.create_volume, uuid, volume_spec_xml(overlay))
    assert line.verb == "vol-create-as"
    run_lines([line])
    info = qemu_img_info(target / "top.qcow2")
    assert info["backing-filename"] == str(target / "disk.qcow2") and info["virtual-size"] == 2 * GiB

    run_lines(lines_of(qtbot, conn, grow_volume, uuid, "disk.qcow2", 3 * GiB))
    assert qemu_img_info(target / "disk.qcow2")["virtual-size"] == 3 * GiB

    source = tmp_path / "data.img"
    sparse_test_file(source)
    upload = partial(volupload.upload, create_xml=volupload.new_volume_xml("data.img", source))
    run_lines(lines_of(qtbot, conn, upload, uuid, source))
    assert sha256(target / "data.img") == sha256(source)
    back = tmp_path / "back.img"
    run_lines(lines_of(qtbot, conn, voldownload.download, uuid, "data.img", back))
    assert sha256(back) == sha256(source)

    run_lines(lines_of(qtbot, conn, volops.wipe_volume, uuid, "data.img"))
    assert (target / "data.img").read_bytes() == bytes((target / "data.img").stat().st_size)
    run_lines(lines_of(qtbot, conn, delete_unused, uuid, "data.img"))
    assert not (target / "data.img").exists()
    assert (target / "disk.qcow2").exists()


def test_pool_lines_stop_and_delete_it(pool, qtbot, isolated_host):
    conn, uuid, target = pool
    run_lines(lines_of(qtbot, conn, poolops.stop, uuid))
    assert pool_info(isolated_host, "lines")["State"] == "inactive"
    run_lines(lines_of(qtbot, conn, poolops.start, uuid))
    run_lines(lines_of(qtbot, conn, poolops.remove, uuid))
    assert "lines" not in isolated_host.virsh("pool-list", "--all", "--name").split()
    assert target.is_dir()  # only the definition went
