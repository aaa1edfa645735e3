"""Choosing and installing the UI language; a damaged catalogue never reaches Qt."""

from __future__ import annotations

import logging
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kvmgui.utils import i18n
from kvmgui.utils.resources import resource

TRANSLATIONS = resource("translations")
QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(app, language, directory=TRANSLATIONS, qt_directory=None):
    qapp, done = app  # the fixture in tests/i18n/conftest.py
    installed = i18n.install(qapp, language, directory, qt_directory)
    done.append(installed)
    return installed


@pytest.mark.parametrize(("tag", "catalogue"), [
    ("zh_TW", "zh_Hant"), ("zh_HK", "zh_Hant"), ("zh_MO", "zh_Hant"), ("zh-Hant-HK", "zh_Hant"),
    ("zh_HK.UTF-8", "zh_Hant"), ("zh_Hant", "zh_Hant"), ("yue_HK", "zh_Hant"),
    ("zh_CN", "zh_Hans"), ("zh_SG", "zh_Hans"), ("zh", "zh_Hans"), ("zh_CN.UTF-8@pinyin", "zh_Hans"),
    ("en", "en"), ("en_GB", "en"), ("C", "en"), ("POSIX", "en"),
    ("de_DE", None), ("ja", None), ("xx", None), ("", None),
])
def test_locales_map_to_catalogues_by_script(tag, catalogue):
    assert i18n.catalogue_for(tag) == catalogue


def test_choice_order_cli_then_saved_then_system(caplog):
    system = ["de-DE", "zh-Hant-HK", "zh-HK", "en"]
    assert i18n.choose("zh_CN", "zh_Hant", system) == ("zh_Hans", "--lang")
    assert i18n.choose(None, "zh_Hans", system) == ("zh_Hans", "preferences")
    assert i18n.choose(None, "", system) == ("zh_Hant", "system")  # German lacking: the next
    assert i18n.choose(None, "", ["en-US", "zh-TW"]) == ("en", "system")
    assert i18n.choose(None, "", ["fr"]) == ("en", "default")
    with caplog.at_level(logging.WARNING):
        assert i18n.choose("fr", "", ["zh-TW"]) == ("zh_Hant", "system")
    assert "no fr translation" in caplog.text


def test_hong_kong_gets_traditional_chinese_where_qt_alone_would_not(app, tmp_path):
    """Qt's own lookup, given a zh_TW-named file, leaves zh_HK in English; by script it works."""
    shutil.copy(TRANSLATIONS / "kvmgui_zh_Hant.qm", tmp_path / "kvmgui_zh_TW.qm")
    assert not QTranslator().load(QLocale("zh_HK"), "kvmgui", "_", str(tmp_path))
    assert QTranslator().load(QLocale("zh_TW"), "kvmgui", "_", str(tmp_path))  # the file is fine
    language, _ = i18n.choose(None, "", QLocale("zh_HK").uiLanguages())
    installed = install(app, language)
    assert installed.language == "zh_Hant"
    assert QCoreApplication.translate("ConnState", "Connected") == "已連線"


@pytest.mark.parametrize(("language", "connected", "cancel", "qt_catalogue"), [
    ("zh_Hant", "已連線", "取消", "qtbase_zh_TW"),
    ("zh_Hans", "已连接", "取消", "qtbase_zh_CN"),
])
def test_install_loads_ours_and_qts_own_by_region(app, language, connected, cancel, qt_catalogue):
    installed = install(app, language)
    assert installed.language == language and installed.qt_catalogue == qt_catalogue
    assert QCoreApplication.translate("ConnState", "Connected") == connected
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QLocale().language() == QLocale.Language.Chinese
    assert QLocale().toString(1234567) == "1,234,567"


@pytest.mark.parametrize(("language", "back", "next_"), [
    ("zh_Hant", "< 上一步(&B)", "下一步(&N) >"),
    ("zh_Hans", "< 上一步(&B)", "下一步(&N) >"),
])
def test_wizard_buttons_say_the_glossarys_words(app, qtbot, language, back, next_):
    """Qt's zh_TW catalogue calls a wizard's Back and Next "＜返回" and "下一個" (the find
    bar's Next); kvmgui's words stand over Qt's own, as the glossary and the buttons'
    accessible names (a11y.name_wizard_buttons) say them."""
    from PySide6.QtWidgets import QWizard

    install(app, language)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == back
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == next_
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "取消"  # Qt's own still


def test_english_installs_its_counts_alone_and_keeps_english_formats(app):
    installed = install(app, "en")
    assert len(installed.translators) == 1 and installed.language == "en"
    assert QCoreApplication.translate("ConnState", "Connected") == "Connected"
    assert QLocale().name() == QLocale.system().name()  # the system (C here) speaks English


