"""Volume upload through a blocking libvirt stream, in a worker (the decisions it follows
are in :mod:`kvmgui.libvirt.streams`)."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import libvirt

from kvmgui.libvirt import filepump, openstreams, virsh
from kvmgui.libvirt.localfiles import LocalFile, length_at, length_of
from kvmgui.libvirt.streams import no_sparse
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


def new_volume_xml(name: str, source: str | os.PathLike[str] | LocalFile,
                   pool_type: PoolType = PoolType.DIR) -> str:
    """XML for a volume of a ``pool_type`` pool to upload ``source`` into, as large as
    the file: in a file pool a raw, empty (all holes) file, whose real format (qcow2,
    ISO…) libvirt reads from the content after the upload; in a block pool a fully
    allocated volume with the pool's default format (a partition has no "raw", and a
    sparse LV is an LVM snapshot that breaks once the upload fills it), which the host may
    make larger (:func:`upload` zeroes its end)."""
    size = source.size if isinstance(source, LocalFile) else length_at(source)
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
        length = local.size if local is not None else length_of(fd_)
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
                with openstreams.finished(stream):
                    if flags & libvirt.VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM:
                        stream.sparseSendAll(_read_chunk, _section, _skip, src)
                    else:
                        stream.sendAll(_read_chunk, src)

        flags = libvirt.VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM if sparse else 0
        try:
            virsh.vol_upload(pool, vol.name(), str(source), flags, lambda: run(flags))
        except libvirt.libvirtError as exc:
            if not sparse or opened or not no_sparse(exc):
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
