"""What the "add storage pool" wizard collects: plain dataclasses, no XML.

``pool_build.build_pool`` turns a :class:`PoolSpec` into libvirt XML and
``pool_validate.validate_pool`` says what is wrong with one. Fields a type
does not use (see :mod:`kvmgui.xml.pool_types`) are ignored by both, so
switching types in the wizard loses nothing the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kvmgui.xml.pool_types import PoolType


@dataclass
class HostSpec:
    """A server of the pool's source: NFS/CIFS server, iSCSI portal, Ceph monitor…"""

    name: str = ""  # DNS name or IP address
    port: int | None = None  # None: the protocol's default


class AdapterKind(StrEnum):
    SCSI_HOST = "scsi_host"  # an existing SCSI host adapter, e.g. host0
    FC_HOST = "fc_host"  # a Fibre Channel vHBA libvirt creates on an NPIV-capable HBA


@dataclass
class AdapterSpec:
    kind: AdapterKind = AdapterKind.SCSI_HOST
    name: str = ""  # scsi_host: "host0"
    wwnn: str = ""  # fc_host: the vHBA's world wide node / port names (16 hex digits)
    wwpn: str = ""
    parent: str = ""  # fc_host: the HBA to create it on; "" lets libvirt pick


class AuthType(StrEnum):
    CHAP = "chap"  # iSCSI
    CEPH = "ceph"  # RBD


@dataclass
class AuthSpec:
    """Login to the source with a libvirt secret (by UUID or by usage name)."""

    enabled: bool = False
    username: str = ""
    secret_uuid: str = ""
    secret_usage: str = ""  # used when secret_uuid is empty


@dataclass
class PoolSpec:
    """Everything needed to define, and optionally build/start/autostart, a pool."""

    name: str = ""
    type: PoolType = PoolType.DIR
    target_path: str = ""  # "" on types where it is optional: libvirt's default
    hosts: list[HostSpec] = field(default_factory=lambda: [HostSpec()])
    # netfs: the export path (nfs) or share / volume name (cifs, glusterfs);
    # gluster: an optional subdirectory of the volume.
    source_dir: str = ""
    devices: list[str] = field(default_factory=list)  # fs, disk: one; logical, zfs: the PVs/vdevs
    adapter: AdapterSpec = field(default_factory=AdapterSpec)
    iqn: str = ""  # iSCSI target IQN
    initiator: str = ""  # our initiator IQN; "" for the host's own (iscsi only)
    auth: AuthSpec = field(default_factory=AuthSpec)
    source_name: str = ""  # VG (default: the pool name), Ceph pool, Gluster volume, zpool
    source_format: str = ""  # "" for the type's default
    # fs / netfs: extra mount options (libvirt ≥ 5.1). libvirt has no secret for
    # CIFS, so a credentials file is given as "credentials=/root/share.cred".
    mount_options: list[str] = field(default_factory=list)
    # Not XML: what the create job does after defining.
    build: bool = False
    overwrite: bool = False  # build over existing data (format / new label / pvcreate -f)
    start: bool = True
    autostart: bool = True

    @property
    def effective_format(self) -> str:
        return self.source_format or (self.type.info.default_source_format or "")
