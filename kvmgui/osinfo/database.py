"""Load the OS database, search it by name, detect install media.

``load_database()`` (about half a second) and ``OsDatabase.detect_media()``
(reads the ISO) block and belong in a worker. Loading keeps only a light index
(:class:`OsEntry`); ``search`` works on it in plain Python, and ``get`` turns one
OS into an :class:`OsSpec` from libosinfo's in-memory data (about a millisecond,
cached), so both may run on the GUI thread. libosinfo calls are serialised by a
lock, held only around in-memory work, never around file reads.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kvmgui.osinfo.convert import family_of, os_spec
from kvmgui.xml.filereasons import errno_reason
from kvmgui.xml.newvm_spec import (
    GENERIC_LINUX,
    GENERIC_OSES,
    GENERIC_OTHER,
    GENERIC_WINDOWS,
    OsFamily,
    OsSpec,
)

log = logging.getLogger(__name__)

ISO_SECTOR = 2048
# Labels of Microsoft's install media: CCCOMA_X64FRE_EN-US_DV9, CPBA_X64FRE_…, SSS_X64FREE_…
_WINDOWS_LABEL = re.compile(r"(X64|X86|A64)FREE?_|^CCCOMA_|^CCSA_|^CPBA_|^CENA_|^J_CCSA|^WIN", re.IGNORECASE)


class MediaProblem(StrEnum):
    UNREADABLE = "unreadable"  # the file cannot be opened or read
    NOT_ISO = "not-iso"  # no ISO 9660 volume descriptor
    NOT_BOOTABLE = "not-bootable"  # libosinfo refused it (no El Torito boot record, …)


class MediaError(Exception):
    """The file cannot be used as install media: ``reason`` for logic and words,
    ``detail`` libosinfo's or the system's own message (may be empty), or for a file
    error kvmgui has words for, those (a ``Marked`` text, for ``say``)."""

    def __init__(self, reason: MediaProblem, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class OsEntry:
    """One line of the OS list."""

    short_id: str
    name: str  # shown through QCoreApplication.translate("OsName", name)
    family: OsFamily
    release_date: str = ""  # ISO date; "" when unknown
    osinfo_id: str = ""  # libosinfo's URI; "" for the generic profiles


@dataclass(frozen=True, slots=True)
class DetectedMedia:
    """What an ISO is. ``os`` is None when nothing matched; ``matched`` says whether
    libosinfo knew it (False for the generic guess made from the label alone)."""

    os: OsSpec | None
    volume_id: str = ""
    arch: str = ""
    installer: bool = True
    live: bool = False
    matched: bool = False


def _libosinfo() -> Any | None:
    """The Libosinfo GI module, or None when PyGObject or the typelib is missing."""
    try:
        import gi  # noqa: PLC0415 (optional dependency, imported when first needed)

        gi.require_version("Libosinfo", "1.0")
        from gi.repository import Libosinfo  # noqa: PLC0415
    except (ImportError, ValueError) as exc:
        log.info("libosinfo is not available: %s", exc)
        return None
    return Libosinfo


def read_volume_id(path: str) -> str:
    """The ISO 9660 volume label of ``path`` (primary volume descriptor, sector 16)."""
    try:
        with open(path, "rb") as f:
            f.seek(16 * ISO_SECTOR)
            pvd = f.read(ISO_SECTOR)
    except OSError as exc:
        raise MediaError(MediaProblem.UNREADABLE,
                         errno_reason(exc.errno) or exc.strerror or str(exc)) from exc
    if len(pvd) < 72 or pvd[1:6] != b"CD001":
        raise MediaError(MediaProblem.NOT_ISO)
    return pvd[40:72].decode("ascii", "replace").strip()


def _guess_from_label(volume_id: str) -> OsSpec | None:
    return GENERIC_WINDOWS if _WINDOWS_LABEL.search(volume_id) else None


_GENERIC_ENTRIES = [OsEntry(s.short_id, s.name, s.family) for s in GENERIC_OSES]


@dataclass
class OsDatabase:
    """The loaded database: ``entries`` holds the generic profiles first, then every
    OS libosinfo knows, newest first. ``available``: libosinfo was loaded."""

    entries: list[OsEntry] = field(default_factory=lambda: list(_GENERIC_ENTRIES))
    available: bool = False
    load_seconds: float = 0.0
    _db: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _cache: dict[tuple[str, str], OsSpec] = field(default_factory=dict)
    _ids: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._ids = {entry.short_id: entry.osinfo_id for entry in self.entries if entry.osinfo_id}

    def get(self, short_id: str, arch: str = "x86_64") -> OsSpec | None:
        """The OS with its defaults for ``arch``; None when unknown."""
        generic = next((s for s in GENERIC_OSES if s.short_id == short_id), None)
        if generic is not None or self._db is None or short_id not in self._ids:
            return generic
        key = (short_id, arch)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = os_spec(self._db.get_os(self._ids[short_id]), arch)
            return self._cache[key]

    def search(self, text: str, limit: int = 100) -> list[OsEntry]:
        """OSes whose name or short id contains every word of ``text`` (any case):
        the exact short id first, then names or ids starting with the text, then
        the rest; newest first within each. Empty text: the generic profiles."""
        words = text.lower().split()
        if not words:
            return list(_GENERIC_ENTRIES)
        whole = " ".join(words)
        ranked = []
        for order, entry in enumerate(self.entries):
            name, short = entry.name.lower(), entry.short_id.lower()
            if not all(w in name or w in short for w in words):
                continue
            rank = 0 if short == whole else 1 if name.startswith(whole) or short.startswith(whole) else 2
            ranked.append((rank, order, entry))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return [entry for _rank, _order, entry in ranked[:limit]]

    def detect_media(self, path: str, arch: str = "x86_64") -> DetectedMedia:
        """Identify the install ISO at ``path`` (a local file). Blocking: run in a worker.
        Raises :class:`MediaError` when it cannot be read as an ISO."""
        volume_id = read_volume_id(path)
        lib = _libosinfo() if self._db is not None else None
        if lib is None:
            return DetectedMedia(_guess_from_label(volume_id), volume_id)
        from gi.repository import GLib  # noqa: PLC0415 (present whenever Libosinfo loaded)

        # The "synchronous" call runs a main loop on the thread-default context, which
        # is GLib's global one (the GUI thread's, where Qt and libvirt's events turn)
        # unless we push a private one: without it, concurrent calls hang.
        context = GLib.MainContext.new()
        context.push_thread_default()
        try:
            media = lib.Media.create_from_location(path, None)  # reads the file: outside the lock
        except Exception as exc:  # GLib.Error: not bootable, or unreadable after all
            raise MediaError(MediaProblem.NOT_BOOTABLE, getattr(exc, "message", None) or str(exc)) from exc
        finally:
            context.pop_thread_default()
        with self._lock:
            found = self._db.identify_media(media)
            matched_os = media.get_os() if found else None
            short_id = matched_os.get_short_id() if matched_os is not None else ""
        media_arch = media.get_architecture() or ""
        details: dict[str, Any] = {
            "volume_id": media.get_volume_id() or volume_id,
            "arch": media_arch,
            "installer": bool(media.get_installer()),
            "live": bool(media.get_live()),
        }
        spec = self.get(short_id, media_arch if media_arch not in ("", "all") else arch) if short_id else None
        if spec is None:
            return DetectedMedia(_guess_from_label(volume_id), **details)
        return DetectedMedia(spec, matched=True, **details)


def load_database() -> OsDatabase:
    """Load libosinfo's database (or just the generic profiles without it). Blocking."""
    start = time.perf_counter()
    lib = _libosinfo()
    if lib is None:
        return OsDatabase(load_seconds=time.perf_counter() - start)
    loader = lib.Loader()
    try:
        loader.process_default_path()
    except Exception as exc:  # GLib.Error: no readable osinfo-db
        log.warning("cannot load the libosinfo database: %s", exc)
        return OsDatabase(load_seconds=time.perf_counter() - start)
    db = loader.get_db()
    os_list = db.get_os_list()
    entries = []
    for i in range(os_list.get_length()):
        obj = os_list.get_nth(i)
        short_id = obj.get_short_id()
        if short_id:
            entries.append(OsEntry(short_id, obj.get_name() or short_id, family_of(obj.get_family() or ""),
                                   obj.get_release_date_string() or "", obj.get_id()))  # fmt: skip
    if not entries:
        return OsDatabase(load_seconds=time.perf_counter() - start)
    entries.sort(key=lambda e: (e.release_date, e.name), reverse=True)
    return OsDatabase(
        entries=[*_GENERIC_ENTRIES, *entries], available=True,
        load_seconds=time.perf_counter() - start, _db=db,
    )  # fmt: skip


def generic_for(family: OsFamily) -> OsSpec:
    if family is OsFamily.LINUX:
        return GENERIC_LINUX
    if family is OsFamily.WINDOWS:
        return GENERIC_WINDOWS
    return GENERIC_OTHER
