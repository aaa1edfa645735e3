"""Monitoring cost follows the screen: VMs on screen and graphed VMs are sampled every
interval, the others every COLD_FACTOR intervals; a row scrolled into view gets fresh
figures at once. On the test driver, with the real VM list and performance panel."""

from __future__ import annotations

import uuid as uuidlib
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QEvent, QObject

from kvmgui.libvirt import stats
from kvmgui.libvirt.stats import MAX_INTERVAL_MS, MIN_INTERVAL_MS, sampler_for
from kvmgui.models import pacer
from kvmgui.models.domainrow import Column
from kvmgui.models.roles import Role
from kvmgui.utils import cpuwait
from kvmgui.widgets.perfpanel import PerformancePanel
from kvmgui.window.vmlist import VmList
from tests.helpers import open_connection

VMS = 60
TEST_NS = "http://libvirt.org/schemas/domain/test/1.0"


def busy_host(directory: Path, count: int = VMS) -> str:
    """A test host of ``count`` running VMs named vm000… (sorted by name = host order)."""
    node = etree.Element("node")
    for i in range(count):
        dom = etree.SubElement(node, "domain", type="test", nsmap={"test": TEST_NS})
        etree.SubElement(dom, "name").text = f"vm{i:03d}"
        etree.SubElement(dom, "uuid").text = str(uuidlib.UUID(int=i + 1))
        etree.SubElement(dom, "memory", unit="MiB").text = "256"
        etree.SubElement(dom, "vcpu").text = "1"
        os_el = etree.SubElement(dom, "os")
        etree.SubElement(os_el, "type", arch="x86_64").text = "hvm"
        devices = etree.SubElement(dom, "devices")
        disk = etree.SubElement(devices, "disk", type="file", device="disk")
        etree.SubElement(disk, "source", file=f"/var/lib/libvirt/images/vm{i:03d}.qcow2")
        etree.SubElement(disk, "target", dev="vda", bus="virtio")
        etree.SubElement(dom, f"{{{TEST_NS}}}runstate").text = "1"  # running
    path = directory / "busy.xml"
    path.write_bytes(etree.tostring(node))
    return f"test://{path}"


@pytest.fixture
def busy(registry, qtbot, tmp_path):
    return open_connection(registry, qtbot, busy_host(tmp_path), timeout=10000)


def show_vm_list(registry, qtbot, count: int = VMS) -> VmList:
    """The real VM list, shown, a few rows high (most of the ``count`` VMs off screen)."""
    widget = VmList(registry)
    qtbot.addWidget(widget)
    widget.resize(900, 260)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.proxy.rowCount() == count)
    return widget


@pytest.fixture
def vm_list(registry, busy, qtbot):
    return show_vm_list(registry, qtbot)


def on_screen(vm_list) -> list[str]:
    return [uuid for _uri, uuid in vm_list.visible_rows.keys() or []]


def reported(vm_list) -> bool:
    """The list has told the sampler which rows are on screen now."""
    last = vm_list.visible_rows.last
    return isinstance(last, list) and bool(last) and last == vm_list.visible_rows.keys()


