"""filepump's Writer on its own: how a download's file is settled."""

import os
import threading

from kvmgui.libvirt import filepump
from kvmgui.libvirt.transfers import Transfer, TransferCancelledError


class _WatchedTransfer(Transfer):
    """Says (``noticed``) when the stream's side looks at a Cancel already given."""

    def __init__(self) -> None:
        super().__init__()
        self.noticed = threading.Event()

    def check(self) -> None:
        if self.cancelled:
            self.noticed.set()
        super().check()


def test_cancel_during_the_final_rename_is_not_reported_as_a_cancel(tmp_path):
    """Cancel landing while the complete file was being renamed to its name made the
    download say "cancelled" (the window closed as if nothing was kept) while the whole
    file then stood at its destination. Once the file is handed over as complete, the
    outcome is the rename's: the download is reported complete."""
    part, dest = tmp_path / "out.img.part", tmp_path / "out.img"
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    xfer = _WatchedTransfer()
    xfer.begin(3)

    def settle(complete: bool) -> None:
        os.close(fd)
        if complete:
            xfer.cancel()  # the user's Cancel, while the rename runs
            # Time for the stream's side to answer it: on the code before the fix it did.
            xfer.noticed.wait(1)
            os.replace(part, dest)

    writer = filepump.Writer(fd, xfer, settle)
    writer.write(b"abc")
    writer.drain()
    try:
        writer.finish()
        outcome = "complete"
    except TransferCancelledError:
        outcome = "cancelled"
        writer.give_up(wait=5)
    assert dest.read_bytes() == b"abc"
    assert outcome == "complete"
