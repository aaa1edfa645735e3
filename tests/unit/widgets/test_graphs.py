"""Graphs, sparklines and the performance panel paint what the sampler has."""

import math
import random

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QTableView

from kvmgui.libvirt.stats import sampler_for
from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from kvmgui.models.format import format_percent, format_rate
from kvmgui.models.proxy import DomainFilterProxy
from kvmgui.widgets.graph import GraphWidget, nice_ceiling, span_words
from kvmgui.widgets.perfpanel import PerformancePanel
from kvmgui.widgets.sparkline import (
    MARGIN,
    SparklineCache,
    SparklineDelegate,
    _inks,
    draw_sparkline,
    polygon,
    render_sparkline,
    sparkline_coords,
)


def test_nice_axis_maxima():
    assert [nice_ceiling(v) for v in (0, 0.3, 1, 7, 12, 180, 999, 1001)] == \
        [1.0, 0.5, 1, 10, 20, 200, 1000, 2000]
    assert span_words(30) == "30 s ago" and span_words(600) == "10 min ago"
    assert nice_ceiling(95 * 1024, binary=True) == 100 * 1024  # 100 KiB, not 97.7 KiB
    assert nice_ceiling(3 * 1024**3, binary=True) == 5 * 1024**3
    assert nice_ceiling(700, binary=True) == 1000


def test_a_binary_axis_between_1000_and_1024_of_a_unit_tops_at_the_next_unit():
    """1010 KiB/s made the axis 2000 KiB, labelled "2.0 MiB/s" though 1.95 MiB/s, its
    middle "1000.0 KiB/s"."""
    assert nice_ceiling(1010 * 1024, binary=True) == 1024**2
    assert nice_ceiling(1010, binary=True) == 1024
    assert nice_ceiling(1000 * 1024, binary=True) == 1000 * 1024  # still a nice number
    assert format_rate(nice_ceiling(1023.9 * 1024, binary=True)) == "1.0 MiB/s"


def render(widget):
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    widget.render(image)
    return image


def coloured_pixels(image, colour):
    target = QColor(colour)
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if abs(image.pixelColor(x, y).red() - target.red()) < 40
               and abs(image.pixelColor(x, y).blue() - target.blue()) < 40
               and abs(image.pixelColor(x, y).green() - target.green()) < 40)


def test_graph_draws_lines_and_says_current_values(qtbot):
    graph = GraphWidget("Disk I/O", ["Read", "Write"], format_rate, name="Disk I/O graph")
    qtbot.addWidget(graph)
    graph.resize(360, 180)
    assert graph.current_text() == "No data yet"
    empty = coloured_pixels(render(graph), graph.series[0].colour)
    graph.set_data([0.0, 1.0, 2.0, 3.0], [[0, 1024, 4096, 2048], [0, 0, 10, 0]])
    drawn = coloured_pixels(render(graph), graph.series[0].colour)
    assert drawn > empty + 20
    assert graph.current_text() == "Read 2.0 KiB/s, Write 0 B/s"
    assert "Read 2.0 KiB/s" in graph.accessibleDescription()
    assert graph.accessibleName() == "Disk I/O graph"
    graph.clear("The VM is not running")
    assert graph.current_text() == "The VM is not running"


def test_a_line_without_values_has_no_legend(qtbot):
    """Memory in use nobody reports draws no 'used' line: the legend still painted the
    bare word 'Used', with no value, over a graph without its line."""
    from kvmgui.widgets.perfpanel import _kib
    from kvmgui.widgets.styles import series_colour

    graph = GraphWidget("Memory", ["Used", "Assigned"], _kib, name="Memory graph", binary=True)
    qtbot.addWidget(graph)
    graph.resize(360, 180)
    graph.set_data([0.0, 1.0, 2.0], [[], [2048.0] * 3])
    assert graph.current_text() == "Assigned 2.0 MiB"
    used = series_colour(graph.palette(), 0).name()
    assert coloured_pixels(render(graph), used) == 0
    graph.set_data([0.0, 1.0, 2.0], [[1024.0] * 3, [2048.0] * 3])
    assert coloured_pixels(render(graph), used) > 0  # the check sees that colour


