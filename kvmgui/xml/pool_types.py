"""What each kind of storage pool needs and allows, as libvirt 9 defines it.

One :class:`PoolTypeInfo` per :class:`PoolType` says which source fields the
type uses (and which it requires), whether it has a target path, which source
and volume formats it takes, and what libvirt can do with it: build, delete
its data, scan for sources, create volumes, stream them. The builder, the
validators and the wizard all read this table, so a type's rules live in one
place. Sources: libvirt's ``storagepool.rng`` and its storage backends
(``src/storage/storage_backend_*.c``); the format lists match what
``virsh pool-capabilities`` reports on libvirt 9.0, which a live host's
capabilities override (:mod:`kvmgui.xml.pool_caps`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from kvmgui.xml.words import QT_TRANSLATE_NOOP, Marked


class PoolType(StrEnum):
    DIR = "dir"
    FS = "fs"
    NETFS = "netfs"
    LOGICAL = "logical"
    DISK = "disk"
    ISCSI = "iscsi"
    ISCSI_DIRECT = "iscsi-direct"
    SCSI = "scsi"
    MPATH = "mpath"
    RBD = "rbd"
    GLUSTER = "gluster"
    ZFS = "zfs"

    @property
    def info(self) -> PoolTypeInfo:
        return POOL_TYPES[self]


class Field(StrEnum):
    """A part of a pool's ``<source>`` (or its target) a type may use."""

    HOSTS = "hosts"
    SOURCE_DIR = "source_dir"
    DEVICES = "devices"
    ADAPTER = "adapter"
    IQN = "iqn"  # the iSCSI target
    INITIATOR = "initiator"
    AUTH = "auth"
    SOURCE_NAME = "source_name"
    SOURCE_FORMAT = "source_format"
    MOUNT_OPTIONS = "mount_options"


class Target(Enum):
    """Whether the pool XML has a ``<target><path>``."""

    NONE = "none"
    REQUIRED = "required"
    OPTIONAL = "optional"  # libvirt derives one (logical: /dev/<vg>) when missing


class VolumeKind(Enum):
    FILE = "file"  # image files: formats, sparse files, backing stores
    BLOCK = "block"  # LVs, partitions, zvols: fully allocated, no file format
    NETWORK = "network"  # RBD images
    NONE = "none"  # the pool's volumes exist outside libvirt's control (LUNs)


# Formats a volume in a file pool can be created in (libvirt hands the non-raw ones to
# qemu-img). libvirt knows more (iso, dir, bochs, …) but only reads those.
FILE_VOLUME_FORMATS = ("qcow2", "raw", "qed", "vmdk", "vdi", "vpc")
# A new volume can sit on a backing file only in these formats…
FORMATS_WITH_BACKING = frozenset({"qcow2", "qed", "vmdk", "qcow", "cow"})
# …and the backing file must be a disk image qemu can read as one.
BACKING_FORMATS = frozenset({"raw", "qcow2", "qed", "vmdk", "vdi", "vpc", "qcow", "cow", "bochs",
                             "cloop", "dmg"})
# Formats whose files grow as the guest writes: a capacity beyond the free space is allowed.
GROWING_FORMATS = frozenset({"qcow2", "qed", "vmdk", "vdi", "vpc", "qcow", "cow"})

FS_FORMATS = ("auto", "ext2", "ext3", "ext4", "ufs", "iso9660", "udf", "gfs", "gfs2", "vfat",
              "hfs+", "xfs", "ocfs2", "vmfs")
NETFS_FORMATS = ("auto", "nfs", "glusterfs", "cifs")
DISK_FORMATS = ("unknown", "dos", "dvh", "gpt", "mac", "bsd", "pc98", "sun", "lvm2")
LOGICAL_FORMATS = ("unknown", "lvm2")
PARTITION_TYPES = ("none", "linux", "fat16", "fat32", "linux-swap", "linux-lvm", "linux-raid",
                   "extended")


@dataclass(frozen=True)
class PoolTypeInfo:
    type: PoolType
    label: Marked  # .words() for the GUI's say()
    fields: frozenset[Field] = frozenset()
    required: frozenset[Field] = frozenset()
    target: Target = Target.REQUIRED
    default_target: str | None = None  # None with a target: <images dir>/<pool name>
    source_formats: tuple[str, ...] = ()
    default_source_format: str | None = None
    max_hosts: int = 1
    auth_type: str | None = None  # "chap" (iSCSI) or "ceph" (RBD)
    can_build: bool = False
    build_overwrites: bool = False  # build writes over what is there: NO_OVERWRITE matters
    can_delete_data: bool = False  # virStoragePoolDelete removes the pool's storage
    can_discover: bool = False  # findStoragePoolSources works for the type
    volumes: VolumeKind = VolumeKind.FILE
    volume_formats: tuple[str, ...] = ()  # first = default
    can_stream: bool = True  # volume upload / download

    @property
    def can_create_volumes(self) -> bool:
        return self.volumes is not VolumeKind.NONE

    @property
    def holds_image_files(self) -> bool:
        """Its volumes are files QEMU opens in their format (qcow2, overlays on a
        backing file); in the other pools a volume is a raw device or image."""
        return self.volumes is VolumeKind.FILE

    def uses(self, field: Field) -> bool:
        return field in self.fields


