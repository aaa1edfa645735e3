"""A time-series graph painted with QPainter: axes, grid, one or more lines, current values."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kvmgui.utils.tr import fill
from kvmgui.widgets.styles import SERIES_COLOURS, series_colour

Formatter = Callable[[float], str]


@dataclass
class Series:
    label: str
    colour: str  # on a light base; the graph paints with ``series_colour`` (light or dark)
    values: list[float]
    index: int = 0


def nice_ceiling(value: float, binary: bool = False) -> float:
    """The next 1, 2 or 5 × 10^n at or above ``value``: axis maxima people can read.

    ``binary``: for bytes, the same within each power of 1024 (so 100 KiB, not 97.7 KiB).
    """
    if value <= 0:
        return 1.0
    if binary:
        scale = 1024.0 ** int(math.log(value, 1024)) if value >= 1024 else 1.0
        # 1000 to 1023 of a unit: the next unit's 1 (1 MiB), not 2000 KiB (shown "2.0 MiB").
        return min(nice_ceiling(value / scale), 1024.0) * scale
    magnitude = 10 ** len(str(int(value))) / 10 if value >= 1 else 1.0
    while magnitude > value:
        magnitude /= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def span_words(seconds: float) -> str:
    """How long ago the left edge of the graph is: "30 s ago", "10 min ago"."""
    # The counts as plain names: lupdate skips a translate() whose count is a call.
    if seconds >= 120:
        minutes = round(seconds / 60)
        return QCoreApplication.translate("GraphWidget", "%n min ago", None, minutes)
    whole = round(seconds)
    return QCoreApplication.translate("GraphWidget", "%n s ago", None, whole)


def _known_now(series: Series) -> bool:
    """Whether the line's latest value is known (NaN: a gap)."""
    return bool(series.values) and not math.isnan(series.values[-1])


class GraphWidget(QWidget):
    """Lines over time. ``maximum`` fixes the y axis (100 for percentages); None scales it
    to the data. ``fmt`` turns values into words for the axis and the legend. ``name`` is
    the accessible name ("Memory graph"): a string of its own per graph, as a "%1 graph"
    cannot join a title in Chinese both ways (「記憶體圖表」 but 「CPU 圖表」)."""

    def __init__(self, title: str, labels: Sequence[str], fmt: Formatter, *, name: str,
                 maximum: float | None = None, binary: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.fmt = fmt
        self.maximum = maximum
        self.binary = binary  # byte values: axis steps in powers of 1024
        self.series = [Series(label, SERIES_COLOURS[i % len(SERIES_COLOURS)][0], [], i)
                       for i, label in enumerate(labels)]
        self.times: list[float] = []
        # Seconds since the latest values were read, where they are not current (reading
        # fails): the x axis ends that long ago, not "now", and the values say so.
        self.behind = 0.0
        self.empty_text = self.tr("No data yet")
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 120)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    def set_data(self, times: Sequence[float], values: Sequence[Sequence[float]],
                 behind: float = 0.0) -> None:
        """``times`` in seconds (monotonic); one value list per series, as long as ``times``.
        A NaN value is not known: a gap in its line. ``behind``: how many seconds ago the
        latest values were read, where no newer ones can be (0: they are current)."""
        self.times = list(times)
        self.behind = behind
        for series, vals in zip(self.series, values, strict=True):
            series.values = list(vals)
        self._describe()
        self.update()

    def clear(self, text: str | None = None) -> None:
        """No data; ``text`` says why (else "No data yet")."""
        self.empty_text = self.tr("No data yet") if text is None else text
        self.set_data([], [[] for _ in self.series])

    def current_text(self) -> str:
        """'Read 1.2 MiB/s, Write 0 B/s': the latest values, as the legend shows them."""
        if not self.times:
            return self.empty_text
        shown = [self._legend(s) for s in self.series if _known_now(s)]
        text = shown[0] if shown else ""
        for more in shown[1:]:
            text = fill(self.tr("%1, %2", "the latest values of a graph's lines"), text, more)
        if self.behind > 0 and text:
            text = fill(self.tr("%1 (%2)", "a graph's latest values, read some time ago: "
                                "CPU 12 % (30 s ago)"), text, span_words(self.behind))
        return text

    def end_words(self) -> str:
        """What the right end of the x axis says: "now", or how long ago the latest values
        were read where they are not current."""
        return span_words(self.behind) if self.behind > 0 else self.tr("now")

    def _legend(self, series: Series) -> str:
        if not _known_now(series):
            return series.label
        return fill(self.tr("%1 %2", "a graph's line and its latest value: Read 2 MiB/s"),
                    series.label, self.fmt(series.values[-1]))

    def _describe(self) -> None:
        # What a screen reader says about the graph: its latest values.
        self.setAccessibleDescription(fill(self.tr("%1: %2", "a graph's title: its latest values"),
                                           self.title, self.current_text()))

    def _top(self) -> float:
        if self.maximum is not None:
            return self.maximum
        peak = max((v for s in self.series for v in s.values if not math.isnan(v)), default=0.0)
        return nice_ceiling(peak * 1.1, self.binary)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        top = self._top()
        axis_w = max(fm.horizontalAdvance(self.fmt(v)) for v in (top, top / 2, 0.0)) + 8
        head = fm.height() + 12  # room for the title and the top axis label
        plot = QRectF(axis_w, head, self.width() - axis_w - 6, self.height() - head - fm.height() - 6)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))

        # Title and legend with the current values.
        p.setPen(text_colour)
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(4, 2, self.width() - 8, head), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        x = self.width() - 6.0
        for s in reversed(self.series):
            if self.times and not _known_now(s):
                continue  # a line with no data (memory in use nobody reports): no bare label
            label = self._legend(s)
            w = fm.horizontalAdvance(label)
            p.setPen(series_colour(pal, s.index))
            p.drawText(QRectF(x - w, 2, w, head), Qt.AlignmentFlag.AlignRight, label)
            x -= w + 14

        # Grid and y axis labels.
        grid = QColor(text_colour)
        grid.setAlpha(50)
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            p.setPen(QPen(grid, 1, Qt.PenStyle.DashLine if 0 < frac < 1 else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_colour)
            p.drawText(QRectF(0, y - fm.height() / 2, axis_w - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.fmt(top * frac))

        if len(self.times) < 2:
            p.setPen(text_colour)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return

        # x axis: the time span shown, oldest on the left.
        t0, t1 = self.times[0], self.times[-1]
        span = max(t1 - t0, 1e-6)
        p.setPen(text_colour)
        bottom = QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height() + 2)
        p.drawText(bottom, Qt.AlignmentFlag.AlignLeft, span_words(span + self.behind))
        p.drawText(bottom, Qt.AlignmentFlag.AlignRight, self.end_words())

        for s in self.series:
            path = QPainterPath()
            gap = True
            for t, v in zip(self.times, s.values, strict=False):
                if math.isnan(v):
                    gap = True  # not known then: the line resumes at the next known value
                    continue
                pt = QPointF(plot.left() + (t - t0) / span * plot.width(),
                             plot.bottom() - min(max(v / top, 0.0), 1.0) * plot.height())
                if gap:
                    path.moveTo(pt)
                    gap = False
                else:
                    path.lineTo(pt)
            p.setPen(QPen(series_colour(pal, s.index), 2))
            p.drawPath(path)
        p.end()
