"""A VM's recent figures, kept on the GUI thread: fixed-size ring buffers (a few KiB per
VM), filled with the samples ``kvmgui.libvirt.samples`` computes in a worker."""

from __future__ import annotations

import functools
from array import array

from kvmgui.libvirt.samples import SAMPLE_FIELDS, DomainSample, Metric

HISTORY_LENGTH = 180  # samples kept per VM: 3 to 6 minutes at the usual intervals


@functools.cache
def _zeros(length: int) -> tuple[array[float], array[float], array[int]]:
    return array("d", bytes(8 * length)), array("f", bytes(4 * length)), array("H", bytes(2 * length))


class History:
    """Fixed-size ring buffers of one VM's samples, oldest first when read.

    A slot holds one reading. A reading of a VM read less often stands for several
    intervals (``repeat``); reading ``values``/``times`` gives such a slot as that many
    points (the same rates, at evenly spaced times), so a graph keeps one point per
    interval. ``len()`` counts readings.
    """

    __slots__ = ("_count", "_head", "_multi", "_reps", "_series", "_times", "length")

    def __init__(self, length: int = HISTORY_LENGTH) -> None:
        self.length = length
        zeros = _zeros(length)  # copies of kept empty arrays: thousands are made
        self._times = zeros[0][:]
        self._series = [zeros[1][:] for _ in SAMPLE_FIELDS]
        self._reps = zeros[2][:]  # intervals each slot stands for
        self._multi = 0  # slots in the ring with a repeat over 1: none, the fast path
        self._head = 0  # next slot to write
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def append(self, sample: DomainSample, repeat: int = 1) -> None:
        """Store ``sample``, which stands for ``repeat`` intervals."""
        # Unrolled: a thousand VMs a second go through here on the GUI thread.
        i = self._head
        s = self._series
        self._times[i] = sample.time
        s[0][i], s[1][i], s[2][i], s[3][i] = (sample.cpu, sample.memory_used_kib,
                                              sample.memory_total_kib, sample.disk_read)
        s[4][i], s[5][i], s[6][i] = sample.disk_write, sample.net_rx, sample.net_tx
        reps = self._reps
        if reps[i] > 1:
            self._multi -= 1
        if repeat > 1:
            repeat = min(repeat, self.length)
            self._multi += 1
        reps[i] = repeat
        self._head = (i + 1) % self.length
        if self._count < self.length:
            self._count += 1

    def _ordered(self, buf: array[float], last: int | None) -> list[float]:
        n = self._count if last is None else min(last, self._count)
        start = (self._head - n) % self.length
        end = start + n
        if self._multi and self._spans_multi(start, end):
            return self._expanded(buf, last, False)
        if end <= self.length:
            return buf[start:end].tolist()
        return buf[start:].tolist() + buf[:end - self.length].tolist()

    def _spans_multi(self, start: int, end: int) -> bool:
        """Whether a slot from ``start`` to ``end`` (past the ring's end: wrapped) stands
        for several intervals. A sparkline reads the last 40 of 180 slots: one late
        reading minutes ago need not send every read through ``_expanded`` (Python, a
        slot at a time) while it stays in the ring."""
        reps, length = self._reps, self.length
        if end <= length:
            return max(reps[start:end], default=1) > 1
        return max(reps[start:], default=1) > 1 or max(reps[:end - length], default=1) > 1

    def _expanded(self, buf: array[float], last: int | None, times: bool) -> list[float]:
        """Newest first, each slot as its repeat count of points; then reversed."""
        want = self.length if last is None else last
        out: list[float] = []
        n, i, reps, stamps = self.length, self._head, self._reps, self._times
        for left in range(self._count - 1, -1, -1):
            if len(out) >= want:
                break
            i = (i - 1) % n
            k = min(reps[i], want - len(out))
            if not times:
                out.extend([buf[i]] * k)
                continue
            t = stamps[i]
            step = (t - stamps[(i - 1) % n]) / reps[i] if left else 0.0
            out.extend(t - j * step for j in range(k))
        out.reverse()
        return out

    def values(self, metric: Metric, last: int | None = None) -> list[float]:
        """The last ``last`` points (all: up to ``length``) of ``metric``, oldest first."""
        return self._ordered(self._series[metric], last)

    def times(self, last: int | None = None) -> list[float]:
        if self._multi:
            return self._expanded(self._times, last, True)
        return self._ordered(self._times, last)

    def latest(self) -> DomainSample | None:
        if not self._count:
            return None
        i = (self._head - 1) % self.length
        return DomainSample(self._times[i], *(s[i] for s in self._series))