def test_sparkline_points_scale_to_the_cell():
    flat, low = sparkline_coords([0, 50, 100, 150, -1], 100.0, 10, 0, 100, 20)
    assert flat == [10, 20, 35, 10, 60, 0, 85, 0, 110, 20] and low == 20  # clamped to 0..100
    assert sparkline_coords([5], None, 0, 0, 10, 10) == ([], 10)
    auto, _ = sparkline_coords([1, 2], None, 0, 0, 10, 10)  # scaled to the peak
    assert auto[3] == 0
    assert polygon(flat).toList() == [QPointF(10, 20), QPointF(35, 10), QPointF(60, 0),
                                      QPointF(85, 0), QPointF(110, 20)]


def reference_sparkline(values, maximum, width, height, colour, base, ratio=1.0):
    """The sparkline drawn the plain way: one antialiased polygon from the line down to
    the cell's bottom, then the line, through QPointFs."""
    pixmap = QPixmap(round((width + 2 * MARGIN) * ratio), round((height + 2 * MARGIN) * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent if base is None else base)
    flat, _ = sparkline_coords(values, maximum, MARGIN, MARGIN, width, height)
    points = [QPointF(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
    fill, pen = _inks(colour, base)
    bottom = MARGIN + height - 1
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPolygon(QPolygonF([*points, QPointF(MARGIN + width, bottom), QPointF(MARGIN, bottom)]))
    painter.setPen(pen)
    painter.drawPolyline(QPolygonF(points))
    painter.end()
    return pixmap.toImage()


_rng = random.Random(7)


@pytest.mark.parametrize("values, maximum", [
    ([100.0] * 40, 100.0),  # flat at the top: all but the line is the plain rectangle
    ([0.0] * 40, None),  # flat at the bottom
    ([_rng.uniform(0, 100) for _ in range(40)], 100.0),
    ([_rng.uniform(0, 3) for _ in range(40)], 100.0),  # an idle VM
    ([75000 + _rng.uniform(0, 5) for _ in range(40)], None),  # steady, scaled to its peak
    ([0.0] * 20 + [90.0] + [0.0] * 19, 100.0),  # one spike
    ([10.0, 99.5], 100.0),
])
@pytest.mark.parametrize("base", [QColor("white"), QColor(40, 40, 40), None])
@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0])
def test_a_sparkline_is_drawn_as_the_plain_way_draws_it(qtbot, values, maximum, base, ratio):
    """The fast drawing (a plain rectangle under the line's lowest point at a whole
    scale, the points in one call, a reused pixmap) must not change a pixel. At 125 % a
    logical pixel's edges fall inside device pixels: no plain rectangle there."""
    colour = QColor(30, 100, 200)
    for width, height in ((66, 16), (91, 24), (7, 3)):
        expected = reference_sparkline(values, maximum, width, height, colour, base, ratio)
        fresh = render_sparkline(list(values), maximum, width, height, colour, ratio, base)
        assert fresh.toImage() == expected
        drawn_over = render_sparkline(list(values), maximum, width, height, colour, ratio, base,
                                      reuse=render_sparkline([0.0, 100.0, 0.0], 100.0, width,
                                                             height, QColor("red"), ratio, base))
        assert drawn_over.toImage() == expected


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("values, maximum", [
    ([_rng.uniform(0, 100) for _ in range(40)], 100.0),
    ([0.0] * 40, None),
    ([75000 + _rng.uniform(0, 5) for _ in range(40)], None),
])
def test_a_kept_pixmap_paints_what_drawing_straight_paints(qtbot, values, maximum, ratio):
    """A plain cell draws a history straight onto the view the first time and paints a
    kept pixmap after: the two must give the same pixels on the row's background."""
    colour, base = QColor(30, 100, 200), QColor(245, 245, 245)
    left, top, width, height = 7, 5, 87, 18

    def picture(paint):
        image = QImage(round(110 * ratio), round(30 * ratio), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(base)
        painter = QPainter(image)
        paint(painter)
        painter.end()
        return image

    straight = picture(lambda p: draw_sparkline(p, list(values), maximum, left, top, width, height,
                                                colour, ratio, base))
    kept = render_sparkline(list(values), maximum, width, height, colour, ratio, base)
    assert picture(lambda p: p.drawPixmap(left - MARGIN, top - MARGIN, kept)) == straight
    assert straight != picture(lambda p: None)


def test_vm_list_paints_sparklines(connected, registry, qtbot):
    model = DomainModel(registry)
    sampler_for(connected).set_interval(500)
    proxy = DomainFilterProxy(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    delegate = SparklineDelegate(100.0, view)
    view.setItemDelegateForColumn(Column.CPU, delegate)
    view.resize(900, 300)
    view.setColumnWidth(Column.CPU, 120)
    proxy.sort(Column.NAME)
    web01 = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "web01")
    qtbot.waitUntil(lambda: len(proxy.index(web01, Column.CPU).data(256 + 6) or []) >= 3,
                    timeout=10000)
    view.show()
    qtbot.waitExposed(view)
    rect = view.visualRect(proxy.index(web01, Column.CPU))
    highlight = view.palette().highlight().color()

    def tinted(image):
        # The filled area under the line: pixels pulled towards the highlight colour.
        return sum(1 for x in range(rect.left() + 2, rect.right() - 2)
                   for y in range(rect.top() + 2, rect.bottom() - 2)
                   if image.pixelColor(x, y) != image.pixelColor(rect.left() + 1, rect.top() + 1)
                   or image.pixelColor(x, y).blue() > image.pixelColor(x, y).red() + 10)

    with_line = tinted(view.viewport().grab().toImage())
    delegate.enabled = False
    view.viewport().update()
    without = tinted(view.viewport().grab().toImage())
    assert with_line > without + 30
    assert highlight.isValid()


def test_performance_panel_follows_the_sampler(connected, qtbot):
    web01 = next(r for r in connected.domains.records() if r.name == "web01")
    build = next(r for r in connected.domains.records() if r.name == "build")
    sampler_for(connected).set_interval(500)
    panel = PerformancePanel(None, connected, web01.uuid)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.sampler is sampler_for(connected)
    assert panel.accessibleName() == "Performance"
    qtbot.waitUntil(lambda: len(panel.cpu.times) >= 2, timeout=10000)
    assert panel.cpu.current_text().startswith("CPU ")
    # The test driver reports no memory in use: no "used" line at the assigned memory.
    assert panel.memory.current_text() == "Assigned 2.0 GiB"
    assert panel.disk.current_text().startswith("Read ")
    assert panel.network.current_text().startswith("Received ")
    assert format_percent(12.345) == "12 %"
    off = PerformancePanel(sampler_for(connected), connected, build.uuid)
    qtbot.addWidget(off)
    assert off.cpu.current_text() == "The VM is not running"


def test_a_sparkline_is_drawn_once_per_history_size_and_colour():
    """Repaints paint the kept pixmap: stroking the line cost ~2.7 ms a cell."""
    cache = SparklineCache(size=2)
    blue = QColor("blue")
    first = cache.get([1, 2, 3], 100.0, 50, 10, blue, 1.0)
    assert first.width() == 50 + 2 * MARGIN and first.height() == 10 + 2 * MARGIN
    for _ in range(3):
        assert cache.get([1, 2, 3], 100.0, 50, 10, blue, 1.0) is first
    assert cache.rendered == 1
    cache.get([1, 2, 4], 100.0, 50, 10, blue, 1.0)  # a new sample
    cache.get([1, 2, 4], 100.0, 60, 10, blue, 1.0)  # a wider column
    cache.get([1, 2, 4], 100.0, 60, 10, QColor("red"), 1.0)  # selected: another colour
    assert cache.rendered == 4
    cache.get([1, 2, 3], 100.0, 50, 10, blue, 1.0)  # evicted (two kept): drawn again
    assert cache.rendered == 5


def test_a_vm_started_under_the_panel_is_not_called_stopped(connected, qtbot):
    """Its first sample (one point: no line yet) left the graphs saying "The VM is not
    running" under a legend with its values."""
    from tests.helpers import BUILD, run_in_worker

    sampler = sampler_for(connected)
    sampler.set_interval(500)
    panel = PerformancePanel(None, connected, BUILD)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.cpu.current_text() == "The VM is not running"
    seen = []

    def sampled(uuids):
        hist = sampler.history(BUILD)
        if BUILD in uuids and hist is not None and len(hist) == 1:
            seen.append([(len(g.times), g.empty_text) for g in panel.graphs()])

    sampler.sampled.connect(sampled)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(BUILD).create())
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    for points, text in seen[0]:
        assert points >= 2 or text != "The VM is not running"


def test_a_vm_started_under_the_panel_is_not_called_stopped_before_its_first_reading(connected, qtbot):
    """The panel followed only stops: after a start it said "The VM is not running" until
    the second reading came, an interval or two later (a minute or two at the longest)."""
    from tests.helpers import BUILD, run_in_worker

    sampler = sampler_for(connected)
    sampler.set_interval(60000)  # no reading comes within the test
    panel = PerformancePanel(None, connected, BUILD)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.status.text() == "The VM is not running"
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(BUILD).create())
    qtbot.waitUntil(lambda: connected.domains.get(BUILD).state.is_active, timeout=10000)
    assert sampler.history(BUILD) is None
    assert panel.status.text() == "Waiting for the first samples…"
    assert [g.current_text() for g in panel.graphs()] == ["Waiting for the first samples…"] * 4


