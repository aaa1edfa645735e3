"""The "Add storage pool" wizard: pages fill a PoolSpec, kvmgui.xml builds the XML, and one
worker job defines it, then builds, starts and turns autostart on as chosen, undoing its
own steps when one fails (``poolops.create_pool``). On failure the wizard stays open with
libvirt's message and everything the user entered."""

from __future__ import annotations

from enum import IntEnum

import libvirt
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kvmgui.libvirt import poolops
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.connstate import ConnState
from kvmgui.libvirt.poolops import CreateStep, Progress
from kvmgui.utils.tr import fill, window_title
from kvmgui.widgets import a11y
from kvmgui.widgets.commanddialog import CommandDialog, show_commands
from kvmgui.wizards.common.wizard import JobWizard
from kvmgui.wizards.pool.page import SpecPage
from kvmgui.wizards.pool.page_source import SourcePage
from kvmgui.wizards.pool.page_summary import SummaryPage
from kvmgui.wizards.pool.page_target import TargetPage, needs_page
from kvmgui.wizards.pool.page_type import TypePage
from kvmgui.wizards.pool.state import PoolWizardState
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.pool import PoolDoc
from kvmgui.xml.pool_caps import HostPoolCaps, unknown_pool_caps
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType

SUGGEST_DELAY_MS = 250  # ask the host for a target path once the name stops changing


class PageId(IntEnum):
    TYPE = 0
    SOURCE = 1
    TARGET = 2
    SUMMARY = 3


def page_order(pool_type: PoolType) -> list[PageId]:
    """The pages a type needs: no source page for a directory, no target page for
    network pools libvirt neither mounts nor builds."""
    order = [PageId.TYPE]
    if pool_type.info.fields:
        order.append(PageId.SOURCE)
    if needs_page(pool_type):
        order.append(PageId.TARGET)
    return [*order, PageId.SUMMARY]


def create_job(conn: libvirt.virConnect, xml: str, build: bool, overwrite: bool, start: bool,
               autostart: bool, target_existed: bool | None, progress: Progress) -> str:
    """The Finish job: ``poolops.create_pool`` with the wizard's choices."""
    return poolops.create_pool(conn, xml, build=build, overwrite=overwrite, start=start,
                               autostart=autostart, target_existed=target_existed, progress=progress)


def _quiet(_step: CreateStep) -> None:
    """A preview's progress goes nowhere."""


def find_job(conn: libvirt.virConnect, where: PoolSpec) -> list[PoolSpec]:
    """The source search: ``poolops.find_sources`` for the page's type and server."""
    host = where.hosts[0] if where.hosts else None
    return poolops.find_sources(conn, where.type, host.name if host else "",
                                host.port if host else None, where.initiator)


class _Progress(QObject):
    """Carries the create job's steps to the GUI thread (a queued signal)."""

    step = Signal(object)


