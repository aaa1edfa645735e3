"""Offer the troubleshooter when a running VM's network card has had no address for a while.

One :class:`NoAddressOffer` per NIC page: each address report of the running VM starts its
timer while the card has no address and stops it when one appears; when the timer fires
(after ``delay_ms``, a minute by default) the offer shows with a "Troubleshoot…" button.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kvmgui.libvirt.addresses import AddressReport
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone

NO_ADDRESS_MS = 60_000


class NoAddressOffer(QWidget):
    """A line and a button, hidden until the card has had no address for ``delay_ms``.

    Signals:
        offered(): the offer just showed.
        accepted(): the user chose to troubleshoot.
    """

    offered = Signal()
    accepted = Signal()

    def __init__(self, delay_ms: int = NO_ADDRESS_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("No address"))
        self.mac = ""
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self._offer)
        self.line = MessageLine(self, description=self.tr("No address"), hide_empty=False)
        self.button = QPushButton(self.tr("&Troubleshoot…"), self)
        self.button.setAccessibleName(self.tr("Troubleshoot the missing address"))
        self.button.clicked.connect(self.accepted)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.hide()

    def watch(self, report: AddressReport, mac: str) -> None:
        """A new address report: count while the running VM's card ``mac`` has none."""
        self.mac = mac.lower()
        if not report.read:  # the VM's state only, nothing read since it started
            self.forget()
            return
        # A link-local address is none: the guest gives itself one when no DHCP answers.
        missing = report.running and bool(mac) \
            and all(a.link_local for a in report.for_mac(mac))
        if not missing:
            self.timer.stop()
            self.hide()
        elif not self.timer.isActive() and self.isHidden():
            self.timer.start()

    def forget(self) -> None:
        """The addresses could not be read: whether the card has one is not known."""
        self.timer.stop()
        self.hide()

    def _offer(self) -> None:
        seconds = max(1, self.timer.interval() // 1000)
        self.line.say(self.tr("This card has had no IP address for %n second(s).", "",
                              seconds), Tone.PENDING)
        self.show()
        self.offered.emit()
