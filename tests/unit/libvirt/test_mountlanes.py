"""File jobs on a thread per mount: a hung mount holds only its own jobs."""

from __future__ import annotations

import os
from pathlib import Path

from kvmgui.libvirt import mountlanes
from kvmgui.libvirt.mountlanes import OneAtATime
from tests.unit.deadmount import others_answer


def test_a_job_through_a_link_into_a_hung_mount_holds_only_that_mount(qtbot, tmp_path, dead_mount):
    """A link on a local disk into a dead mount: the job follows it on the dead mount's
    thread, with the path the link leads to."""
    (dead_mount.path / "keys").mkdir()
    link = tmp_path / "ssh"
    link.symlink_to(dead_mount.path / "keys")
    got: list[object] = []
    mountlanes.submit(str(link), dead_mount.hang(os.listdir), done=got.append)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert dead_mount.hung == [str(dead_mount.path / "keys")]
    others_answer(qtbot, tmp_path)
    assert got == []
    dead_mount.release.set()
    qtbot.waitUntil(lambda: got == [[]], timeout=5000)


def test_a_job_asked_again_while_it_hangs_is_not_queued_again(qtbot, tmp_path, dead_mount):
    jobs = OneAtATime()
    first: list[object] = []
    second: list[object] = []
    target = str(dead_mount.path)
    assert jobs.submit("list", target, dead_mount.hang(os.listdir), done=first.append)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert not jobs.submit("list", target, dead_mount.hang(os.listdir), done=second.append)
    assert "list" in jobs
    dead_mount.release.set()
    qtbot.waitUntil(lambda: bool(second), timeout=5000)
    assert first == [] and len(dead_mount.hung) == 1 and "list" not in jobs
    assert jobs.submit("list", target, os.listdir, done=first.append)  # ended: asked anew
    qtbot.waitUntil(lambda: bool(first), timeout=5000)


def test_a_failure_goes_to_the_last_ask(qtbot, tmp_path: Path):
    jobs = OneAtATime()
    failures: list[BaseException] = []
    jobs.submit("read", str(tmp_path / "missing"), open, failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], FileNotFoundError)
