"""The network map's drawing as plain values, and its export drawn from them in a worker.

The scene lays each card and line out once (on the GUI thread, where its items live) into
frozen shapes of numbers and strings; its items paint from them, and so does an export,
off the GUI thread: a large host's PNG (painting, then encoding some tens of megapixels)
held the GUI thread most of a second while ``QGraphicsScene.render`` drew it there. Only
``QImage``/``QSvgGenerator`` painting and plain values cross: nothing of the scene.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

PAD = 6.0
Rect = tuple[float, float, float, float]  # x, y, width, height (the scene's rect)


class ExportError(Exception):
    """The map could not be drawn into a file format: ``too_large`` (no image of ``size``
    pixels could be made), else Qt's words why (the message)."""

    def __init__(self, message: str, size: QSize, *, too_large: bool = False) -> None:
        super().__init__(message)
        self.size, self.too_large = size, too_large


@dataclass(frozen=True)
class Ink:
    """The palette's colours (rgba) and the fonts (``QFont.toString``) the map is drawn in."""

    window: int
    base: int
    mid: int
    text: int
    dim_text: int
    font: str
    bold: str

    @classmethod
    def of(cls, palette: QPalette, font: QFont) -> Ink:
        bold = QFont(font)
        bold.setBold(True)
        role, disabled = QPalette.ColorRole, QPalette.ColorGroup.Disabled
        return cls(palette.color(role.Window).rgba(), palette.color(role.Base).rgba(),
                   palette.color(role.Mid).rgba(),
                   palette.color(QPalette.ColorGroup.Active, role.Text).rgba(),
                   palette.color(disabled, role.Text).rgba(), font.toString(), bold.toString())


class Fonts:
    """An :class:`Ink`'s fonts as ``QFont``s, made in the thread that draws with them (a
    ``QFont`` is not to be shared between threads)."""

    def __init__(self, ink: Ink) -> None:
        self.normal, self.bold = QFont(), QFont()
        self.normal.fromString(ink.font)
        self.bold.fromString(ink.bold)
        self.heights = (QFontMetricsF(self.normal).height(), QFontMetricsF(self.bold).height())

    def pick(self, bold: bool) -> QFont:
        return self.bold if bold else self.normal


@dataclass(frozen=True)
class CardShape:
    """A card at (x, y) in the scene: its box and its lines of text (top, words, bold)."""

    x: float
    y: float
    width: float
    height: float
    active: bool
    texts: tuple[tuple[float, str, bool], ...]


@dataclass(frozen=True)
class LineShape:
    """A line from a to b; a soft curve when it goes both across and down."""

    ax: float
    ay: float
    bx: float
    by: float
    active: bool


@dataclass(frozen=True)
class Drawing:
    ink: Ink
    lines: tuple[LineShape, ...] = ()
    cards: tuple[CardShape, ...] = ()


def card_shape(title: str, lines: tuple[str, ...], width: float, active: bool, x: float,
               y: float, fonts: Fonts) -> CardShape:
    """Laid out: each line elided to the card's width, one under the other."""
    texts = []
    top = PAD
    for i, line in enumerate((title, *lines)):
        bold = i == 0
        words = QFontMetricsF(fonts.pick(bold)).elidedText(line, Qt.TextElideMode.ElideRight,
                                                           width - 2 * PAD)
        texts.append((top, words, bold))
        top += fonts.heights[bold] + (3 if bold else 1)
    return CardShape(x, y, width, top + PAD, active, tuple(texts))


def card_path(shape: CardShape) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, shape.width, shape.height), 8, 8)
    return path


def card_pen(ink: Ink, active: bool) -> QPen:
    pen = QPen(QColor.fromRgba(ink.mid), 1.4)
    if not active:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def card_brush(ink: Ink, active: bool) -> QBrush:
    return QBrush(QColor.fromRgba(ink.base if active else ink.window))


def line_path(shape: LineShape) -> QPainterPath:
    a, b = QPointF(shape.ax, shape.ay), QPointF(shape.bx, shape.by)
    path = QPainterPath(a)
    if a.x() != b.x() and a.y() != b.y():  # host to network: a soft curve
        mid = (a.y() + b.y()) / 2
        path.cubicTo(QPointF(a.x(), mid), QPointF(b.x(), mid), b)
    else:
        path.lineTo(b)
    return path


def line_pen(ink: Ink, active: bool) -> QPen:
    pen = QPen(QColor.fromRgba(ink.mid), 1.2)
    if not active:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def draw_card(painter: QPainter, shape: CardShape, ink: Ink, fonts: Fonts, *,
              local: bool = False) -> None:
    """The card, at its place in the scene (``local``: the painter is at its corner)."""
    painter.save()
    if not local:
        painter.translate(shape.x, shape.y)
    painter.setPen(card_pen(ink, shape.active))
    painter.setBrush(card_brush(ink, shape.active))
    painter.drawPath(card_path(shape))
    painter.setPen(QColor.fromRgba(ink.text if shape.active else ink.dim_text))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
    for top, words, bold in shape.texts:
        painter.setFont(fonts.pick(bold))
        painter.drawText(QRectF(PAD, top, shape.width - 2 * PAD, fonts.heights[bold]),
                         int(flags), words)
    painter.restore()


def draw(painter: QPainter, drawing: Drawing, rect: Rect) -> None:
    """The whole map, ``rect`` of the scene at the painter's origin; lines under cards."""
    fonts = Fonts(drawing.ink)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-rect[0], -rect[1])
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for line in drawing.lines:
        painter.setPen(line_pen(drawing.ink, line.active))
        painter.drawPath(line_path(line))
    for card in drawing.cards:
        draw_card(painter, card, drawing.ink, fonts)


def png(drawing: Drawing, rect: Rect, scale: float = 1.0) -> QByteArray:
    """The map as PNG (in a worker); :class:`ExportError` when it cannot be made
    (``too_large``: a map too large for one image)."""
    size = QSize(int(rect[2] * scale), int(rect[3] * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    if image.isNull():  # too large: nothing to paint on (Qt would say "Image is empty")
        raise ExportError("image too large", size, too_large=True)
    image.fill(QColor.fromRgba(drawing.ink.window))
    painter = QPainter(image)
    painter.scale(scale, scale)
    draw(painter, drawing, rect)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise ExportError(writer.errorString(), size)
    return data


def svg(drawing: Drawing, rect: Rect, title: str) -> QByteArray:
    """The map as SVG (in a worker)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(int(rect[2]), int(rect[3])))
    generator.setViewBox(QRectF(0, 0, rect[2], rect[3]))
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, rect[2], rect[3]), QColor.fromRgba(drawing.ink.window))
    draw(painter, drawing, rect)
    painter.end()
    return data


def export(path: str, kind: str, drawing: Drawing, rect: Rect, title: str) -> None:
    """Draw the map as ``kind`` (png, svg) and write it to ``path``: a worker's job."""
    data = png(drawing, rect) if kind == "png" else svg(drawing, rect, title)
    with open(path, "wb") as out:
        out.write(bytes(data.data()))
