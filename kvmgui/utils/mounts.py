"""Which mounted file system a path is on, from the mount table alone.

The table comes from ``/proc/self/mountinfo``, which the kernel answers without asking
any file system: finding the mount of a path on a dead network mount never hangs, where
a ``stat`` of it would. Symbolic links are not followed (that would need the file
systems); a path through a link counts as on the mount its text names.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence

MOUNTINFO = "/proc/self/mountinfo"
FRESH_S = 2.0  # mounts come and go rarely; one read serves the keys typed meanwhile

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
