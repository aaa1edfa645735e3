"""The desktop entry, AppStream metainfo, icons and man page: one reverse-DNS id, and every
validator the freedesktop and AppStream specs offer prints nothing to complain about."""

import configparser
import importlib.util
import os
import re
import subprocess
import sys

from lxml import etree

from tests.packaging.conftest import APP_ID, PACKAGING, REPO, need

METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"


def validate_desktop(path):
    need("desktop-file-validate", "desktop-file-utils")
    out = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and not (out.stdout + out.stderr).strip(), out.stdout + out.stderr


def appstream_version():
    out = subprocess.run(["appstreamcli", "--version"], capture_output=True, text=True).stdout
    return tuple(int(x) for x in re.search(r"(\d+)\.(\d+)", out).groups())


def validate_metainfo(path):
    need("appstreamcli", "appstream")
    out = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(path)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    issues = [line for line in out.stdout.splitlines() if re.match(r"[EWIP]: ", line)]
    # Debian 12's appstream 0.16 predates <developer> (AppStream 1.0 wants it instead of
    # the deprecated <developer_name>), and flags upper case in any reverse-DNS id; newer
    # validators print neither. Nothing else may show.
    if appstream_version() < (1, 0):
        issues = [i for i in issues if not i.endswith("unknown-tag developer")
                  and "cid-contains-uppercase-letter" not in i]
    assert not issues, out.stdout
    if need("appstream-util", "appstream-util"):
        out = subprocess.run(["appstream-util", "validate-relax", "--nonet", str(path)],
                             capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
        assert out.stdout.strip() == f"{path}: OK", out.stdout


def test_desktop_entry_validates():
    validate_desktop(DESKTOP)


def test_metainfo_validates():
    validate_metainfo(METAINFO)


def test_metainfo_has_what_stores_show():
    meta = etree.parse(str(METAINFO)).getroot()
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.find("developer/name") is not None
    assert meta.find("content_rating[@type='oars-1.1']") is not None
    assert meta.findtext("translation[@type='qt']") == "kvmgui"
    shots = meta.findall("screenshots/screenshot/image")
    assert shots and all(s.text.startswith("https://") for s in shots)
    import kvmgui

    assert meta.find("releases/release").get("version") == kvmgui.__version__


def test_one_id_everywhere():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(DESKTOP)
    assert desktop["Desktop Entry"]["Icon"] == APP_ID
    meta = etree.parse(str(METAINFO))
    assert meta.findtext("id") == APP_ID
    icon = PACKAGING / f"{APP_ID}.svg"
    assert icon.exists() and etree.parse(str(icon)).getroot().tag.endswith("svg")


def test_man_page_lints_clean():
    need("mandoc", "mandoc")
    out = subprocess.run(["mandoc", "-T", "lint", "-W", "warning", str(PACKAGING / "kvmgui.1")],
                         capture_output=True, text=True)
    assert out.returncode == 0 and not (out.stdout + out.stderr).strip(), out.stdout + out.stderr


def test_man_page_lists_every_option():
    text = (PACKAGING / "kvmgui.1").read_text()
    help_text = subprocess.run([sys.executable, "-m", "kvmgui", "--help"], capture_output=True,
                               text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                               cwd=REPO).stdout
    for option in set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", help_text)) - {"--help"}:
        assert f"Fl \\-{option[2:]}" in text, f"{option} is not in the man page"


def _channels(image):
    """The image's bytes as ARGB32, row by row."""
    from PySide6.QtGui import QImage

    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(argb.constBits())[:argb.bytesPerLine() * argb.height()]


def test_icons_are_current_pngs_of_every_size():
    """The committed PNGs are the SVG rendered at each hicolor size (tools/render-icons.py).
    Alike to within one step per channel: Qt's raster engine rounds the antialiased edges
    by the CPU's instructions, and a fresh machine rendered a few pixels (2 of 576 at
    24x24, 8 of 262,144 at 512x512) one step off the committed PNGs. A changed SVG moves
    whole shapes."""
    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location("render_icons", REPO / "tools" / "render-icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    for size in render_icons.SIZES:
        committed = QImage(str(render_icons.target(size)))
        assert (committed.width(), committed.height()) == (size, size)
        fresh = render_icons.render(size)
        off = max((abs(a - b) for a, b in zip(_channels(committed), _channels(fresh), strict=True)),
                  default=0)
        assert off <= 1, f"{size}x{size} is stale: run tools/render-icons.py"
