"""What the hosts tell the main window: a connection's unexpected state (a failed retry
said once), its performance read failing and read again, a login the secret store did not
keep, a stopped VM's fixed address following its card's new MAC, in the notifications;
and the connection states in the status bar."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kvmgui.libvirt import pending, stats
from kvmgui.libvirt.connection import Connection, ConnState, StateReason
from kvmgui.libvirt.connstate import Reason
from kvmgui.models import words
from kvmgui.utils.logs import redact
from kvmgui.utils.tr import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMainWindow

    from kvmgui.libvirt import pinfollow
    from kvmgui.libvirt.registry import ConnectionRegistry
    from kvmgui.models.domains import DomainModel
    from kvmgui.widgets.notifications import NotificationArea

    _Base = QMainWindow
else:
    _Base = object


class HostNews(_Base):
    """Mixed in before ``QMainWindow`` by ``MainWindow``: what its hosts say. The window
    sets the attributes below; its words are translated in the window's context
    ("MainWindow"), where they always were."""

    registry: ConnectionRegistry
    notifications: NotificationArea
    domain_model: DomainModel
    conn_status: QLabel
    # The error of each host's last failed retry that was notified.
    _retry_told: weakref.WeakKeyDictionary[Connection, str]

    if TYPE_CHECKING:
        def _update_actions(self, *_args: object) -> None: ...

    def _watch_connection(self, conn: Connection) -> None:
        conn.stateChanged.connect(self._conn_state)  # a method: disconnected with the window
        if (sampler := self.domain_model.sampler(conn)) is not None:
            sampler.failed.connect(self._stats_failed)
            sampler.recovered.connect(self._stats_recovered)
        pending.tracker_for(conn).pinMoved.connect(self._pin_moved)
        self._update_status()

    def _pin_moved(self, move: pinfollow.PinMove) -> None:
        """A stopped VM's fixed address went with its card's new MAC, or could not."""
        conn = self.sender().parent()
        host = conn.display_name if isinstance(conn, Connection) else ""
        if move.kept_for:  # the old MAC is another card's too: its fixed address stays
            self.notifications.info(fill(QCoreApplication.translate(
                "MainWindow",
                "%1 on %2 stopped: the fixed address %3 on network %4 stays with the old MAC "
                "address %5, which a card of %6 has too. Pin an address for the new MAC "
                "address, %7, in the card's details if it needs one."),
                move.vm, host, move.ip, move.network, move.old, move.kept_for, move.new))
            return
        if not move.error:
            self.notifications.info(fill(QCoreApplication.translate(
                "MainWindow",
                "%1 on %2 stopped: its card's fixed address %3 on network %4 moved from the old "
                "MAC address %5 to the new one, %6."),
                move.vm, host, move.ip, move.network, move.old, move.new))
            return
        self.notifications.error(fill(QCoreApplication.translate(
            "MainWindow",
            "%1 on %2 stopped, but its card's fixed address %3 on network %4 could not move from "
            "the old MAC address %5 to the new one, %6: %7. Pin it again in the card's details."),
            move.vm, host, move.ip, move.network, move.old, move.new, move.error))

    def _stats_failed(self, error: str) -> None:
        sampler = self.sender()
        # Once per run of failures: an ACL refusing stats fails every interval.
        if isinstance(sampler, stats.StatsSampler) and sampler.failures == 1:
            self.notifications.error(fill(QCoreApplication.translate(
                "MainWindow", "Could not read the performance of the virtual machines on %1: %2"),
                sampler.conn.display_name, error))

    def _stats_recovered(self) -> None:
        sampler = self.sender()
        if isinstance(sampler, stats.StatsSampler):  # the failure's notification is stale now
            self.notifications.info(fill(QCoreApplication.translate(
                "MainWindow", "The performance of the virtual machines on %1 is read again"),
                sampler.conn.display_name))

    def _not_remembered(self, uri: str) -> None:
        conn = self.registry.find(uri)
        self.notifications.error(fill(QCoreApplication.translate(
            "MainWindow",
            "%1: the login was not remembered: the desktop's secret store could not save it. "
            "It is asked for again next time."), conn.display_name if conn else redact(uri)))

    def _conn_state(self, state: ConnState, reason: StateReason) -> None:
        conn = self.sender()
        if not isinstance(conn, Connection):
            return
        # A host that stays down fails each retry the same way: said once, not every few
        # seconds (the status bar and the connections list keep saying it).
        same = reason.code == Reason.RETRY_FAILED and self._retry_told.get(conn) == reason.error
        if reason.unexpected and not same:
            self.notifications.error(fill(QCoreApplication.translate("MainWindow", "%1: %2"),
                                          conn.display_name, words.connection_message(conn)))
        if reason.code == Reason.RETRY_FAILED:
            self._retry_told[conn] = reason.error
        else:
            self._retry_told.pop(conn, None)
        self._update_status()
        self._update_actions()

    def _update_status(self, *_args: object) -> None:
        parts = [fill(QCoreApplication.translate("MainWindow", "%1: %2"), c.display_name,
                      words.conn_state(c.state)) for c in self.registry]
        self.conn_status.setText("   ·   ".join(parts) if parts else QCoreApplication.translate(
            "MainWindow", "No connections"))
