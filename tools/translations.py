"""Refresh the catalogues (lupdate) and compile them (lrelease): ``make translations``.

    python tools/translations.py update    # .ts from the sources: new strings, none obsolete
    python tools/translations.py release   # .qm from the .ts (committed: packages need no Qt tools)

The tests (tests/i18n/) run the same commands through this file's functions, so what
they check is what ``make translations`` does. See docs/i18n.md.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_Hant", "zh_Hans")
# English is the source language: its catalogue holds only the counts' forms ("%n VMs" →
# "1 VM", "2 VMs"), which a source text cannot say both of (lupdate -pluralonly).
PLURALS_ONLY = ("en",)
CATALOGUES = LANGUAGES + PLURALS_ONLY
# Qt's name for each catalogue's language, written into the .ts (plural rules follow it).
TS_LANGUAGE = {"zh_Hant": "zh_TW", "zh_Hans": "zh_CN", "en": "en"}
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on PATH."""
    path = BIN / f"pyside6-{name}"
    return str(path) if path.exists() else f"pyside6-{name}"


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"kvmgui_{language}.ts"


def sources(root: Path = ROOT) -> list[str]:
    """Every file lupdate reads, relative to ``root``: the Python code and the forms."""
    files = sorted(root.glob("kvmgui/**/*.py")) + sorted(root.glob("ui/*.ui"))
    return [str(f.relative_to(root)) for f in files]


def lupdate(ts_files: Sequence[Path], root: Path = ROOT, *,
            plurals_only: bool = False) -> subprocess.CompletedProcess[str]:
    """Merge the strings of ``root``'s sources into ``ts_files``; obsolete ones are dropped.
    No source locations: line numbers would change with every edit and make every branch's
    refresh conflict with every other's. ``plurals_only``: the ``%n`` messages alone."""
    cmd = [tool("lupdate"), *sources(root), "-no-obsolete", "-locations", "none",
           "-sort-messages", *(["-pluralonly"] if plurals_only else []), "-ts", *map(str, ts_files)]
    return subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True)


def lrelease(ts: Path, qm: Path, *, strict: bool = False) -> subprocess.CompletedProcess[str]:
    """Compile ``ts``; ``strict``: fail on an unfinished or invalid translation (the test)."""
    cmd = [tool("lrelease"), str(ts), "-qm", str(qm), "-nounfinished"]
    if strict:
        cmd += ["-fail-on-unfinished", "-fail-on-invalid"]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def refresh(language: str, root: Path = ROOT,
            folder: Path = TRANSLATIONS) -> subprocess.CompletedProcess[str]:
    """lupdate into ``language``'s catalogue, plural forms only where that is all it holds."""
    return lupdate([ts_path(language, folder)], root, plurals_only=language in PLURALS_ONLY)


def main(argv: Sequence[str]) -> int:
    what = argv[0] if argv else "all"
    if what in ("update", "all"):
        missing = [lang for lang in CATALOGUES if not ts_path(lang).exists()]
        for lang in missing:  # a new language: an empty catalogue that names its language
            ts_path(lang).write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{TS_LANGUAGE[lang]}" sourcelanguage="en"/>\n',
                encoding="utf-8")
        print(lupdate([ts_path(lang) for lang in LANGUAGES]).stdout.strip())
        for lang in PLURALS_ONLY:
            print(refresh(lang).stdout.strip())
    if what in ("release", "all"):
        for lang in CATALOGUES:
            ts = ts_path(lang)
            result = lrelease(ts, ts.with_suffix(".qm"))
            print(result.stdout.strip(), result.stderr.strip(), sep="\n")
            if result.returncode:
                return result.returncode
    if what not in ("update", "release", "all"):
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
