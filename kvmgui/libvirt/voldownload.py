"""Volume download through a blocking libvirt stream, in a worker, into ``<dest>.part``
renamed once whole (the decisions it follows are in :mod:`kvmgui.libvirt.streams`)."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import Any

import libvirt

from kvmgui.libvirt import filepump, openstreams, virsh
from kvmgui.libvirt.commands import previewing
from kvmgui.libvirt.localfiles import LocalFile
from kvmgui.libvirt.localfiles import new_partial as _new_partial
from kvmgui.libvirt.streams import no_sparse
from kvmgui.libvirt.transfers import Transfer, TransferCancelledError, TransferResult


def download(conn: libvirt.virConnect, pool_uuid: str, name: str, dest: str | os.PathLike[str],
             transfer: Transfer | None = None, *, sparse: bool = True, keep_partial: bool = False,
             overwrite: bool = False, partial: LocalFile | None = None) -> TransferResult:
    """Download volume ``name`` of the pool into the local file ``dest``, through
    ``partial`` if given (from ``localfiles.open_partial``; this closes it), else through a
    partial file it makes.

    Raises ``FileExistsError`` when ``dest`` exists and ``overwrite`` is False,
    :class:`TransferCancelledError` on cancel, libvirt's error on failure.
    """
    xfer = transfer or Transfer()
    target = Path(dest)
    if partial is not None and not partial.claim():  # dropped meanwhile (cancelled)
        raise TransferCancelledError(None)
    try:
        if not overwrite and target.exists():  # a look at a mount that may hang, only if needed
            raise FileExistsError(errno.EEXIST, "file exists", str(target))
        pool = conn.storagePoolLookupByUUIDString(pool_uuid)
        vol = pool.storageVolLookupByName(name)
        try:
            total = int(vol.infoFlags(libvirt.VIR_STORAGE_VOL_GET_PHYSICAL)[2])
        except libvirt.libvirtError:
            total = int(vol.info()[1])
        if previewing():  # the line only: no file is made (one made already goes again)
            _download(conn, pool, vol, None, str(target), xfer, total, sparse)
            if partial is not None:
                partial.close(remove=True)
            return TransferResult(name, str(target), total, 0, sparse, 0.0)
        xfer.check()  # cancelled meanwhile: no partial file made only to be removed
    except BaseException:
        if partial is not None:
            partial.close(remove=True)
        raise
    fd, part = (partial.fd, partial.path) if partial is not None else _new_partial(target)

    def settle(complete: bool) -> None:  # on the file's thread, last
        try:
            os.close(fd)
            if complete:
                os.replace(part, target)
                return
        except OSError:
            complete = False
            raise
        finally:
            if not complete and not keep_partial:
                with contextlib.suppress(OSError):
                    part.unlink()

    writer = filepump.Writer(fd, xfer, settle)
    try:
        used_sparse = _download(conn, pool, vol, writer, str(target), xfer, total, sparse)
        writer.finish()
    except BaseException as exc:
        # It removes the partial file: waited for a while, and else done once its disk answers.
        writer.give_up(wait=filepump.SETTLE_WAIT_S)
        if isinstance(exc, TransferCancelledError):
            raise TransferCancelledError(str(part) if keep_partial else None) from None
        raise
    xfer.end()
    return TransferResult(name, str(target), total, xfer.sent, used_sparse, xfer.elapsed)


def _download(conn: libvirt.virConnect, pool: libvirt.virStoragePool, vol: libvirt.virStorageVol,
              writer: filepump.Writer | None, dest: str, xfer: Transfer, total: int,
              sparse: bool) -> bool:
    """Into ``writer`` (None: a preview, which only notes the line); the line names
    ``dest``, where the file ends up (virsh writes it there directly, we through
    ``dest.part``)."""
    xfer.begin(total)
    xfer.check()
    opened = False

    def run(flags: int) -> None:
        nonlocal opened
        assert writer is not None  # a preview runs no stream
        stream = conn.newStream(0)
        with openstreams.held(conn, stream):  # a Disconnect aborts it
            vol.download(stream, 0, 0, flags)
            opened = True
            with openstreams.finished(stream):
                if flags & libvirt.VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM:
                    stream.sparseRecvAll(_write_chunk, _make_hole, (writer, xfer))
                else:
                    stream.recvAll(_write_chunk, (writer, xfer))
                writer.drain()  # all of it in the file before the host is told it went well

    flags = libvirt.VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM if sparse else 0
    try:
        virsh.vol_download(pool, vol.name(), dest, flags, lambda: run(flags))
    except libvirt.libvirtError as exc:
        if not sparse or opened or not no_sparse(exc):
            raise
        sparse = False
        virsh.vol_download(pool, vol.name(), dest, 0, lambda: run(0))
    return sparse


def _write_chunk(_stream: Any, data: bytes, opaque: tuple[filepump.Writer, Transfer]) -> int:
    writer, xfer = opaque
    xfer.check()
    writer.write(data)
    xfer.advance(len(data))
    return len(data)


def _make_hole(_stream: Any, length: int, opaque: tuple[filepump.Writer, Transfer]) -> int:
    writer, xfer = opaque
    xfer.check()
    writer.hole(length)
    xfer.advance(length, hole=True)
    return 0