def test_the_panel_of_a_disconnected_host_says_so(connected, qtbot):
    """Disconnected, the graphs said "Waiting for the first samples…": none would come."""
    from kvmgui.libvirt.connection import ConnState
    from tests.helpers import WEB01

    sampler = sampler_for(connected)
    sampler.set_interval(500)
    panel = PerformancePanel(None, connected, WEB01)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: len(panel.cpu.times) >= 2, timeout=10000)
    with qtbot.waitSignal(sampler.cleared, timeout=5000):
        connected.close()
    gone = f"{connected.display_name} is not connected"
    assert [g.current_text() for g in panel.graphs()] == [gone] * 4
    assert panel.status.text() == gone
    connected.open()
    qtbot.waitUntil(lambda: connected.state == ConnState.CONNECTED, timeout=10000)
    assert panel.cpu.current_text() == "Waiting for the first samples…"
    qtbot.waitUntil(lambda: len(panel.cpu.times) >= 2, timeout=10000)


def test_the_panel_says_why_sampling_fails(connected, qtbot, monkeypatch):
    """The sampler's failures (in libvirt's words) reached nobody: the graphs said
    "Waiting for the first samples…" for ever."""
    from tests.helpers import WEB01, FakeError

    sampler = sampler_for(connected)
    sampler.set_interval(500)

    def refused(*_args):
        raise FakeError("internal error: unable to read stats")

    monkeypatch.setattr(sampler, "_job", refused)
    panel = PerformancePanel(None, connected, WEB01)
    qtbot.addWidget(panel)
    panel.show()
    want = "Could not read the VM's performance: internal error: unable to read stats"
    qtbot.waitUntil(lambda: panel.status.text() == want, timeout=5000)
    assert [g.current_text() for g in panel.graphs()] == [want] * 4


