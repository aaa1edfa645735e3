"""Restart a VM so pending changes take effect: shut down (or force off), then start.

A paused VM is resumed first, a suspended one woken: its guest runs no code, so it could
not answer the power button. A graceful restart waits for libvirt's STOPPED lifecycle
event (never a sleep), with a timeout after which the VM is left as it is and the user is
told. A restart goes on when its window is closed: a window opened again takes it over
(``running``), and meanwhile a failure is told through ``news()`` (the main window shows it).
The VM's power actions wait for its end, in every window (``news().busy``): a Run, Force
off or Pause meanwhile crossed it. Nor does it begin while a Delete or Save of the VM
runs (``underway``): its stop and start would cross that job.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kvmgui.libvirt import actions, eventcodes
from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord, DomainState, LibvirtEvent
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import fill

SHUTDOWN_TIMEOUT_S = 120


class RestartJob(QObject):
    """One restart of one VM.

    Signals:
        progress(str): what is happening now.
        finished(bool, str): succeeded or not, and a message in words.
    """

    progress = Signal(str)
    finished = Signal(bool, str)

    def __init__(self, conn: Connection, uuid: str, *, force: bool,
                 timeout_s: float = SHUTDOWN_TIMEOUT_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid, self.force = conn, uuid, force
        self.running = False
        self.attended = True  # a window shows how it ends; else a failure is told by news()
        self.said = ""  # the last progress, for a window opened while it runs
        self.name = uuid
        self._watching = False
        self._until = DomainState.SHUTOFF  # what the events and records are watched for
        self._paused_before = False  # its record said paused when the shutdown was asked
        self._starting = False  # the start is under way: that start says how it ends
        self._timer = QTimer(self, singleShot=True, interval=int(timeout_s * 1000))
        self._timer.timeout.connect(self._timed_out)

    def start(self) -> None:
        self.running = True
        rec = self.conn.domains.get(self.uuid)
        if rec is not None:
            self.name = rec.name
        news().busy.emit(self.conn, self.uuid)
        crossed = underway(self.conn, self.uuid)
        if crossed is not None:  # its stop and start would cross that job's
            self._end(False, self.tr("The VM is being deleted, so it was not restarted.")
                      if crossed.deleting else
                      self.tr("The VM is being saved, so it was not restarted. Once it is "
                              "saved, Run resumes it; restart it then for the changes."))
        elif rec is None or not rec.state.is_active:
            self._start_vm()
        elif self.force:
            self._say(self.tr("Forcing the VM off and starting it again…"))
            self.conn.run(actions.force_off_and_start, self.uuid, done=self._started,
                          failed=self._failed, context=self)
        elif not rec.persistent:  # undefined meanwhile: shut down, it would be gone
            self._failed(actions.NotDefinedError())
        elif rec.state == DomainState.PAUSED:
            self._say(self.tr("Resuming the paused VM so that its guest can shut down…"))
            self.conn.run(actions.resume, self.uuid, done=lambda _r: self._shut_down(),
                          failed=self._failed, context=self)
        elif rec.state == DomainState.PMSUSPENDED:  # libvirt refuses to shut it down asleep
            self._say(self.tr("Waking the suspended VM so that its guest can shut down…"))
            # It runs when QEMU's wake-up event comes, not when the call returns.
            self._watch(DomainState.RUNNING)
            self.conn.run(actions.wake_up, self.uuid, failed=self._failed, context=self)
        elif rec.state == DomainState.CRASHED:  # QEMU: 'domain is not running'
            self._end(False, self.tr("The guest has crashed: it cannot shut down, so the VM was "
                                     "not restarted. Force off and start restarts it."))
        else:
            self._shut_down()

    def _say(self, text: str) -> None:
        self.said = text
        self.progress.emit(text)

    def _watch(self, until: DomainState) -> None:
        """Follow the VM's events and record until it is ``until``; the timer bounds the wait."""
        self._until = until
        if not self._watching:
            self._watching = True
            self.conn.events.connect(self._on_events)
            self.conn.domains.changed.connect(self._on_records)
        self._timer.start()

    def _shut_down(self) -> None:
        rec = self.conn.domains.get(self.uuid)
        # A record that says paused still is behind the resume just done: not paused again.
        self._paused_before = rec is not None and rec.state == DomainState.PAUSED
        self._watch(DomainState.SHUTOFF)
        self._say(self.tr("Asked the guest to shut down; waiting for it to stop…"))
        if rec is None or rec.state != DomainState.SHUTDOWN:  # powered off already: QEMU refuses
            self.conn.run(actions.shutdown_to_restart, self.uuid, failed=self._shutdown_failed,
                          context=self)

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        ours = [eventcodes.state_after(ev) for ev in events if ev.uuid == self.uuid]
        if self._until in ours:
            self._reached()
        elif DomainState.PAUSED in ours:
            self._paused()

    def _on_records(self, records: list[DomainRecord]) -> None:
        # The table follows the same event; this also covers a VM that was off already.
        ours = [r.state for r in records if r.uuid == self.uuid]
        if self._until in ours:
            self._reached()
        elif DomainState.PAUSED in ours and not self._paused_before:
            self._paused()

    def _paused(self) -> None:
        """Paused while its guest was asked to shut down (elsewhere, or a Pause in flight
        when the restart began): a paused guest cannot, and the wait would run out."""
        if not self._timer.isActive() or self._until != DomainState.SHUTOFF:
            return
        self._unwatch()
        self._end(False, self.tr("The VM was paused while its guest was asked to shut down, so "
                                 "it was not restarted. Resume it, then restart it."))

    def _reached(self) -> None:
        if not self._timer.isActive():
            return  # already handled, or timed out
        if self._until == DomainState.RUNNING:  # woken: now its guest can shut down
            self._shut_down()
            return
        self._unwatch()
        self._start_vm()

    def _shutdown_failed(self, exc: BaseException) -> None:
        # Refused because the guest powered off just before: its stop event may have come
        # first and started the VM already, so the refusal's own check then found it running.
        if not self._starting:
            self._failed(exc)

    def _start_vm(self) -> None:
        self._starting = True
        self._say(self.tr("Starting the VM…"))
        self.conn.run(actions.start_to_restart, self.uuid, done=self._started,
                      failed=self._failed, context=self)

    def _started(self, _result: object) -> None:
        self._end(True, self.tr("Restarted: the VM now runs with its saved settings."))

    def _timed_out(self) -> None:
        self._unwatch()
        if self.conn.state != ConnState.CONNECTED:  # its events were missed: nobody knows
            self._end(False, fill(self.tr("The connection to %1 was lost while the restart "
                                          "waited for the VM, so it was not restarted; the VM "
                                          "may be off now."), self.conn.display_name))
            return
        seconds = self._timer.interval() / 1000
        if self._until == DomainState.RUNNING:
            self._end(False, fill(self.tr("The suspended VM did not wake up within %1 s, so it "
                                          "was not restarted. Force off and start works "
                                          "regardless."), seconds))
            return
        self._end(False, fill(self.tr("The guest did not shut down within %1 s, so it was not "
                                      "restarted. It may ignore the power button; Force off and "
                                      "start works regardless."), seconds))

    def _failed(self, exc: BaseException) -> None:
        self._unwatch()
        self._end(False, fill(self.tr("Restart failed: %1"), failure_words(exc)))

    def _unwatch(self) -> None:
        self._timer.stop()
        if self._watching:
            self._watching = False
            self.conn.events.disconnect(self._on_events)
            self.conn.domains.changed.disconnect(self._on_records)

    def _end(self, ok: bool, message: str) -> None:
        self.running = False
        news().busy.emit(self.conn, self.uuid)
        self.conn.refresh("domain", self.uuid)
        if not ok and not self.attended:
            news().failed.emit(fill(self.tr("%1 on %2: %3", "VM, host, how its restart failed"),
                                    self.name, self.conn.display_name, message))
        self.finished.emit(ok, message)


