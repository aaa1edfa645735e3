"""What the network and pool wizards share: the page order a spec decides, and Finish as
one worker job, all or nothing, during which the wizard cannot be left; on failure it
stays open with libvirt's message and everything the user entered."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.connstate import ConnState
from kvmgui.utils.tr import fill


class FinishPage(Protocol):
    """The Summary page as Finish uses it."""

    def isComplete(self) -> bool: ...

    def set_busy(self, busy: bool) -> None: ...

    def show_error(self, text: str) -> None: ...

    def hold(self, reason: str) -> None: ...


class JobWizard(QWizard):
    """A wizard whose Finish runs one job (``start_job``) that reports to ``_created``
    or ``_failed``. Subclasses set ``summary`` and give ``page_ids``, ``start_job`` and ``made``.

    Signals:
        created(str): UUID of what the job made.
    """

    created = Signal(str)
    summary: FinishPage

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._busy = False
        self._done = False
        conn.stateChanged.connect(self._follow_connection)

    # -- for subclasses ---------------------------------------------------------------------

    def page_ids(self) -> Sequence[int]:
        """The ids of the pages the spec needs now, first to last."""
        raise NotImplementedError

    def start_job(self) -> None:
        """Run the Finish job: ``conn.run(..., done=self._created, failed=self._failed)``."""
        raise NotImplementedError

    def made(self, uuid: str) -> None:
        """The job made ``uuid`` (before ``created`` is emitted and the wizard closes)."""

    def follow_host(self) -> None:
        """Read again the host's objects the pages check against (names, subnets, paths).
        Their events are ignored while Finish runs (the job's own object is no clash with
        itself), so this is called too when the job fails; it then also asks the host
        again what a reconnect did not ask while Finish ran."""

    # -- navigation ---------------------------------------------------------------------------

    def nextId(self) -> int:
        order = [int(p) for p in self.page_ids()]
        current = self.currentId() if self.currentId() >= 0 else order[0]
        if current not in order:
            return -1
        i = order.index(current)
        return order[i + 1] if i + 1 < len(order) else -1

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        self._follow_connection()  # as it is when the wizard opens (then on each change)

    # -- finish: one job, all or nothing --------------------------------------------------------

    def _follow_connection(self, *_args: object) -> None:
        # Finish would only fail ("… is not connected"): it waits, saying why.
        self.summary.hold("" if self.conn.state is ConnState.CONNECTED else fill(
            QCoreApplication.translate(  # not self.tr: its context would be the subclass's
                "JobWizard", "%1 is not connected: Finish is possible once it is connected again."),
            self.conn.display_name))

    @property
    def busy(self) -> bool:
        return self._busy

    def accept(self) -> None:
        if self._done:
            super().accept()
            return
        if self._busy or not self.summary.isComplete():
            return
        self._set_busy(True)
        self.start_job()

    def reject(self) -> None:
        if not self._busy:  # a running job reports here; it cannot be abandoned halfway
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
        else:
            super().closeEvent(event)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.summary.set_busy(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _created(self, uuid: str) -> None:
        self._set_busy(False)
        self._done = True
        self.made(uuid)
        self.created.emit(uuid)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.follow_host()  # what another client made or removed meanwhile was not heard
        self.summary.show_error(error_text(exc))
