"""The RPM spec, the Flatpak manifest and the Debian source package agree with the project:
same version, same id, the runtime dependencies of pyproject.toml, sources pinned."""

from __future__ import annotations

import re
import subprocess
import tomllib

import pytest
import yaml
from lxml import etree

import kvmgui
from tests.packaging.conftest import APP_ID, PACKAGING, REPO, need

FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"
SPEC = PACKAGING / "rpm" / "kvmgui.spec"
DEBIAN = PACKAGING / "debian"


def runtime_requirements() -> set[str]:
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    return {re.split(r"[<>=!; \[]", d, maxsplit=1)[0].lower() for d in deps}


# What each distribution calls a PyPI requirement (PySide6 comes as Qt-module packages).
DEBIAN_NAMES = {"pyside6-essentials": "python3-pyside6.qtwidgets", "libvirt-python": "python3-libvirt",
                "qasync": "python3-qasync", "lxml": "python3-lxml", "pyte": "python3-pyte",
                "pycdlib": "python3-pycdlib", "pyyaml": "python3-yaml", "keyring": "python3-keyring"}
FEDORA_NAMES = {"pyside6-essentials": "python3-pyside6", "libvirt-python": "python3-libvirt",
                "qasync": "python3-qasync", "lxml": "python3-lxml", "pyte": "python3-pyte",
                "pycdlib": "python3-pycdlib", "pyyaml": "python3-pyyaml", "keyring": "python3-keyring"}


def test_every_requirement_has_a_distribution_name() -> None:
    unknown = runtime_requirements() - DEBIAN_NAMES.keys()
    assert not unknown, f"add {unknown} to DEBIAN_NAMES/FEDORA_NAMES and to the packages"


# -- RPM ------------------------------------------------------------------------------------

def test_rpm_spec_parses_with_our_version() -> None:
    need("rpmspec", "rpm")
    out = subprocess.run(["rpmspec", "-q", "--srpm", "--qf", "%{name} %{version}\n", str(SPEC)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["kvmgui", kvmgui.__version__]


def test_rpm_spec_requires_and_ships_everything() -> None:
    text = SPEC.read_text()
    for req in runtime_requirements():
        assert re.search(rf"^(Requires|Recommends):\s+{re.escape(FEDORA_NAMES[req])}$", text, re.M), req
    for path in (f"%{{_datadir}}/applications/{APP_ID}.desktop",
                 f"%{{_metainfodir}}/{APP_ID}.metainfo.xml",
                 f"%{{_datadir}}/icons/hicolor/*/apps/{APP_ID}.*", "%{_mandir}/man1/kvmgui.1*",
                 "%{_datadir}/kvmgui/", "%{_bindir}/kvmgui"):
        assert path in text, path
    assert "desktop-file-validate" in text and "appstream-util validate-relax" in text


# -- Flatpak ----------------------------------------------------------------------------------

def test_flatpak_manifest_matches_the_metainfo() -> None:
    manifest = yaml.safe_load(FLATPAK.read_text())
    meta = etree.parse(str(PACKAGING / f"{APP_ID}.metainfo.xml"))
    assert manifest["id"] == meta.findtext("id") == APP_ID
    assert manifest["command"] == meta.findtext("provides/binary") == "kvmgui"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    args = set(manifest["finish-args"])
    # as virt-manager's Flatpak: the daemons' sockets, ssh's configuration and its agent
    assert {"--filesystem=/run/libvirt", "--filesystem=xdg-run/libvirt", "--socket=ssh-auth",
            "--filesystem=~/.ssh"} <= args
    assert "--filesystem=host" not in args and "--filesystem=home" not in args


def _sources(modules: list) -> list[tuple[str, dict]]:
    found = []
    for module in modules:
        if isinstance(module, dict):
            found += [(module["name"], s) for s in module.get("sources", [])]
            found += _sources(module.get("modules", []))
    return found


def test_flatpak_sources_are_pinned() -> None:
    manifest = yaml.safe_load(FLATPAK.read_text())
    sources = _sources(manifest["modules"])
    names = {name for name, _ in sources}
    assert {"libvirt", "libvirt-python", "kvmgui"} <= names
    for name, source in sources:
        if source["type"] in ("archive", "file"):
            assert source["url"].startswith("https://"), (name, source)
            assert re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")), (name, source)
        else:
            assert (name, source["type"]) == ("kvmgui", "dir"), (name, source)


def test_flatpak_bundles_every_python_requirement() -> None:
    manifest = yaml.safe_load(FLATPAK.read_text())
    files = " ".join(s["url"].rsplit("/", 1)[1].lower() for _n, s in _sources(manifest["modules"])
                     if s["type"] == "file")
    for req in runtime_requirements() - {"pyside6-essentials", "libvirt-python"}:
        assert req.replace("-", "_") + "-" in files or req + "-" in files, f"{req} is not bundled"


# -- Debian -------------------------------------------------------------------------------------

def _control_field(paragraph: str, field: str) -> list[str]:
    match = re.search(rf"^{field}:(.*(?:\n[ \t].*)*)", paragraph, re.M)
    assert match, field
    return [p.strip() for p in match.group(1).replace("\n", " ").split(",") if p.strip()]


def test_debian_package_depends_on_every_requirement() -> None:
    source, binary = (DEBIAN / "control").read_text().split("\n\n", 1)
    wanted = _control_field(binary, "Depends") + _control_field(binary, "Recommends")
    for req in runtime_requirements():
        assert DEBIAN_NAMES[req] in wanted, req
    assert "debhelper-compat (= 13)" in _control_field(source, "Build-Depends")
    assert "qt6-translations-l10n" in wanted and "gir1.2-gtk-vnc-2.0" in wanted and "virt-viewer" in wanted


def test_debian_changelog_has_our_version() -> None:
    first = (DEBIAN / "changelog").read_text().splitlines()[0]
    assert first.startswith(f"kvmgui ({kvmgui.__version__})"), first


@pytest.mark.parametrize("path", ["rules", "source/format", "copyright", "control", "changelog"])
def test_debian_source_files_exist(path: str) -> None:
    assert (DEBIAN / path).is_file()


def test_debian_package_depends_on_every_qt_module_kvmgui_imports() -> None:
    """Debian splits PySide6 by Qt module: each one kvmgui imports must be a Depends
    (QtUiTools was missing once, and the installed package did not start)."""
    import ast

    used = set()
    for path in (REPO / "kvmgui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [node.module] if isinstance(node, ast.ImportFrom) and node.module else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            used |= {n.split(".")[1] for n in names if n.startswith("PySide6.Qt")}
    _source, binary = (DEBIAN / "control").read_text().split("\n\n", 1)
    depends = _control_field(binary, "Depends")
    missing = sorted(m for m in used if f"python3-pyside6.{m.lower()}" not in depends)
    assert not missing, f"add python3-pyside6.<module> to Depends for {missing}"