def test_the_panel_stops_saying_sampling_fails_once_it_works_again(connected, qtbot, monkeypatch):
    """Sampling that failed from the start and then worked gave first readings (no
    figures yet): the panel went on saying the reading failed, in its status and all
    four graphs, for another interval (a minute at the longest interval)."""
    from tests.helpers import WEB01, FakeError

    sampler = sampler_for(connected)
    sampler.set_interval(500)

    def refused(*_args):
        raise FakeError("internal error: unable to read stats")

    good = sampler._job
    monkeypatch.setattr(sampler, "_job", refused)
    panel = PerformancePanel(None, connected, WEB01)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Could not read"), timeout=5000)
    monkeypatch.setattr(sampler, "_job", good)
    with qtbot.waitSignal(sampler.recovered, timeout=5000):
        pass
    assert panel.status.text() == "Waiting for the first samples…"
    assert [g.current_text() for g in panel.graphs()] == ["Waiting for the first samples…"] * 4


def test_the_panel_says_the_interval_set_in_preferences_at_once(connected, qtbot):
    """The status said the old interval until the next reading, a minute later when the
    interval was set to a minute."""
    from tests.helpers import WEB01

    sampler = sampler_for(connected)
    sampler.set_interval(500)
    panel = PerformancePanel(None, connected, WEB01)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.status.text() == "Sampled every 0.5 s", timeout=10000)
    sampler.set_interval(60000)
    assert panel.status.text() == "Sampled every 60 s"