F = Field
POOL_TYPES: dict[PoolType, PoolTypeInfo] = {info.type: info for info in (
    PoolTypeInfo(PoolType.DIR, QT_TRANSLATE_NOOP("PoolType", "Directory"),
          can_build=True, can_delete_data=True, volume_formats=FILE_VOLUME_FORMATS),
    PoolTypeInfo(PoolType.FS, QT_TRANSLATE_NOOP("PoolType", "Pre-formatted block device"),
          fields=frozenset({F.DEVICES, F.SOURCE_FORMAT, F.MOUNT_OPTIONS}),
          required=frozenset({F.DEVICES}), source_formats=FS_FORMATS, default_source_format="auto",
          can_build=True, build_overwrites=True, can_delete_data=True,
          volume_formats=FILE_VOLUME_FORMATS),
    PoolTypeInfo(PoolType.NETFS, QT_TRANSLATE_NOOP("PoolType", "Network file system"),
          fields=frozenset({F.HOSTS, F.SOURCE_DIR, F.SOURCE_FORMAT, F.MOUNT_OPTIONS}),
          required=frozenset({F.HOSTS, F.SOURCE_DIR}), source_formats=NETFS_FORMATS,
          default_source_format="auto", can_build=True, can_delete_data=True, can_discover=True,
          volume_formats=FILE_VOLUME_FORMATS),
    PoolTypeInfo(PoolType.LOGICAL, QT_TRANSLATE_NOOP("PoolType", "LVM volume group"),
          fields=frozenset({F.DEVICES, F.SOURCE_NAME, F.SOURCE_FORMAT}), target=Target.OPTIONAL,
          source_formats=LOGICAL_FORMATS, default_source_format="lvm2", can_build=True,
          build_overwrites=True, can_delete_data=True, can_discover=True,
          volumes=VolumeKind.BLOCK),
    PoolTypeInfo(PoolType.DISK, QT_TRANSLATE_NOOP("PoolType", "Physical disk"),
          fields=frozenset({F.DEVICES, F.SOURCE_FORMAT}), required=frozenset({F.DEVICES}),
          default_target="/dev", source_formats=DISK_FORMATS, default_source_format="unknown",
          can_build=True, build_overwrites=True, volumes=VolumeKind.BLOCK,
          volume_formats=PARTITION_TYPES),
    PoolTypeInfo(PoolType.ISCSI, QT_TRANSLATE_NOOP("PoolType", "iSCSI target"),
          fields=frozenset({F.HOSTS, F.IQN, F.INITIATOR, F.AUTH}),
          required=frozenset({F.HOSTS, F.IQN}), default_target="/dev/disk/by-path",
          auth_type="chap", can_discover=True, volumes=VolumeKind.NONE),
    PoolTypeInfo(PoolType.ISCSI_DIRECT, QT_TRANSLATE_NOOP("PoolType", "iSCSI target (direct, libiscsi)"),
          fields=frozenset({F.HOSTS, F.IQN, F.INITIATOR, F.AUTH}),
          required=frozenset({F.HOSTS, F.IQN, F.INITIATOR}), target=Target.NONE, auth_type="chap",
          volumes=VolumeKind.NONE, can_stream=False),
    PoolTypeInfo(PoolType.SCSI, QT_TRANSLATE_NOOP("PoolType", "SCSI host adapter"),
          fields=frozenset({F.ADAPTER}), required=frozenset({F.ADAPTER}),
          default_target="/dev/disk/by-path", volumes=VolumeKind.NONE),
    PoolTypeInfo(PoolType.MPATH, QT_TRANSLATE_NOOP("PoolType", "Multipath devices"),
          default_target="/dev/mapper", volumes=VolumeKind.NONE),
    PoolTypeInfo(PoolType.RBD, QT_TRANSLATE_NOOP("PoolType", "Ceph RBD"),
          fields=frozenset({F.HOSTS, F.SOURCE_NAME, F.AUTH}),
          required=frozenset({F.HOSTS, F.SOURCE_NAME}), target=Target.NONE, max_hosts=16,
          auth_type="ceph", volumes=VolumeKind.NETWORK, volume_formats=("raw",), can_stream=False),
    PoolTypeInfo(PoolType.GLUSTER, QT_TRANSLATE_NOOP("PoolType", "Gluster volume (native)"),
          fields=frozenset({F.HOSTS, F.SOURCE_NAME, F.SOURCE_DIR}),
          required=frozenset({F.HOSTS, F.SOURCE_NAME}), target=Target.NONE, can_discover=True,
          volumes=VolumeKind.NONE, can_stream=False),  # libvirt's gluster pools cannot create volumes
    PoolTypeInfo(PoolType.ZFS, QT_TRANSLATE_NOOP("PoolType", "ZFS pool"),
          fields=frozenset({F.DEVICES, F.SOURCE_NAME}), required=frozenset({F.SOURCE_NAME}),
          target=Target.OPTIONAL, can_build=True, can_delete_data=True, volumes=VolumeKind.BLOCK),
)}

# Netfs source formats whose source "dir" is a share or volume name, not an absolute path.
NETFS_RELATIVE_DIR = frozenset({"cifs", "glusterfs"})


def known_pool_type(name: str) -> PoolType | None:
    """The :class:`PoolType` of a pool's ``type`` attribute; None for one kvmgui does not know."""
    try:
        return PoolType(name)
    except ValueError:
        return None


def volume_formats(pool_type: PoolType, host_formats: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Formats a new volume in a pool of ``pool_type`` can have, the default first.

    ``host_formats`` is the host's list from its pool capabilities, when known:
    only formats in both lists are offered (libvirt lists every format it can
    read, more than it can create). Block pools of LVM and ZFS have no format.
    """
    ours = pool_type.info.volume_formats
    if host_formats is None:
        return ours
    return tuple(fmt for fmt in ours if fmt in host_formats)
