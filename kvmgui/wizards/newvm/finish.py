"""Finish as one job: create the disk → upload the cloud-init seed → define → start, in a
worker, with a progress dialog and Cancel. On a failure or a cancel the job has removed
everything it created before it reports (``kvmgui.libvirt.newvm.finish_new_vm``).

Volumes are made through :data:`CREATE_VOLUME`: the storage layer's
``volops.create_in_pool`` (tests plug in a failing or slow one). The job's ``virsh`` lines
reach the timeline like any job's; :func:`preview` works them out without making anything.
"""

from __future__ import annotations

import copy
import logging
import threading
from concurrent.futures import Future, wait
from dataclasses import dataclass

import libvirt
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kvmgui.libvirt import newvm, volops
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.newvm import CreateVolume, FinishResult, FinishStep
from kvmgui.libvirt.newvm_undo import RollbackIncompleteError
from kvmgui.utils.tr import fill, window_title
from kvmgui.xml.newvm_spec import NewVmSpec, StorageKind
from kvmgui.xml.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# The seam to the storage layer: (conn, pool name, volume XML) → the new virStorageVol.
CREATE_VOLUME: CreateVolume = volops.create_in_pool
# How long the application's exit waits for a job that was cancelled to remove what it
# made: a volume being created cannot be interrupted, and only then does the undo run. Below
# systemd's 90 s before it kills what a logout left running.
EXIT_WAIT_S = 60.0

STEP_WORDS = {
    FinishStep.CREATE_DISK: QT_TRANSLATE_NOOP("FinishDialog", "Creating the disk…"),
    FinishStep.UPLOAD_SEED: QT_TRANSLATE_NOOP("FinishDialog", "Uploading the cloud-init seed…"),
    FinishStep.DEFINE: QT_TRANSLATE_NOOP("FinishDialog", "Defining the virtual machine…"),
    FinishStep.AUTOSTART: QT_TRANSLATE_NOOP("FinishDialog", "Turning autostart on…"),
    FinishStep.START: QT_TRANSLATE_NOOP("FinishDialog", "Starting the virtual machine…"),
    FinishStep.ROLLBACK: QT_TRANSLATE_NOOP("FinishDialog", "Removing what was created…"),
}


def planned_steps(spec: NewVmSpec) -> list[FinishStep]:
    """The steps ``finish_new_vm`` takes for ``spec``, in order (rollback aside)."""
    steps = []
    if spec.storage.kind is StorageKind.NEW_VOLUME:
        steps.append(FinishStep.CREATE_DISK)
    if spec.uses_cloud_init:
        steps.append(FinishStep.UPLOAD_SEED)
    steps.append(FinishStep.DEFINE)
    if spec.autostart:
        steps.append(FinishStep.AUTOSTART)
    if spec.start:
        steps.append(FinishStep.START)
    return steps


def preview_job(conn: libvirt.virConnect, spec: NewVmSpec, xml: str) -> FinishResult:
    """``finish_new_vm`` as Finish runs it, for a dry run ("Show command"): give it a copy
    of the spec (it runs in a worker)."""
    return newvm.finish_new_vm(conn, spec, xml=xml, create_volume=CREATE_VOLUME)


@dataclass
class _Running:
    """A job as the exit sees it: plain values, readable once the event loop (and the
    job's QObject) are gone."""

    name: str
    step: FinishStep | None = None  # the last one begun (set by the worker)
    future: Future[FinishResult] | None = None


_running: list[_Running] = []  # jobs whose outcome the GUI thread has not had yet


def wait_at_exit(timeout: float = EXIT_WAIT_S) -> bool:
    """After the event loop ended: wait up to ``timeout`` s for the jobs still running
    (cancelled by the exit: each removes what it made), and log how each ended, or that
    it was left running and what it may leave behind. False if one still runs."""
    running = [r for r in _running if r.future is not None and not r.future.done()]
    if not running:
        return True
    names = ", ".join(r.name for r in running)
    log.warning("ending: waiting up to %g s for the creation of %s to remove what it made", timeout, names)
    wait([r.future for r in running if r.future is not None], timeout=timeout)
    for r in running:
        future = r.future
        assert future is not None
        step = r.step.name.lower() if r.step is not None else "start"
        if not future.done():
            log.warning("ending with the creation of %s still running (step: %s): the volumes it made "
                        "so far may stay on the host", r.name, step)
        elif isinstance(exc := future.exception(), RollbackIncompleteError):
            log.warning("the creation of %s was stopped; left on the host: %s", r.name, ", ".join(exc.left))
        elif exc is not None:
            why = "cancelled" if isinstance(exc, newvm.Cancelled) else error_text(exc)
            log.warning("the creation of %s was stopped (%s); what it made was removed", r.name, why)
        else:
            log.warning("%s was created before the exit stopped it", r.name)
    return all(r.future is not None and r.future.done() for r in running)