class PoolWizard(JobWizard):
    """Signals:
        created(str): UUID of the pool that was defined (and built / started, as chosen).
    """

    summary: SummaryPage

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(conn, parent)
        self.setWindowTitle(window_title(fill(self.tr("Add Storage Pool — %1"), conn.display_name)))
        self.setAccessibleName(self.tr("Add storage pool"))
        self.setObjectName("poolWizard")
        self.resize(860, 620)

        # Paths are checked only where this machine sees the host's files.
        local = conn.is_local and not conn.uri.startswith("test:")
        self.state = PoolWizardState(PoolSpec(), local, self)
        self.state.set_pools(conn.pools.records())
        spec = self.state.spec
        spec.name = self.state.free_name()
        spec.build = True  # a directory pool: create the directory (see page_target.BUILT_BY_DEFAULT)
        self.type_page = TypePage(self.state)
        self.source = SourcePage(self.state)
        self.target = TargetPage(self.state)
        self.summary = SummaryPage(self.state)
        for pid, page in zip(PageId, self.pages(), strict=True):
            self.setPage(pid, page)
        a11y.name_wizard_buttons(self)
        self._progress = _Progress(self)
        self._progress.step.connect(self.summary.show_step)
        self.summary.command_button.clicked.connect(self.show_command)
        self.command_dialog: CommandDialog | None = None
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._suggest_target)
        self._suggested_for: tuple[PoolType, str, str] | None = None
        self.source.searchRequested.connect(self._find_sources)
        self.state.validated.connect(self._spec_changed)
        for signal in (conn.pools.added, conn.pools.changed, conn.pools.removed):
            signal.connect(self._pools_changed)
        self._caps_failed_once = False  # asked again when the host is back
        self._host_missed = False  # the host came back while Finish ran: not asked then
        conn.stateChanged.connect(self._host_back)
        self.state.edited()
        self._ask_caps()

    def pages(self) -> list[SpecPage]:
        return [self.type_page, self.source, self.target, self.summary]

    # -- what the host says ---------------------------------------------------------------------

    def _ask_caps(self) -> None:
        self.conn.run(poolops.pool_capabilities, context=self, done=self._got_caps,
                      failed=self._caps_failed)

    def _host_back(self, state: ConnState, _reason: object) -> None:
        # The call may have failed only because the connection dropped as the wizard opened.
        if state is not ConnState.CONNECTED or not self._caps_failed_once:
            return
        if self._busy:  # asked once Finish fails (follow_host); a success closes the wizard
            self._host_missed = True
            return
        self._host_missed = self._caps_failed_once = False
        self._ask_caps()

    def _got_caps(self, caps: HostPoolCaps) -> None:
        self.state.set_caps(caps)

    def _caps_failed(self, _exc: BaseException) -> None:
        self._caps_failed_once = True
        self.state.set_caps(unknown_pool_caps())  # every type offered; libvirt decides

    def _pools_changed(self, *_args: object) -> None:
        if not self._busy and not self._done:  # our own new pool is not a clash with itself
            self.follow_host()

    def follow_host(self) -> None:
        self.state.set_pools(self.conn.pools.records())
        if self._host_missed:  # the pool types, not asked while Finish ran
            self._host_back(self.conn.state, None)

    def _spec_changed(self, *_args: object) -> None:
        spec = self.state.spec
        wanted = (spec.type, spec.name, spec.source_name)
        if wanted != self._suggested_for and not self._busy:
            self._suggest_timer.start()

    def _suggest_target(self) -> None:
        spec = self.state.spec
        asked = (spec.type, spec.name, spec.source_name)
        self._suggested_for = asked
        self.conn.run(poolops.default_target, spec.type, spec.name, spec.source_name, context=self,
                      done=lambda path: self._got_suggestion(asked, path), failed=lambda _exc: None)

    def _got_suggestion(self, asked: tuple[PoolType, str, str], path: str) -> None:
        if asked == self._suggested_for:
            self.target.suggest(path)

    def _find_sources(self, search: int, where: PoolSpec) -> None:
        self.conn.run(find_job, where, context=self,
                      done=lambda found: self.source.show_sources(search, found),
                      failed=lambda exc: self.source.search_failed(search, error_text(exc)))

    # -- navigation and finish (common.wizard.JobWizard) ----------------------------------------

    def page_ids(self) -> list[PageId]:
        return page_order(self.state.spec.type)

    def start_job(self) -> None:
        spec = self.state.spec
        self.conn.run(create_job, self.summary.xml_text(), spec.build, spec.overwrite, spec.start,
                      spec.autostart, self.state.target_existed(), self._progress.step.emit,
                      context=self, done=self._created, failed=self._failed)

    def made(self, uuid: str) -> None:
        self.summary.show_step(CreateStep.DONE)
        self.conn.refresh("pool", uuid)  # autostart has no event; read it back now

    def show_command(self) -> CommandDialog | None:
        """The virsh lines Finish would issue now (a dry run of the Finish job)."""
        if self._busy or not self.summary.isComplete():
            return None
        spec = self.state.spec
        xml = self.summary.xml_text()
        # The name Finish defines: the XML's (written by hand, it may differ from the field).
        try:
            name = PoolDoc.from_string(xml).name or spec.name
        except XMLParseError:  # Finish would not take it either
            return None
        title = fill(self.tr("Create pool %1"), name)
        self.command_dialog = show_commands(
            self.conn, title, self, create_job, xml, spec.build, spec.overwrite,
            spec.start, spec.autostart, self.state.target_existed(), _quiet)
        return self.command_dialog
