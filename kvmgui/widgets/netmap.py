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

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
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
        self.hit, self.card_shape, self.ink, self.fonts = hit, shape, ink, fonts
        self.setPath(card_path(shape))
        self.setPen(card_pen(ink, shape.active))
        self.setBrush(card_brush(ink, shape.active))
        self.setPos(shape.x, shape.y)
        if hit is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(literal_tooltip(tooltip))

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        draw_card(painter, self.card_shape, self.ink, self.fonts, local=True)

    @property
    def height(self) -> float:
        return self.card_shape.height


class NetworkMapScene(QGraphicsScene):
    """Draws the model; ``expanded`` holds the networks whose every card is shown."""

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
        self._lines: list[LineShape] = []
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
        self.clear()
        self.cards, self._lines = [], []
        self._ink = Ink.of(self.colours, QApplication.font())
        self._fonts = Fonts(self._ink)
        y = 0.0
        for host in self.model.root.children:
            y = self._host(host, y) + GAP_Y * 4
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.drawing = Drawing(self._ink, tuple(self._lines),
                               tuple(c.card_shape for c in self.cards))

    def _card(self, node: MapNode, x: float, y: float, *, more: int = 0) -> Card:
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
        shape = card_shape(title, lines, width, active, x, y, self._fonts)
        card = Card(shape, self._ink, self._fonts, Hit(node, more=bool(more)),
                    "\n".join((title, *lines)))
        self.addItem(card)
        self.cards.append(card)
        return card

    def _line(self, a: QPointF, b: QPointF, active: bool) -> None:
        shape = LineShape(a.x(), a.y(), b.x(), b.y(), active)
        self._lines.append(shape)
        item = QGraphicsPathItem(line_path(shape))
        item.setPen(line_pen(self._ink, active))
        item.setZValue(-1)
        self.addItem(item)

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

