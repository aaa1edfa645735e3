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


def test_a_file_that_shrinks_while_read_still_has_the_volumes_end_zeroed(tmp_path):
    """A new LV larger than the file gets zeroes from the file's end to its own (``tail``).
    A file cut short while it was read ended the pieces where the read stopped, the tail
    after it: the zeroes went at the wrong offset, short of the volume's end by what the
    file lost, and that much of the device's old data stayed at the end of the new disk.
    What the file lost is now sent as zeroes, so the tail lies where it was announced."""
    chunk = filepump.CHUNK
    path = tmp_path / "disk.img"
    path.write_bytes(os.urandom(3 * chunk))
    tail = 5 * chunk
    fd = os.open(path, os.O_RDONLY)
    try:
        sent: list[filepump.Piece] = []
        for piece in filepump.pieces(fd, tail):
            if not sent:
                os.truncate(path, chunk + 10)  # another program rewrites it meanwhile
            sent.append(piece)
    finally:
        os.close(fd)
    lengths = [len(p) if isinstance(p, bytes) else p for p in sent]
    assert sum(lengths) == 3 * chunk + tail  # as many bytes as the upload announced
    assert sent[-1] == tail and sum(lengths[:-1]) == 3 * chunk  # the tail at the file's end


def test_the_exit_waits_for_a_given_up_downloads_partial_file_to_go(tmp_path, monkeypatch):
    """A download that fails or is cancelled waits ``SETTLE_WAIT_S`` for its file's thread
    to remove the partial file, then leaves it to that thread (a daemon: one hung on a dead
    mount must not hold the exit). At exit nothing waited for it: a write still under way on
    a slow disk (a USB stick flushing) outlasted the wait, the process ended with the
    thread, and ``<dest>.part`` stayed. The exit now gives such threads its grace."""
    part = tmp_path / "out.img.part"
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    xfer = Transfer()
    xfer.begin(3)
    writing, slow = threading.Event(), threading.Event()
    real_write = os.write

    def slow_write(target: int, data: bytes) -> int:
        if target == fd:
            writing.set()
            slow.wait(10)  # the disk takes its time
        return real_write(target, data)

    def settle(complete: bool) -> None:
        os.close(fd)
        if not complete:
            part.unlink()

    monkeypatch.setattr(os, "write", slow_write)
    # Only this test's file threads: one another test left hung would be waited for too.
    monkeypatch.setattr(filepump, "_unsettled", set(), raising=False)
    writer = filepump.Writer(fd, xfer, settle)
    writer.write(b"abc")
    assert writing.wait(5)
    xfer.cancel()
    writer.give_up(wait=0.05)  # as the download does, SETTLE_WAIT_S: its job then ends
    assert part.exists()  # still being written
    threading.Timer(0.3, slow.set).start()
    assert filepump.wait_at_exit(10)  # what app.main does once the jobs ended
    assert not part.exists()


def test_a_file_cut_between_the_data_and_hole_probes_still_sends_its_length(tmp_path, monkeypatch):
    """The pieces find data with SEEK_DATA and its end with SEEK_HOLE. A file cut short by
    another program between the two probes, below the offset read from, made SEEK_HOLE
    fail with ENXIO (at the end): the upload failed with "No such device or address",
    where a file cut short anywhere else is sent with what it lost as zeroes."""
    chunk = filepump.CHUNK
    path = tmp_path / "disk.img"
    path.write_bytes(os.urandom(3 * chunk))
    real_lseek = os.lseek
    cut = []

    def lseek(fd, pos, how):
        if how == os.SEEK_HOLE and not cut:
            cut.append(pos)
            os.truncate(path, pos)  # another program rewrites it meanwhile
        return real_lseek(fd, pos, how)

    monkeypatch.setattr(filepump.os, "lseek", lseek)
    fd = os.open(path, os.O_RDONLY)
    try:
        sent = list(filepump.pieces(fd, 0, 3 * chunk))
    finally:
        os.close(fd)
    assert cut  # the file was cut between the probes
    lengths = [len(p) if isinstance(p, bytes) else p for p in sent]
    assert sum(lengths) == 3 * chunk  # as many bytes as the upload announced
    assert isinstance(sent[-1], int)  # what it lost, as zeroes
