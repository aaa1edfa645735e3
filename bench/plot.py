"""Draws bench/results.json as a PNG with QPainter (no plotting library needed).

Usage: plot.py RESULTS.json OUT.png
Left: time to a fully shown list, raw libvirt-python vs kvmgui, per size.
Right: event -> row latency (p50 and p99) with the 16 ms target line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

W, H = 1000, 440
RAW, APP, P50, P99 = QColor("#8c8c8c"), QColor("#2a7ab0"), QColor("#3f9c35"), QColor("#d9822b")


def bars(p: QPainter, area: QRectF, title: str, groups: list[str], series: list[tuple],
         unit: str, target: float | None = None) -> None:
    """Grouped bars; series: (label, colour, values)."""
    p.setPen(Qt.GlobalColor.black)
    p.setFont(QFont("Sans", 11, QFont.Weight.Bold))
    p.drawText(QRectF(area.left(), area.top(), area.width(), 24), Qt.AlignmentFlag.AlignLeft, title)
    p.setFont(QFont("Sans", 9))
    plot = QRectF(area.left() + 50, area.top() + 50, area.width() - 60, area.height() - 90)
    top = max([v for _l, _c, vals in series for v in vals] + [target or 0]) * 1.15 or 1
    for frac in (0, 0.25, 0.5, 0.75, 1.0):
        y = plot.bottom() - frac * plot.height()
        p.setPen(QPen(QColor(0, 0, 0, 40), 1))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(Qt.GlobalColor.black)
        p.drawText(QRectF(area.left(), y - 8, 45, 16), Qt.AlignmentFlag.AlignRight,
                   f"{top * frac:.3g}")
    p.drawText(QRectF(area.left(), plot.top() - 22, 60, 16), Qt.AlignmentFlag.AlignLeft, unit)
    group_w = plot.width() / len(groups)
    bar_w = group_w * 0.7 / len(series)
    for g, name in enumerate(groups):
        x0 = plot.left() + g * group_w + group_w * 0.15
        for s, (_label, colour, values) in enumerate(series):
            v = values[g]
            h = v / top * plot.height()
            rect = QRectF(x0 + s * bar_w, plot.bottom() - h, bar_w - 3, h)
            p.fillRect(rect, colour)
            p.drawText(QRectF(rect.left() - 10, rect.top() - 16, rect.width() + 20, 14),
                       Qt.AlignmentFlag.AlignCenter, f"{v:.3g}")
        p.drawText(QRectF(plot.left() + g * group_w, plot.bottom() + 4, group_w, 16),
                   Qt.AlignmentFlag.AlignCenter, name)
    if target is not None:
        y = plot.bottom() - target / top * plot.height()
        p.setPen(QPen(QColor("#b00020"), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.drawText(QRectF(plot.left() + 4, y - 16, 120, 14), Qt.AlignmentFlag.AlignLeft,
                   f"target {target:g} {unit}")
    x = plot.left()
    for label, colour, _v in series:
        p.fillRect(QRectF(x, area.bottom() - 16, 12, 12), colour)
        p.setPen(Qt.GlobalColor.black)
        p.drawText(QRectF(x + 16, area.bottom() - 18, 170, 16), Qt.AlignmentFlag.AlignLeft, label)
        x += 180


def main(results_path: str, out_path: str) -> None:
    _app = QGuiApplication([])
    data = json.loads(Path(results_path).read_text())["results"]
    groups = [f"{r['size']} VMs" for r in data]
    image = QImage(W, H, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    bars(p, QRectF(10, 10, W / 2 - 20, H - 20), "Process start → full VM list", groups,
         [("raw libvirt-python", RAW, [r["raw_list_s"] for r in data]),
          ("kvmgui", APP, [r["app_list_s"] for r in data])], "s")
    bars(p, QRectF(W / 2 + 10, 10, W / 2 - 20, H - 20), "Event → row, 1000 rapid changes", groups,
         [("p50", P50, [r["events"].get("cb_p50_ms", 0) for r in data]),
          ("p99", P99, [r["events"].get("cb_p99_ms", 0) for r in data])], "ms", target=16)
    p.end()
    image.save(out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