def running(conn: Connection, uuid: str) -> RestartJob | None:
    """The restart of that VM under way, if any (its window may have been closed): jobs
    are children of their connection."""
    jobs = conn.findChildren(RestartJob, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return next((job for job in jobs if job.uuid == uuid and job.running), None)


class Underway(QObject):
    """A Delete (``deleting``) or Save of the VM, from any window, in a worker until
    ``end()``: a restart begun meanwhile would cross it (``underway``). A child of the
    connection, as restarts are."""

    def __init__(self, conn: Connection, uuid: str, *, deleting: bool) -> None:
        super().__init__(conn)
        self.conn, self.uuid, self.deleting = conn, uuid, deleting
        self.running = True
        news().busy.emit(conn, uuid)  # its VM's windows grey what would cross it

    def end(self) -> None:
        self.running = False
        news().busy.emit(self.conn, self.uuid)
        self.deleteLater()


def underway(conn: Connection, uuid: str) -> Underway | None:
    """The Delete or Save of that VM under way, if any."""
    jobs = conn.findChildren(Underway, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return next((job for job in jobs if job.uuid == uuid and job.running), None)


def mark_underway(conn: Connection, uuid: str, deleting: bool, done: Callable[[object], None],
                  failed: Callable[[BaseException], None]
                  ) -> tuple[Callable[[object], None], Callable[[BaseException], None]]:
    """Marks a Delete or Save of the VM under way (``Underway``) until it ends: ``done`` and
    ``failed`` for its ``Connection.run``, ending the mark first."""
    job = Underway(conn, uuid, deleting=deleting)

    def ended(then: Callable[..., None], result: object) -> None:
        job.end()
        then(result)
    return functools.partial(ended, done), functools.partial(ended, failed)


class RestartNews(QObject):
    """Signals:
        failed(str): a restart whose window was closed failed; the message names the VM.
        busy(Connection, str): a restart (``running``), or a Delete or Save (``underway``),
            of the VM (uuid) began or ended.
    """

    failed = Signal(str)
    busy = Signal(object, str)


@functools.cache
def news() -> RestartNews:
    """Where restarts tell that they run (power actions wait for them), and those without
    a window how they failed."""
    return RestartNews()
