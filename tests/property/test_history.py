"""A VM's sample history read back as points, against a plain list of every point.

``History`` keeps readings in a ring; a reading of a VM read less often stands for
several intervals and reads back as that many points. Reading takes a fast path (slices
of the ring) when the slots read cover one interval each, and a slot-by-slot one
otherwise; both must give what expanding every reading in the ring gives.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kvmgui.libvirt.history import History
from kvmgui.libvirt.samples import DomainSample, Metric
from tests.property.support import budget

LENGTH = 12


def reference(readings: list[tuple[float, int]], last: int | None) -> list[float]:
    """The points of the readings still in the ring, oldest first; the last ``last`` of
    them (None: up to the ring's length)."""
    points = [value for value, repeat in readings[-LENGTH:] for _ in range(min(repeat, LENGTH))]
    want = LENGTH if last is None else last
    return points[-want:] if want else []


@settings(max_examples=budget(400))
@given(repeats=st.lists(st.one_of(st.just(1), st.integers(1, 2 * LENGTH)), max_size=4 * LENGTH),
       last=st.one_of(st.none(), st.integers(1, 2 * LENGTH)))
def test_points_read_back_as_every_reading_expanded(repeats: list[int], last: int | None) -> None:
    history = History(LENGTH)
    readings: list[tuple[float, int]] = []
    for i, repeat in enumerate(repeats):
        value = float(i)
        history.append(DomainSample(float(i), value, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), repeat)
        readings.append((value, repeat))
        assert history.values(Metric.CPU, last) == reference(readings, last)
