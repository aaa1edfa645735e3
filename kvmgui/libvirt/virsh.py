"""Each libvirt call that changes a host, beside its ``virsh`` equivalent.

Every function takes the call's arguments once and uses the same values for the call and
for its :class:`~kvmgui.libvirt.commands.Command` (flags become virsh's options here, so an
option virsh has no word for fails before the call, never silently). Operations
(``actions``, ``domainops``, ``netops``, ``dhcphosts``, ``poolops``, ``volops``, ``volupload``,
``voldownload``, ``newvm``) call these instead of the libvirt methods; the journal of the job notes each
one (see ``commands``). In a preview a call that would make an object returns None; an
operation goes on with a :class:`Planned` stand-in so the lines after it show too.

To add one: a function ``name(obj, …)`` that returns ``_do(kind, target, args, call)``.

Well past 400 lines: one short function per changing libvirt call, so that every call
and its virsh line are written in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from uuid import uuid4

import libvirt
from lxml import etree

from kvmgui.libvirt.commands import Arg, Command, DataFile, XmlFile, current
from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.volume_cli import create_as, scaled

R = TypeVar("R")
L = libvirt

# Flags → virsh options, by the kind of flags.
MODIFY_OPTIONS: Mapping[int, str] = {
    L.VIR_DOMAIN_AFFECT_LIVE: "--live",
    L.VIR_DOMAIN_AFFECT_CONFIG: "--config",
}
# update-device's: attach-device and detach-device have no --force.
DEVICE_OPTIONS: Mapping[int, str] = {
    **MODIFY_OPTIONS,
    L.VIR_DOMAIN_DEVICE_MODIFY_FORCE: "--force",
}
UNDEFINE_OPTIONS: Mapping[int, str] = {
    L.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE: "--managed-save",
    L.VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA: "--snapshots-metadata",
    L.VIR_DOMAIN_UNDEFINE_NVRAM: "--nvram",
    L.VIR_DOMAIN_UNDEFINE_KEEP_NVRAM: "--keep-nvram",
    L.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA: "--checkpoints-metadata",
}
NETWORK_UPDATE_OPTIONS: Mapping[int, str] = {
    L.VIR_NETWORK_UPDATE_AFFECT_LIVE: "--live",
    L.VIR_NETWORK_UPDATE_AFFECT_CONFIG: "--config",
}
NETWORK_UPDATE_COMMANDS: Mapping[int, str] = {
    L.VIR_NETWORK_UPDATE_COMMAND_MODIFY: "modify",
    L.VIR_NETWORK_UPDATE_COMMAND_DELETE: "delete",
    L.VIR_NETWORK_UPDATE_COMMAND_ADD_LAST: "add-last",
    L.VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST: "add-first",
}
NETWORK_SECTIONS: Mapping[int, str] = {
    L.VIR_NETWORK_SECTION_BRIDGE: "bridge",
    L.VIR_NETWORK_SECTION_DOMAIN: "domain",
    L.VIR_NETWORK_SECTION_IP: "ip",
    L.VIR_NETWORK_SECTION_IP_DHCP_HOST: "ip-dhcp-host",
    L.VIR_NETWORK_SECTION_IP_DHCP_RANGE: "ip-dhcp-range",
    L.VIR_NETWORK_SECTION_FORWARD: "forward",
    L.VIR_NETWORK_SECTION_FORWARD_INTERFACE: "forward-interface",
    L.VIR_NETWORK_SECTION_FORWARD_PF: "forward-pf",
    L.VIR_NETWORK_SECTION_PORTGROUP: "portgroup",
    L.VIR_NETWORK_SECTION_DNS_HOST: "dns-host",
    L.VIR_NETWORK_SECTION_DNS_TXT: "dns-txt",
    L.VIR_NETWORK_SECTION_DNS_SRV: "dns-srv",
}


class NoVirshWordError(ValueError):
    """A flag or code virsh has no option for: the call is not made."""


def options(flags: int, table: Mapping[int, str]) -> tuple[str, ...]:
    """virsh's options for ``flags``, in the table's order; every set bit must have one."""
    out, rest = [], flags
    for bit, option in table.items():
        if flags & bit:
            out.append(option)
            rest &= ~bit
    if rest:
        raise NoVirshWordError(f"no virsh option for flags {rest:#x}")
    return tuple(out)


def affect(flags: int, table: Mapping[int, str]) -> tuple[str, ...]:
    """``options`` for a command that virsh, given none of --live, --config and --current,
    sends through the old call without flags (attach-device, setmem …), which QEMU takes
    as live only: flags without either bit (VIR_DOMAIN_AFFECT_CURRENT) need --current."""
    out = options(flags, table)
    if flags & (L.VIR_DOMAIN_AFFECT_LIVE | L.VIR_DOMAIN_AFFECT_CONFIG):
        return out
    return (*out, "--current")


@dataclass(frozen=True, slots=True)
class Planned:
    """What a preview stands in for an object it did not make (a pool just "defined"):
    the functions here need only its name for the lines that follow, and the UUID its
    define's file gives it when virsh would not find it by that name (see ``planned``)."""

    planned_name: str
    planned_uuid: str = ""

    def name(self) -> str:
        return self.planned_name

    def __getattr__(self, method: str) -> Callable[..., Any]:
        """The libvirt method a line names (``dom.create``): a preview never calls it."""
        def never(*_args: object) -> Any:
            raise RuntimeError(f"{method} of {self.planned_name}: a preview makes no calls")
        return never


