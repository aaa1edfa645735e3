"""Blocking storage-pool actions, each ``fn(virConnect, pool_uuid, ...)``; run with Connection.run."""

from __future__ import annotations

import libvirt


def _pool(conn: libvirt.virConnect, uuid: str) -> libvirt.virStoragePool:
    return conn.storagePoolLookupByUUIDString(uuid)


def start(conn: libvirt.virConnect, uuid: str) -> None:
    _pool(conn, uuid).create(0)


def stop(conn: libvirt.virConnect, uuid: str) -> None:
    _pool(conn, uuid).destroy()


def set_autostart(conn: libvirt.virConnect, uuid: str, on: bool) -> None:
    _pool(conn, uuid).setAutostart(1 if on else 0)


def refresh(conn: libvirt.virConnect, uuid: str) -> None:
    _pool(conn, uuid).refresh(0)


def remove(conn: libvirt.virConnect, uuid: str) -> None:
    """Stop the pool and forget its definition. Its volumes and directory stay on disk."""
    pool = _pool(conn, uuid)
    if pool.isActive():
        pool.destroy()
    if pool.isPersistent():
        pool.undefine()
