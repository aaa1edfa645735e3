"""Storage pools and volumes: read their XML, build new ones."""

from __future__ import annotations

from typing import Literal

from lxml import etree

from kvmgui.xml.base import XMLDocument, text_property, to_xml
from kvmgui.xml.inplace import scaled_bytes

_POOL_TYPE_WORDS = {
    "dir": "Directory",
    "fs": "Pre-formatted block device",
    "netfs": "Network file system",
    "logical": "LVM volume group",
    "disk": "Physical disk",
    "iscsi": "iSCSI target",
    "iscsi-direct": "iSCSI target (direct)",
    "scsi": "SCSI host adapter",
    "mpath": "Multipath devices",
    "rbd": "Ceph RBD",
    "gluster": "Gluster",
    "zfs": "ZFS pool",
    "vstorage": "Virtuozzo storage",
}


class PoolDoc(XMLDocument):
    """A storage pool; sizes are in bytes as last reported in the XML."""

    ROOT_TAG = "pool"

    name = text_property("./name")
    uuid = text_property("./uuid")
    type = text_property("./@type")
    target_path = text_property("./target/path")
    source_host = text_property("./source/host/@name")
    source_dir = text_property("./source/dir/@path")
    source_name = text_property("./source/name")  # volume group, Ceph pool, …
    source_format = text_property("./source/format/@type")

    @property
    def type_words(self) -> str:
        return _POOL_TYPE_WORDS.get(self.type or "", self.type or "")

    @property
    def source_devices(self) -> list[str]:
        return [d.get("path", "") for d in self.node.findall("source/device")]

    @property
    def capacity(self) -> int | None:
        return scaled_bytes(self.node.find("capacity"), "bytes")

    @property
    def allocation(self) -> int | None:
        return scaled_bytes(self.node.find("allocation"), "bytes")

    @property
    def available(self) -> int | None:
        return scaled_bytes(self.node.find("available"), "bytes")


class VolumeDoc(XMLDocument):
    """A storage volume; sizes are in bytes."""

    ROOT_TAG = "volume"

    name = text_property("./name")
    key = text_property("./key")
    type = text_property("./@type")  # file, block, dir, network, …
    path = text_property("./target/path")
    format = text_property("./target/format/@type")

    @property
    def capacity(self) -> int | None:
        return scaled_bytes(self.node.find("capacity"), "bytes")

    @property
    def allocation(self) -> int | None:
        return scaled_bytes(self.node.find("allocation"), "bytes")


def volume_xml(name: str, capacity_bytes: int, format: Literal["qcow2", "raw"] = "qcow2") -> str:
    """A new sparse volume (allocation 0: space is taken as the guest writes)."""
    if format not in ("qcow2", "raw"):
        raise ValueError(f"unsupported volume format {format!r}")
    if capacity_bytes <= 0:
        raise ValueError("a volume needs a capacity above 0 bytes")
    vol = etree.Element("volume")
    etree.SubElement(vol, "name").text = name
    etree.SubElement(vol, "capacity", unit="bytes").text = str(capacity_bytes)
    etree.SubElement(vol, "allocation", unit="bytes").text = "0"
    etree.SubElement(etree.SubElement(vol, "target"), "format", type=format)
    return to_xml(vol)


def dir_pool_xml(name: str, path: str) -> str:
    """A pool of image files in the host directory `path`."""
    pool = etree.Element("pool", type="dir")
    etree.SubElement(pool, "name").text = name
    etree.SubElement(etree.SubElement(pool, "target"), "path").text = path
    return to_xml(pool)
