"""The network map drawn with Qt's graphics view: hosts, their networks, the VM cards on them.

Each host is a band: its card on top, its networks side by side below it, and under each
network the cards of the VMs on it, joined by lines. A network with more than ``threshold``
cards shows the first few and a "+N more" card that expands it (and collapses it again), so
a host with a hundred VMs stays readable. The scene is rebuilt from the
:class:`~kvmgui.models.netmap.NetworkMapModel` once per burst of changes.

Colours come from the palette, so dark themes read well; inactive things are drawn dashed.
Cards and lines are laid out as plain shapes (``netmapdraw``) that the items paint from and
an export draws in a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QMouseEvent, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kvmgui.models.netmap import MapNode, NetworkMapModel, NodeKind
from kvmgui.utils.text import literal_tooltip
from kvmgui.widgets.netmapdraw import (
    CardShape,
    Drawing,
    Fonts,
    Ink,
    LineShape,
    Rect,
    card_brush,
    card_path,
    card_pen,
    card_shape,
    draw_card,
    line_path,
    line_pen,
)

CARD_W = {NodeKind.HOST: 260.0, NodeKind.NETWORK: 230.0, NodeKind.OUTSIDE: 230.0, NodeKind.NIC: 210.0}
GAP_X, GAP_Y = 36.0, 8.0
THRESHOLD = 12  # more cards than this on one network: show SHOWN and "+N more"
SHOWN = 8
QUIET_MS = 50  # redrawn this long after the last change of a burst
MOST_MS = 250  # and at most this long after a change, however long the storm


@dataclass(frozen=True)
class Hit:
    """What a click landed on: a node of the model, or a network's "+N more" card."""

    node: MapNode
    more: bool = False


class Card(QGraphicsPathItem):
    """A rounded box with a bold title and one line per fact, drawn from its plain
    :class:`~kvmgui.widgets.netmapdraw.CardShape` (as an export draws it in a worker)."""

    def __init__(self, shape: CardShape, ink: Ink, fonts: Fonts, hit: Hit | None,
                 tooltip: str) -> None:
        super().__init__()
        self.ink, self.fonts = ink, fonts
        self.setPath(card_path(shape))
        self.setPos(shape.x, shape.y)
        self._style(shape.active)
        self.card_shape, self.hit = shape, hit
        self._tooltip = ""
        if hit is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.take(shape, hit, tooltip)

    def _style(self, active: bool) -> None:
        self.setPen(card_pen(self.ink, active))
        self.setBrush(card_brush(self.ink, active))

    def take(self, shape: CardShape, hit: Hit | None, tooltip: str) -> None:
        """Show ``shape``: its place, size, words and style."""
        old = self.card_shape
        if (shape.x, shape.y) != (old.x, old.y):
            self.setPos(shape.x, shape.y)
        if (shape.width, shape.height) != (old.width, old.height):
            self.setPath(card_path(shape))
        if shape.active != old.active:
            self._style(shape.active)
        if shape != old:
            self.card_shape = shape
            self.update()
        self.hit = hit
        if hit is not None and tooltip != self._tooltip:
            self._tooltip = tooltip
            self.setToolTip(literal_tooltip(tooltip))

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        draw_card(painter, self.card_shape, self.ink, self.fonts, local=True)

    @property
    def height(self) -> float:
        return self.card_shape.height


class _Planned(NamedTuple):
    """A card laid out, not yet drawn: its shape, what a click on it means, its tooltip."""

    shape: CardShape
    hit: Hit
    tooltip: str


def _bounds(cards: Sequence[CardShape], lines: Sequence[LineShape]) -> QRectF:
    """Around every card and line, from their shapes (``itemsBoundingRect`` asks each of
    some thousands of items: 10 ms)."""
    xs = [v for c in cards for v in (c.x, c.x + c.width)] + \
        [v for x in lines for v in (x.ax, x.bx)]
    ys = [v for c in cards for v in (c.y, c.y + c.height)] + \
        [v for x in lines for v in (x.ay, x.by)]
    if not xs:
        return QRectF()
    return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))


