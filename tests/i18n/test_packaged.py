"""From a wheel install: the catalogues and the forms are found outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import kvmgui
from tests.packaging.conftest import source_tree  # noqa: F401 - fixture: a copy of the tree
from tests.packaging.test_python_dist import dist  # noqa: F401 - fixture: the built wheel and sdist

PROBE = """
import sys
sys.prefix = sys.argv[1]          # what a venv with the wheel installed has
sys.path.insert(0, sys.argv[2])   # its site-packages: the wheel's code, no checkout around
from PySide6.QtWidgets import QApplication, QWidget
from kvmgui.utils import i18n
from kvmgui.utils.resources import resource
from kvmgui.widgets.forms import Form, ui_dir
app = QApplication([])
installed = i18n.install(app, "zh_Hant")
owner = QWidget()
form = Form("connect", owner)
print(resource("translations"), ui_dir(), installed.language, form.root.windowTitle(), sep="\\n")
"""


def test_wheel_carries_catalogues_and_forms_and_they_are_found(dist: Path, tmp_path: Path) -> None:  # noqa: F811
    (wheel,) = dist.glob("kvmgui-*.whl")
    data = f"kvmgui-{kvmgui.__version__}.data/data/"
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        for lang in ("en", "zh_Hant", "zh_Hans"):  # English: its plurals
            assert f"{data}share/kvmgui/resources/translations/kvmgui_{lang}.qm" in names
        for form in Path(__file__).resolve().parents[2].glob("ui/*.ui"):
            assert f"{data}share/kvmgui/ui/{form.name}" in names
        prefix, site = tmp_path / "prefix", tmp_path / "site"
        for name in names:
            target = prefix / name[len(data):] if name.startswith(data) else site / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(name))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    run = subprocess.run([sys.executable, "-c", PROBE, str(prefix), str(site)], capture_output=True,
                         text=True, cwd=tmp_path, env=env, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    translations, ui, language, title = run.stdout.split("\n")[:4]
    assert translations == str(prefix / "share/kvmgui/resources/translations")
    assert ui == str(prefix / "share/kvmgui/ui")
    assert (language, title) == ("zh_Hant", "新增連線")
