"""How a new VM's disk fits the storage pool it goes into (pure: no libvirt).

Pools of image files (dir, fs, netfs) hold volumes in any image format, qcow2
overlays on a backing file among them. In the others a volume is a block
device (an LVM logical volume, a partition, a ZFS volume) or an RBD image: it
has no file format, so the guest must see it as raw, and a cloud image's qcow2
overlay cannot be one. Pools whose volumes come from the storage (iSCSI, SCSI,
multipath, gluster) cannot make a new one at all.

The validator and the wizard use :func:`pool_problems` before anything is
made; the finish job uses it again with the pool types it reads from the host,
and :func:`disk_for_pool` / :func:`set_disk_format` so the domain XML says the
format the volume really has.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePosixPath

from lxml import etree

from kvmgui.xml.base import XMLParseError, parse_xml, to_xml
from kvmgui.xml.newvm_build import disk_format, disk_volume_name, seed_pool
from kvmgui.xml.newvm_problems import Code, Problem, error
from kvmgui.xml.newvm_spec import InstallMethod, NewVmSpec, StorageKind
from kvmgui.xml.pool_types import PoolType


def pool_problems(spec: NewVmSpec, disk_type: PoolType | None,
                  seed_type: PoolType | None = None) -> Iterator[Problem]:
    """What is wrong with the pools' types for ``spec``'s new volumes: ``disk_type`` is
    the type of the new disk's pool, ``seed_type`` of the cloud-init seed's (None:
    unknown or not used, not checked)."""
    if spec.storage.kind is StorageKind.NEW_VOLUME and disk_type is not None:
        label = disk_type.info.label.words()
        if not disk_type.info.can_create_volumes:
            yield error("storage.pool", Code.POOL_NO_NEW_VOLUMES, spec.storage.pool, label)
        elif spec.install.method is InstallMethod.CLOUD_IMAGE and not disk_type.info.holds_image_files:
            yield error("storage.pool", Code.CLOUD_NEEDS_FILE_POOL, spec.storage.pool, label)
    if spec.uses_cloud_init and seed_type is not None and not seed_type.info.can_create_volumes:
        yield error("cloud_init.volume", Code.POOL_NO_NEW_VOLUMES, seed_pool(spec),
                    seed_type.info.label.words())


def disk_for_pool(spec: NewVmSpec, pool_type: PoolType) -> NewVmSpec:
    """``spec`` as a pool of ``pool_type`` holds its new disk: raw where the pool's
    volumes are devices or RBD images, with the volume's name kept as it was (the XML
    the user saw names it). ``spec`` itself is not changed."""
    storage = spec.storage
    if storage.kind is not StorageKind.NEW_VOLUME or pool_type.info.holds_image_files:
        return spec
    if storage.format == "raw":
        return spec
    return replace(spec, storage=replace(storage, format="raw", volume=disk_volume_name(spec)))


def set_disk_format(xml: str, spec: NewVmSpec, path: str = "") -> str:
    """``xml`` (a domain) with ``<driver type>`` saying ``spec``'s disk format on the
    disks that use ``spec``'s new volume (by pool and name, or, given ``path``, by the
    volume's path as a file or device); everything else stays as it was, and ``xml``
    comes back unchanged when no driver needed a change. Raises ``XMLParseError`` on
    XML that does not parse."""
    pool, volume, fmt = spec.storage.pool, disk_volume_name(spec), disk_format(spec)
    dom = parse_xml(xml)
    changed = False
    for disk in dom.iterfind("devices/disk"):
        source = disk.find("source")
        if disk.get("device", "disk") != "disk" or source is None:
            continue
        by_volume = source.get("pool") == pool and source.get("volume") == volume
        by_path = bool(path) and path in (source.get("file"), source.get("dev"))
        if not (by_volume or by_path):
            continue
        driver = disk.find("driver")
        if driver is None:
            driver = etree.Element("driver", name="qemu")
            disk.insert(0, driver)
        if driver.get("type") != fmt:
            driver.set("type", fmt)
            changed = True
    return to_xml(dom) if changed else xml


def uses_volume(xml: str | None, pool: str, volume: str) -> bool:
    """Whether the domain ``xml`` may use the new volume ``volume`` of ``pool``: a disk's
    source names it by pool and name, or is a file or device of that name (its path is
    known only once it is made). True without ``xml`` (the spec's own uses it) and for
    XML that does not parse (libvirt's define then says what is wrong)."""
    if xml is None:
        return True
    try:
        dom = parse_xml(xml)
    except XMLParseError:
        return True
    for source in dom.iterfind("devices/disk//source"):
        if source.get("pool") == pool and source.get("volume") == volume:
            return True
        if any(PurePosixPath(source.get(a) or "").name == volume for a in ("file", "dev")):
            return True
    return False