class _Relay(QObject):
    """Lives on the GUI thread: a worker's progress calls become queued signals."""

    step = Signal(object)


class FinishJob(QObject):
    """One run of ``finish_new_vm``.

    Signals:
        step(FinishStep): the job begins this step (on the GUI thread).
        succeeded(FinishResult): the VM is defined (and started, if asked).
        failed(BaseException): nothing is left on the host; ``newvm.Cancelled`` when
            the user cancelled, else the error (libvirt's, with its message), or
            ``newvm_undo.RollbackIncompleteError`` around either when something is left.
            ``undid`` is set if the job had created something (and removed it again).
    """

    step = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, conn: Connection, spec: NewVmSpec, xml: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.spec = copy.deepcopy(spec)  # the worker's own: the GUI may change its spec meanwhile
        self.xml = xml
        self.cancel_flag = threading.Event()
        self.undid = threading.Event()  # set by the worker before it reports
        self.running = False
        self._record: _Running | None = None
        self._relay = _Relay(self)
        self._relay.step.connect(self.step)

    @property
    def vm_name(self) -> str:
        """The name of the VM the job makes (the XML's, if edited by hand)."""
        return newvm.defined_name(self.spec, self.xml)

    def start(self) -> None:
        spec, xml, flag, undid = self.spec, self.xml, self.cancel_flag, self.undid
        tell = self._relay.step.emit
        create = CREATE_VOLUME
        record = self._record = _Running(self.vm_name)

        def say(step: FinishStep) -> None:
            record.step = step
            if step is FinishStep.ROLLBACK:
                undid.set()
            tell(step)

        def job(conn: libvirt.virConnect) -> FinishResult:
            return newvm.finish_new_vm(conn, spec, xml=xml, cancel=flag, progress=say, create_volume=create)

        self.running = True
        _running.append(record)
        record.future = self.conn.run(job, context=self, done=self._done, failed=self._failed)

    def cancel(self) -> None:
        self.cancel_flag.set()

    def _done(self, result: FinishResult) -> None:
        self._ended()
        self.succeeded.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.failed.emit(exc)

    def _ended(self) -> None:
        self.running = False
        if self._record in _running:
            _running.remove(self._record)


class FinishDialog(QDialog):
    """The job's progress: one step after the other, and Cancel (which undoes)."""

    def __init__(self, job: FinishJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.setWindowTitle(window_title(fill(self.tr("Creating %1"), job.vm_name)))
        self.setAccessibleName(self.tr("Creating the virtual machine"))
        # Not modal: making a disk or uploading an image takes minutes, and a modal dialog
        # held every other window meanwhile (application-modal; a window-modal one holds
        # the main window and all its other windows too: Qt blocks the whole family of the
        # window it is over). That window takes no input while the job runs instead
        # (NewVmWizard._set_busy, DraftDetailsWindow.set_installing); Quit and Remove
        # Connection ask or wait (MainWindow.new_vm_may_quit, new_vm_keeps_host).
        self.steps = planned_steps(job.spec)
        self.label = QLabel(self.tr("Preparing…"), self)
        self.label.setObjectName("Step")
        self.label.setAccessibleDescription(self.tr("What the job does now"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, len(self.steps))
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel creating the virtual machine"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cancel_button.clicked.connect(self.cancel)
        job.step.connect(self.show_step)
        self.resize(420, self.sizeHint().height())

    def show_step(self, step: FinishStep) -> None:
        self.label.setText(self.tr(STEP_WORDS[step]))
        if step is FinishStep.ROLLBACK:
            self.cancel_button.setEnabled(False)
            self.bar.setRange(0, 0)  # busy: the undo has no steps to count
        elif step in self.steps:
            self.bar.setValue(self.steps.index(step))

    def cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling: removing what was created…"))

    def reject(self) -> None:
        """Escape or the close button cancel; the dialog closes when the job has undone."""
        if self.job.running:
            self.cancel()
        else:
            super().reject()
