"""Which mount a path is on, from the mount table's text alone."""

from __future__ import annotations

import os

import pytest

from kvmgui.utils import mounts
from kvmgui.utils.mounts import mount_of, mount_points

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 253:1 / / rw,relatime - ext4 /dev/vda1 rw
40 27 0:40 / /mnt/nfs rw,relatime - nfs4 server:/export rw,hard
41 27 0:41 / /mnt/my\\040disks rw,relatime - ext4 /dev/vdb1 rw
42 40 0:42 / /mnt/nfs/deeper rw,relatime - tmpfs tmpfs rw
"""


def test_mount_points_are_read_with_escapes_undone():
    assert mount_points(MOUNTINFO) == ["/proc", "/", "/mnt/nfs", "/mnt/my disks", "/mnt/nfs/deeper"]
    assert mount_points("") == []


@pytest.mark.parametrize(("path", "mount"), [
    ("/mnt/nfs", "/mnt/nfs"),  # the mount point itself is the mounted file system's root
    ("/mnt/nfs/", "/mnt/nfs"),
    ("/mnt/nfs/images/a.qcow2", "/mnt/nfs"),
    ("/mnt/nfs2/a.qcow2", "/"),  # whole names only
    ("/mnt/nf", "/"),
    ("/mnt/nfs/deeper/x", "/mnt/nfs/deeper"),  # the longest wins
    ("/mnt/my disks/x.img", "/mnt/my disks"),
    ("/mnt/nfs/../local/x", "/"),  # as the kernel would resolve ".."
    ("relative/path", "/"),
])
def test_a_path_is_on_the_longest_mount_that_holds_it(path, mount):
    assert mount_of(path, mount_points(MOUNTINFO)) == mount


def test_the_table_is_read_again_only_when_stale(monkeypatch, tmp_path):
    table = tmp_path / "mountinfo"
    table.write_text(MOUNTINFO)
    monkeypatch.setattr(mounts, "MOUNTINFO", str(table))
    monkeypatch.setattr(mounts, "_cache", None)
    clock = [100.0]
    monkeypatch.setattr(mounts.time, "monotonic", lambda: clock[0])
    assert "/mnt/nfs" in mounts.current_mount_points()
    table.write_text("27 1 253:1 / / rw - ext4 /dev/vda1 rw\n")
    assert "/mnt/nfs" in mounts.current_mount_points()  # within FRESH_S: the same table
    clock[0] += mounts.FRESH_S + 0.1
    assert mounts.current_mount_points() == ["/"]
    monkeypatch.setattr(mounts, "_cache", None)
    table.unlink()
    assert mounts.current_mount_points() == ["/"]  # no table: every path on "/"


def test_links_are_followed_on_the_paths_own_mount_only(monkeypatch, tmp_path):
    """A link from this mount into another is found out, and nothing on the other mount
    is read (a dead network mount would hang the lstat)."""
    dead = tmp_path / "nfs"
    (dead / "images").mkdir(parents=True)
    (tmp_path / "pool").mkdir()
    (tmp_path / "pool" / "disk.qcow2").write_bytes(b"")
    (tmp_path / "pool" / "to-nfs").symlink_to(dead / "images")  # absolute, onto the other
    (tmp_path / "pool" / "same").symlink_to("disk.qcow2")  # relative, on this mount
    (tmp_path / "pool" / "up").symlink_to("../pool/same")  # through "..", then a link
    (tmp_path / "loop").symlink_to("loop")
    follow = mounts.follow_links
    to_nfs = f"{tmp_path}/pool/to-nfs/vm1.img"
    assert follow(to_nfs, ["/"]) == f"{dead}/images/vm1.img"  # one mount: read through
    points = ["/", str(dead)]
    real_lstat = os.lstat

    def lstat(path, *args, **kwargs):
        assert not str(path).startswith(str(dead)), f"read on the other mount: {path}"
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(mounts.os, "lstat", lstat)
    assert follow(to_nfs, points) == f"{dead}/images/vm1.img"
    assert follow(f"{tmp_path}/pool/same", points) == f"{tmp_path}/pool/disk.qcow2"
    assert follow(f"{tmp_path}/pool/./up", points) == f"{tmp_path}/pool/disk.qcow2"
    assert follow(f"{tmp_path}/pool/missing/x", points) == f"{tmp_path}/pool/missing/x"
    assert follow("relative/path", points) == "relative/path"
    looped = follow(f"{tmp_path}/loop", points)  # gives up; a stat then says ELOOP
    assert looped == f"{tmp_path}/loop"


def test_a_look_runs_only_where_the_links_stay_on_the_mount(tmp_path):
    """The one place imagehead's reads and pathcache's looks decide whether to look here or
    to move to the mount the path's links lead onto."""
    dead = tmp_path / "nfs"
    dead.mkdir()
    (tmp_path / "disk").write_bytes(b"")
    (tmp_path / "same").symlink_to("disk")
    (tmp_path / "to-nfs").symlink_to(dead / "img")
    points = ["/", str(dead)]
    looked: list[str] = []

    def look(path: str) -> str:
        looked.append(path)
        return "looked"

    assert mounts.on_its_mount(str(tmp_path / "same"), points, look) == "looked"
    assert mounts.on_its_mount(str(tmp_path / "to-nfs"), points, look) == mounts.Elsewhere(str(dead / "img"))
    assert looked == [str(tmp_path / "same")]  # the path as given, its links left to the look