class NetworkMapScene(QGraphicsScene):
    """Draws the model; ``expanded`` holds the networks whose every card is shown.

    A redraw lays the map out as plain shapes first; when it draws the same cards as the
    items in the scene (VMs started or stopped, leases renewed: some cards' words and
    heights change), the items whose shape changed are moved, resized or repainted, else
    all are made again (35-45 ms for 500 VMs). Each card's words are elided once per set of
    words and fonts (``_laid``)."""

    def __init__(self, model: NetworkMapModel, palette: QPalette, parent: QWidget | None = None,
                 threshold: int = THRESHOLD) -> None:
        super().__init__(parent)
        self.model = model
        self.colours = palette
        self.threshold = threshold
        self.expanded: set[tuple[str, str]] = set()
        self.cards: list[Card] = []
        self.drawing = Drawing(Ink.of(palette, QApplication.font()))  # what an export draws
        self._ink, self._fonts = self.drawing.ink, Fonts(self.drawing.ink)
        self._laid: dict[tuple[str, tuple[str, ...], float], CardShape] = {}
        self._planned: list[_Planned] = []
        self._lines: list[LineShape] = []
        self._line_items: list[QGraphicsPathItem] = []
        self._made_with: Ink | None = None  # the ink of the items in the scene
        # One redraw per burst; in a storm (changes less than QUIET_MS apart, which kept
        # restarting a lone timer) one every MOST_MS, so the map is never staler than that.
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._most = QTimer(self, singleShot=True, interval=MOST_MS)
        for timer in (self._quiet, self._most):
            timer.timeout.connect(self.rebuild)
        model.treeChanged.connect(self._changed)
        model.modelReset.connect(self._changed)
        self.rebuild()

    def _changed(self) -> None:
        self._quiet.start()
        if not self._most.isActive():
            self._most.start()

    def card_for(self, kind: NodeKind, key: str) -> Card | None:
        return next((c for c in self.cards if c.hit and not c.hit.more and c.hit.node.kind is kind
                     and c.hit.node.key == key), None)

    def toggle(self, node: MapNode) -> None:
        key = (node.conn.uri if node.conn else "", node.key)
        self.expanded.symmetric_difference_update({key})
        self.rebuild()

    def rebuild(self) -> None:
        self._quiet.stop()
        self._most.stop()
        ink = Ink.of(self.colours, QApplication.font())
        if ink != self._ink:  # light ↔ dark, another font: words elided again
            self._ink, self._fonts, self._laid = ink, Fonts(ink), {}
        self._planned, self._lines = [], []
        y = 0.0
        for host in self.model.root.children:
            y = self._host(host, y) + GAP_Y * 4
        shapes = [p.shape for p in self._planned]
        if self._made_with == ink and len(self._lines) == len(self._line_items) \
                and [p.hit for p in self._planned] == [c.hit for c in self.cards]:
            self._update_items()
        else:
            self._make_items()
        self.setSceneRect(_bounds(shapes, self._lines).adjusted(-20, -20, 20, 20))
        self.drawing = Drawing(ink, tuple(self._lines), tuple(shapes))

    def _make_items(self) -> None:
        self.clear()
        self.cards = [Card(p.shape, self._ink, self._fonts, p.hit, p.tooltip) for p in self._planned]
        self._line_items = []
        for line in self._lines:
            item = QGraphicsPathItem(line_path(line))
            item.setPen(line_pen(self._ink, line.active))
            item.setZValue(-1)
            self._line_items.append(item)
        for each in (*self._line_items, *self.cards):
            self.addItem(each)
        self._made_with = self._ink

    def _update_items(self) -> None:
        for card, plan in zip(self.cards, self._planned, strict=True):
            card.take(plan.shape, plan.hit, plan.tooltip)
        for item, old, new in zip(self._line_items, self.drawing.lines, self._lines, strict=True):
            if (old.ax, old.ay, old.bx, old.by) != (new.ax, new.ay, new.bx, new.by):
                item.setPath(line_path(new))
            if old.active != new.active:
                item.setPen(line_pen(self._ink, new.active))

    def _card(self, node: MapNode, x: float, y: float, *, more: int = 0) -> CardShape:
        lines: tuple[str, ...]
        if more:
            title, lines, width, active = (self.tr("+%n more", "", more),
                                           (self.tr("click to show all"),),
                                           CARD_W[NodeKind.NIC], True)
        elif node.kind is NodeKind.NETWORK and (node.conn.uri if node.conn else "", node.key) \
                in self.expanded and len(node.children) > self.threshold:
            title, lines, width, active = (node.name,
                                           (*node.lines, self.tr("click here to collapse")),
                                           CARD_W[node.kind], node.active)
        else:
            title, lines, width, active = node.name, node.lines, CARD_W[node.kind], node.active
        laid = self._laid.get((title, lines, width))
        if laid is None:
            laid = self._laid[title, lines, width] = card_shape(title, lines, width, True, 0, 0,
                                                                 self._fonts)
        shape = replace(laid, x=x, y=y, active=active)
        self._planned.append(_Planned(shape, Hit(node, more=bool(more)), "\n".join((title, *lines))))
        return shape

    def _line(self, a: QPointF, b: QPointF, active: bool) -> None:
        self._lines.append(LineShape(a.x(), a.y(), b.x(), b.y(), active))

    def _host(self, host: MapNode, top: float) -> float:
        head = self._card(host, 0, top)
        host_bottom = QPointF(CARD_W[NodeKind.HOST] / 2, top + head.height)
        y0 = top + head.height + GAP_Y * 3
        x = 0.0
        bottom = y0
        for net in sorted(host.children, key=lambda n: (n.kind is NodeKind.OUTSIDE, n.name.lower())):
            width = CARD_W[net.kind]
            card = self._card(net, x, y0)
            self._line(host_bottom, QPointF(x + width / 2, y0), net.active and host.active)
            bus_x = x + 14
            y = y0 + card.height + GAP_Y
            nics = sorted(net.children, key=lambda n: n.name.lower())
            key = (net.conn.uri if net.conn else "", net.key)
            shown = nics if len(nics) <= self.threshold or key in self.expanded else nics[:SHOWN]
            last = y0 + card.height
            for nic in shown:
                nic_card = self._card(nic, x + 28, y)
                self._line(QPointF(bus_x, last), QPointF(bus_x, y + nic_card.height / 2), True)
                self._line(QPointF(bus_x, y + nic_card.height / 2),
                           QPointF(x + 28, y + nic_card.height / 2), nic.active)
                last = y + nic_card.height / 2
                y += nic_card.height + GAP_Y
            if len(shown) < len(nics):
                more = self._card(net, x + 28, y, more=len(nics) - len(shown))
                self._line(QPointF(bus_x, last), QPointF(bus_x, y + more.height / 2), True)
                self._line(QPointF(bus_x, y + more.height / 2), QPointF(x + 28, y + more.height / 2),
                           True)
                y += more.height + GAP_Y
            bottom = max(bottom, y)
            x += width + GAP_X
        return bottom

    def export_rect(self) -> Rect:
        rect = self.sceneRect()
        return rect.x(), rect.y(), rect.width(), rect.height()


