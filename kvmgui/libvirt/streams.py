"""Volume upload and download through libvirt streams. Run only in workers.

Decision: *blocking* streams (``newStream(0)``) driven by the worker thread
that runs the job, with libvirt-python's ``sendAll``/``recvAll`` and their
sparse variants doing the loop. Not a non-blocking stream on the event loop:
that loop is the GUI thread's (GLib under Qt), and every 256 KiB chunk would
then be copied through Python on the GUI thread. In a worker the GUI thread
never sees the data; libvirt-python releases the GIL while it waits on the
socket, so the window stays responsive. The same code serves remote hosts:
the stream runs over the libvirt connection itself.

Progress goes to a :class:`~kvmgui.libvirt.transfers.Transfer` (see there); the loop
notices its ``cancel()`` before the next chunk and aborts the stream. The local file is
read or written by a thread of its own (:mod:`kvmgui.libvirt.filepump`), so a file on a
network mount that stopped answering keeps no Cancel from aborting the stream.

Faults and cancel leave nothing half-made: an upload removes the volume it created (one
the host will not delete is named: :class:`VolumeLeftError`), a download removes its
partial file unless ``keep_partial`` (it then stays as ``<dest>.part``). A download is
written to ``<dest>.part`` and only renamed to ``dest`` once complete, so a file already
at ``dest`` is replaced only by a whole one. A file already named ``<dest>.part`` (a
crash's, a browser's) is never overwritten: the download then goes through
``<dest>.<random>.part``.

Sparse streams (holes sent as lengths, not zeroes) are used where asked and
the host takes them; a host that refuses the flag gets a plain stream and
the result says so. An upload into an *existing* volume is never sparse: the
host skips the holes over whatever data the volume held, which would then
show through.

A new volume of a block pool may come out larger than the file (an LV is whole extents,
4 MiB by default; a partition is aligned), and its end past the file holds what the
device held before: another VM's old data, which the guest would read as the end of its
disk. An upload into a new volume therefore writes zeroes on from the file's end to the
volume's (as a hole on a sparse stream: libvirt writes a hole on a block device as zeroes).

Each transfer is noted as its ``virsh vol-upload`` / ``vol-download`` line (and the
volume an upload makes as ``vol-create-as``), through :mod:`kvmgui.libvirt.virsh`.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import libvirt

from kvmgui.libvirt import filepump, openstreams, virsh
from kvmgui.libvirt.commands import previewing
from kvmgui.libvirt.localfiles import LocalFile
from kvmgui.libvirt.localfiles import new_partial as _new_partial
from kvmgui.libvirt.transfers import (
    Transfer,
    TransferCancelledError,
    TransferResult,
    VolumeLeftError,
)
from kvmgui.xml.pool import PoolDoc, VolumeDoc
from kvmgui.xml.pool_types import PoolType, known_pool_type
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec

# libvirt's answers when a host or backend does not do sparse streams.
_NO_SPARSE = (libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_INVALID_ARG,
              libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED, libvirt.VIR_ERR_OPERATION_UNSUPPORTED)


@dataclass(slots=True)
class _Source:
    """What an upload sends: the pieces ``reader`` hands out (``head``: the one being sent,
    or what is left of it); holes are sent as holes on a sparse stream, else as zeroes."""

    reader: filepump.Reader
    xfer: Transfer
    head: filepump.Piece | None = None
    ended: bool = False

    def peek(self) -> filepump.Piece | None:
        if self.head is None and not self.ended:
            self.head = self.reader.take()
            self.ended = self.head is None
        return self.head


def _no_sparse(exc: libvirt.libvirtError) -> bool:
    return exc.get_error_code() in _NO_SPARSE


# -- upload -----------------------------------------------------------------------------------


def new_volume_xml(name: str, source: str | os.PathLike[str] | LocalFile,
                   pool_type: PoolType = PoolType.DIR) -> str:
    """XML for a volume of a ``pool_type`` pool to upload ``source`` into, as large as
    the file: in a file pool a raw, empty (all holes) file, whose real format (qcow2,
    ISO…) libvirt reads from the content after the upload; in a block pool a fully
    allocated volume with the pool's default format (a partition has no "raw", and a
    sparse LV is an LVM snapshot that breaks once the upload fills it), which the host may
    make larger (:func:`upload` zeroes its end)."""
    size = source.size if isinstance(source, LocalFile) else os.path.getsize(source)
    fmt = "raw" if "raw" in pool_type.info.volume_formats else ""
    spec = VolumeSpec(name=name, format=fmt, capacity=Size(size, SizeUnit.BYTES))
    return volume_spec_xml(spec, pool_type)


def pool_type_of(conn: libvirt.virConnect, pool_uuid: str) -> PoolType:
    """The pool's type (how a new volume's XML must look); a directory's for a type
    kvmgui does not know."""
    doc = PoolDoc.from_string(conn.storagePoolLookupByUUIDString(pool_uuid).XMLDesc(0))
    return known_pool_type(doc.type or "") or PoolType.DIR


def upload(conn: libvirt.virConnect, pool_uuid: str, source: str | os.PathLike[str] | LocalFile,
           transfer: Transfer | None = None, *, name: str = "", create_xml: str = "",
           sparse: bool = True) -> TransferResult:
    """Upload the local file ``source`` (a path, or one opened by ``localfiles.open_source``,
    which this closes) into volume ``name`` of the pool, or into a
    new volume made from ``create_xml`` (see :func:`new_volume_xml`), which is
    deleted again if the upload fails or is cancelled. A new volume larger than the file
    gets zeroes from the file's end to its own (``total`` counts them)."""
    xfer = transfer or Transfer()
    if isinstance(source, LocalFile):
        if not source.claim():  # dropped meanwhile (cancelled)
            raise TransferCancelledError(None)
        held, path = [source], source.path  # held: emptied once _upload has it
    else:
        held, path = [], Path(source)
    try:
        return _upload_into(conn, pool_uuid, path, xfer, held, name, create_xml, sparse)
    finally:
        if held:
            with contextlib.suppress(OSError):
                os.close(held[0].fd)


