"""The "Add virtual network" wizard: pages fill a NetworkSpec, kvmgui.xml builds the XML,
and one worker job defines it (then optionally starts it and turns autostart on)."""

from __future__ import annotations

import logging
from enum import IntEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kvmgui.libvirt import netops, workers
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.connstate import ConnState
from kvmgui.libvirt.netops import HostInterface
from kvmgui.libvirt.records import NetworkRecord
from kvmgui.models.words import network_step_text
from kvmgui.utils.tr import fill, window_title
from kvmgui.widgets import a11y
from kvmgui.wizards.common.wizard import JobWizard
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.page_basics import BasicsPage
from kvmgui.wizards.network.page_device import DevicePage
from kvmgui.wizards.network.page_ipv4 import IPv4Page
from kvmgui.wizards.network.page_ipv6 import IPv6Page
from kvmgui.wizards.network.page_options import OptionsPage
from kvmgui.wizards.network.page_summary import SummaryPage
from kvmgui.wizards.network.state import WizardState, host_networks
from kvmgui.xml.network_spec import DhcpRange, ForwardMode, NetworkSpec
from kvmgui.xml.network_validate import HostRoute

log = logging.getLogger(__name__)
_routes: workers.Lane | None = None


def _routes_lane() -> workers.Lane:
    """Where this machine's routes are read: ``ip`` is found through $PATH, and the exec of
    a name there hangs on a folder of a network mount that stopped answering (the timeout
    of ``subprocess.run`` starts after it). A thread of its own: such a read holds no
    other job up; the wizards opened meanwhile wait behind it for theirs."""
    global _routes
    if _routes is None:
        _routes = workers.Lane("routes")
    return _routes


class PageId(IntEnum):
    BASICS = 0
    DEVICE = 1
    IPV4 = 2
    IPV6 = 3
    OPTIONS = 4
    SUMMARY = 5


def page_order(mode: ForwardMode) -> list[PageId]:
    """Pages a mode needs: no addresses for networks libvirt does not run itself."""
    if not mode.managed:
        return [PageId.BASICS, PageId.DEVICE, PageId.SUMMARY]
    device = [PageId.DEVICE] if mode in (ForwardMode.NAT, ForwardMode.ROUTE) else []
    return [PageId.BASICS, *device, PageId.IPV4, PageId.IPV6, PageId.OPTIONS, PageId.SUMMARY]


class _Progress(QObject):
    """Carries a worker's progress (a netops.NetworkStep) to the GUI thread (queued signal)."""

    step = Signal(object)


class NetworkWizard(JobWizard):
    """Signals:
        created(str): UUID of the network that was defined (and started, if chosen).
    """

    summary: SummaryPage

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(conn, parent)
        self.setWindowTitle(window_title(fill(self.tr("Add Virtual Network — %1"),
                                              conn.display_name)))
        self.setAccessibleName(self.tr("Add virtual network"))
        self.setObjectName("networkWizard")
        self.resize(860, 600)

        self.state = WizardState(NetworkSpec(), self)
        self.state.context.networks = host_networks(conn.networks.records())
        self._apply_defaults()
        self.basics = BasicsPage(self.state)
        self.device = DevicePage(self.state)
        self.ipv4 = IPv4Page(self.state)
        self.ipv6 = IPv6Page(self.state)
        self.network_options = OptionsPage(self.state)
        self.summary = SummaryPage(self.state)
        for pid, page in zip(PageId, self.pages(), strict=True):
            self.setPage(pid, page)
        a11y.name_wizard_buttons(self)
        a11y.name_internals(self)  # combo boxes' text fields and lists
        self._progress = _Progress(self)
        self._progress.step.connect(lambda step: self.summary.show_progress(network_step_text(step)))
        conn.networks.added.connect(self._networks_changed)
        conn.networks.changed.connect(self._networks_changed)
        conn.networks.removed.connect(self._networks_changed)
        conn.stateChanged.connect(self._host_back)
        self._asked = 0  # which interface lookup is the latest (an older answer is stale)
        self._host_missed = False  # the host came back while Finish ran: not asked then
        self.state.edited()
        self._fetch_host_facts()

    def pages(self) -> list[SpecPage]:
        return [self.basics, self.device, self.ipv4, self.ipv6, self.network_options, self.summary]

    # -- defaults and host facts ----------------------------------------------------------

    def _apply_defaults(self) -> None:
        spec = self.state.spec
        spec.name = self.state.free_name()
        free = self.state.free_ipv4()
        if free is not None:
            gateway, prefix, start, end = free
            spec.ipv4.address, spec.ipv4.prefix = gateway, prefix
            spec.ipv4.dhcp_ranges = [DhcpRange(start, end)]

    def _fetch_host_facts(self) -> None:
        # The host's interfaces (libvirt, and sysfs when local) and, for a local connection,
        # this machine's routes: both in workers, the pages fill in when they arrive.
        self._ask_interfaces()
        if self.conn.is_local:
            _routes_lane().submit(netops.local_routes, context=self, done=self._got_routes,
                                  failed=lambda exc: log.warning("cannot read the routes: %s", exc))

    def _ask_interfaces(self) -> None:
        self._asked += 1
        asked = self._asked
        self.conn.run(netops.host_interfaces, self.conn.is_local, context=self,
                      done=lambda ifaces: self._got_interfaces(asked, ifaces),
                      failed=lambda exc: self._interfaces_failed(asked, exc))

    def _host_back(self, state: ConnState, _reason: object) -> None:
        # A lookup that failed as the connection dropped is tried again; and the host
        # (its daemon restarted) may have new bridges.
        if state is not ConnState.CONNECTED or self._done:
            return
        if self._busy:  # asked once Finish fails (follow_host); a success closes the wizard
            self._host_missed = True
            return
        self._host_missed = False
        self._ask_interfaces()

    def _got_interfaces(self, asked: int, ifaces: list[HostInterface]) -> None:
        if asked == self._asked:
            self.device.set_interfaces(ifaces)

    def _interfaces_failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.device.set_interfaces_failed(error_text(exc))

    def _got_routes(self, routes: list[HostRoute]) -> None:
        self.state.set_routes(routes)

    def _networks_changed(self, *_args: object) -> None:
        if not self._busy and not self._done:  # our own network is not a clash with itself
            self.follow_host()

    def follow_host(self) -> None:
        records: list[NetworkRecord] = self.conn.networks.records()
        self.state.set_networks(host_networks(records))
        if self._host_missed:  # the host's interfaces, not asked while Finish ran
            self._host_back(self.conn.state, None)

    # -- navigation and finish (common.wizard.JobWizard) ----------------------------------------

    def page_ids(self) -> list[PageId]:
        return page_order(self.state.spec.mode)

    def start_job(self) -> None:
        spec = self.state.spec
        self.conn.run(netops.create_network, self.summary.xml_text(), spec.start, spec.autostart,
                      self._progress.step.emit, context=self, done=self._created, failed=self._failed)

    def made(self, uuid: str) -> None:
        self.conn.refresh("network", uuid)  # autostart has no event; read it back now
