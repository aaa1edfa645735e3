"""``<pool>`` XML from a :class:`~kvmgui.xml.pool_spec.PoolSpec`, and back.

:func:`build_pool` is pure: the spec in, a new element out, with only the
parts the pool's type uses (see :mod:`kvmgui.xml.pool_types`), in the order
libvirt writes them. :func:`spec_from_xml` reads an existing pool (or a
source found by ``findStoragePoolSources``) into a spec for the wizard.
"""

from __future__ import annotations

import posixpath

from lxml import etree

from kvmgui.xml.base import to_xml
from kvmgui.xml.pool import FS_NS, PoolDoc, PoolSourceDoc
from kvmgui.xml.pool_spec import AdapterKind, AdapterSpec, AuthSpec, HostSpec, PoolSpec
from kvmgui.xml.pool_types import Field, PoolType, Target

IMAGES_DIR = "/var/lib/libvirt/images"


def default_target_path(pool_type: PoolType, name: str, images_dir: str = IMAGES_DIR,
                        source_name: str = "") -> str:
    """Where a new pool of ``pool_type`` called ``name`` lives on the host.

    Directory-like pools get their own directory under ``images_dir`` (the
    host's default pool directory, see ``poolops.default_target``); LVM and ZFS
    pools the directory libvirt gives their volumes; other device pools the
    directory their devices appear in; "" where the type has no target.
    """
    info = pool_type.info
    if info.target is Target.NONE:
        return ""
    if pool_type in (PoolType.LOGICAL, PoolType.ZFS):  # where libvirt puts them anyway
        group = source_name or name
        prefix = "/dev/" if pool_type is PoolType.LOGICAL else "/dev/zvol/"
        return prefix + group if group else ""
    if info.default_target is not None:
        return info.default_target
    if info.target is Target.OPTIONAL:
        return ""
    return posixpath.join(images_dir, name) if name else ""


def build_pool(spec: PoolSpec) -> etree._Element:
    """A new ``<pool>`` element for ``spec`` (expects one ``validate_pool`` accepts)."""
    info = spec.type.info
    pool = etree.Element("pool", type=spec.type.value)
    etree.SubElement(pool, "name").text = spec.name
    source = _build_source(spec)
    if source is not None:
        pool.append(source)
    if info.target is not Target.NONE:
        path = spec.target_path
        if not path and spec.type in (PoolType.LOGICAL, PoolType.ZFS):
            path = default_target_path(spec.type, spec.name, source_name=spec.source_name)
        if path or info.target is Target.REQUIRED:
            etree.SubElement(etree.SubElement(pool, "target"), "path").text = path
    if info.uses(Field.MOUNT_OPTIONS) and spec.mount_options:
        opts = etree.SubElement(pool, f"{{{FS_NS}}}mount_opts", nsmap={"fs": FS_NS})
        for option in spec.mount_options:
            etree.SubElement(opts, f"{{{FS_NS}}}option", name=option)
    return pool


def pool_xml(spec: PoolSpec) -> str:
    """:func:`build_pool` as text, ready for ``storagePoolDefineXML``."""
    return to_xml(build_pool(spec))


def _build_source(spec: PoolSpec) -> etree._Element | None:
    info = spec.type.info
    if not info.fields:
        return None  # dir, mpath: no <source> at all
    source = etree.Element("source")
    if info.uses(Field.HOSTS):
        for host in spec.hosts[: info.max_hosts]:
            el = etree.SubElement(source, "host", name=host.name.strip())
            if host.port is not None:
                el.set("port", str(host.port))
    if info.uses(Field.DEVICES):
        for device in spec.devices:
            etree.SubElement(source, "device", path=device)
    if info.uses(Field.IQN):
        etree.SubElement(source, "device", path=spec.iqn.strip())
    if info.uses(Field.SOURCE_DIR) and (spec.source_dir or spec.type is PoolType.NETFS):
        etree.SubElement(source, "dir", path=spec.source_dir)
    if info.uses(Field.ADAPTER):
        source.append(_adapter(spec.adapter))
    if info.uses(Field.SOURCE_NAME):
        name = spec.source_name or (spec.name if spec.type is PoolType.LOGICAL else "")
        etree.SubElement(source, "name").text = name
    if info.uses(Field.SOURCE_FORMAT) and spec.source_format:
        etree.SubElement(source, "format", type=spec.source_format)
    if info.uses(Field.INITIATOR) and spec.initiator:
        etree.SubElement(etree.SubElement(source, "initiator"), "iqn", name=spec.initiator.strip())
    if info.uses(Field.AUTH) and spec.auth.enabled and info.auth_type:
        source.append(_auth(info.auth_type, spec.auth))
    return source


def _adapter(adapter: AdapterSpec) -> etree._Element:
    if adapter.kind is AdapterKind.SCSI_HOST:
        return etree.Element("adapter", type="scsi_host", name=adapter.name.strip())
    attrs = {"type": "fc_host"}
    if adapter.parent:
        attrs["parent"] = adapter.parent.strip()
    attrs |= {"wwnn": adapter.wwnn.strip(), "wwpn": adapter.wwpn.strip()}
    return etree.Element("adapter", attrs)


def _auth(auth_type: str, auth: AuthSpec) -> etree._Element:
    el = etree.Element("auth", type=auth_type, username=auth.username)
    if auth.secret_uuid:
        etree.SubElement(el, "secret", uuid=auth.secret_uuid.strip())
    else:
        etree.SubElement(el, "secret", usage=auth.secret_usage)
    return el


# --- back: XML to spec ------------------------------------------------------------


def spec_from_xml(text: str | bytes) -> PoolSpec:
    """The spec of an existing pool; what the spec cannot say is dropped (edit
    the :class:`PoolDoc` in place to keep it)."""
    doc = PoolDoc.from_string(text)
    spec = PoolSpec(name=doc.name or "", type=PoolType(doc.type or "dir"),
                    target_path=doc.target_path or "", mount_options=doc.mount_options)
    source = doc.source
    if source is not None:
        apply_source(spec, source)
    return spec


def apply_source(spec: PoolSpec, source: PoolSourceDoc) -> None:
    """Fill the source fields of ``spec`` from a ``<source>`` element, as a
    discovered source is taken over in the wizard; the other fields stay."""
    spec.hosts = [HostSpec(h.name or "", h.port) for h in source.hosts] or [HostSpec()]
    devices = source.devices
    if spec.type.info.uses(Field.IQN):
        spec.iqn = devices[0] if devices else ""
        spec.devices = []
    else:
        spec.devices = devices
    spec.source_dir = source.dir or ""
    spec.source_name = source.name or ""
    spec.source_format = source.format or ""
    spec.initiator = source.initiator or ""
    if source.adapter_type == "fc_host":
        spec.adapter = AdapterSpec(AdapterKind.FC_HOST, "", source.adapter_wwnn or "",
                                   source.adapter_wwpn or "", source.adapter_parent or "")
    elif source.adapter_name or source.adapter_type:
        spec.adapter = AdapterSpec(AdapterKind.SCSI_HOST, source.adapter_name or "")
    if source.auth_type:
        spec.auth = AuthSpec(True, source.auth_username or "", source.secret_uuid or "",
                             source.secret_usage or "")
