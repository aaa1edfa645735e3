"""Storage pools and volumes: read (and edit in place) their XML.

:class:`PoolDoc` and :class:`VolumeDoc` keep the parsed tree, so whatever
they do not model (permissions, vendor, features…) survives a round trip.
:class:`PoolSourceDoc` reads one ``<source>``: a pool's own, or one of the
``<sources>`` that ``findStoragePoolSources`` answers. New pools and volumes
are built from specs in :mod:`kvmgui.xml.pool_build` and
:mod:`kvmgui.xml.volume_build`.
"""

from __future__ import annotations

from kvmgui.xml.base import XMLDocument, XMLNode, int_property, parse_xml, text_property
from kvmgui.xml.inplace import scaled_bytes
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Marked

FS_NS = "http://libvirt.org/schemas/storagepool/fs/1.0"  # mount options of fs / netfs pools

_OTHER_TYPE_WORDS = {"vstorage": QT_TRANSLATE_NOOP("PoolType", "Virtuozzo storage")}


def pool_type_label(pool_type: str) -> Marked | None:
    """The marked label of a pool type, or ``None`` for a type we do not know."""
    try:
        return PoolType(pool_type).info.label
    except ValueError:
        return _OTHER_TYPE_WORDS.get(pool_type)


class HostDoc(XMLNode):
    name = text_property("./@name")
    port = int_property("./@port")


class PoolSourceDoc(XMLNode):
    """A ``<source>`` element of a pool or of a discovery answer."""

    dir = text_property("./dir/@path")
    name = text_property("./name")  # volume group, Ceph pool, Gluster volume, zpool
    format = text_property("./format/@type")
    initiator = text_property("./initiator/iqn/@name")
    adapter_type = text_property("./adapter/@type")
    adapter_name = text_property("./adapter/@name")
    adapter_parent = text_property("./adapter/@parent")
    adapter_wwnn = text_property("./adapter/@wwnn")
    adapter_wwpn = text_property("./adapter/@wwpn")
    auth_type = text_property("./auth/@type")
    auth_username = text_property("./auth/@username")
    secret_uuid = text_property("./auth/secret/@uuid")
    secret_usage = text_property("./auth/secret/@usage")
    vendor = text_property("./vendor/@name")
    product = text_property("./product/@name")

    @property
    def hosts(self) -> list[HostDoc]:
        return self.children("./host", HostDoc)

    @property
    def host(self) -> str | None:
        hosts = self.hosts
        return hosts[0].name if hosts else None

    @property
    def devices(self) -> list[str]:
        return [d.get("path", "") for d in self.node.findall("./device")]


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
        """The type's label, untranslated (the displaying layer translates ``type_label``)."""
        label = self.type_label
        return str(label) if label else self.type or ""

    @property
    def type_label(self) -> Marked | None:
        return pool_type_label(self.type or "")

    @property
    def source(self) -> PoolSourceDoc | None:
        el = self.node.find("./source")
        return PoolSourceDoc(el) if el is not None else None

    @property
    def source_devices(self) -> list[str]:
        return [d.get("path", "") for d in self.node.findall("source/device")]

    @property
    def mount_options(self) -> list[str]:
        return [o.get("name", "") for o in self.node.findall(f"./{{{FS_NS}}}mount_opts/{{{FS_NS}}}option")]

    @property
    def capacity(self) -> int | None:
        return scaled_bytes(self.node.find("capacity"), "bytes")

    @property
    def allocation(self) -> int | None:
        return scaled_bytes(self.node.find("allocation"), "bytes")

    @property
    def available(self) -> int | None:
        return scaled_bytes(self.node.find("available"), "bytes")


def parse_sources(text: str | bytes) -> list[PoolSourceDoc]:
    """The ``<source>`` elements of a ``findStoragePoolSources`` answer."""
    root = parse_xml(text)
    return [PoolSourceDoc(el) for el in root.findall("./source")]


class VolumeDoc(XMLDocument):
    """A storage volume; sizes are in bytes."""

    ROOT_TAG = "volume"

    name = text_property("./name")
    key = text_property("./key")
    type = text_property("./@type")  # file, block, dir, network, …
    path = text_property("./target/path")
    format = text_property("./target/format/@type")
    backing_path = text_property("./backingStore/path")
    backing_format = text_property("./backingStore/format/@type")

    @property
    def capacity(self) -> int | None:
        return scaled_bytes(self.node.find("capacity"), "bytes")

    @property
    def allocation(self) -> int | None:
        return scaled_bytes(self.node.find("allocation"), "bytes")

    @property
    def physical(self) -> int | None:
        """Bytes the file or device takes on the host (qcow2 header and all)."""
        return scaled_bytes(self.node.find("physical"), "bytes")

