"""Blocking work behind the new-VM wizard; each ``fn(virConnect, …)`` runs in a
worker through ``Connection.run`` (never on the GUI thread).

* :func:`finish_new_vm`: create the disk volume → upload the cloud-init seed →
  define → autostart → start, as one job with progress and a cancel flag; on a
  failure or a cancel everything it created is removed again and the error
  (libvirt's, with its message) is raised (with what is left, if the undo could not
  remove it all). Its volumes come from the storage layer (``volops``) and each
  change is noted as its ``virsh`` line.

What the wizard reads of the host before is in ``newvm_facts``.

No display words here: progress is a :class:`FinishStep`, failures are
exceptions (``connection.error_text`` gives libvirt's message).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

import libvirt

from kvmgui.cloudinit.crypt import hash_password
from kvmgui.libvirt import newvm_images, openstreams, virsh, volops
from kvmgui.libvirt.commands import DataFile, previewing
from kvmgui.libvirt.newvm_taken import refuse_taken
from kvmgui.libvirt.newvm_undo import RollbackIncompleteError, Undo
from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.newvm_build import (
    disk_volume_name,
    disk_volume_xml,
    domain_xml,
    seed_pool,
    seed_volume_name,
    seed_volume_xml,
)
from kvmgui.xml.newvm_pool import disk_for_pool, pool_problems, set_disk_format, uses_volume
from kvmgui.xml.newvm_problems import Problem
from kvmgui.xml.newvm_spec import CloudInitSpec, NewVmSpec, StorageKind
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Marked, Words

log = logging.getLogger(__name__)

STREAM_CHUNK = 256 * 1024


# -- volumes and streams --------------------------------------------------------------


CreateVolume = Callable[[libvirt.virConnect, str, str], "libvirt.virStorageVol | None"]
"""``(conn, pool name, volume XML) → new volume`` (None in a preview): the storage layer's
:func:`kvmgui.libvirt.volops.create_in_pool` unless a caller plugs in another."""


class Cancelled(Exception):  # noqa: N818 (not an error: the user asked for it)
    """The user cancelled; what the job had created is gone again."""


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled


class StreamError(OSError):
    """A libvirt stream that neither worked nor raised libvirt's error."""

    REFUSED = QT_TRANSLATE_NOOP("NewVm", "The host's libvirt refused the data of the upload.")
    NO_DATA = QT_TRANSLATE_NOOP("NewVm", "The host's libvirt sent no data for the download.")

    def __init__(self, text: Marked) -> None:
        super().__init__(str(text))
        self.words = text.words()


def upload_bytes(
    conn: libvirt.virConnect,
    pool: str,
    vol: libvirt.virStorageVol,
    data: bytes,
    cancel: threading.Event | None = None,
) -> None:
    """Write ``data`` to the start of ``vol`` (in ``pool``) through a libvirt stream (works
    on remote hosts). Noted as ``virsh vol-upload --pool POOL NAME FILE``: the data is made
    in memory; in a preview FILE is a file the dialog writes it to, in a job its name."""

    def send() -> None:
        stream = conn.newStream(0)
        with openstreams.held(conn, stream):  # a Disconnect aborts it
            vol.upload(stream, 0, len(data), 0)
            with openstreams.finished(stream):
                view = memoryview(data)
                offset = 0
                while offset < len(data):
                    _check(cancel)
                    sent = stream.send(bytes(view[offset : offset + STREAM_CHUNK]))
                    if sent < 0:
                        raise StreamError(StreamError.REFUSED)
                    offset += sent

    # A preview's line names a file with the data, which its dialog writes (a job's, the name).
    file = DataFile(vol.name(), data) if previewing() else vol.name()
    virsh.vol_upload(conn.storagePoolLookupByName(pool), vol.name(), file, 0, send)


def download_bytes(conn: libvirt.virConnect, pool: str, volume: str) -> bytes:
    """The whole content of a volume, read through a libvirt stream."""
    vol = conn.storagePoolLookupByName(pool).storageVolLookupByName(volume)
    stream = conn.newStream(0)
    chunks = []
    with openstreams.held(conn, stream):  # a Disconnect aborts it
        vol.download(stream, 0, 0, 0)
        with openstreams.finished(stream):
            while True:
                chunk = stream.recv(STREAM_CHUNK)
                if not isinstance(chunk, bytes):  # -2: would block (not in blocking mode)
                    raise StreamError(StreamError.NO_DATA)
                if not chunk:
                    break
                chunks.append(chunk)
    return b"".join(chunks)


# -- the finish job -------------------------------------------------------------------


class PoolUnfitError(ValueError):
    """A new volume's pool cannot hold it (the validator's ``problems``; nothing made yet)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.words: Words = problems[0].words
        super().__init__(self.words.english())


class FinishStep(StrEnum):
    CREATE_DISK = "create-disk"
    UPLOAD_SEED = "upload-seed"
    DEFINE = "define"
    AUTOSTART = "autostart"
    START = "start"
    ROLLBACK = "rollback"  # something failed or was cancelled; undoing


@dataclass(frozen=True)
class FinishResult:
    name: str
    uuid: str
    started: bool
    volumes: tuple[str, ...]  # paths of the volumes created


def defined_name(spec: NewVmSpec, xml: str | None) -> str:
    """The name the job defines: the XML's (hand-edited, it may differ), else the spec's."""
    if xml:
        with contextlib.suppress(XMLParseError):
            return parse_xml(xml).findtext("name") or spec.name
    return spec.name


def hash_typed_password(ci: CloudInitSpec) -> None:
    """The password typed on the cloud-init page as its hash (15-50 ms: done in the
    worker); the plain text leaves the job's spec."""
    if ci.password:
        ci.password_hash, ci.password = hash_password(ci.password), ""


