"""``say``: the Words of the layers below the GUI, translated in their context and filled
in with the locale's numbers and sizes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kvmgui.models.words import say
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.pool_validate import validate_pool
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Bytes, Words

LRELEASE = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")


@pytest.fixture
def locale():
    """Sets the default locale for one test; puts the old one back."""
    old = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(old)


class Catalogue(QTranslator):
    """A translator with a few German texts, by (context, source); plurals by count."""

    TEXTS = {
        ("PoolCheck", "%1 is listed twice."): "%1 ist doppelt aufgeführt.",
        ("Sizes", "%1 of %2 free"): "%2 von %1 frei",  # the order changes in German
    }

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str, int]] = []

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.append((context, source, n))
        if (context, source) == ("Files", "%n file(s)"):
            return "eine Datei" if n == 1 else "%n Dateien"
        return self.TEXTS.get((context, source))  # None: not here (Qt asks the next one)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german(qapp):
    catalogue = Catalogue()
    assert QCoreApplication.installTranslator(catalogue)
    yield catalogue
    QCoreApplication.removeTranslator(catalogue)


def test_untranslated_words_are_filled_in(locale):
    locale(QLocale(QLocale.Language.C))
    assert say(Words("T", "%1 of %2 (%3)", (Bytes(1536 * 1024**2), Bytes(512), 7))) == \
        "1.5 GiB of 512 bytes (7)"
    assert say(Words("T", "%n CPU(s)", n=4)) == "4 CPU(s)"
    assert say(Words("T", "no arguments")) == "no arguments"
    assert say(Words("T", "%1 and %10 stay", ())) == "%1 and %10 stay"
    assert say(Words("T", "%1 and %10", tuple("abcdefghij"))) == "a and j"
    assert say(Words("T", "%2 then %1", ("%2", "x"))) == "x then %2"  # arguments are not re-read


def test_numbers_and_sizes_follow_the_locale(locale):
    locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert say(Words("T", "%1 / %2", (Bytes(1536 * 1024**2), 12345))) == "1,5 GiB / 12.345"


def test_the_context_chooses_the_translation(german):
    text = QT_TRANSLATE_NOOP("PoolCheck", "%1 is listed twice.")
    assert say(text.words("/dev/sdb")) == "/dev/sdb ist doppelt aufgeführt."
    # The same source text in another context has no translation: shown in English.
    assert say(Words("VolumeCheck", "%1 is listed twice.", ("/dev/sdb",))) == "/dev/sdb is listed twice."
    assert ("VolumeCheck", "%1 is listed twice.", -1) in german.asked
    # Placeholders may move in a translation; each still gets its own argument.
    assert say(Words("Sizes", "%1 of %2 free", (Bytes(2 * 1024**3), Bytes(1024**3)))) == \
        "1 GiB von 2 GiB frei"


def test_plurals_get_their_count(german):
    assert say(Words("Files", "%n file(s)", n=1)) == "eine Datei"
    assert say(Words("Files", "%n file(s)", n=3)) == "3 Dateien"
    assert ("Files", "%n file(s)", 3) in german.asked


@pytest.mark.skipif(not Path(LRELEASE).exists(), reason="pyside6-lrelease not installed")
def test_a_compiled_catalogue_translates_a_validation_problem(qapp, tmp_path):
    """The real path: a .ts catalogue compiled by lrelease, a problem from the pool checks."""
    problems = validate_pool(PoolSpec(name="p", type=PoolType.LOGICAL, devices=["/dev/sdb", "/dev/sdb"]))
    problem = next(p for p in problems if p.field == "devices[1]")
    ts = tmp_path / "de.ts"
    ts.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE">
<context><name>{problem.words.context}</name><message>
<source>{problem.words.text}</source><translation>%1 ist doppelt aufgeführt.</translation>
</message></context></TS>""", encoding="utf-8")
    qm = tmp_path / "de.qm"
    done = subprocess.run([LRELEASE, str(ts), "-qm", str(qm)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert say(problem.words) == "/dev/sdb ist doppelt aufgeführt."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert say(problem.words) == "/dev/sdb is listed twice."
