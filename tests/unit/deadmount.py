"""A network mount that stopped answering, for tests: every file job under it hangs
until the test lets it go (as a stat, open or write on a dead NFS mount hangs)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kvmgui.libvirt import mountlanes, workers
from kvmgui.wizards.common.schema_check import SchemaCheck

DOMAIN = "<domain type='kvm'><name>a</name><memory>1024</memory><os><type>hvm</type></os></domain>"


class DeadMount:
    """The mount table holds ``path`` (a real directory, so the files are there once the
    mount answers again); wrapped by :meth:`hang`, a function given a path under it
    records the path in ``hung`` and waits for ``release``."""

    def __init__(self, monkeypatch: Any, root: Path) -> None:
        self.path = root / "nfs"
        self.path.mkdir()
        self.release = threading.Event()
        self.hung: list[str] = []
        monkeypatch.setattr(mountlanes, "current_mount_points", lambda: ["/", str(self.path)])

    def under(self, path: object) -> bool:
        return isinstance(path, (str, Path)) and os.path.realpath(path).startswith(str(self.path))

    def hang(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def hanging(*args: Any, **kwargs: Any) -> Any:
            if any(self.under(a) for a in args):
                self.hung.append(str(next(a for a in args if self.under(a))))
                self.release.wait(10)
            return fn(*args, **kwargs)
        return hanging


def others_answer(qtbot: Any, elsewhere: Path) -> None:
    """While a dead mount holds its jobs, a schema check (the shared pool's) and a job on
    another mount still answer."""
    check = SchemaCheck("domain")
    with qtbot.waitSignal(check.checked, timeout=5000):
        check.answer(DOMAIN)
    got: list[object] = []
    mountlanes.submit(str(elsewhere), os.listdir, done=got.append, failed=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert isinstance(got[0], list)
    shared: list[int] = []
    workers.shared().submit(int, "1", done=shared.append)
    qtbot.waitUntil(lambda: shared == [1], timeout=5000)
