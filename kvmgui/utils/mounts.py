"""Which mounted file system a path is on, from the mount table alone.

The table comes from ``/proc/self/mountinfo``, which the kernel answers without asking
any file system: finding the mount of a path on a dead network mount never hangs, where
a ``stat`` of it would. ``mount_of`` does not follow symbolic links (that needs the file
systems); ``follow_links`` does, asking only the file system the path's text is on.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

MOUNTINFO = "/proc/self/mountinfo"
FRESH_S = 2.0  # mounts come and go rarely; one read serves the keys typed meanwhile
MAX_LINKS = 40  # as the kernel's limit on links followed in one lookup
MAX_HOPS = 8  # mounts a path's links may lead through before a look gives up

T = TypeVar("T")

_OCTAL = re.compile(r"\\([0-7]{3})")
_cache: tuple[float, list[str]] | None = None


def mount_points(mountinfo: str) -> list[str]:
    """The mount points listed in a mountinfo text (its fifth field, with the kernel's
    octal escapes of spaces, tabs, newlines and backslashes undone)."""
    points = []
    for line in mountinfo.splitlines():
        fields = line.split(" ")
        if len(fields) > 4:
            points.append(_OCTAL.sub(lambda m: chr(int(m[1], 8)), fields[4]))
    return points


def mount_of(path: str, points: Sequence[str]) -> str:
    """The mount point ``path`` is on: the longest of ``points`` that contains it
    (whole names only: /mnt/nfs2 is not on /mnt/nfs); "/" if none."""
    path = os.path.normpath(path)
    best = "/"
    for point in points:
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best = point
    return best


def current_mount_points() -> list[str]:
    """This process's mount points, read again at most every ``FRESH_S``."""
    global _cache
    now = time.monotonic()
    if _cache is None or now - _cache[0] > FRESH_S:
        try:
            with open(MOUNTINFO, encoding="utf-8", errors="surrogateescape") as table:
                points = mount_points(table.read())
        except OSError:  # not Linux, or no /proc: every path counts as on "/"
            points = ["/"]
        _cache = (now, points)
    return _cache[1]


def follow_links(path: str, points: Sequence[str]) -> str:
    """``path`` with its symbolic links followed for as long as they stay on the mount
    its text names, and no further: the first name on another mount ends the walk, and
    the rest of the path is returned unread. Only that one file system is asked
    (``lstat`` and ``readlink``), so a link from a local disk into a dead network mount
    is found out without touching the dead mount.

    Blocking (a worker's). A name that cannot be read (missing, no permission), a
    relative ``path`` or more than ``MAX_LINKS`` links end the walk too: a ``stat`` on
    the same mount then says why.
    """
    if not os.path.isabs(path):
        return path
    mount = mount_of(path, points)
    todo = [part for part in path.split("/") if part]
    done, links = "/", 0
    while todo:
        part = todo.pop(0)
        if part == ".":
            continue
        here = os.path.dirname(done) if part == ".." else os.path.join(done, part)
        if mount_of(here, points) != mount:
            return os.path.join(here, *todo)
        try:
            mode = os.lstat(here).st_mode
        except OSError:
            return os.path.join(here, *todo)
        if not stat.S_ISLNK(mode):
            done = here
            continue
        links += 1
        try:
            target = os.readlink(here)
        except OSError:
            return os.path.join(here, *todo)
        if links > MAX_LINKS:
            return os.path.join(here, *todo)
        todo = [p for p in target.split("/") if p] + todo
        if target.startswith("/"):
            done = "/"
    return done


@dataclass(frozen=True)
class Elsewhere:
    """A look's answer: the path's links lead to ``path``, on another mount."""

    path: str


def on_its_mount(path: str, points: Sequence[str], look: Callable[[str], T]) -> T | Elsewhere:
    """``look(path)``, or :class:`Elsewhere` where ``path``'s links lead off its mount.

    A link on this mount may lead onto another one, maybe a dead network mount: ``look``
    (a ``stat``, an ``open``) would follow it and hang the thread of this mount, holding
    every look on it. So the links are followed on this mount alone first; where they
    leave it, the caller looks again on the other mount's thread (at most ``MAX_HOPS``
    times). Blocking (a worker's)."""
    where = follow_links(path, points)
    if mount_of(where, points) != mount_of(path, points):
        return Elsewhere(where)
    return look(path)