def test_a_failed_job_leaves_a_stopped_vms_panel_saying_it_is_not_running(connected, qtbot, monkeypatch):
    """A job over the host's running VMs failed: the panel of a VM that is shut off,
    which no job reads, said "Could not read the VM's performance" in all its graphs."""
    from tests.helpers import BUILD, WEB01, FakeError

    sampler = sampler_for(connected)
    sampler.set_interval(500)

    def refused(*_args):
        raise FakeError("internal error: unable to read stats")

    monkeypatch.setattr(sampler, "_job", refused)
    running = PerformancePanel(None, connected, WEB01)
    stopped = PerformancePanel(None, connected, BUILD)
    for panel in (running, stopped):
        qtbot.addWidget(panel)
        panel.show()
    want = "Could not read the VM's performance: internal error: unable to read stats"
    qtbot.waitUntil(lambda: running.status.text() == want, timeout=5000)
    assert [g.current_text() for g in stopped.graphs()] == ["The VM is not running"] * 4
    assert stopped.status.text() == "The VM is not running"


def test_a_vm_that_stops_before_its_first_figures_is_said_to_be_stopped(connected, qtbot, monkeypatch):
    """Only the sampler's dropping a history told the panel of a stop: a VM without one
    (sampling failing, or stopped before its second reading) kept "Could not read the
    VM's performance" or "Waiting for the first samples…" once it was shut off."""
    from tests.helpers import WEB01, FakeError, run_in_worker

    sampler = sampler_for(connected)
    sampler.set_interval(500)

    def refused(*_args):
        raise FakeError("internal error: unable to read stats")

    monkeypatch.setattr(sampler, "_job", refused)
    panel = PerformancePanel(None, connected, WEB01)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Could not read"), timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).destroy())
    qtbot.waitUntil(lambda: not connected.domains.get(WEB01).state.is_active, timeout=5000)
    assert [g.current_text() for g in panel.graphs()] == ["The VM is not running"] * 4
    assert panel.status.text() == "The VM is not running"


def test_memory_in_use_unknown_in_some_readings_leaves_gaps_not_a_missing_line(connected, qtbot):
    """One reading without memory in use among the kept ones hid the whole 'Used' line
    (and its legend) until that reading left the ring: minutes at the usual intervals."""
    from kvmgui.libvirt.history import History
    from kvmgui.libvirt.samples import UNKNOWN_KIB, DomainSample
    from kvmgui.widgets.styles import series_colour
    from tests.helpers import WEB01

    sampler = sampler_for(connected)
    hist = History(8)
    for t, used in enumerate([1024.0, UNKNOWN_KIB, 1024.0, 1536.0]):
        hist.append(DomainSample(float(t), 5.0, used, 2048.0, 0.0, 0.0, 0.0, 0.0))
    sampler._histories[WEB01] = hist
    panel = PerformancePanel(sampler, connected, WEB01)
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    assert panel.memory.current_text() == "Used 1.5 MiB, Assigned 2.0 MiB"
    used = series_colour(panel.memory.palette(), 0).name()
    assert coloured_pixels(render(panel.memory), used) > 0
    graph = GraphWidget("Disk I/O", ["Read"], format_rate, name="Disk I/O graph",
                        binary=True)  # axis from the data
    graph.set_data([0.0, 1.0, 2.0], [[math.nan, 3000.0, 1000.0]])
    assert graph._top() == 5 * 1024  # 3.3 KiB up: the gap is no value
    # The latest reading unknown: no value to say for the line, no bare label either.
    hist.append(DomainSample(4.0, 5.0, UNKNOWN_KIB, 2048.0, 0.0, 0.0, 0.0, 0.0))
    panel.refresh()
    assert panel.memory.current_text() == "Assigned 2.0 MiB"
    assert coloured_pixels(render(panel.memory), used) > 0