class NetworkMapView(QGraphicsView):
    """The map; a click on a card says what it was (``clicked``); Ctrl+wheel zooms.

    Signals:
        clicked(object): a :class:`Hit` (a "+N more" card expands its network here first).
    """

    clicked = Signal(object)

    def __init__(self, scene: NetworkMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setObjectName("networkMap")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.follow_palette()
        self._pressed: Card | None = None

    def follow_palette(self) -> None:
        self.setBackgroundBrush(QBrush(self.palette().color(QPalette.ColorRole.Window)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark
            self.follow_palette()

    def card_at(self, pos: QPointF) -> Card | None:
        item: QGraphicsItem | None = self.itemAt(pos.toPoint())
        while item is not None and not isinstance(item, Card):
            item = item.parentItem()
        return item if isinstance(item, Card) and item.hit is not None else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.card_at(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        card = self.card_at(event.position())
        if card is not None and card is self._pressed and card.hit is not None:
            self.activate(card.hit)
        self._pressed = None

    def activate(self, hit: Hit) -> None:
        expandable = hit.node.kind is NodeKind.NETWORK and len(hit.node.children) > \
            self.map_scene.threshold
        key = (hit.node.conn.uri if hit.node.conn else "", hit.node.key)
        if hit.more or (expandable and key in self.map_scene.expanded):
            self.map_scene.toggle(hit.node)  # "+N more" expands; the network card collapses
            if hit.more:
                return
        self.clicked.emit(hit)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