def word(code: int, table: Mapping[int, str]) -> str:
    try:
        return table[code]
    except KeyError:
        raise NoVirshWordError(f"no virsh word for {code}") from None


def _do(kind: str, target: str, args: tuple[Arg, ...], call: Callable[[], R]) -> R | None:
    journal = current()
    if journal is None:  # outside a connection's job (a direct call): nothing to note
        return call()
    return journal.do(Command(journal.uri, kind, target, args), call)


# -- domains -----------------------------------------------------------------------------------

# virsh looks a VM up by ID, then by UUID, then by name: such a name could pick another VM;
# a name starting with "--" is read as an option. It tries an argument of 36 bytes as a UUID
# as libvirt reads one: 32 hex digits in pairs, any '-' or ' ' before a pair, blanks around
# ("6695eb01--f6a48304-79aa-97f2502e193f" is the VM of UUID 6695eb01-f6a4-8304-…).
_READ_AS_ID = re.compile(r"\s*[+-]?[0-9]+")
_READ_AS_UUID = re.compile(r"[ \t\n\v\f\r]*(?:[- ]*[0-9a-fA-F]{2}){16}[ \t\n\v\f\r]*")


def _reads_as_uuid(name: str) -> bool:
    return len(name.encode()) == 36 and _READ_AS_UUID.fullmatch(name) is not None


def _misread_vm(name: str) -> bool:
    return name.startswith("--") or bool(_READ_AS_ID.fullmatch(name)) or _reads_as_uuid(name)


def _misread(name: str) -> bool:
    """Whether virsh would not find a network or pool by ``name``: it reads it as an
    option, or looks it up as a UUID first (it tries the UUID, then the name)."""
    return name.startswith("--") or _reads_as_uuid(name)


def _vm(dom: libvirt.virDomain) -> str:
    """The VM as virsh's argument: its name, or its UUID when virsh would read the name as
    an ID, a UUID or an option ("virsh destroy 1" forces off the VM with ID 1, whatever its
    name; "virsh start --help" prints help)."""
    name = str(dom.name())
    if not _misread_vm(name):
        return name
    if isinstance(dom, Planned):  # not defined yet: the UUID its define's file gives it
        return dom.planned_uuid or name
    return str(dom.UUIDString())


def _by_uuid(obj: Any) -> str:
    """A network or pool as virsh's argument: its name, or its UUID when virsh would not
    find it by its name."""
    name = str(obj.name())
    if not _misread(name):
        return name
    if isinstance(obj, Planned):
        return obj.planned_uuid or name
    return str(obj.UUIDString())