def _upload_into(conn: libvirt.virConnect, pool_uuid: str, source: Path, xfer: Transfer,
                 held: list[LocalFile], name: str, create_xml: str, sparse: bool) -> TransferResult:
    pool = conn.storagePoolLookupByUUIDString(pool_uuid)
    vol_name = name
    # Cancelled while the job read the file's size (a mount may hang there): no volume is
    # made only to be deleted again.
    xfer.check()
    if create_xml:
        vol_name = VolumeDoc.from_string(create_xml).name or name
        vol = virsh.vol_create(pool, create_xml, vol_name)
    else:
        vol = pool.storageVolLookupByName(name)
    if vol is None:  # a preview: the volume was not made, the upload is only noted
        _upload(conn, pool, virsh.Planned(vol_name), source, xfer,
                sparse and bool(create_xml), held=held)
        return TransferResult(vol_name, "", 0, 0, sparse, 0.0)
    try:
        # The size the host gave the new volume (an LV's is whole extents): its end past
        # the file is zeroed. An existing volume's own data past the file stays, as virsh
        # vol-upload leaves it.
        size = int(vol.info()[1]) if create_xml else 0
        used_sparse, seconds = _upload(conn, pool, vol, source, xfer,
                                       sparse and bool(create_xml), size, held)
    except BaseException as exc:
        if create_xml:
            try:
                virsh.vol_delete_in(pool, vol)
            except libvirt.libvirtError as undo:  # said: the window would say nothing was kept
                raise VolumeLeftError(vol_name, exc, undo) from exc
        raise
    try:  # asked of the host: one that stopped answering now fails no finished upload
        where = vol.path()
    except libvirt.libvirtError:
        where = ""
    return TransferResult(vol.name(), where, xfer.total, xfer.sent, used_sparse, seconds, vol.key())


