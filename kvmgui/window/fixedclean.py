"""After a VM is deleted: its fixed addresses removed from their networks, as the delete
dialog offered (``DeleteDialog.fixed_plan``), and what did not go told in the main
window's notifications. The VM stays deleted whatever happens here."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject

from kvmgui.libvirt import fixedaddr
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.fixedaddr import FixedAddress, Removal
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import fill
from kvmgui.widgets.notifications import NotificationArea


def remove_after_delete(conn: Connection, name: str, uuid: str, addresses: Sequence[FixedAddress],
                        notifications: NotificationArea, context: QObject) -> None:
    """Remove ``addresses`` (those of the VM ``uuid``, called ``name``, now deleted) in a
    worker; a failure is told, the VM is not brought back."""
    if not addresses:
        return
    conn.run(fixedaddr.remove_fixed, list(addresses), [uuid], context=context,
             done=partial(_tell, conn, name, notifications),
             failed=partial(_failed, conn, name, notifications))


def _tell(conn: Connection, name: str, notifications: NotificationArea,
          removals: list[Removal]) -> None:
    for network in {r.address.network_uuid for r in removals}:
        conn.refresh("network", network)  # no event tells of networkUpdate
    for r in removals:
        a = r.address
        if r.kept_for:
            notifications.info(fill(QCoreApplication.translate(
                "DeleteVm", "'%1' on %2 was deleted; its fixed address %3 on network %4 stays: "
                "a card of %5 has its MAC address, %6, now."),
                name, conn.display_name, a.ip, a.network, r.kept_for, a.mac))
        elif r.error:
            notifications.error(fill(QCoreApplication.translate(
                "DeleteVm", "'%1' on %2 was deleted, but its fixed address %3 on network %4 "
                "(MAC address %5) was not removed: %6"),
                name, conn.display_name, a.ip, a.network, a.mac, r.error))


def _failed(conn: Connection, name: str, notifications: NotificationArea,
            exc: BaseException) -> None:
    notifications.error(fill(QCoreApplication.translate(
        "DeleteVm", "'%1' on %2 was deleted, but its fixed addresses were not removed: %3"),
        name, conn.display_name, failure_words(exc)))
