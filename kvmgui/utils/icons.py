"""Icons: the desktop theme first, kvmgui's bundled SVGs as the fallback; and which icon
each device kind, action and connection state shows.

Every name is a freedesktop icon name (or one the common themes use), so a desktop with
an icon theme shows its own icons; where the theme has no such icon (or there is no
theme, as on a bare X server) the SVG of that name in ``resources/icons`` is drawn. The
bundled drawings are line art in ``currentColor``: they are drawn at the size and device
pixel ratio asked (crisp at a scale of 1.5 or 2) in the palette's text colour, so they
read on a dark palette as on a light one, and follow a switch between the two.

Which icon: ``device_icon(kind)`` (the details window's list; kinds are
``kvmgui.xml.devices.Kind`` values), ``action_icon(key)`` (menus, toolbars and buttons:
VM actions by their key, the windows' actions by theirs), ``connection_icon(state)``
(``ConnState`` names, lower case). This floor imports no other, hence the plain keys.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

from kvmgui.utils.resources import resource_dir

# Device kinds (kvmgui.xml.devices.Kind values; "usb": a USB device of any kind).
DEVICE_ICONS: dict[str, str] = {
    "disk": "drive-harddisk",
    "cdrom": "media-optical",
    "floppy": "media-floppy",
    "interface": "network-wired",
    "graphics": "video-display",
    "video": "video-card",
    "serial": "utilities-terminal",
    "console": "utilities-terminal",
    "channel": "network-transmit-receive",
    "input": "input-mouse",
    "keyboard": "input-keyboard",
    "sound": "audio-card",
    "controller": "drive-multidisk",
    "rng": "media-playlist-shuffle",
    "tpm": "security-high",
    "watchdog": "appointment-soon",
    "memballoon": "memory",
    "hostdev": "preferences-desktop-peripherals",
    "filesystem": "folder-remote",
    "redirdev": "drive-removable-media-usb",
    "usb": "drive-removable-media-usb",
    "other": "drive-removable-media",
}

# Actions by key: the VM actions' keys (kvmgui.widgets.vmactions), the others' object
# names without "action_".
ACTION_ICONS: dict[str, str] = {
    # the VM's power
    "start": "media-playback-start",
    "pause": "media-playback-pause",
    "resume": "media-playback-start",
    "shutdown": "system-shutdown",
    "reboot": "system-reboot",
    "reset": "view-refresh",
    "force_off": "media-playback-stop",
    "save": "document-save",
    # main window
    "new_vm": "document-new",
    "new_connection": "list-add",
    "open": "document-open",
    "delete": "edit-delete",
    "host_details": "document-properties",
    "connect": "network-connect",
    "disconnect": "network-disconnect",
    "remove_connection": "list-remove",
    "preferences": "preferences-system",
    "find": "edit-find",
    "quit": "application-exit",
    # details window
    "add_hardware": "list-add",
    "remove_device": "list-remove",
    "edit_xml": "text-x-generic",
    "previous_page": "go-up",
    "next_page": "go-down",
    "close_details": "window-close",
    # host objects (pools, networks) in the host window's panels
    "add": "list-add",
    "refresh": "view-refresh",
    "stop": "media-playback-stop",
    "command": "utilities-terminal",
    # consoles
    "send_key": "input-keyboard",
    "scale": "zoom-fit-best",
    "screenshot": "camera-photo",
    "fullscreen": "view-fullscreen",
    "leave_fullscreen": "view-restore",
    "reconnect": "view-refresh",
    "virt_viewer": "video-display",
    "add_display": "list-add",
}

# Connection states (kvmgui.libvirt.connstate.ConnState names, lower case).
CONNECTION_ICONS: dict[str, str] = {
    "connected": "network-idle",
    "connecting": "network-wired-acquiring",
    "disconnected": "network-offline",
    "failed": "network-error",
}

DISABLED_OPACITY = 0.45


def bundled(name: str) -> Path:
    return resource_dir() / "icons" / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The theme's icon ``name``, else the bundled one, else an empty icon."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    path = bundled(name)
    return QIcon(TintedSvgEngine(path.read_bytes(), name)) if path.exists() else QIcon()


def device_icon(kind: str, device_type: str = "") -> QIcon:
    """``device_type``: the element's ``type`` attribute (a USB controller or host device
    shows the USB icon, a keyboard the keyboard)."""
    if device_type == "usb" and kind in ("controller", "hostdev"):
        kind = "usb"
    elif kind == "input" and device_type == "keyboard":
        kind = "keyboard"
    return icon(DEVICE_ICONS.get(kind, DEVICE_ICONS["other"]))


def action_icon(key: str) -> QIcon:
    """The icon of action ``key``; an empty icon for an action that has none."""
    name = ACTION_ICONS.get(key.removeprefix("action_"))
    return icon(name) if name else QIcon()


def connection_icon(state: str) -> QIcon:
    return icon(CONNECTION_ICONS[state.lower()])


class TintedSvgEngine(QIconEngine):
    """Draws an SVG with ``currentColor`` in the palette's colour for the icon's mode:
    text (normal), highlighted text (selected), the disabled text colour (disabled).

    Pixmaps are drawn at the size times the device pixel ratio asked and kept per size,
    mode and colour: a palette change (light ↔ dark) draws them again. The SVG is read by
    Qt's image plugin for SVG (QImageReader, at the size wanted), which keeps this floor
    on QtGui.
    """

    def __init__(self, svg: bytes, name: str = "") -> None:
        super().__init__()
        self._svg = svg
        self._name = name
        self._pixmaps: dict[tuple[int, int, int, int, int], QPixmap] = {}

    def iconName(self) -> str:
        return self._name

    def clone(self) -> QIconEngine:
        # Qt clones when a shared icon is changed (addPixmap) and owns the clone; PySide
        # does not hand the Python object over, so it is kept here or it would be freed
        # under Qt's feet. Rare (kvmgui never changes these icons): a few small objects.
        engine = TintedSvgEngine(self._svg, self._name)
        _CLONES.append(engine)
        return engine

    def isNull(self) -> bool:
        return not self._svg

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size  # a drawing: any size

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        width, height = round(size.width() * scale), round(size.height() * scale)
        key = (width, height, int(mode.value), _colour(mode).rgba(), round(scale * 100))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            svg = QByteArray(self._svg.replace(b"currentColor", _colour(mode).name().encode()))
            buffer = QBuffer(svg)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer, QByteArray(b"svg"))
            reader.setScaledSize(QSize(max(1, width), max(1, height)))
            image = reader.read()
            if mode == QIcon.Mode.Disabled:  # the accents fade too, not only the lines
                faded = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
                faded.fill(0)
                painter = QPainter(faded)
                painter.setOpacity(DISABLED_OPACITY)
                painter.drawImage(0, 0, image)
                painter.end()
                image = faded
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(scale)
            if len(self._pixmaps) > 64:  # sizes × modes × palettes: a handful in practice
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        return pixmap


_CLONES: list[TintedSvgEngine] = []


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
