"""Live performance figures of a connection's running VMs, sampled in a worker.

One ``StatsSampler`` per connection (``sampler_for(conn)``). Every interval it runs one
``SampleJob`` in a worker (``kvmgui.libvirt.samples``: what a reading is, how it is read,
the ring buffers that keep it); the GUI thread only stores the results.

What is read when: the VMs someone looks at (``watch``: the VM table's visible rows,
open performance graphs) every interval; the others every ``COLD_FACTOR`` intervals
but at most ``COLD_PER_S`` of them a second, a share in each job, so the cost of a host
of thousands of VMs follows what is on screen, not the host's size. A VM that comes into view is read at once
(``watch`` asks for a prompt job). A reading that covers several intervals counts as
that many points of the history (its rates are the average over that time), so a
sparkline keeps one point per interval. Until anyone calls ``watch``, every VM is hot.

Sampling pauses while the connection is not connected and while a previous job
is still running (no pile-up on a slow host). While the GUI thread has lately waited for
a CPU (the desktop's cores overloaded, ``cpuwait.Backoff``), up to two intervals in a row
pass without a job: the figures then come every third interval, and a sparkline keeps its
one point per interval as a late reading does.

Past 400 lines on purpose: when to read which VM (hot, cold, prompt, second readings,
failures and their end) is one schedule; split, its parts would share all their state.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Hashable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt.connection import Connection, ConnState, StateReason, error_text, link_failed
from kvmgui.libvirt.eventcodes import DEVICE_EVENTS
from kvmgui.libvirt.history import HISTORY_LENGTH, History
from kvmgui.libvirt.records import ACTIVE_STATES, DomainRecord, LibvirtEvent
from kvmgui.libvirt.samples import DomainSample, SampleJob
from kvmgui.utils.cpuwait import Backoff

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 2000
MIN_INTERVAL_MS, MAX_INTERVAL_MS = 500, 60000
# The first reading (rates need two) waits until a fresh listing has been shown: on a big
# host its one-off device scan would otherwise compete with the first paint.
FIRST_SAMPLE_MS = 300
# A VM nobody looks at is read every COLD_FACTOR intervals (10 s at the usual 1 s), and
# at most COLD_PER_S such readings a second: on a big host less often (1,000 VMs: every
# 20 s; 5,000: every 100 s), so the cost of monitoring stays flat as the host grows. Its
# figures show only once it scrolls into view, and it is read then within PROMPT_MS:
# what the cold readings keep is the older part of its sparkline (docs/performance.md:
# monitoring cost).
COLD_FACTOR, COLD_PER_S = 10, 50
# A VM that comes into view is read this soon (coalesces the steps of a scroll), and
# read again this much later when that was its first reading (rates need two).
PROMPT_MS, SECOND_READING_MS = 30, 250
# No VM is read again sooner than this after its last reading: a prompt job's readings
# are off the interval's beat, and the interval's next job (or another prompt one) came
# a few ms after them at times. Rates over such a window are noise: one write made
# hundreds of MB/s (a spike that set a sparkline's scale for minutes), a moment
# without one 0 B/s. A VM read too lately waits; a little under SECOND_READING_MS,
# so a timer that fires a touch early still finds its second reading due.
MIN_WINDOW_MS = 200


class StatsSampler(QObject):
    """Samples the running VMs of one connection; keeps a history per VM.

    Hot VMs (watched: on screen, graphed) are read every interval, the others every
    ``COLD_FACTOR`` intervals; see the module docstring.

    Signals:
        sampled(list): uuids with a new sample (on the GUI thread).
        cleared(list): uuids whose figures no longer apply (stopped, gone, disconnected).
        failed(str): a sampling job failed, in libvirt's words (``failures``: how many
            in a row). A lost link only if the next job fails too and the connection
            still stands: else the connection's loss says it.
        recovered(): a job worked after the last one failed (also in an earlier session).
        refusedChanged(list): uuids whose reading libvirt refused while it read others (an
            ACL on that VM), or read again after that (``refusal``: libvirt's words).
        intervalChanged(int): the interval in ms (Preferences).
    """

    sampled = Signal(list)
    cleared = Signal(list)
    failed = Signal(str)
    recovered = Signal()
    refusedChanged = Signal(list)
    intervalChanged = Signal(int)

    def __init__(self, conn: Connection, interval_ms: int = DEFAULT_INTERVAL_MS,
                 history_length: int = HISTORY_LENGTH) -> None:
        super().__init__(conn)
        self.setObjectName("statsSampler")
        self.conn = conn
        self.history_length = history_length
        self._histories: dict[str, History] = {}
        self._latest: dict[str, DomainSample] = {}
        self._job = SampleJob()
        self._busy = False
        self._changed_devices: set[str] = set()
        self._forget: set[str] = set()
        self._active = {r.uuid for r in conn.domains.records() if r.state.is_active}
        # libvirt's id of each active VM's run (-1: not known yet), and the last id of a VM
        # seen stopping: a new id of a VM still active means it started again unseen.
        self._run_ids = {r.uuid: r.id for r in conn.domains.records() if r.state.is_active}
        self._stopped_ids: dict[str, int] = {}
        self._watchers: dict[Hashable, frozenset[str] | None] = {}
        self._hot: set[str] | None = None  # None: every active VM is hot
        self._cold: deque[str] = deque()  # the cold VMs still to read in this round
        self._urgent: set[str] = set()  # came into view: read in the next (prompt) job
        # (middle of the job, VMs it read) of the jobs that ended within MIN_WINDOW_MS.
        self._recent: deque[tuple[float, frozenset[str]]] = deque()
        self._generation = 0  # bumps on disconnect: results of an old session are dropped
        self._failures = 0  # jobs failed in a row (in this session)
        self._failure = ""  # the last one's words
        self._read_any = False  # a VM was read in this session
        self._refused: dict[str, str] = {}  # uuid -> why libvirt refused its last reading
        self._unresolved = False  # the last job that ended failed: its end is to be told
        self._link_doubt = False  # the last job lost the link: told if the next fails too
        self._first_due = True  # the session's first job, FIRST_SAMPLE_MS after its listing, is to come
        self._timer = QTimer(self)
        self._timer.setInterval(_clamp(interval_ms))
        self._timer.timeout.connect(self._tick)
        self._backoff = Backoff()
        self._prompt = QTimer(self)
        self._prompt.setSingleShot(True)
        self._prompt.timeout.connect(self._sample_urgent)
        conn.stateChanged.connect(self._conn_state)
        conn.domains.added.connect(self._domains_changed)
        conn.domains.removed.connect(self._domains_removed)
        conn.domains.changed.connect(self._domains_changed)
        conn.events.connect(self._events)
        if conn.state == ConnState.CONNECTED:
            self._timer.start()
            QTimer.singleShot(FIRST_SAMPLE_MS, self.sample_now)

    # -- public -------------------------------------------------------------------------

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, ms: int) -> None:
        ms = _clamp(ms)
        if ms != self._timer.interval():
            self._timer.setInterval(ms)
            self.intervalChanged.emit(ms)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def failures(self) -> int:
        """How many jobs in a row failed; 0 once one succeeds."""
        return self._failures

    @property
    def failure(self) -> str:
        """Why the last jobs failed, in libvirt's words ("" while they work)."""
        return self._failure if self._failures else ""

    def refusal(self, uuid: str) -> str:
        """Why libvirt refused to read this VM while it read others, in its words ("" if
        it did not): an ACL on that VM. Its figures never come then."""
        return self._refused.get(uuid, "")

    def history(self, uuid: str) -> History | None:
        return self._histories.get(uuid)

    def latest(self, uuid: str) -> DomainSample | None:
        return self._latest.get(uuid)

    def watch(self, who: Hashable, uuids: Iterable[str] | None) -> None:
        """``who`` (a view, a graph) shows these VMs (None: every VM): read them every
        interval, and those not read within the last interval at once."""
        wanted = None if uuids is None else frozenset(uuids)
        if who in self._watchers and self._watchers[who] == wanted:
            return
        before = self._hot
        self._watchers[who] = wanted
        self._update_hot()
        if self._hot is None:
            fresh = set() if before is None else self._active - before
        else:
            fresh = self._hot - before if before is not None else set()
        stale_before = time.monotonic() - self.interval_ms / 1000
        due = {u for u in fresh & self._active
               if (s := self._latest.get(u)) is None or s.time < stale_before}
        if due:
            self._urgent |= due
            if not self._prompt.isActive():
                self._prompt.start(PROMPT_MS)

    def unwatch(self, who: Hashable) -> None:
        """``who`` shows no VM any more."""
        if self._watchers.pop(who, False) is not False:
            self._update_hot()

    def is_hot(self, uuid: str) -> bool:
        """Whether ``uuid`` is read every interval (else every COLD_FACTOR intervals)."""
        return self._hot is None or uuid in self._hot

    def sample_now(self) -> None:
        """Start a sampling job unless one is running (or there is nothing to sample)."""
        if self._busy or self.conn.state != ConnState.CONNECTED:
            return
        self._first_due = False
        if not self._active:
            self._job.previous.clear()
            # Nothing to read, nothing failing: a failure after the next start is told
            # anew. Not "read again" (nothing is); a job that works later says so.
            self._failures = 0
            self._link_doubt = False
            return
        self._start(self._plan())

    # -- GUI thread ---------------------------------------------------------------------

    def _tick(self) -> None:
        if not self._backoff.let_pass():
            self.sample_now()

    def _update_hot(self) -> None:
        if not self._watchers or any(w is None for w in self._watchers.values()):
            self._hot = None
            self._cold.clear()
            return
        hot: set[str] = set()
        for uuids in self._watchers.values():
            hot.update(uuids or ())
        self._hot = hot

    def _plan(self) -> frozenset[str]:
        """The VMs to read in this interval's job: the hot ones, anything urgent, and
        the next 1/COLD_FACTOR of the cold ones (at most COLD_PER_S a second)."""
        active, hot = self._active, self._hot
        lately, wait = self._read_lately()
        wanted = set(active) if hot is None else (hot & active)
        wanted |= self._urgent & active
        wanted -= lately
        self._defer_urgent(lately, wait)
        if hot is not None:
            share = min(math.ceil((len(active) - len(wanted)) / COLD_FACTOR),
                        max(1, round(COLD_PER_S * self.interval_ms / 1000)))
            queue, refilled = self._cold, False
            while share > 0:
                if not queue:
                    if refilled:
                        break
                    queue.extend(active - wanted)  # a new round over the cold VMs
                    refilled = True
                    continue
                uuid = queue.popleft()
                if uuid in active and uuid not in wanted and uuid not in lately:
                    wanted.add(uuid)
                    share -= 1
        return frozenset(wanted)

    def _sample_urgent(self) -> None:
        if self._busy:
            return  # _done starts the prompt job
        lately, wait = self._read_lately()
        wanted = frozenset((self._urgent & self._active) - lately)
        self._defer_urgent(lately, wait)
        if wanted and self.conn.state == ConnState.CONNECTED:
            self._start(wanted)

    def _read_lately(self) -> tuple[frozenset[str], float]:
        """The VMs read less than MIN_WINDOW_MS ago, and in how many ms all of them may
        be read again."""
        recent, now = self._recent, time.monotonic()
        while recent and now - recent[0][0] >= MIN_WINDOW_MS / 1000:
            recent.popleft()
        if not recent:
            return frozenset(), 0.0
        lately = recent[0][1].union(*(uuids for _t, uuids in list(recent)[1:]))
        return lately, (recent[-1][0] - now) * 1000 + MIN_WINDOW_MS

    def _defer_urgent(self, lately: frozenset[str], wait: float) -> None:
        """Keep the urgent VMs read too lately for a prompt job once they may be read."""
        self._urgent &= lately
        if self._urgent:
            self._prompt.start(max(1, math.ceil(wait)))

    def _start(self, wanted: frozenset[str]) -> None:
        self._busy = True
        gen = self._generation
        changed, self._changed_devices = frozenset(self._changed_devices), set()
        forget, self._forget = frozenset(self._forget), set()
        started = time.monotonic()
        self.conn.run(self._job, wanted, changed, forget,
                      done=lambda r: self._done(gen, wanted, r, started),
                      failed=lambda e: self._failed(gen, e), context=self)

    def _done(self, gen: int, wanted: frozenset[str], result: dict[str, DomainSample | None],
              started: float | None = None) -> None:  # a Reading (a plain dict in tests)
        if gen != self._generation:
            return  # the last session's: the disconnect freed the turn, a new job may run
        self._busy = False
        refused = getattr(result, "refused", {})
        if refused and not result:
            # Not one VM read, each refused (an ACL on it): the host's failure where the
            # job asked for every running VM, or none was ever read in this session; else
            # no news of the host either way (a prompt job for a refused VM that came into
            # view, the others unasked): its refusal is told below, as a VM's own.
            if self._active <= wanted or not self._read_any:
                self._fail(next(iter(refused.values())))
        else:
            self._read_any = self._read_any or bool(result)
            self._works()
        fresh = []
        interval = self.interval_ms / 1000
        # Stopped, restarted or gone while the job read (to forget in the next one): a
        # sample of the run that ended, not the new run's first.
        ended = self._forget
        read = frozenset(result) - ended if ended else frozenset(result)
        now = time.monotonic()
        # When they were read: somewhere in the job, its middle as for the counters.
        self._recent.append((now if started is None else (started + now) / 2, read))
        for uuid, sample in result.items():
            if sample is None or uuid not in self._active or uuid in ended:
                continue
            hist = self._histories.get(uuid)
            if hist is None:
                hist = self._histories[uuid] = History(self.history_length)
                hist.append(sample)
            else:
                # A reading of a cold VM covers several intervals: as many slots.
                last = self._latest.get(uuid)
                span = sample.time - last.time if last is not None else interval
                hist.append(sample, max(1, int(span / interval + 0.3)))
            self._latest[uuid] = sample
            fresh.append(uuid)
        self._drop([u for u in wanted if u not in result])
        self._note_refused(read, refused, ended)
        if fresh:
            self.sampled.emit(fresh)
        if self._urgent:
            # Those that came into view while this job read them have their figures
            # (or, read for the first time, are queued for a second reading below).
            self._urgent -= read
            self._sample_urgent()
        if self._watchers:
            # A watched VM read for the first time: its figures need one more reading,
            # also when other VMs' prompt job just took the turn. While a view watches
            # every VM (sorted by a stats column) each one is watched.
            hot = self._hot
            firsts = {u for u, smp in result.items() if smp is None and (hot is None or u in hot)}
            if firsts:
                self._urgent |= firsts
                if not self._prompt.isActive():
                    self._prompt.start(SECOND_READING_MS)

    def _note_refused(self, read: frozenset[str], refused: dict[str, str],
                      ended: set[str]) -> None:
        told = self._refused
        changed = [u for u in read if told.pop(u, None) is not None]
        for uuid, text in refused.items():
            if uuid in self._active and uuid not in ended and told.get(uuid) != text:
                told[uuid] = text
                changed.append(uuid)
        if changed:
            self.refusedChanged.emit(changed)

    def _forget_refused(self, uuids: Iterable[str]) -> None:
        """Stopped, gone or disconnected: a refusal of its reading is no news any more
        (whoever shows it follows the stop itself)."""
        if self._refused:
            for uuid in uuids:
                self._refused.pop(uuid, None)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._busy = False
        if self.conn.state == ConnState.CONNECTED:
            if link_failed(exc) and not self._link_doubt:
                # The link dropped: its close may still be on its way, and the connection
                # lost says it. A link that fails while the connection stays up is told
                # at the next job (a reply too big for a message fails each one).
                self._link_doubt = True
                return
            self._fail(error_text(exc))

    def _fail(self, text: str) -> None:
        self._failure = text
        self._failures += 1
        self._unresolved = True
        if self._failures == 1:  # not every interval: an ACL refusing stats fails each one
            log.warning("sampling %s failed: %s", self.conn.uri, text)
        self.failed.emit(text)

    def _works(self) -> None:
        """A job read what it asked for: a failure before it is over."""
        self._link_doubt = False
        if self._failures:
            self._failures = 0
            log.info("sampling %s works again", self.conn.uri)
        if self._unresolved:
            self._unresolved = False
            self.recovered.emit()

    def _conn_state(self, state: ConnState, _reason: StateReason) -> None:
        self._first_due = True
        if state == ConnState.CONNECTED:
            self._timer.start()
            QTimer.singleShot(FIRST_SAMPLE_MS, self.sample_now)
            return
        self._timer.stop()
        self._prompt.stop()
        self._generation += 1
        self._busy = False
        self._failures = 0
        self._read_any = False
        self._link_doubt = False
        self._job = SampleJob()  # counters of the old session mean nothing now
        self._forget.clear()
        self._cold.clear()
        self._recent.clear()
        self._refused.clear()
        self._drop(list(self._histories))

    def _drop(self, uuids: list[str]) -> None:
        gone = [u for u in uuids if self._histories.pop(u, None) is not None]
        for uuid in gone:
            self._latest.pop(uuid, None)
        if gone:
            self.cleared.emit(gone)

    def _domains_changed(self, records: list[DomainRecord]) -> None:
        # One pass, a set for the states: a listing brings 5,000 records at once, in
        # the GUI thread's turn that takes them (8–9 ms of CPU with two passes and
        # ``is_active`` twice a record; 0.6 ms so: docs/performance.md, "Slices").
        stopped, inactive, active, run_ids = [], [], self._active, self._run_ids
        restarted, started = [], []
        hot = self._hot
        # A watched VM that starts is read in one prompt job with the others that did, as
        # one that comes into view, not at the next interval (up to a minute). Not before
        # the session's first job (it reads every VM, after the listing has shown) nor
        # while nobody watches.
        prompt = bool(self._watchers) and not self._first_due
        for r in records:
            uuid = r.uuid
            if r.state in ACTIVE_STATES:
                if uuid not in active:
                    active.add(uuid)
                    # Just started: its first readings soon. A hot VM at once (below), and
                    # while all are hot nothing takes from the queue: it only grew.
                    if hot is None or uuid in hot:
                        if prompt:
                            started.append(uuid)
                    else:
                        self._cold.appendleft(uuid)
                    # An event's record keeps the last run's id: this run's comes with the re-read.
                    run_ids[uuid] = -1 if r.id == self._stopped_ids.pop(uuid, -1) else r.id
                elif r.id != run_ids.get(uuid, -1):
                    if run_ids.get(uuid, -1) >= 0 and r.id >= 0:
                        restarted.append(uuid)  # the old run's counters and history mean nothing
                    run_ids[uuid] = r.id
            else:
                inactive.append(uuid)
                if uuid in active:
                    active.discard(uuid)
                    stopped.append(uuid)
                    run_ids.pop(uuid, None)
                    self._stopped_ids[uuid] = r.id
        self._forget.update(stopped)
        self._forget.update(restarted)
        self._forget_refused(stopped)
        if self._histories:  # none before the first sample: nothing to drop
            self._drop(inactive + restarted)
        if started:
            self._urgent.update(started)
            if not self._prompt.isActive():
                self._prompt.start(PROMPT_MS)

    def _domains_removed(self, uuids: list[str]) -> None:
        self._active.difference_update(uuids)
        for uuid in uuids:
            self._run_ids.pop(uuid, None)
            self._stopped_ids.pop(uuid, None)
        self._forget.update(uuids)
        self._forget_refused(uuids)
        self._drop(uuids)

    def _events(self, events: list[LibvirtEvent]) -> None:
        for event in events:
            if event.kind == "domain" and event.event_id in DEVICE_EVENTS:
                self._changed_devices.add(event.uuid)


def _clamp(ms: int) -> int:
    return min(max(int(ms), MIN_INTERVAL_MS), MAX_INTERVAL_MS)


def sampler_for(conn: Connection) -> StatsSampler:
    """The connection's sampler, created on first use (a child of the connection)."""
    found = conn.findChild(StatsSampler, "statsSampler")
    return found if found is not None else StatsSampler(conn, _default_interval)


_default_interval = DEFAULT_INTERVAL_MS


def set_default_interval(ms: int) -> None:
    """Interval for samplers created from now on (Preferences set existing ones directly)."""
    global _default_interval
    _default_interval = _clamp(ms)
