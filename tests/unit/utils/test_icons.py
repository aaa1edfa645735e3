"""Icons: the theme's first, else a bundled drawing for every name kvmgui asks for, drawn
crisp at any device pixel ratio and in the palette's text colour (light and dark)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from kvmgui.models.checkwords import OUTCOME_ICONS
from kvmgui.models.words import DOMAIN_STATE_ICONS
from kvmgui.utils import icons
from kvmgui.widgets.vmactions import VM_ACTIONS
from kvmgui.xml.devices import Kind

SOURCES = Path(icons.__file__).resolve().parents[1]
NAME = re.compile(r'"([a-z]+(?:-[a-z0-9]+)+)"')
# Lines that hand an icon name to Qt: icons.icon(...), a details page, a details action,
# a main window action.
ICON_CALL = re.compile(r"icons\.icon\(|add_page\(|self\._make\(|self\._action\(")


def _call(text: str, start: int) -> str:
    """The call that opens at ``start``, to its closing parenthesis (over lines)."""
    depth = 0
    for end in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[end], 0)
        if depth == 0 and text[end] == ")":
            return text[start:end]
    return text[start:]


def names_in_code() -> set[str]:
    found: set[str] = set()
    for path in SOURCES.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in ICON_CALL.finditer(text):
            found |= set(NAME.findall(_call(text, match.end() - 1)))
    return found


def every_name() -> set[str]:
    return (set(icons.DEVICE_ICONS.values()) | set(icons.ACTION_ICONS.values())
            | set(icons.CONNECTION_ICONS.values()) | set(DOMAIN_STATE_ICONS.values())
            | {n for n in OUTCOME_ICONS.values() if n} | names_in_code())


@pytest.fixture
def no_theme(qapp):
    """A desktop without an icon theme (as CI's): every icon is a bundled one."""
    theme, paths = QIcon.themeName(), QIcon.themeSearchPaths()
    QIcon.setThemeName("")
    icons.icon.cache_clear()
    yield
    QIcon.setThemeSearchPaths(paths)
    QIcon.setThemeName(theme)
    icons.icon.cache_clear()


@pytest.fixture
def app_palette(qapp):
    saved = QApplication.palette()
    yield
    QApplication.setPalette(saved)


def test_the_code_asks_for_icons_the_scan_finds():
    found = names_in_code()
    assert {"utilities-terminal", "system-run", "list-add", "window-close"} <= found  # details
    assert "document-open" in found  # main window


def test_every_icon_kvmgui_asks_for_is_bundled(no_theme):
    missing = sorted(n for n in every_name() if not icons.bundled(n).exists())
    assert not missing, f"no bundled SVG for {missing}"
    for name in every_name():
        icon = icons.icon(name)
        assert not icon.isNull() and icon.name() == name
        assert not icon.pixmap(16, 16).toImage().isNull()


def test_every_device_kind_action_and_connection_state_has_an_icon(no_theme):
    assert {k.value for k in Kind} <= set(icons.DEVICE_ICONS)
    for kind in Kind:
        assert not icons.device_icon(kind.value).isNull()
    assert icons.device_icon("hostdev", "usb").name() == icons.DEVICE_ICONS["usb"]
    assert icons.device_icon("controller", "usb").name() == icons.DEVICE_ICONS["usb"]
    assert icons.device_icon("nonsense").name() == icons.DEVICE_ICONS["other"]
    for action in VM_ACTIONS:
        assert not icons.action_icon(action.key).isNull(), action.key
    for key in ("new_vm", "new_connection", "open", "delete", "host_details", "refresh", "start",
                "stop", "edit_xml", "send_key", "screenshot", "fullscreen", "reconnect"):
        assert not icons.action_icon(f"action_{key}").isNull(), key
    assert icons.action_icon("action_autoconnect").isNull()  # a check mark says it all
    for state in ("CONNECTED", "CONNECTING", "DISCONNECTED", "FAILED"):
        assert not icons.connection_icon(state).isNull()
    assert len({icons.CONNECTION_ICONS[s] for s in icons.CONNECTION_ICONS}) == 4


def ink(image: QImage) -> list[QColor]:
    """The opaque pixels of a drawing."""
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200]