def _with_uuid(kind: str, name: str, xml: str, misread: bool) -> str:
    """The XML of the define (its call and its file) of an object virsh would not find by
    its name: with a UUID (a new one if it has none), which the lines after the define
    name it by (in a preview: ``planned``). Without one, virsh would make the object of
    another UUID than the one libvirt made here and the lines name ("failed to get
    network <uuid>")."""
    journal = current()
    if journal is None or not misread:
        return xml
    try:
        root = parse_xml(xml)
    except XMLParseError:  # libvirt's define says what is wrong
        return xml
    found = root.find("uuid")
    if found is not None and (found.text or "").strip():
        if journal.dry:
            journal.planned[(kind, name)] = (found.text or "").strip()
        return xml
    if found is not None:
        root.remove(found)
    uuid = etree.Element("uuid")
    uuid.text = str(uuid4())
    if journal.dry:
        journal.planned[(kind, name)] = uuid.text
    after = root.find("name")
    if after is None:
        root.insert(0, uuid)
    else:
        uuid.tail = after.tail
        after.addnext(uuid)
    return str(etree.tostring(root, encoding="unicode"))


def planned(kind: str, name: str) -> Planned:
    """The stand-in for the object of ``kind`` ("domain", "pool") a preview just "defined"."""
    journal = current()
    return Planned(name, journal.planned.get((kind, name), "") if journal is not None else "")


def _vol(name: str) -> tuple[str, ...]:
    """A volume's name as virsh's argument; after --vol when virsh would read it as an option."""
    return ("--vol", name) if name.startswith("--") else (name,)


def start(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("start", _vm(dom)), dom.create)


def resume(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("resume", _vm(dom)), dom.resume)


def pm_wakeup(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("dompmwakeup", _vm(dom)), lambda: dom.pMWakeup(0))


def shutdown(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("shutdown", _vm(dom)), dom.shutdown)


def reboot(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("reboot", _vm(dom)), lambda: dom.reboot(0))


def reset(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("reset", _vm(dom)), lambda: dom.reset(0))


def destroy(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("destroy", _vm(dom)), dom.destroy)


def suspend(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("suspend", _vm(dom)), dom.suspend)


def managed_save(dom: libvirt.virDomain) -> None:
    _do("domain", dom.name(), ("managedsave", _vm(dom)), lambda: dom.managedSave(0))


def undefine(dom: libvirt.virDomain, flags: int) -> None:
    args = ("undefine", _vm(dom), *options(flags, UNDEFINE_OPTIONS))
    _do("domain", dom.name(), args, lambda: dom.undefineFlags(flags))


def set_autostart(dom: libvirt.virDomain, on: bool) -> None:
    args = ("autostart", _vm(dom)) if on else ("autostart", _vm(dom), "--disable")
    _do("domain", dom.name(), args, lambda: dom.setAutostart(1 if on else 0))


DEFINE_OPTIONS: Mapping[int, str] = {L.VIR_DOMAIN_DEFINE_VALIDATE: "--validate"}


def define(conn: libvirt.virConnect, xml: str, name: str, flags: int = 0) -> Any:
    """``virsh define FILE [--validate]``; ``name`` is the VM's (for the file name and
    timelines). The new virDomain (None in a preview)."""
    xml = _with_uuid("domain", name, xml, _misread_vm(name))
    args: tuple[Arg, ...] = ("define", XmlFile(name, xml), *options(flags, DEFINE_OPTIONS))
    if flags:
        return _do("domain", name, args, lambda: conn.defineXMLFlags(xml, flags))
    return _do("domain", name, args, lambda: conn.defineXML(xml))


def _device_file(dom: libvirt.virDomain, xml: str) -> XmlFile:
    return XmlFile(f"{dom.name()}-device", xml)


def attach_device(dom: libvirt.virDomain, xml: str, flags: int) -> None:
    args: tuple[Arg, ...] = ("attach-device", _vm(dom), _device_file(dom, xml),
                             *affect(flags, MODIFY_OPTIONS))
    _do("domain", dom.name(), args, lambda: dom.attachDeviceFlags(xml, flags))


def detach_device(dom: libvirt.virDomain, xml: str, flags: int) -> None:
    args: tuple[Arg, ...] = ("detach-device", _vm(dom), _device_file(dom, xml),
                             *affect(flags, MODIFY_OPTIONS))
    _do("domain", dom.name(), args, lambda: dom.detachDeviceFlags(xml, flags))


def update_device(dom: libvirt.virDomain, xml: str, flags: int) -> None:
    args: tuple[Arg, ...] = ("update-device", _vm(dom), _device_file(dom, xml),
                             *options(flags, DEVICE_OPTIONS))
    _do("domain", dom.name(), args, lambda: dom.updateDeviceFlags(xml, flags))


