"""Checks on a :class:`PoolSpec` before libvirt sees it.

``validate_pool`` enforces libvirt's rules for the pool's type (its schema
and the checks of ``storage_conf.c``) and what would only fail later, when
the pool is built or started: a missing target directory on a local host, a
device that is not there, a name another pool has. Field keys:

====================================  ===========================================
``type``                              the host cannot run this type
``name``                              pool name
``target_path``
``hosts``, ``hosts[i].name``, ``hosts[i].port``
``source_dir``                        export / share / volume directory
``devices``, ``devices[i]``
``adapter.name``, ``adapter.wwnn``, ``adapter.wwpn``
``iqn``, ``initiator``                iSCSI target and initiator names
``auth.username``, ``auth.secret``
``source_name``, ``source_format``
``mount_options[i]``
``build``, ``overwrite``              the job's choices
====================================  ===========================================
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from kvmgui.xml.pool_caps import HostPoolCaps
from kvmgui.xml.pool_spec import AdapterKind, PoolSpec
from kvmgui.xml.pool_types import NETFS_RELATIVE_DIR, Field, PoolType, Target
from kvmgui.xml.storage_check import (
    WWN_RE,
    Problem,
    check_absolute,
    check_host,
    check_iqn,
    check_pool_name,
    check_port,
    check_uuid,
    error,
    warning,
)
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words

SCSI_HOST_RE = re.compile(r"(scsi_)?host[0-9]+")
VG_NAME_RE = re.compile(r"[A-Za-z0-9+_.][A-Za-z0-9+_.-]{0,126}")
# Types whose target is the pool's own directory (not a shared device directory).
_OWN_DIR_TYPES = frozenset({PoolType.DIR, PoolType.FS, PoolType.NETFS})


@dataclass
class PoolContext:
    """What the host already has.

    ``names``: every pool of the host. ``targets``: target path → pool name,
    for the pools that have one. ``path_exists``: asks whether a path exists
    on the host; only for local connections (``None``: cannot tell, not
    checked). ``path_trouble``: why a path whose look failed cannot be used (a
    dead network mount), else None. ``caps``: the host's pool capabilities, when
    known.
    """

    names: frozenset[str] = frozenset()
    targets: Mapping[str, str] = field(default_factory=dict)
    path_exists: Callable[[str], bool] | None = None
    caps: HostPoolCaps | None = None
    path_trouble: Callable[[str], Words | None] | None = None


_UNUSABLE = QT_TRANSLATE_NOOP("PoolCheck", "%1 cannot be used: %2.")


def _trouble(ctx: PoolContext, key: str, path: str) -> Problem | None:
    # Not "does not exist": the path may well be there, on a mount that does not answer.
    why = ctx.path_trouble(path) if ctx.path_trouble is not None else None
    return None if why is None else error(key, _UNUSABLE, path, why)


def validate_pool(spec: PoolSpec, context: PoolContext | None = None) -> list[Problem]:
    """Everything wrong with ``spec`` (errors and warnings); empty when all is well."""
    ctx = context or PoolContext()
    checks = [_type, _name, _target, _hosts, _source_dir, _devices, _adapter, _iscsi, _auth,
              _source_name, _source_format, _mount_options, _build]
    return [problem for check in checks for problem in check(spec, ctx)]


def _type(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    if ctx.caps is not None and not ctx.caps.supports(spec.type):
        yield error("type", QT_TRANSLATE_NOOP(
            "PoolCheck", "This host cannot run pools of this type: its libvirt lacks the storage "
            "driver for it."))


def _name(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    yield from check_pool_name(spec.name, ctx.names)


def _target(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    info = spec.type.info
    path = spec.target_path
    if info.target is Target.NONE:
        return
    if not path:
        if info.target is Target.REQUIRED:
            yield error("target_path", QT_TRANSLATE_NOOP(
                "PoolCheck", "Enter the target path: the directory on the host where the pool's "
                "volumes appear."))
        return
    bad = list(check_absolute(path, "target_path"))
    if bad:
        yield from bad
        return
    norm = posixpath.normpath(path)
    if spec.type in _OWN_DIR_TYPES:
        owner = next((name for target, name in ctx.targets.items()
                      if posixpath.normpath(target) == norm and name != spec.name), None)
        if owner is not None:
            yield error("target_path", QT_TRANSLATE_NOOP(
                "PoolCheck", "The pool %1 already uses %2; choose another directory."), owner, norm)
            return
    if (trouble := _trouble(ctx, "target_path", path)) is not None:
        yield trouble
        return
    if ctx.path_exists is None or ctx.path_exists(path):
        return
    if spec.type in _OWN_DIR_TYPES and not spec.build:
        yield error("target_path", QT_TRANSLATE_NOOP(
            "PoolCheck", "%1 does not exist on the host. Create it, or turn on \"Build\" so "
            "libvirt creates it."), path)
    elif spec.type is PoolType.DISK:
        yield error("target_path", QT_TRANSLATE_NOOP(
            "PoolCheck", "%1 does not exist on the host."), path)
    elif spec.type in (PoolType.ISCSI, PoolType.SCSI, PoolType.MPATH):
        yield warning("target_path", QT_TRANSLATE_NOOP(
            "PoolCheck", "%1 does not exist on the host yet; it appears once the host sees "
            "such devices."), path)


def _hosts(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    info = spec.type.info
    if not info.uses(Field.HOSTS):
        return
    hosts = spec.hosts or []
    if not hosts or (len(hosts) == 1 and not hosts[0].name.strip() and hosts[0].port is None):
        if info.required & {Field.HOSTS}:
            yield error("hosts[0].name", QT_TRANSLATE_NOOP(
                "PoolCheck", "Enter the server's host name or IP address."))
        return
    if len(hosts) > info.max_hosts:
        yield error("hosts", QT_TRANSLATE_NOOP(
            "PoolCheck", "This type of pool takes at most %1 servers."), info.max_hosts)
    for i, host in enumerate(hosts):
        yield from check_host(host.name, f"hosts[{i}].name")
        yield from check_port(host.port, f"hosts[{i}].port")


def _source_dir(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    if spec.type is PoolType.GLUSTER:
        if spec.source_dir:
            yield from check_absolute(spec.source_dir, "source_dir")
        return
    if spec.type is not PoolType.NETFS:
        return
    fmt = spec.effective_format
    directory = spec.source_dir.strip()
    if not directory:
        if fmt == "cifs":
            yield error("source_dir", QT_TRANSLATE_NOOP("PoolCheck", "Enter the name of the share."))
        elif fmt == "glusterfs":
            yield error("source_dir", QT_TRANSLATE_NOOP(
                "PoolCheck", "Enter the name of the Gluster volume."))
        else:
            yield error("source_dir", QT_TRANSLATE_NOOP(
                "PoolCheck", "Enter the exported directory, such as /srv/images."))
    elif fmt == "cifs" and directory.startswith("/"):
        yield error("source_dir", QT_TRANSLATE_NOOP(
            "PoolCheck", "Enter the share name without a leading '/', such as images."))
    elif fmt not in NETFS_RELATIVE_DIR:
        yield from check_absolute(directory, "source_dir")


def _devices(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    info = spec.type.info
    if not info.uses(Field.DEVICES):
        return
    devices = spec.devices
    if Field.DEVICES in info.required and not devices:
        yield error("devices", QT_TRANSLATE_NOOP(
            "PoolCheck", "Enter the device to use, such as /dev/sdb1."))
    elif spec.build and not devices and spec.type in (PoolType.LOGICAL, PoolType.ZFS):
        yield error("devices", QT_TRANSLATE_NOOP(
            "PoolCheck", "Building this pool needs at least one device to create it on."))
    if len(devices) > 1 and spec.type in (PoolType.FS, PoolType.DISK, PoolType.ZFS):
        # ZFS: libvirt's schema allows one device, though its build would take more.
        yield error("devices", QT_TRANSLATE_NOOP("PoolCheck", "This type of pool uses one device only."))
    seen: set[str] = set()
    for i, device in enumerate(devices):
        key = f"devices[{i}]"
        bad = list(check_absolute(device, key))
        if bad:
            yield from bad
        elif device in seen:
            yield error(key, QT_TRANSLATE_NOOP("PoolCheck", "%1 is listed twice."), device)
        elif (trouble := _trouble(ctx, key, device)) is not None:
            yield trouble
        elif ctx.path_exists is not None and not ctx.path_exists(device):
            yield error(key, QT_TRANSLATE_NOOP("PoolCheck", "%1 does not exist on the host."), device)
        seen.add(device)


def _adapter(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    if not spec.type.info.uses(Field.ADAPTER):
        return
    adapter = spec.adapter
    if adapter.kind is AdapterKind.SCSI_HOST:
        if not SCSI_HOST_RE.fullmatch(adapter.name.strip()):
            yield error("adapter.name", QT_TRANSLATE_NOOP(
                "PoolCheck", "Enter the SCSI host adapter's name, such as host0."))
        return
    for key, value in (("adapter.wwnn", adapter.wwnn), ("adapter.wwpn", adapter.wwpn)):
        if not WWN_RE.fullmatch(value.strip()):
            yield error(key, QT_TRANSLATE_NOOP(
                "PoolCheck", "A world wide name has 16 hexadecimal digits, such as "
                "20000000c9831b4b."))


def _iscsi(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    info = spec.type.info
    if not info.uses(Field.IQN):
        return
    yield from check_iqn(spec.iqn, "iqn", is_target=True)
    if spec.initiator or Field.INITIATOR in info.required:
        yield from check_iqn(spec.initiator, "initiator", is_target=False)


def _auth(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    if not spec.type.info.uses(Field.AUTH) or not spec.auth.enabled:
        return
    auth = spec.auth
    if not auth.username.strip():
        yield error("auth.username", QT_TRANSLATE_NOOP("PoolCheck", "Enter the user name to log in with."))
    if auth.secret_uuid.strip():
        yield from check_uuid(auth.secret_uuid, "auth.secret")
    elif not auth.secret_usage.strip():
        yield error("auth.secret", QT_TRANSLATE_NOOP(
            "PoolCheck", "Choose the libvirt secret that holds the password or key."))


def _source_name(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    name = spec.source_name.strip()
    if spec.type is PoolType.LOGICAL:
        vg = name or spec.name
        if vg and (not VG_NAME_RE.fullmatch(vg) or vg in (".", "..") or vg.startswith("-")):
            yield error("source_name", QT_TRANSLATE_NOOP(
                "PoolCheck", "%1 is not a valid volume group name: use letters, digits, '+', '_', "
                "'.' and '-', not starting with '-'."), vg)
        return
    if name or Field.SOURCE_NAME not in spec.type.info.required:
        return
    if spec.type is PoolType.RBD:
        yield error("source_name", QT_TRANSLATE_NOOP("PoolCheck", "Enter the name of the Ceph pool."))
    elif spec.type is PoolType.GLUSTER:
        yield error("source_name", QT_TRANSLATE_NOOP("PoolCheck", "Enter the name of the Gluster volume."))
    else:
        yield error("source_name", QT_TRANSLATE_NOOP("PoolCheck", "Enter the name of the ZFS pool."))


def _source_format(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    if not spec.source_format or not spec.type.info.uses(Field.SOURCE_FORMAT):
        return
    allowed = ctx.caps.source_formats(spec.type) if ctx.caps else spec.type.info.source_formats
    if spec.source_format not in allowed:
        yield error("source_format", QT_TRANSLATE_NOOP(
            "PoolCheck", "This type of pool cannot use the format %1."), spec.source_format)


def _mount_options(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    if not spec.type.info.uses(Field.MOUNT_OPTIONS):
        return
    for i, option in enumerate(spec.mount_options):
        if not option.strip() or "," in option or any(c.isspace() for c in option):
            yield error(f"mount_options[{i}]", QT_TRANSLATE_NOOP(
                "PoolCheck", "Give one mount option per line, without spaces or commas, such as "
                "vers=4.2."))


def _build(spec: PoolSpec, ctx: PoolContext) -> Iterator[Problem]:
    info = spec.type.info
    if spec.build and not info.can_build:
        yield error("build", QT_TRANSLATE_NOOP(
            "PoolCheck", "Pools of this type cannot be built; turn \"Build\" off."))
    elif spec.build and spec.overwrite and info.build_overwrites:
        where = ", ".join(spec.devices) or spec.source_name or spec.name
        yield warning("overwrite", QT_TRANSLATE_NOOP(
            "PoolCheck", "Building with overwrite destroys everything stored on %1."), where)