def _upload(conn: libvirt.virConnect, pool: libvirt.virStoragePool, vol: libvirt.virStorageVol,
            source: Path, xfer: Transfer, sparse: bool, size: int = 0,
            held: list[LocalFile] | None = None) -> tuple[bool, float]:
    """Send ``source`` (the file in ``held`` if any, which this then takes out and closes),
    then zeroes up to ``size`` bytes (the new volume's) if it is larger."""
    local = held.pop() if held else None
    fd_ = local.fd if local is not None else os.open(source, os.O_RDONLY | os.O_CLOEXEC)
    reader: filepump.Reader | None = None
    try:
        length = local.size if local is not None else os.fstat(fd_).st_size
        tail = max(size - length, 0)
        xfer.begin(length + tail)
        xfer.check()
        opened = False  # the host took the upload: a failure after this is no "no sparse"

        def run(flags: int) -> None:
            nonlocal opened, reader
            stream = conn.newStream(0)
            with openstreams.held(conn, stream):  # a Disconnect aborts it
                vol.upload(stream, 0, 0, flags)
                opened = True
                if reader is None:  # not in a preview: nothing is read there
                    # Its length as read when the volume was made, whatever the file has now.
                    reader = filepump.Reader(fd_, xfer, tail, length)  # its thread closes fd
                src = _Source(reader, xfer)
                try:
                    if flags & libvirt.VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM:
                        stream.sparseSendAll(_read_chunk, _section, _skip, src)
                    else:
                        stream.sendAll(_read_chunk, src)
                    stream.finish()
                except BaseException:
                    with contextlib.suppress(libvirt.libvirtError):
                        stream.abort()
                    raise

        flags = libvirt.VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM if sparse else 0
        try:
            virsh.vol_upload(pool, vol.name(), str(source), flags, lambda: run(flags))
        except libvirt.libvirtError as exc:
            if not sparse or opened or not _no_sparse(exc):
                raise
            sparse = False
            virsh.vol_upload(pool, vol.name(), str(source), 0, lambda: run(0))
    finally:
        if reader is None:
            os.close(fd_)
        else:
            reader.give_up()  # done by then, or hung in a read: it closes fd when it ends
    xfer.end()
    return sparse, xfer.elapsed




def _read_chunk(_stream: Any, nbytes: int, src: _Source) -> bytes:
    src.xfer.check()
    piece = src.peek()
    if piece is None:
        return b""
    if isinstance(piece, int):  # a hole on a plain stream: its zeroes
        data = bytes(min(nbytes, piece))
        src.head = piece - len(data) or None
    else:
        data = piece[:nbytes]
        src.head = piece[nbytes:] or None
    src.xfer.advance(len(data))
    return data


def _section(_stream: Any, src: _Source) -> list[Any]:
    """[in data?, bytes to the end of this data section or hole]; [False, 0] at the end."""
    piece = src.peek()
    if piece is None:
        return [False, 0]
    return [False, piece] if isinstance(piece, int) else [True, len(piece)]


def _skip(_stream: Any, length: int, src: _Source) -> int:
    src.xfer.check()
    piece = src.peek()
    assert isinstance(piece, int) and length <= piece  # as _section said
    src.head = piece - length or None
    src.xfer.advance(length, hole=True)
    return 0


# -- download ---------------------------------------------------------------------------------


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
            try:
                if flags & libvirt.VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM:
                    stream.sparseRecvAll(_write_chunk, _make_hole, (writer, xfer))
                else:
                    stream.recvAll(_write_chunk, (writer, xfer))
                writer.drain()  # all of it in the file before the host is told it went well
                stream.finish()
            except BaseException:
                with contextlib.suppress(libvirt.libvirtError):
                    stream.abort()
                raise

    flags = libvirt.VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM if sparse else 0
    try:
        virsh.vol_download(pool, vol.name(), dest, flags, lambda: run(flags))
    except libvirt.libvirtError as exc:
        if not sparse or opened or not _no_sparse(exc):
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