def test_visible_and_graphed_vms_every_interval_the_others_less_often(
        vm_list, busy, qtbot, monkeypatch):
    monkeypatch.setattr(stats, "COLD_FACTOR", 4)
    sampler = sampler_for(busy)
    sampler.set_interval(MIN_INTERVAL_MS)
    qtbot.waitUntil(lambda: reported(vm_list))
    visible = on_screen(vm_list)
    assert 2 <= len(visible) < VMS // 4  # a few rows on screen, most below
    last = busy.domains.get(str(uuidlib.UUID(int=VMS)))  # the last row: off screen
    assert last.uuid not in visible and not sampler.is_hot(last.uuid)
    panel = PerformancePanel(None, busy, last.uuid)  # its graphs open: hot
    qtbot.addWidget(panel)
    assert sampler.is_hot(last.uuid)
    hidden = [r.uuid for r in busy.domains.records() if r.uuid not in visible and r.uuid != last.uuid]
    assert not any(sampler.is_hot(u) for u in hidden)

    emits: list[set[str]] = []
    sampler.sampled.connect(lambda uuids: emits.append(set(uuids)))
    watched = [*visible, last.uuid]
    # Once every VM has figures (two rounds over the hidden ones), count 8 more jobs.
    qtbot.waitUntil(lambda: all(sampler.latest(r.uuid) for r in busy.domains.records()),
                    timeout=20000)
    start = len(emits)
    qtbot.waitUntil(lambda: len(emits) >= start + 8, timeout=15000)
    jobs = emits[start:start + 8]
    for uuid in watched:
        assert all(uuid in got for got in jobs), uuid  # in every job: every interval
    per_hidden = Counter(u for got in jobs for u in got if u in hidden)
    # A share of them in each job: each about every COLD_FACTOR-th job (a round over
    # them may end early by rounding: 3 of 8 at most), and none left out.
    assert max(per_hidden.values()) <= len(jobs) // stats.COLD_FACTOR + 1
    assert all(per_hidden[u] >= 1 for u in hidden)
    assert sum(per_hidden.values()) <= len(hidden) * len(jobs) / stats.COLD_FACTOR + len(jobs)
    # On a big host fewer at a time: at most COLD_PER_S a second (3 per job of 0.5 s).
    monkeypatch.setattr(stats, "COLD_PER_S", 6)
    start = len(emits)
    qtbot.waitUntil(lambda: len(emits) >= start + 4, timeout=15000)
    for got in emits[start + 1:start + 4]:  # (the first may have been planned before)
        assert set(watched) <= got and len(got & set(hidden)) <= 3
    # What a visible row shows: each visible VM's latest sample.
    model = vm_list.model
    for uuid in visible:
        assert model.row_at(model.row_of(busy, uuid)).sample == sampler.latest(uuid)


def test_a_row_scrolled_into_view_gets_fresh_figures_at_once(vm_list, busy, qtbot):
    sampler = sampler_for(busy)
    sampler.set_interval(MAX_INTERVAL_MS)  # no regular job during the test: only the prompt ones
    qtbot.waitUntil(lambda: reported(vm_list))
    top = on_screen(vm_list)
    qtbot.waitUntil(lambda: all(sampler.latest(u) for u in top), timeout=10000)
    table = vm_list.table
    bottom_key = table.model().index(VMS - 1, 0).data(Role.KEY)
    assert bottom_key[1] not in top
    fresh: set[str] = set()
    sampler.sampled.connect(fresh.update)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: bottom_key[1] in on_screen(vm_list) and reported(vm_list))
    below = on_screen(vm_list)
    assert not set(below) & set(top)
    assert all(sampler.is_hot(u) for u in below)
    assert not any(sampler.is_hot(u) for u in top)  # scrolled away: back to the slow rate
    # Well within a second (the interval is a minute): a prompt reading, and a second one
    # 250 ms later for VMs never read before (rates need two readings).
    qtbot.waitUntil(lambda: set(below) <= fresh, timeout=3000)
    model = vm_list.model
    for uuid in below:  # the rows show them
        row = model.row_at(model.row_of(busy, uuid))
        assert row.sample is not None and row.sample == sampler.latest(uuid)
        assert row.text(Column.CPU) != ""


def test_a_sample_repaints_the_stats_cells_not_the_whole_list(vm_list, busy, qtbot):
    """The VMs read out of sight are scattered over the table: signalled as one range
    with the rows on screen, Qt repainted every visible cell each second (a range of
    over 200 cells is its whole viewport); per run of rows, only the stats cells."""
    sampler = sampler_for(busy)
    sampler.set_interval(MIN_INTERVAL_MS)
    qtbot.waitUntil(lambda: reported(vm_list), timeout=5000)
    view = vm_list.table
    regions = []

    class Paints(QObject):
        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint:
                regions.append(event.region().boundingRect())
            return False

    paints = Paints()
    view.viewport().installEventFilter(paints)
    drawn = Counter()  # the columns whose plain cells drew their text

    def count(draw):
        def counted(painter, option, text, alignment):
            drawn[view.columnAt(option.rect.center().x())] += 1
            draw(painter, option, text, alignment)
        return counted

    def count_fast(draw):  # the plain rows' way (widgets/fastrows.py)
        def counted(painter, cell, text, alignment, kind):
            drawn[view.columnAt(cell.center().x())] += 1
            return draw(painter, cell, text, alignment, kind)
        return counted

    for delegate in {view.plain_text, *view.sparklines.values()}:
        delegate.text.paint = count(delegate.text.paint)
        delegate.text.draw_cell = count_fast(delegate.text.draw_cell)
    samples = []
    sampler.sampled.connect(samples.append)
    visible = set(on_screen(vm_list))
    qtbot.waitUntil(lambda: len(samples) >= 4  # and some read out of sight
                    and any(set(batch) - visible for batch in samples), timeout=15000)
    qtbot.wait(50)  # the last sample's repaint
    left = view.columnViewportPosition(Column.CPU)
    right = view.columnViewportPosition(Column.UPTIME) + view.columnWidth(Column.UPTIME)
    assert regions
    assert all(left <= r.left() and r.right() <= right for r in regions), (left, right, regions)
    # The cells whose figures move: CPU, disk, network every time; the vCPUs (and the
    # columns a repaint grazes) never.
    assert drawn[Column.CPU] >= 3 * len(visible) and drawn[Column.NET_IO] >= 3 * len(visible)
    assert drawn[Column.VCPUS] == drawn[Column.AUTOSTART] == drawn[Column.NAME] == 0
    assert drawn[Column.MEMORY] < drawn[Column.CPU]  # the test driver's memory stays put


