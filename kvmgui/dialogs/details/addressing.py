"""The details window's IP addresses: read while a page that shows them is on screen,
handed to every page, and kept in step with the VM's state between readings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kvmgui.dialogs.details.nicpage import NicPage
from kvmgui.dialogs.details.overview import OverviewPage
from kvmgui.libvirt.addresses import AddressMonitor, AddressReport
from kvmgui.utils.tr import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget

    from kvmgui.dialogs.details.page import Page
    from kvmgui.libvirt.connection import Connection
    from kvmgui.models.domainwatcher import DomainView
    from kvmgui.widgets.labels import MessageLine

    _Base = QMainWindow
else:
    _Base = object


class DetailsAddresses(_Base):
    """Mixed in before ``QMainWindow`` by ``DetailsWindow``: its addresses part. The window
    sets the attributes below and calls ``_init_addresses()`` before it builds its pages.
    Its words are translated in the window's context ("DetailsWindow")."""

    conn: Connection
    uuid: str
    pages: dict[str, Page]
    stack: QStackedWidget
    body: QSplitter
    message: MessageLine

    if TYPE_CHECKING:
        def show_message(self, text: str, *, warn: bool = False, error: bool = False) -> None: ...

    def _init_addresses(self) -> None:
        self.addresses = AddressMonitor(self.conn, self.uuid, self)
        self.addresses.updated.connect(self._show_addresses)
        self.addresses.failed.connect(self._addresses_failed)
        self._no_address_said: tuple[str, str] | None = None  # (MAC, the window's words)

    def _poll_addresses(self) -> None:
        """Addresses are fetched only while a page that shows them is on screen."""
        page = self.stack.currentWidget()
        if self.isVisible() and isinstance(page, OverviewPage | NicPage) and self.body.isEnabled():
            self.addresses.start()
        else:
            self.addresses.stop()

    def _follow_addresses(self, view: DomainView) -> None:
        """The last reading again, for the VM's state as it now is."""
        report = self.addresses.report
        if report is not None and report.running and not view.running:
            # Read while it ran and not since (no page showing them): gone with it, not
            # offered to ssh until the next reading, nor after its next start.
            self.addresses.seen_stopped()
            report = self.addresses.report
        elif report is not None and not report.running and view.running:
            # Read while it was off: started since, nothing read of it yet (not "not
            # running" beside its Running state till the next reading).
            report = AddressReport(self.uuid, running=True, read=False)
        if report is not None:
            self._show_addresses(report)

    def _no_address(self, mac: str) -> None:
        text = fill(QCoreApplication.translate(
            "DetailsWindow", "Network card %1 has had no IP address for a while: its page "
                             "offers the troubleshooter."), mac)
        self._no_address_said = (mac, text)
        self.show_message(text, warn=True)

    def _withdraw_no_address(self, report: AddressReport) -> None:
        """The window's word that a card has no address goes once it has one (or its VM
        stopped); not when something else was said since."""
        if self._no_address_said is None:
            return
        mac, text = self._no_address_said
        if report.running and all(a.link_local for a in report.for_mac(mac)):
            return  # still none (or nothing read yet)
        self._no_address_said = None
        if self.message.text() == text:
            self.message.clear()

    def _addresses_wanted(self) -> None:
        if self.addresses.active:  # else read when a page showing them comes back
            self.addresses.refresh()

    def _show_addresses(self, report: AddressReport) -> None:
        for page in self.pages.values():
            page.show_addresses(report)
        self._withdraw_no_address(report)

    def _addresses_failed(self, message: str) -> None:
        for page in self.pages.values():
            page.show_address_failure(message)
