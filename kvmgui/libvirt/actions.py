"""Blocking VM actions, each ``fn(virConnect, uuid, ...)``; run them with Connection.run."""

from __future__ import annotations

from collections.abc import Callable

import libvirt

from kvmgui.libvirt.records import DomainState

Action = Callable[..., None]


def _dom(conn: libvirt.virConnect, uuid: str) -> libvirt.virDomain:
    return conn.lookupByUUIDString(uuid)


def start(conn: libvirt.virConnect, uuid: str) -> None:
    dom = _dom(conn, uuid)
    state = dom.state()[0]
    if state == libvirt.VIR_DOMAIN_PAUSED:
        dom.resume()
    elif state == libvirt.VIR_DOMAIN_PMSUSPENDED:
        dom.pMWakeup(0)
    else:
        dom.create()


def shutdown(conn: libvirt.virConnect, uuid: str) -> None:
    _dom(conn, uuid).shutdown()


def reboot(conn: libvirt.virConnect, uuid: str) -> None:
    _dom(conn, uuid).reboot(0)


def reset(conn: libvirt.virConnect, uuid: str) -> None:
    _dom(conn, uuid).reset(0)


def force_off(conn: libvirt.virConnect, uuid: str) -> None:
    _dom(conn, uuid).destroy()


def pause(conn: libvirt.virConnect, uuid: str) -> None:
    _dom(conn, uuid).suspend()


def resume(conn: libvirt.virConnect, uuid: str) -> None:
    _dom(conn, uuid).resume()


def save(conn: libvirt.virConnect, uuid: str) -> None:
    _dom(conn, uuid).managedSave(0)


def force_off_and_start(conn: libvirt.virConnect, uuid: str) -> None:
    dom = _dom(conn, uuid)
    if dom.isActive():
        dom.destroy()
    dom.create()


def disk_paths(conn: libvirt.virConnect, uuid: str) -> list[str]:
    """Paths of the VM's writable disks that belong to a storage pool (for delete)."""
    from kvmgui.xml.domain import DomainDoc  # noqa: PLC0415 - written by the xml layer (later)

    doc = DomainDoc.from_string(_dom(conn, uuid).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    paths = []
    for dev in doc.devices():
        path = getattr(dev, "path", None)
        if dev.kind == "disk" and path and not getattr(dev, "readonly", False):
            try:
                conn.storageVolLookupByPath(path)
            except libvirt.libvirtError:
                continue  # not managed by libvirt: never deleted by us
            paths.append(path)
    return paths


def delete(conn: libvirt.virConnect, uuid: str, volume_paths: list[str] = ()) -> None:  # type: ignore[assignment]
    """Force off, undefine (with managed save, snapshots, NVRAM) and delete the named volumes."""
    dom = _dom(conn, uuid)
    if dom.state()[0] != DomainState.SHUTOFF and dom.isActive():
        dom.destroy()
    flags = (libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
             | libvirt.VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
             | libvirt.VIR_DOMAIN_UNDEFINE_NVRAM)
    if dom.isPersistent():
        dom.undefineFlags(flags)
    for path in volume_paths:
        conn.storageVolLookupByPath(path).delete(0)