def set_metadata(dom: libvirt.virDomain, kind: int, text: str | None, flags: int) -> None:
    """Title or description (``virsh desc``); None or "" removes it."""
    which = {L.VIR_DOMAIN_METADATA_TITLE: ("--title",), L.VIR_DOMAIN_METADATA_DESCRIPTION: ()}
    if kind not in which:
        raise NoVirshWordError(f"no virsh desc for metadata kind {kind}")
    args = ("desc", _vm(dom), *options(flags, MODIFY_OPTIONS), *which[kind], "--new-desc",
            text or "")
    _do("domain", dom.name(), args, lambda: dom.setMetadata(kind, text or None, None, None, flags))


def block_resize(dom: libvirt.virDomain, disk: str, capacity: int) -> None:
    """``virsh blockresize DOMAIN DISK SIZE``: a running VM's disk (its path or target) to
    ``capacity`` bytes, through QEMU, which tells the guest."""
    size = scaled(capacity)
    size = f"{size}B" if size.isdigit() else size  # virsh reads a bare number as KiB
    _do("domain", dom.name(), ("blockresize", _vm(dom), disk, size),
        lambda: dom.blockResize(disk, capacity, L.VIR_DOMAIN_BLOCK_RESIZE_BYTES))


def set_vcpus(dom: libvirt.virDomain, count: int, flags: int) -> None:
    args = ("setvcpus", _vm(dom), str(count), *affect(flags, MODIFY_OPTIONS))
    _do("domain", dom.name(), args, lambda: dom.setVcpusFlags(count, flags))


def set_memory(dom: libvirt.virDomain, kib: int, flags: int) -> None:
    args = ("setmem", _vm(dom), f"{kib}KiB", *affect(flags, MODIFY_OPTIONS))
    _do("domain", dom.name(), args, lambda: dom.setMemoryFlags(kib, flags))


# -- networks ----------------------------------------------------------------------------------


def net_define(conn: libvirt.virConnect, xml: str, name: str) -> libvirt.virNetwork | None:
    """``virsh net-define FILE``; None in a preview (nothing was defined)."""
    xml = _with_uuid("network", name, xml, _misread(name))
    return _do("network", name, ("net-define", XmlFile(name, xml)),
               lambda: conn.networkDefineXML(xml))


def net_start(net: libvirt.virNetwork) -> None:
    _do("network", net.name(), ("net-start", _by_uuid(net)), net.create)


def net_destroy(net: libvirt.virNetwork) -> None:
    _do("network", net.name(), ("net-destroy", _by_uuid(net)), net.destroy)


def net_undefine(net: libvirt.virNetwork) -> None:
    _do("network", net.name(), ("net-undefine", _by_uuid(net)), net.undefine)


def net_autostart(net: libvirt.virNetwork, on: bool) -> None:
    args = ("net-autostart", _by_uuid(net)) if on else ("net-autostart", _by_uuid(net), "--disable")
    _do("network", net.name(), args, lambda: net.setAutostart(1 if on else 0))


def net_update(net: libvirt.virNetwork, command: int, section: int, parent_index: int,
               xml: str, flags: int) -> None:
    """``virsh net-update``; the element goes inline (virsh takes text starting with '<')."""
    parent = ("--parent-index", str(parent_index)) if parent_index >= 0 else ()
    args = ("net-update", _by_uuid(net), word(command, NETWORK_UPDATE_COMMANDS),
            word(section, NETWORK_SECTIONS), xml, *parent,
            *options(flags, NETWORK_UPDATE_OPTIONS))
    _do("network", net.name(), args,
        lambda: net.update(command, section, parent_index, xml, flags))


# -- storage pools ------------------------------------------------------------------------------

POOL_BUILD_OPTIONS: Mapping[int, str] = {
    L.VIR_STORAGE_POOL_BUILD_NO_OVERWRITE: "--no-overwrite",
    L.VIR_STORAGE_POOL_BUILD_OVERWRITE: "--overwrite",
}


def pool_define(conn: libvirt.virConnect, xml: str, name: str) -> libvirt.virStoragePool | None:
    """``virsh pool-define FILE``; None in a preview (nothing was defined)."""
    xml = _with_uuid("pool", name, xml, _misread(name))
    return _do("pool", name, ("pool-define", XmlFile(name, xml)),
               lambda: conn.storagePoolDefineXML(xml, 0))


