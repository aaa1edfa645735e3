"""A download over an existing file keeps who may read it."""

from __future__ import annotations

import os
import stat

from kvmgui.libvirt import voldownload
from tests.helpers import run_in_worker
from tests.unit.libvirt.storage_fakes import HOME
from tests.unit.libvirt.test_streams import MemoryStream, MiB, wire  # noqa: F401 - a fixture


def test_a_download_over_a_private_file_keeps_it_private(wire, connected, qtbot, tmp_path):  # noqa: F811
    """A download goes through a new partial file, renamed over the destination at the end.
    That file was made with the usual mode (0644 under umask 022): a VM's disk image saved
    over one only its owner could read (0600, as libvirt makes them) became readable by
    every user of the machine. The replaced file's permissions now stay."""
    wire["stream"] = MemoryStream(b"secret" * MiB)
    dest = tmp_path / "private.img"
    dest.write_bytes(b"old")
    os.chmod(dest, 0o600)
    run_in_worker(qtbot, connected, lambda c: voldownload.download(c, HOME, "web01.qcow2", dest,
                                                                   overwrite=True))
    assert dest.read_bytes() == b"secret" * MiB
    assert stat.S_IMODE(os.stat(dest).st_mode) == 0o600