@pytest.mark.parametrize("shared", [True, False], ids=["CPUs shared", "CPUs free"])
def test_the_rows_on_screen_are_repainted_a_few_at_a_time(registry, busy, qtbot, monkeypatch,
                                                           shared):
    """A sample repainted every row on screen in one turn of the GUI thread (5-9 ms for 20
    rows), after which a busy machine kept the process waiting (models/pacer.py); now
    a few rows a turn, a moment apart, until all have their figures. While the GUI
    thread does not wait for a CPU, all in one turn: each turn's paint costs."""
    monkeypatch.setattr(cpuwait.WaitGauge, "shared", lambda _self: shared)
    vm_list = show_vm_list(registry, qtbot)
    vm_list.resize(900, 520)
    sampler = sampler_for(busy)
    sampler.set_interval(MIN_INTERVAL_MS)
    qtbot.waitUntil(lambda: reported(vm_list) and len(on_screen(vm_list)) > 2 * pacer.GROUP,
                    timeout=5000)
    view = vm_list.table
    per_paint: list[int] = []  # CPU cells drawn in each paint of the list

    class Paints(QObject):
        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint:
                per_paint.append(0)
            return False

    cpu = view.sparklines[Column.CPU].text
    paint, draw_cell = cpu.paint, cpu.draw_cell

    def painted(*args):
        if per_paint:
            per_paint[-1] += 1
        return paint(*args)

    def drawn(*args):
        if per_paint:
            per_paint[-1] += 1
        return draw_cell(*args)

    cpu.paint, cpu.draw_cell = painted, drawn
    # A sample that comes before the last one's groups are all out hands the rest out at
    # once (Pacer.feed): a machine too busy to pace within an interval. Counted, as each
    # may make one paint of many rows.
    late = []
    flush = pacer.Pacer.flush

    def flushed(self):
        if self.pending and per_paint:
            late.append(len(per_paint))
        flush(self)
    monkeypatch.setattr(pacer.Pacer, "flush", flushed)
    samples = []
    sampler.sampled.connect(samples.append)
    qtbot.waitUntil(lambda: len(samples) >= 2, timeout=10000)  # both readings: figures shown
    view.viewport().repaint()  # what is dirty now is painted before the counting
    paints = Paints()
    view.viewport().installEventFilter(paints)
    start = len(samples)
    qtbot.waitUntil(lambda: len(samples) >= start + 3, timeout=10000)
    qtbot.waitUntil(lambda: not vm_list.model.stats_pending, timeout=2000)
    qtbot.wait(50)  # the last group's paint
    visible = on_screen(vm_list)
    group = max(pacer.GROUP, -(-len(visible) // pacer.MAX_GROUPS))
    assert 2 * group < len(visible)
    if shared:
        # A group a turn (now and then a row more: one read out of sight at the edge), never
        # all at once, but where a sample came before the last one's groups were all out.
        big = [n for n in per_paint if n > 2 * group]
        assert len(big) <= len(late), (per_paint, late, len(visible))
        assert len(per_paint) >= 6  # so each of the 3 samples took several turns
    else:
        assert max(per_paint) >= len(visible), (per_paint, len(visible))
    assert sum(per_paint) >= 3 * len(visible), (per_paint, len(visible))  # each row, each sample
    model = vm_list.model
    for uuid in visible:
        assert model.row_at(model.row_of(busy, uuid)).sample == sampler.latest(uuid)
