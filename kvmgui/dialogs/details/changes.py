"""How a VM's details window runs a change and the restart that applies what waits for
one: each change in a worker on the connection (its end heard when the window is closed
meanwhile), libvirt's words and the page's own told; the pending bar's restart, which is
the connection's too and is found again by a window opened later. Its words are
translated in the window's context ("DetailsWindow"), where they always were."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal

from kvmgui.dialogs.details import outcome, restart
from kvmgui.dialogs.details.page import Page
from kvmgui.dialogs.details.pendingbar import PendingBar
from kvmgui.dialogs.details.restart import RestartJob
from kvmgui.libvirt import domainops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.domainops import ApplyResult, Change
from kvmgui.models.domaindraft import DraftDomain
from kvmgui.models.domainwatcher import DomainView, DomainWatcher
from kvmgui.models.words import failure_words, say
from kvmgui.utils.tr import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    _Base = QMainWindow
else:
    _Base = object


class DetailsChanges(_Base):
    """Mixed in before ``QMainWindow`` by ``DetailsWindow``: its changes and restarts. The
    window sets the attributes below."""

    conn: Connection
    uuid: str
    vm_name: str
    view: DomainView | None
    watcher: DomainWatcher | DraftDomain
    pending_bar: PendingBar
    restart_job: RestartJob | None
    changeApplied: Signal
    restartFinished: Signal

    if TYPE_CHECKING:
        def show_message(self, text: str, *, warn: bool = False, error: bool = False) -> None: ...
        def ask(self, title: str, text: str, on_yes: Callable[[], None]) -> None: ...
        @property
        def gone(self) -> bool: ...

    def run_change(self, page: Page | None, change: Change) -> None:
        # The connection's: a change goes on when the window is closed, and its end is heard.
        done, failed = outcome.past_close(self, (self.conn, self.uuid, self.vm_name), change.what,
                                          partial(self._applied, page),
                                          partial(self._apply_failed, page, change))
        self.conn.run(domainops.apply_change, self.uuid, change, done=done, failed=failed,
                      context=self.conn)

    def _applied(self, page: Page | None, result: ApplyResult) -> None:
        if page is not None and shiboken6.isValid(page):
            result = page.told(result)  # the message bar says what the page says
            page.applied(result)
        self.show_message(say(result.words), warn=result.warns, error=result.host_failed is not None)
        self.watcher.accept(result.xml)
        self._refresh_record()
        self.changeApplied.emit(result)

    def _refresh_record(self) -> None:
        outcome.refresh_vm(self.conn, self.uuid)

    def _apply_failed(self, page: Page | None, change: Change, exc: BaseException) -> None:
        if isinstance(exc, domainops.PartlyAppliedError):
            self._partly_applied(page, change, exc)
            return

        def tell(why: str) -> None:
            self.show_message(outcome.failure_said(change.what, why), error=True)

        message = failure_words(exc)
        tell(message)
        if page is not None and shiboken6.isValid(page):
            page.apply_failed(message, tell)

    def _partly_applied(self, page: Page | None, change: Change,
                        exc: domainops.PartlyAppliedError) -> None:
        """A transient VM took part of the change: shown as it is now; the edits stay."""
        message = failure_words(exc)
        self.watcher.accept(exc.xml)
        self._refresh_record()
        self.show_message(outcome.failure_said(change.what, message, partly=True), error=True)
        if page is not None and shiboken6.isValid(page) and self.view is not None:
            page.partly_applied(message, self.view)

    # -- restart ----------------------------------------------------------------------------------

    def restart(self, force: bool) -> None:
        if self.restart_job is not None and self.restart_job.running:
            return
        if force:
            self.confirm_force_off(lambda: self._restart(True))
        else:
            self._restart(False)

    def _underway_changed(self, conn: Connection, uuid: str) -> None:
        """A Save or Delete of the VM began or ended: a restart would cross it."""
        if conn is not self.conn or uuid != self.uuid:
            return
        job = restart.underway(conn, uuid)
        deleting = QCoreApplication.translate("DetailsWindow", "Not while the VM is being deleted")
        saving = QCoreApplication.translate("DetailsWindow", "Not while the VM is being saved")
        self.pending_bar.set_held("" if job is None else deleting if job.deleting else saving)

    def _restart(self, force: bool) -> None:
        if self.restart_job is not None and self.restart_job.running:
            return
        # The connection's: it goes on when the window is closed, and is found again.
        job = RestartJob(self.conn, self.uuid, force=force, parent=self.conn)
        job.finished.connect(job.deleteLater)
        self._follow(job)
        job.start()

    def _follow(self, job: RestartJob) -> None:
        job.attended = True
        job.progress.connect(self._restart_progress)  # methods: gone with the window
        job.finished.connect(self._restart_finished)
        self.restart_job = job
        if job.running:
            self._restart_progress(job.said)

    def confirm_force_off(self, on_yes: Callable[[], None]) -> None:
        self.ask(QCoreApplication.translate("DetailsWindow", "Force off and start?"),
                 fill(QCoreApplication.translate(
                     "DetailsWindow", "Force %1 off and start it again? This is like pulling the "
                     "power cord: the guest gets no chance to save its work."), self.vm_name),
                 on_yes)

    def _restart_progress(self, text: str) -> None:
        self.pending_bar.set_busy(True, text)

    def _restart_finished(self, ok: bool, message: str) -> None:
        self.pending_bar.set_busy(False)
        self.show_message(message, error=not ok)
        if self.view is not None:  # restarted, the old list is done with (the reload says)
            self.pending_bar.show_pending([] if self.gone or ok else self.view.pending)
        self.watcher.reload()
        self.restartFinished.emit(ok, message)