def damaged_copies(good: bytes, count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    copies = []
    for _ in range(count):
        data = bytearray(good)
        for _ in range(5):
            data[rng.randrange(16, len(data))] = rng.randrange(256)
        copies.append(bytes(data))
    return copies


def loads(data: bytes, folder: Path) -> bool:
    """Whether QTranslator accepts ``data`` (it does not read it all until asked)."""
    probe = folder / "probe.qm"
    probe.write_bytes(data)
    return QTranslator().load(str(probe))


@pytest.mark.parametrize("damage", ["missing", "empty", "garbage", "truncated", "flipped"])
def test_missing_or_broken_catalogue_means_english_and_one_warning(app, tmp_path, caplog, damage):
    good = (TRANSLATIONS / "kvmgui_zh_Hant.qm").read_bytes()
    path = tmp_path / "kvmgui_zh_Hant.qm"
    data = {"missing": None, "empty": b"", "garbage": b"not a catalogue" * 50,
            "truncated": good[: len(good) // 2],
            # found by fuzzing: QTranslator loads this, then crashes inside translate()
            "flipped": damaged_copies(good, 40, 7)}[damage]
    if isinstance(data, list):
        data = next(d for d in data if i18n.qm_problem(d) and loads(d, tmp_path))
    if data is not None:
        path.write_bytes(data)
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        installed = install(app, "zh_Hant", tmp_path)
    assert installed.language == "en" and installed.translators == []
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "showing English" in warnings[0].getMessage()
    assert QCoreApplication.translate("ConnState", "Connected") == "Connected"


def test_qts_own_catalogue_missing_is_one_warning_and_ours_still_loads(app, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        installed = install(app, "zh_Hans", qt_directory=tmp_path)
    assert installed.language == "zh_Hans" and installed.qt_catalogue == ""
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 1


def test_shipped_catalogues_and_qts_pass_the_check():
    for path in [*TRANSLATIONS.glob("*.qm"), *QT_TRANSLATIONS.glob("qtbase_zh_*.qm")]:
        assert i18n.qm_problem(path.read_bytes()) is None, path


FUZZ = """
import os, random, sys
from PySide6.QtCore import QCoreApplication, QTranslator
from kvmgui.utils.i18n import qm_problem
from tests.i18n.catalogue import read_ts
app = QCoreApplication([])
good = open(sys.argv[1], "rb").read()
messages = read_ts(__import__("pathlib").Path(sys.argv[2]))
rng = random.Random(int(sys.argv[3]))
accepted = 0
for n in range(int(sys.argv[4])):
    data = bytearray(good)
    for _ in range(rng.randrange(1, 8)):
        data[rng.randrange(16, len(data))] = rng.randrange(256)
    if qm_problem(bytes(data)) is not None:
        continue
    accepted += 1
    t = QTranslator()
    path = os.path.join(sys.argv[5], f"{n}.qm")
    open(path, "wb").write(bytes(data))
    if t.load(path):
        for m in messages:
            t.translate(m.context, m.source, m.comment or None, 2 if m.numerus else -1)
    del t
    os.remove(path)
print("accepted", accepted)
"""


def test_what_the_check_lets_through_never_crashes_qt(tmp_path):
    """Damaged copies of a shipped catalogue: whatever passes ``qm_problem`` is loaded and
    asked for every message, in a child process (a crash there fails this test, not the run).
    Without the check about one in ten such copies crashes Qt."""
    qm = TRANSLATIONS / "kvmgui_zh_Hant.qm"
    run = subprocess.run([sys.executable, "-c", FUZZ, str(qm), str(qm.with_suffix(".ts")), "13", "300",
                          str(tmp_path)],
                         capture_output=True, text=True, timeout=240,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, f"Qt crashed on a catalogue the check accepted:\n{run.stderr[-2000:]}"
    assert run.stdout.startswith("accepted"), run.stdout
    assert not list(tmp_path.iterdir()), "the damaged copies are removed"


def test_layout_direction_follows_the_language(app):
    install(app, "zh_Hant")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_command_lines_catalogue_is_the_one_installed(app, tmp_path):
    """The command line's help reads the catalogue before the application exists; start-up
    then installs that one rather than reading and checking the file again (~6 ms)."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "kvmgui.ini"), QSettings.Format.IniFormat)
    early = i18n.early_translator("zh_Hant", settings)
    assert early is not None and early.translate("App", "options") == "選項"
    installed = install(app, "zh_Hant")
    assert installed.translators[0] is early
    assert install(app, "zh_Hant").translators[0] is not early  # taken once


def test_english_says_one_and_many(app):
    """English has a catalogue of the counts alone: "%n VMs" reads "1 VM", not "1 VMs"."""
    installed = install(app, i18n.ENGLISH)
    assert installed.language == "en" and len(installed.translators) == 1
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n VMs", None, 1) == "1 VM"
    assert translate("MainWindow", "%n VMs", None, 5) == "5 VMs"
    assert translate("VolumesView", "%n volume(s)", None, 1) == "1 volume"
    assert translate("VolumesView", "%n volume(s)", None, 0) == "0 volumes"
    assert translate("SummaryPage", "%n SSH key(s)", None, 2) == "2 SSH keys"
    assert translate("MainWindow", "Virtual machines") == "Virtual machines"  # not a count: as written


def test_english_catalogue_holds_the_counts_only():
    from tests.i18n.catalogue import read_ts

    messages = read_ts(TRANSLATIONS / "kvmgui_en.ts")
    assert messages and all(m.numerus for m in messages), [m.source for m in messages if not m.numerus]


def test_a_missing_catalogue_falls_back_to_english_with_its_counts(app, tmp_path, caplog):
    shutil.copy(TRANSLATIONS / "kvmgui_en.qm", tmp_path / "kvmgui_en.qm")
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        installed = install(app, "zh_Hant", tmp_path)
    assert installed.language == "en"
    assert QCoreApplication.translate("MainWindow", "%n VMs", None, 1) == "1 VM"
