"""Checks on a :class:`VolumeSpec` before libvirt sees it.

Field keys: ``pool`` (volumes cannot be created there), ``name``, ``format``,
``capacity``, ``allocation``, ``backing.path``, ``backing.format``.

A capacity beyond the pool's free space is an error when the volume takes
that space at once (raw files allocated up front, LVM and ZFS volumes,
partitions) and a warning when it grows as the guest writes (qcow2 and other
growing formats, sparse raw files): such a volume fits today and may run the
pool out of room later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kvmgui.xml.pool_types import (
    BACKING_FORMATS,
    FORMATS_WITH_BACKING,
    GROWING_FORMATS,
    PoolType,
    VolumeKind,
    volume_formats,
)
from kvmgui.xml.storage_check import Problem, check_absolute, error, warning
from kvmgui.xml.volume_spec import Size, VolumeSpec
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Bytes

NAME_MAX_BYTES = 255  # a file name on Linux
LV_NAME_RE = re.compile(r"[A-Za-z0-9+_.][A-Za-z0-9+_.-]*")


@dataclass
class VolumeContext:
    """The pool the volume goes into.

    ``names``: its volumes. ``available``: its free bytes (``None``: unknown).
    ``host_formats``: the host's volume formats for the pool type (from its
    pool capabilities); ``None`` when unknown.
    """

    pool_type: PoolType = PoolType.DIR
    names: frozenset[str] = frozenset()
    available: int | None = None
    host_formats: tuple[str, ...] | None = None
    # A copy: its source's capacity (libvirt makes a smaller copy that large without a word).
    min_capacity: int | None = None


def validate_volume(spec: VolumeSpec, context: VolumeContext | None = None) -> list[Problem]:
    """Everything wrong with ``spec`` (errors and warnings); empty when all is well."""
    ctx = context or VolumeContext()
    if not ctx.pool_type.info.can_create_volumes:
        return [error("pool", QT_TRANSLATE_NOOP(
            "VolumeCheck", "Volumes cannot be created in pools of this type: they come from "
            "the storage itself."))]
    checks = [_name, _format, _capacity, _allocation, _backing]
    return [problem for check in checks for problem in check(spec, ctx)]


def _name(spec: VolumeSpec, ctx: VolumeContext) -> Iterator[Problem]:
    name = spec.name
    if not name.strip():
        yield error("name", QT_TRANSLATE_NOOP("VolumeCheck", "Enter a name for the volume."))
    elif "/" in name:
        yield error("name", QT_TRANSLATE_NOOP("VolumeCheck", "A volume name cannot contain '/'."))
    elif name in (".", ".."):
        yield error("name", QT_TRANSLATE_NOOP("VolumeCheck", "A volume cannot be named '.' or '..'."))
    elif any(ord(c) < 32 or ord(c) == 127 for c in name):
        yield error("name", QT_TRANSLATE_NOOP(
            "VolumeCheck", "A volume name cannot contain line breaks or other control characters."))
    elif len(name.encode()) > NAME_MAX_BYTES:
        yield error("name", QT_TRANSLATE_NOOP(
            "VolumeCheck", "The name is too long: use at most %1 bytes."), NAME_MAX_BYTES)
    elif ctx.pool_type is PoolType.LOGICAL and not LV_NAME_RE.fullmatch(name):
        yield error("name", QT_TRANSLATE_NOOP(
            "VolumeCheck", "An LVM volume name has only letters, digits, '+', '_', '.' and '-', "
            "and does not start with '-'."))
    elif name in ctx.names:
        yield error("name", QT_TRANSLATE_NOOP(
            "VolumeCheck", "The pool already has a volume named %1."), name)


def _format(spec: VolumeSpec, ctx: VolumeContext) -> Iterator[Problem]:
    allowed = volume_formats(ctx.pool_type, ctx.host_formats)
    if not ctx.pool_type.info.volume_formats:
        return  # LVM, ZFS: no format to choose
    if not spec.format:
        yield error("format", QT_TRANSLATE_NOOP("VolumeCheck", "Choose a format for the volume."))
    elif spec.format not in allowed:
        yield error("format", QT_TRANSLATE_NOOP(
            "VolumeCheck", "Volumes in this pool cannot have the format %1."), spec.format)


def _grows(spec: VolumeSpec, ctx: VolumeContext) -> bool:
    """Does the volume take its space as it fills rather than at once?"""
    if ctx.pool_type.info.volumes is not VolumeKind.FILE:
        return False
    if spec.format in GROWING_FORMATS:
        return True
    allocation = spec.allocation.bytes if spec.allocation else 0
    capacity = spec.capacity.bytes if spec.capacity else 0
    return allocation < capacity  # a sparse raw file


def _size_problem(size: Size, key: str) -> Problem | None:
    if not size.finite:
        return error(key, QT_TRANSLATE_NOOP("VolumeCheck", "Enter a number."))
    if size.value < 0:
        return error(key, QT_TRANSLATE_NOOP("VolumeCheck", "A size cannot be negative."))
    return None


def _capacity(spec: VolumeSpec, ctx: VolumeContext) -> Iterator[Problem]:
    if spec.capacity is None:
        if not spec.backing_path:  # "as large as the backing store", none chosen yet
            yield error("backing.path", QT_TRANSLATE_NOOP(
                "VolumeCheck", "Choose the backing store, or give the volume a capacity."))
        return
    bad = _size_problem(spec.capacity, "capacity")
    if bad:
        yield bad
        return
    capacity = spec.capacity.bytes
    if capacity <= 0:
        yield error("capacity", QT_TRANSLATE_NOOP("VolumeCheck", "The capacity must be more than zero."))
    elif ctx.min_capacity is not None and capacity < ctx.min_capacity:
        yield error("capacity", QT_TRANSLATE_NOOP(
            "VolumeCheck", "A copy cannot be smaller than the volume it copies (%1)."),
            Bytes(ctx.min_capacity))
    elif ctx.available is not None and capacity > ctx.available:
        if _grows(spec, ctx):
            yield warning("capacity", QT_TRANSLATE_NOOP(
                "VolumeCheck", "The capacity (%1) is more than the %2 free in the pool. The volume "
                "takes space only as it fills, so the pool may run out of room later."),
                Bytes(capacity), Bytes(ctx.available))
        else:
            yield error("capacity", QT_TRANSLATE_NOOP(
                "VolumeCheck", "The capacity (%1) is more than the %2 free in the pool."),
                Bytes(capacity), Bytes(ctx.available))


def _allocation(spec: VolumeSpec, ctx: VolumeContext) -> Iterator[Problem]:
    if spec.allocation is None or ctx.pool_type.info.volumes is not VolumeKind.FILE:
        return
    bad = _size_problem(spec.allocation, "allocation")
    if bad:
        yield bad
        return
    allocation = spec.allocation.bytes
    if spec.capacity is not None and allocation > spec.capacity.bytes > 0:
        yield error("allocation", QT_TRANSLATE_NOOP(
            "VolumeCheck", "The allocation cannot be more than the capacity."))
    elif ctx.available is not None and allocation > ctx.available:
        yield error("allocation", QT_TRANSLATE_NOOP(
            "VolumeCheck", "The allocation (%1) is more than the %2 free in the pool."),
            Bytes(allocation), Bytes(ctx.available))


def _backing(spec: VolumeSpec, ctx: VolumeContext) -> Iterator[Problem]:
    if not spec.backing_path:
        return
    if ctx.pool_type.info.volumes is not VolumeKind.FILE:
        yield error("backing.path", QT_TRANSLATE_NOOP(
            "VolumeCheck", "Only image files in directory-like pools can have a backing store."))
        return
    if spec.format not in FORMATS_WITH_BACKING:
        yield error("format", QT_TRANSLATE_NOOP(
            "VolumeCheck", "A volume in the %1 format cannot have a backing store; choose qcow2."),
            spec.format or "raw")
    yield from check_absolute(spec.backing_path, "backing.path")
    if not spec.backing_format:
        yield error("backing.format", QT_TRANSLATE_NOOP(
            "VolumeCheck", "Choose the format of the backing volume."))
    elif spec.backing_format not in BACKING_FORMATS:
        yield error("backing.format", QT_TRANSLATE_NOOP(
            "VolumeCheck", "An image in the %1 format cannot be a backing store; choose a disk "
            "image such as qcow2 or raw."), spec.backing_format)