def test_drawn_crisp_at_the_device_pixel_ratio(no_theme):
    icon = icons.icon("drive-harddisk")
    for scale in (1.0, 1.5, 2.0):
        pixmap = icon.pixmap(QSize(16, 16), scale)
        assert pixmap.devicePixelRatio() == scale
        assert pixmap.width() == round(16 * scale)  # drawn at that size, not a 16 px one scaled
    # A 2x pixmap has sharp edges: more fully opaque pixels than a 1x one blown up.
    sharp = icon.pixmap(QSize(16, 16), 2.0).toImage()
    blown = icon.pixmap(QSize(16, 16), 1.0).toImage().scaled(32, 32)
    assert len(ink(sharp)) > 0 and sharp.size() == blown.size()


def test_drawn_in_the_palette_text_colour_light_and_dark(no_theme, app_palette):
    icon = icons.icon("go-up")  # line art in currentColor only
    for window, text in (("#efefef", "#1d1d1d"), ("#2d2d2d", "#eeeeee")):
        palette = QPalette(QColor(window))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        QApplication.setPalette(palette)
        pixels = ink(icon.pixmap(QSize(32, 32)).toImage())
        assert pixels and all(abs(p.lightness() - QColor(text).lightness()) < 40 for p in pixels)
    faded = icon.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    alphas = {faded.pixelColor(x, y).alpha() for x in range(32) for y in range(32)}
    assert 0 < max(alphas) <= round(255 * icons.DISABLED_OPACITY) + 1  # greyed out, accents too


def test_painted_into_a_hidpi_device(no_theme):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(QColor("white"))
    painter = QPainter(image)
    icons.icon("edit-find").paint(painter, 0, 0, 32, 32)
    painter.end()
    assert any(image.pixelColor(x, y) != QColor("white") for x in range(64) for y in range(64))


def test_the_theme_comes_first(tmp_path, qapp):
    theme = tmp_path / "walktheme"
    (theme / "16x16" / "devices").mkdir(parents=True)
    (theme / "index.theme").write_text("[Icon Theme]\nName=walktheme\nDirectories=16x16/devices\n\n"
                                       "[16x16/devices]\nSize=16\nType=Fixed\n")
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff00ff"))
    image.save(str(theme / "16x16" / "devices" / "drive-harddisk.png"))
    saved_name, saved_paths = QIcon.themeName(), QIcon.themeSearchPaths()
    try:
        QIcon.setThemeSearchPaths([str(tmp_path)])
        QIcon.setThemeName("walktheme")
        icons.icon.cache_clear()
        themed = icons.icon("drive-harddisk").pixmap(16, 16).toImage()
        assert themed.pixelColor(8, 8) == QColor("#ff00ff")
        assert icons.icon("media-optical").name() == "media-optical"  # not in the theme: ours
    finally:
        QIcon.setThemeSearchPaths(saved_paths)
        QIcon.setThemeName(saved_name)
        icons.icon.cache_clear()


def test_an_icon_changed_after_sharing_survives(no_theme):
    """Qt clones the engine of a shared icon that is changed; the clone must outlive Python's
    collector (PySide hands it to nobody)."""
    import gc

    shared = icons.icon("go-down")
    changed = [QIcon(shared) for _ in range(20)]
    for icon in changed:
        icon.addPixmap(shared.pixmap(8, 8))  # detaches: Qt calls clone()
    gc.collect()
    assert all(not icon.pixmap(QSize(24, 24), 2.0).isNull() for icon in changed)
    del changed
    gc.collect()
    assert not shared.pixmap(16, 16).isNull()
