""""Always give this VM this address": a static DHCP host for a NIC, set live and for good.

The address is checked as it is typed (inside the subnet, not the gateway, network or
broadcast address, not reserved for another card; a warning when another card leases it
right now); Pin and Unpin change the network through ``networkUpdate`` without restarting
anything (``kvmgui.libvirt.dhcphosts``).

A card whose MAC changes at the next start is pinned for that MAC (its DHCP requests
carry it from then on), and the box says so: the card gets the address at the restart,
not when it renews the lease of the MAC it runs with now. A static host of the MAC it
runs with is the card's own: shown, moved to the new MAC by Pin, removed by Unpin; left
alone, it moves to the new MAC when the VM shuts down (``kvmgui.libvirt.pinfollow``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kvmgui.libvirt import dhcphosts, netops
from kvmgui.libvirt.addresses import AddressReport, AddressSource
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.records import NetworkRecord
from kvmgui.models.checkwords import pin_words
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import fill
from kvmgui.widgets.commanddialog import CommandDialog, show_commands
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import PinProblem, check_pin, host_name_for, pinned_ip

log = logging.getLogger(__name__)


class PinBox(QGroupBox):
    """The fixed address of one NIC on its libvirt network (shown for NICs on one)."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Fixed address"), parent)
        self.setAccessibleName(self.tr("Fixed address"))
        self.conn = conn
        self.mac = ""
        self.running_mac = ""  # the MAC the running card has, where it changes at the next start
        self.vm_name = ""
        self.network = ""  # the NIC's network name ("" when not on a libvirt network)
        self.lease_ip = ""
        self.leases: list[Lease] = []
        self._lease_generation = 0  # bumped on each fetch: answers for an earlier network are dropped
        self._leases_of: tuple[str, bool] | None = None  # (uuid, running) of the network read
        self.command_dialog: CommandDialog | None = None
        self._busy = False
        self.ip = QLineEdit(self)
        self.ip.setAccessibleName(self.tr("Address to give this VM"))
        self.ip.setPlaceholderText(self.tr("e.g. 192.168.122.10"))
        label = QLabel(self.tr("Address:"), self)
        label.setBuddy(self.ip)
        self.pin_button = QPushButton(self.tr("Always g&ive this VM this address"), self)
        self.pin_button.setAccessibleName(self.tr("Always give this VM this address"))
        self.unpin_button = QPushButton(self.tr("U&npin"), self)
        self.unpin_button.setAccessibleName(self.tr("Unpin the address"))
        self.command_button = QPushButton(self.tr("Sh&ow Command"), self)
        self.command_button.setAccessibleName(self.tr("Show the command that pins the address"))
        self.status = MessageLine(self, description=self.tr("Fixed address status"), hide_empty=False)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.ip, 1)
        row.addWidget(self.pin_button)
        row.addWidget(self.unpin_button)
        row.addWidget(self.command_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.ip.textEdited.connect(lambda _t: self.validate())
        self.pin_button.clicked.connect(self.pin)
        self.unpin_button.clicked.connect(self.unpin)
        self.command_button.clicked.connect(self.show_command)
        for signal in (conn.networks.added, conn.networks.changed):
            signal.connect(self._networks_changed)
        conn.networks.removed.connect(self._networks_removed)
        self.setVisible(False)

    # -- what the page tells us ------------------------------------------------------------

    def set_nic(self, mac: str, source_type: str, source: str, vm_name: str,
                running_mac: str = "") -> None:
        """The saved card (``mac``, its network, the VM's name) and the MAC the running card
        has (``running_mac``; "" when stopped or the same)."""
        network = source if source_type == "network" else ""
        changed = (mac.lower(), network) != (self.mac, self.network)
        self.mac, self.network, self.vm_name = mac.lower(), network, vm_name
        self.running_mac = running_mac.lower() if running_mac.lower() != self.mac else ""
        self.setVisible(bool(network))
        if changed:  # what was shown is the old network's, or the old card's
            self.ip.clear()
            self.status.clear()
            self.lease_ip = ""
            self._fetch_leases()
        self.show_state()

    def set_report(self, report: AddressReport, running_mac: str = "") -> None:
        """Offer the address the running card (``running_mac``, else ``self.mac``) has now.

        The pin stays for ``self.mac``, the saved card's: its DHCP requests carry that MAC
        once a pending MAC change applies (at the next start), and an entry for the running
        MAC would then hold the address for a card that is gone.
        """
        # A lease on this network: the running card may still be on another (a change pending).
        doc = self.doc()
        leased = [a.address for a in report.for_mac(running_mac or self.running_mac or self.mac)
                  if AddressSource.LEASE in a.sources and not a.ipv6 and doc is not None
                  and not any(f.blocking for f in check_pin(doc, self.mac, a.address,
                                                            running_mac=self.running_mac))]
        self.lease_ip = leased[0] if leased else ""
        if not self.ip.text():
            self.show_state()

    # -- state -----------------------------------------------------------------------------

    def record(self) -> NetworkRecord | None:
        return next((r for r in self.conn.networks.records() if r.name == self.network), None)

    def doc(self) -> NetworkDoc | None:
        rec = self.record()
        if rec is None:
            return None
        try:
            return NetworkDoc.from_string(rec.xml)
        except XMLParseError:
            return None

    def pinned(self) -> str:
        doc = self.doc()
        return pinned_ip(doc, self.mac) if doc is not None and self.mac else ""

    def pinned_now(self) -> str:
        """The address pinned for the MAC the card runs with, where that changes at the
        next start ("" when none)."""
        doc = self.doc()
        return pinned_ip(doc, self.running_mac) if doc is not None and self.running_mac else ""

    def show_state(self) -> None:
        pinned = self.pinned()
        if not self.ip.text():
            self.ip.setText(pinned or self.pinned_now() or self.lease_ip)
        if self._busy:
            return
        self.unpin_button.setEnabled(bool(pinned or self.pinned_now()))
        problem = self.validate()
        if problem == "" or (problem is None and not self.status.text()):  # "": no such network
            self._say_pinned(pinned)

    def _say_pinned(self, pinned: str) -> None:
        if pinned and self.running_mac:
            self.status.say(fill(self.tr(
                "Network %1 always gives this card %2 once the VM restarts with its new MAC "
                "address %3."), self.network, pinned, self.mac))
        elif pinned:
            self.status.say(fill(self.tr("Network %1 always gives this card %2."), self.network, pinned))
        elif now := self.pinned_now():
            self.status.say(fill(self.tr(
                "Network %1 gives this card %2 under its current MAC address %3; when the VM shuts "
                "down while kvmgui is connected to this host, the address moves to %4, the card's "
                "MAC address from the next start."), self.network, now, self.running_mac, self.mac))
        elif self.record() is None:
            self.status.say(fill(self.tr("Network %1 does not exist on this host."), self.network))
        else:
            self.status.say(self.tr("The address is not fixed: it may change when the lease ends."))

    def validate(self) -> str | None:
        """The blocking problem with the typed address (shown inline), or None."""
        doc = self.doc()
        text = self.ip.text().strip()
        if self._busy:
            return None
        # Nothing can be pinned there, whatever is typed: said at once, not as an error.
        no_ipv4 = next((f for f in check_pin(doc, self.mac, text) if f.code is PinProblem.NO_IPV4),
                       None) if doc is not None else None
        self.ip.setEnabled(no_ipv4 is None)
        if no_ipv4 is not None:
            self.pin_button.setEnabled(False)
            self.command_button.setEnabled(False)
            self.status.say(pin_words(no_ipv4))
            return pin_words(no_ipv4)
        if doc is None or not text:
            self.pin_button.setEnabled(False)
            self.command_button.setEnabled(False)
            return self.tr("Enter an address") if doc is not None else ""
        findings = check_pin(doc, self.mac, text, [(x.mac, x.ip) for x in self.leases],
                             self.running_mac)
        blocking = [f for f in findings if f.blocking]
        same = text == self.pinned()
        self.pin_button.setEnabled(not blocking and not same)
        self.command_button.setEnabled(not blocking and not same)
        if blocking:
            self.status.error(pin_words(blocking[0]))
            return pin_words(blocking[0])
        warnings = [f for f in findings if not f.blocking]
        self.status.say(pin_words(warnings[0]) if warnings else "", Tone.PENDING)
        return None

    # -- actions ---------------------------------------------------------------------------

    def _args(self) -> tuple[str, str, str, str, str] | None:
        rec = self.record()
        if rec is None or self.validate() is not None:
            return None
        # The card's static host under the MAC it runs with gives way to the new one.
        replacing = self.running_mac if self.pinned_now() else ""
        return (rec.uuid, self.mac, host_name_for(self.vm_name, self.doc(), self.mac, replacing),
                self.ip.text().strip(), replacing)

    def pin(self) -> None:
        args = self._args()
        if args is None:
            return
        if self.running_mac:  # a renewal is the running MAC's: no use of a pin for the next
            done = fill(self.tr("Pinned for %1: the VM gets %2 when it restarts with that MAC address."),
                        args[1], args[3])
        else:
            done = fill(self.tr("Pinned: the VM gets %1 when it renews its lease or restarts."), args[3])
        self._run(self.tr("Pinning…"), dhcphosts.pin, args, done)

    def unpin(self) -> None:
        rec = self.record()
        if rec is None:
            return
        self._run(self.tr("Unpinning…"), dhcphosts.unpin, (rec.uuid, self.mac, self.running_mac),
                  self.tr("Unpinned: the address may change when the lease ends."))

    def show_command(self) -> None:
        args = self._args()
        if args is not None:
            self.command_dialog = show_commands(self.conn, self.tr("Pin address"), self,
                                                dhcphosts.pin, *args)

    def _run(self, busy: str, fn: Callable[..., None], args: tuple[str, ...], done: str) -> None:
        uuid = args[0]
        self._set_busy(True, busy)

        def finished(_result: object) -> None:
            self._set_busy(False, done)
            self.conn.refresh("network", uuid)  # no event tells of networkUpdate

        def failed(exc: BaseException) -> None:
            self._set_busy(False, "")
            self.status.error(fill(self.tr("Not changed: %1"), failure_words(exc)))

        self.conn.run(fn, *args, done=finished, failed=failed, context=self)

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        for w in (self.ip, self.pin_button, self.unpin_button, self.command_button):
            w.setEnabled(not busy)
        self.status.say(text)
        if not busy:
            self.unpin_button.setEnabled(bool(self.pinned() or self.pinned_now()))
            # What was done, over a note on the address (said again once the network is read).
            if self.validate() is None and text:
                self.status.say(text)

    def _fetch_leases(self) -> None:
        rec = self.record()
        self.leases = []
        self._lease_generation += 1
        self._leases_of = (rec.uuid, rec.active) if rec is not None else None
        if rec is None or not rec.active:
            return
        gen = self._lease_generation
        self.conn.run(netops.dhcp_leases, rec.uuid, context=self,
                      done=lambda leases: self._got_leases(gen, leases),
                      failed=self._leases_failed)

    def _leases_failed(self, exc: BaseException) -> None:
        # Then no lease can be warned about (a driver without leases, such as the test one).
        log.info("%s: leases of network %s: %s", self.conn.uri, self.network, error_text(exc))

    def _got_leases(self, gen: int, leases: list[Lease]) -> None:
        if gen != self._lease_generation:  # the card has moved to another network since
            return
        self.leases = leases
        if not self._busy:
            self.validate()

    def _networks_changed(self, records: list[NetworkRecord]) -> None:
        if not any(r.name == self.network for r in records):
            return
        rec = self.record()
        if rec is not None and (rec.uuid, rec.active) != self._leases_of:  # started, stopped, defined anew
            self._fetch_leases()
        if not self._busy:
            self.show_state()

    def _networks_removed(self, _keys: list[str]) -> None:
        if self.network and self.record() is None:
            self._fetch_leases()  # none: it is gone
            if not self._busy:
                self.show_state()