def pool_build(pool: libvirt.virStoragePool, flags: int) -> None:
    args = ("pool-build", _by_uuid(pool), *options(flags, POOL_BUILD_OPTIONS))
    _do("pool", pool.name(), args, lambda: pool.build(flags))


def pool_start(pool: libvirt.virStoragePool) -> None:
    _do("pool", pool.name(), ("pool-start", _by_uuid(pool)), lambda: pool.create(0))


def pool_destroy(pool: libvirt.virStoragePool) -> None:
    _do("pool", pool.name(), ("pool-destroy", _by_uuid(pool)), pool.destroy)


def pool_refresh(pool: libvirt.virStoragePool) -> None:
    _do("pool", pool.name(), ("pool-refresh", _by_uuid(pool)), lambda: pool.refresh(0))


def pool_delete(pool: libvirt.virStoragePool) -> None:
    """``virsh pool-delete``: the pool's storage itself (directory, volume group, zpool)."""
    _do("pool", pool.name(), ("pool-delete", _by_uuid(pool)), lambda: pool.delete(0))


def pool_undefine(pool: libvirt.virStoragePool) -> None:
    _do("pool", pool.name(), ("pool-undefine", _by_uuid(pool)), pool.undefine)


def pool_autostart(pool: libvirt.virStoragePool, on: bool) -> None:
    args = ("pool-autostart", _by_uuid(pool)) if on else ("pool-autostart", _by_uuid(pool), "--disable")
    _do("pool", pool.name(), args, lambda: pool.setAutostart(1 if on else 0))


# -- storage volumes ----------------------------------------------------------------------------

VOL_CREATE_OPTIONS: Mapping[int, str] = {
    L.VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA: "--prealloc-metadata",
}
# Only vol-create-from has --reflink (neither vol-create nor vol-create-as).
VOL_CREATE_FROM_OPTIONS: Mapping[int, str] = {
    **VOL_CREATE_OPTIONS,
    L.VIR_STORAGE_VOL_CREATE_REFLINK: "--reflink",
}
VOL_RESIZE_OPTIONS: Mapping[int, str] = {
    L.VIR_STORAGE_VOL_RESIZE_ALLOCATE: "--allocate",
    L.VIR_STORAGE_VOL_RESIZE_DELTA: "--delta",
    L.VIR_STORAGE_VOL_RESIZE_SHRINK: "--shrink",
}
VOL_UPLOAD_OPTIONS: Mapping[int, str] = {L.VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM: "--sparse"}
VOL_DOWNLOAD_OPTIONS: Mapping[int, str] = {L.VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM: "--sparse"}
WIPE_ALGORITHMS: Mapping[int, str] = {
    L.VIR_STORAGE_VOL_WIPE_ALG_ZERO: "zero",
    L.VIR_STORAGE_VOL_WIPE_ALG_NNSA: "nnsa",
    L.VIR_STORAGE_VOL_WIPE_ALG_DOD: "dod",
    L.VIR_STORAGE_VOL_WIPE_ALG_BSI: "bsi",
    L.VIR_STORAGE_VOL_WIPE_ALG_GUTMANN: "gutmann",
    L.VIR_STORAGE_VOL_WIPE_ALG_SCHNEIER: "schneier",
    L.VIR_STORAGE_VOL_WIPE_ALG_PFITZNER7: "pfitzner7",
    L.VIR_STORAGE_VOL_WIPE_ALG_PFITZNER33: "pfitzner33",
    L.VIR_STORAGE_VOL_WIPE_ALG_RANDOM: "random",
    L.VIR_STORAGE_VOL_WIPE_ALG_TRIM: "trim",
}


def _backing_is_volume(pool: libvirt.virStoragePool, path: str) -> bool:
    """virsh's ``--backing-vol`` must name a volume the host knows (a read, in the worker)."""
    try:
        pool.connect().storageVolLookupByPath(path)
    except libvirt.libvirtError:
        return False
    return True