def test_a_vm_started_after_a_failure_and_a_time_with_none_running_is_not_called_stopped(
        connected, qtbot, monkeypatch):
    """Sampling failed, then every VM stopped: no job ran to end the run of failures, so
    when a VM started its panel, taking the failure for the reason no figures came, kept
    saying "The VM is not running" until a job ended (a failure's timeout, or a minute)."""
    from kvmgui.libvirt.records import DomainState
    from tests.helpers import WEB01, FakeError

    sampler = sampler_for(connected)
    sampler.set_interval(500)

    class Refused:
        previous: dict = {}

        def __call__(self, *_args):
            raise FakeError("internal error: unable to read stats")

    monkeypatch.setattr(sampler, "_job", Refused())
    panel = PerformancePanel(None, connected, WEB01)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Could not read"), timeout=5000)
    qtbot.waitUntil(lambda: not sampler._busy, timeout=5000)
    sampler.set_interval(60000)
    running = [r for r in connected.domains.records() if r.state.is_active]
    connected.domains.upsert([r.with_state(DomainState.SHUTOFF) for r in running])
    assert panel.status.text() == "The VM is not running"
    sampler.sample_now()  # a tick with no VM to read
    assert sampler.failures == 0
    connected.domains.upsert([connected.domains.get(WEB01).with_state(DomainState.RUNNING)])
    assert panel.status.text() == "Waiting for the first samples…"


def test_figures_kept_while_reading_fails_are_not_given_as_current(connected, qtbot, monkeypatch):
    """Reading failed after figures came: the graphs' x axis still ended at "now", their
    legends and screen-reader descriptions gave the last values as the current ones, and
    hiding and showing the panel (another page of the details window and back) replaced
    the failure with "Sampled every 0.5 s"."""
    from tests.helpers import WEB01, FakeError

    sampler = sampler_for(connected)
    sampler.set_interval(500)
    panel = PerformancePanel(None, connected, WEB01)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: len(panel.cpu.times) >= 2, timeout=10000)
    assert panel.cpu.end_words() == "now"

    def refused(*_args):
        raise FakeError("internal error: unable to read stats")

    monkeypatch.setattr(sampler, "_job", refused)
    want = "Could not read the VM's performance: internal error: unable to read stats"
    qtbot.waitUntil(lambda: panel.status.text() == want, timeout=5000)
    for graph in panel.graphs():
        assert len(graph.times) >= 2  # what was read before stays
        assert graph.end_words().endswith(" s ago")
        assert graph.current_text().endswith(" s ago)")
        assert graph.accessibleDescription().endswith(" s ago)")
    panel.hide()
    panel.show()
    assert panel.status.text() == want
    assert panel.cpu.end_words() != "now"


def test_a_vm_whose_reading_is_refused_while_others_are_read_says_why(connected, registry, qtbot,
                                                                      monkeypatch):
    """One VM refused (an ACL on it) while the others were read was only logged at debug
    level: its panel said "Waiting for the first samples…" for ever and its row in the VM
    list stayed blank, with no reason given."""
    import libvirt
    from PySide6.QtCore import Qt

    from kvmgui.libvirt import samples
    from tests.helpers import WEB01, FakeError

    real = samples.counters_per_domain

    def refusing(dom, devices, now):
        if dom.UUIDString() == WEB01:
            raise FakeError("access denied: 'domain:read' refused", libvirt.VIR_ERR_ACCESS_DENIED)
        return real(dom, devices, now)

    monkeypatch.setattr(samples, "counters_per_domain", refusing)
    sampler = sampler_for(connected)
    sampler.set_interval(500)
    model = DomainModel(registry)
    panel = PerformancePanel(None, connected, WEB01)
    qtbot.addWidget(panel)
    panel.show()
    want = "Could not read the VM's performance: access denied: 'domain:read' refused"
    qtbot.waitUntil(lambda: panel.status.text() == want, timeout=10000)
    assert [g.current_text() for g in panel.graphs()] == [want] * 4
    assert sampler.failures == 0  # the others are read
    row = model.row_of(connected, WEB01)
    assert model.index(row, Column.CPU).data(Qt.ItemDataRole.ToolTipRole) == want
    monkeypatch.setattr(samples, "counters_per_domain", real)  # the ACL lifted
    qtbot.waitUntil(lambda: panel.status.text() == "Sampled every 0.5 s", timeout=10000)
    assert model.index(row, Column.CPU).data(Qt.ItemDataRole.ToolTipRole) is None
