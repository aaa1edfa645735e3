"""One PoolSpec / VolumeSpec per golden case (tests/data/xml/pool-<case>-out.xml,
volume-<case>-out.xml): every pool type, the source variants, the volume targets."""

from __future__ import annotations

from collections.abc import Callable

from kvmgui.xml.pool_spec import AdapterKind, AdapterSpec, AuthSpec, HostSpec, PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec

IQN_T = "iqn.2024-01.com.example:storage.target1"
IQN_I = "iqn.2024-01.com.example:host1"
SECRET = "2ec115d7-3a88-3ceb-bc12-0ac909a6fd87"

POOLS: dict[str, Callable[[], PoolSpec]] = {
    "dir": lambda: PoolSpec("images", PoolType.DIR, "/var/lib/libvirt/images/images"),
    "fs": lambda: PoolSpec("fs-pool", PoolType.FS, "/srv/fs-pool", devices=["/dev/sdb1"],
                           source_format="ext4", mount_options=["noatime"]),
    "netfs-nfs": lambda: PoolSpec("nfs", PoolType.NETFS, "/var/lib/libvirt/images/nfs",
                                  hosts=[HostSpec("nas.example.com", 2049)], source_dir="/export/vm",
                                  source_format="nfs", mount_options=["vers=4.2"]),
    "netfs-cifs": lambda: PoolSpec("smb", PoolType.NETFS, "/mnt/smb", hosts=[HostSpec("192.0.2.20")],
                                   source_dir="images", source_format="cifs",
                                   mount_options=["credentials=/etc/libvirt/smb.cred"]),
    "netfs-glusterfs": lambda: PoolSpec("gfs", PoolType.NETFS, "/mnt/gfs", hosts=[HostSpec("gluster1")],
                                        source_dir="gv0", source_format="glusterfs"),
    "logical": lambda: PoolSpec("vg-pool", PoolType.LOGICAL, devices=["/dev/sdc1", "/dev/sdd1"],
                                source_name="vg0", source_format="lvm2"),
    "disk": lambda: PoolSpec("sde", PoolType.DISK, "/dev", devices=["/dev/sde"], source_format="gpt"),
    "iscsi": lambda: PoolSpec("san", PoolType.ISCSI, "/dev/disk/by-path",
                              hosts=[HostSpec("192.0.2.5", 3260)], iqn=IQN_T, initiator=IQN_I,
                              auth=AuthSpec(True, "chapuser", secret_usage="libvirtiscsi")),
    "iscsi-direct": lambda: PoolSpec("san-direct", PoolType.ISCSI_DIRECT, hosts=[HostSpec("192.0.2.5")],
                                     iqn=IQN_T, initiator=IQN_I),
    "scsi-host": lambda: PoolSpec("hba", PoolType.SCSI, "/dev/disk/by-path",
                                  adapter=AdapterSpec(AdapterKind.SCSI_HOST, "host0")),
    "scsi-fc": lambda: PoolSpec("vhba", PoolType.SCSI, "/dev/disk/by-path",
                                adapter=AdapterSpec(AdapterKind.FC_HOST, wwnn="20000000c9831b4b",
                                                    wwpn="10000000c9831b4b", parent="host3")),
    "mpath": lambda: PoolSpec("mpath", PoolType.MPATH, "/dev/mapper"),
    "rbd": lambda: PoolSpec("ceph", PoolType.RBD, hosts=[HostSpec("mon1.example.com", 6789),
                                                          HostSpec("mon2.example.com")],
                            source_name="libvirt-pool", auth=AuthSpec(True, "libvirt", SECRET)),
    "gluster": lambda: PoolSpec("gluster", PoolType.GLUSTER, hosts=[HostSpec("gluster1")],
                                source_name="gv0", source_dir="/vms"),
    "zfs": lambda: PoolSpec("tank", PoolType.ZFS, devices=["/dev/sdf"], source_name="tank"),
}

GiB = SizeUnit.GIB
VOLUMES: dict[str, tuple[PoolType, Callable[[], VolumeSpec]]] = {
    "qcow2": (PoolType.DIR, lambda: VolumeSpec("vm1.qcow2", "qcow2", Size(20, GiB))),
    "raw-sparse": (PoolType.DIR, lambda: VolumeSpec("vm2.img", "raw", Size(1.5, GiB))),
    "raw-allocated": (PoolType.DIR, lambda: VolumeSpec("vm3.img", "raw", Size(512, SizeUnit.MIB),
                                                       Size(512, SizeUnit.MIB))),
    "overlay": (PoolType.DIR, lambda: VolumeSpec("vm4.qcow2", "qcow2", None,
                                                 backing_path="/var/lib/libvirt/images/base.qcow2",
                                                 backing_format="qcow2")),
    "overlay-on-raw": (PoolType.NETFS, lambda: VolumeSpec("vm5.qcow2", "qcow2", Size(40, GiB),
                                                          backing_path="/mnt/nfs/base.img",
                                                          backing_format="raw")),
    "logical": (PoolType.LOGICAL, lambda: VolumeSpec("lv0", "", Size(8, GiB))),
    "disk-partition": (PoolType.DISK, lambda: VolumeSpec("sde1", "linux", Size(100, SizeUnit.MIB))),
    "zfs": (PoolType.ZFS, lambda: VolumeSpec("zvol0", "", Size(64, GiB))),
    "rbd": (PoolType.RBD, lambda: VolumeSpec("image0", "raw", Size(10, GiB))),
}