def vol_create(pool: libvirt.virStoragePool, xml: str, name: str, flags: int = 0) -> Any:
    """``virsh vol-create-as POOL NAME CAPACITY …`` when its options say all of ``xml``
    (see ``volume_cli``), else ``virsh vol-create POOL FILE``. Returns the new
    virStorageVol (None in a preview)."""
    extra = options(flags, VOL_CREATE_OPTIONS)
    plain = create_as(xml)
    # A name virsh would read as an option goes in the file (vol-create-as takes it bare).
    if plain is not None and (not plain.backing_path or _backing_is_volume(pool, plain.backing_path)) \
            and not plain.name.startswith("--"):
        args: tuple[Arg, ...] = (*plain.args(_by_uuid(pool)), *extra)
    else:
        args = ("vol-create", _by_uuid(pool), XmlFile(name, xml), *extra)
    return _do("volume", name, args, lambda: pool.createXML(xml, flags))


def vol_create_from(pool: libvirt.virStoragePool, xml: str, name: str,
                    source_pool: libvirt.virStoragePool, source: libvirt.virStorageVol,
                    flags: int = 0) -> Any:
    """``virsh vol-create-from POOL FILE VOL --inputpool POOL`` (a clone, in any pool of the
    host, in the format the XML asks); the new virStorageVol (None in a preview)."""
    args: tuple[Arg, ...] = ("vol-create-from", _by_uuid(pool), XmlFile(name, xml), *_vol(source.name()),
                             "--inputpool", _by_uuid(source_pool), *options(flags, VOL_CREATE_FROM_OPTIONS))
    return _do("volume", name, args, lambda: pool.createXMLFrom(xml, source, flags))


def vol_delete(vol: libvirt.virStorageVol, path: str) -> None:
    """``virsh vol-delete PATH`` (a path names a volume without its pool)."""
    _do("volume", path, ("vol-delete", path), lambda: vol.delete(0))


def vol_delete_in(pool: libvirt.virStoragePool, vol: libvirt.virStorageVol) -> None:
    """``virsh vol-delete --pool POOL NAME``."""
    _do("volume", vol.name(), ("vol-delete", "--pool", _by_uuid(pool), *_vol(vol.name())),
        lambda: vol.delete(0))


def vol_resize(pool: libvirt.virStoragePool, vol: libvirt.virStorageVol, capacity: int,
               flags: int) -> None:
    """``virsh vol-resize --pool POOL NAME CAPACITY [--allocate] [--shrink]``."""
    args = ("vol-resize", "--pool", _by_uuid(pool), *_vol(vol.name()), scaled(capacity),
            *options(flags, VOL_RESIZE_OPTIONS))
    _do("volume", vol.name(), args, lambda: vol.resize(capacity, flags))


def vol_wipe(pool: libvirt.virStoragePool, vol: libvirt.virStorageVol,
             algorithm: int = L.VIR_STORAGE_VOL_WIPE_ALG_ZERO) -> None:
    """``virsh vol-wipe --pool POOL NAME [--algorithm ALG]`` (zeroes: virsh's default)."""
    if algorithm == L.VIR_STORAGE_VOL_WIPE_ALG_ZERO:
        args: tuple[Arg, ...] = ("vol-wipe", "--pool", _by_uuid(pool), *_vol(vol.name()))
        _do("volume", vol.name(), args, lambda: vol.wipe(0))
        return
    args = ("vol-wipe", "--pool", _by_uuid(pool), *_vol(vol.name()), "--algorithm",
            word(algorithm, WIPE_ALGORITHMS))
    _do("volume", vol.name(), args, lambda: vol.wipePattern(algorithm, 0))


def vol_upload(pool: libvirt.virStoragePool, volume: str, file: str | DataFile, flags: int,
               transfer: Callable[[], R]) -> R | None:
    """``virsh vol-upload --pool POOL NAME FILE [--sparse]``: ``transfer`` is the whole
    upload (``virStorageVolUpload`` with ``flags`` and the stream after it), so the line is
    noted as failed when any part of it fails."""
    args: tuple[Arg, ...] = ("vol-upload", "--pool", _by_uuid(pool), *_vol(volume), file,
            *options(flags, VOL_UPLOAD_OPTIONS))
    return _do("volume", volume, args, transfer)


def vol_download(pool: libvirt.virStoragePool, volume: str, file: str, flags: int,
                 transfer: Callable[[], R]) -> R | None:
    """``virsh vol-download --pool POOL NAME FILE [--sparse]`` (see ``vol_upload``)."""
    args = ("vol-download", "--pool", _by_uuid(pool), *_vol(volume), file,
            *options(flags, VOL_DOWNLOAD_OPTIONS))
    return _do("volume", volume, args, transfer)
