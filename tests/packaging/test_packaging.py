"""The desktop entry, AppStream metainfo and icon share one reverse-DNS id and validate."""

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

import kvmgui

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = kvmgui.APP_ID


def need(tool):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt: desktop-file-utils / appstream)")


def test_desktop_entry_validates():
    need("desktop-file-validate")
    path = PACKAGING / f"{APP_ID}.desktop"
    out = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_metainfo_validates():
    need("appstreamcli")
    path = PACKAGING / f"{APP_ID}.metainfo.xml"
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "E:" not in out.stdout and "W:" not in out.stdout, out.stdout


def test_one_id_everywhere():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(PACKAGING / f"{APP_ID}.desktop")
    assert desktop["Desktop Entry"]["Icon"] == APP_ID
    meta = etree.parse(str(PACKAGING / f"{APP_ID}.metainfo.xml"))
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    icon = PACKAGING / f"{APP_ID}.svg"
    assert icon.exists() and etree.parse(str(icon)).getroot().tag.endswith("svg")