def finish_new_vm(
    conn: libvirt.virConnect,
    spec: NewVmSpec,
    *,
    xml: str | None = None,
    seed: bytes | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[FinishStep], None] | None = None,
    create_volume: CreateVolume = volops.create_in_pool,
) -> FinishResult:
    """Create, define and (if ``spec.start``) start the new VM. Blocking: run in a worker.

    ``xml``: the domain XML when the user edited it (else built from ``spec``); a new
    volume it no longer uses (its disk removed) is not made.
    ``seed``: the cloud-init ISO if already built (else built here from ``spec``).
    ``cancel`` is checked between steps, after the last and between chunks of the upload;
    ``progress`` is called (on the worker thread) before each step (``ROLLBACK`` only when
    something was created). On any failure or :class:`Cancelled`, everything created so
    far is removed, then the exception is raised unchanged; if some of it could not be removed, a
    :class:`RollbackIncompleteError` naming it, from that exception.

    Volumes are made by the storage layer (``create_volume``, XML from
    ``volume_build`` for the pool's type) and every change goes through
    :mod:`kvmgui.libvirt.virsh`, so the job notes the ``virsh`` lines. In a preview
    nothing is made: the lines are noted and the result has no UUID.
    """
    say = progress or (lambda _step: None)
    undo = Undo(conn)
    try:
        _check(cancel)
        name = defined_name(spec, xml)
        refuse_taken(conn, name)
        # A volume the user's XML no longer uses (its disk removed) is not made: it would stay,
        # used by no VM.
        new_disk = (spec.storage.kind is StorageKind.NEW_VOLUME
                    and uses_volume(xml, spec.storage.pool, disk_volume_name(spec)))
        with_seed = spec.uses_cloud_init and uses_volume(xml, seed_pool(spec), seed_volume_name(spec))
        disk_type = volops.pool_type_of(conn, spec.storage.pool) if new_disk else None
        seed_type = volops.pool_type_of(conn, seed_pool(spec)) if with_seed else None
        if problems := list(pool_problems(spec, disk_type, seed_type)):
            raise PoolUnfitError(problems)  # nothing made yet
        if disk_type is not None:
            spec = disk_for_pool(spec, disk_type)  # raw in a pool of block devices
            say(FinishStep.CREATE_DISK)
            pool = spec.storage.pool
            backing, backing_size, backing_format = newvm_images.backing(conn, spec)
            spec = replace(spec, install=replace(spec.install, base_format=backing_format))
            disk = create_volume(conn, pool, disk_volume_xml(spec, backing, backing_size, disk_type))
            if disk is not None:
                undo.volumes.append((pool, disk))
            if xml and not disk_type.info.holds_image_files:  # the user's XML: say the volume's format
                path = disk.path() if disk is not None else ""
                with contextlib.suppress(XMLParseError):  # libvirt's define then says what is wrong
                    xml = set_disk_format(xml, spec, path)
            _check(cancel)
        if with_seed:
            say(FinishStep.UPLOAD_SEED)
            if seed is None:
                # pycdlib and PyYAML load here, in the worker, not when the wizard opens.
                from kvmgui.cloudinit.seed import build_seed  # noqa: PLC0415

                hash_typed_password(spec.cloud_init)
                seed = build_seed(spec)
            data = seed
            pool = seed_pool(spec)
            vol = create_volume(conn, pool, seed_volume_xml(spec, len(data), seed_type or PoolType.DIR))
            if vol is not None:
                undo.volumes.append((pool, vol))
            upload_bytes(conn, pool, vol if vol is not None else virsh.Planned(seed_volume_name(spec)),
                         data, cancel)
            _check(cancel)
        say(FinishStep.DEFINE)
        undo.domain = virsh.define(conn, xml or domain_xml(spec), name, libvirt.VIR_DOMAIN_DEFINE_VALIDATE)
        dom = undo.domain if undo.domain is not None else virsh.planned("domain", name)  # None: a preview
        if spec.autostart:
            _check(cancel)
            say(FinishStep.AUTOSTART)
            virsh.set_autostart(dom, True)
        if spec.start:
            _check(cancel)
            say(FinishStep.START)
            virsh.start(dom)
            undo.started = True
        _check(cancel)  # pressed during the last step: the dialog said it undoes
    except BaseException as exc:
        if undo.made:  # else nothing to remove, and nothing said to be
            say(FinishStep.ROLLBACK)
        if left := undo.run():
            raise RollbackIncompleteError(exc, left) from exc
        raise
    if undo.domain is None:
        return FinishResult(name, "", False, ())
    made = undo.domain
    paths = tuple(v.path() for _pool, v in undo.volumes)
    return FinishResult(made.name(), made.UUIDString(), undo.started, paths)
