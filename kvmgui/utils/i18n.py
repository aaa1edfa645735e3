"""The UI language: which one, and installing its catalogues before any window exists.

The choice: ``--lang``, else the one saved in Preferences, else the first of the system's
UI languages (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) that kvmgui has.
Catalogues are named by script, not region — ``kvmgui_zh_Hant`` serves zh_TW, zh_HK and
zh_MO, ``kvmgui_zh_Hans`` zh_CN and zh_SG — because Qt's own lookup for zh_HK never
reaches a ``_zh_TW`` file. Qt ships its own strings (``qtbase_*``: OK, Cancel, the file
dialog) by region, so those are looked up from the script to the region.

A missing or broken catalogue leaves the UI in English with one logged warning. "Broken"
is checked before Qt sees the file: ``QTranslator`` accepts a damaged ``.qm`` and crashes
later inside ``translate()`` (``tests/i18n/test_loader.py`` shows it), so ``qm_problem``
walks every offset Qt would follow first.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication

from kvmgui.utils.resources import resource

log = logging.getLogger(__name__)

ENGLISH = "en"
# Catalogue name → the language's name in its own script (never translated).
LANGUAGES: dict[str, str] = {
    ENGLISH: "English",
    "zh_Hant": "繁體中文",
    "zh_Hans": "简体中文",
}
SETTINGS_KEY = "preferences/language"  # "" (or absent): the system's language
# Qt's own catalogues are per region: a script's usual region when the locale names none of its own.
QT_REGIONS: dict[str, str] = {"zh_Hant": "zh_TW", "zh_Hans": "zh_CN"}
# Qt's own words kvmgui says otherwise: Qt's zh_TW catalogue calls a wizard's buttons
# "＜返回" and "下一個" (the find bar's Next), the glossary 上一步 and 下一步. Listed for
# lupdate; kvmgui's catalogue is installed after Qt's, so its words stand over Qt's.
QT_WORDS_OVERRIDDEN = (
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
)
_SCRIPTS = {
    QLocale.Script.TraditionalHanScript: "zh_Hant",
    QLocale.Script.SimplifiedHanScript: "zh_Hans",
}
_HAN_LANGUAGES = (QLocale.Language.Chinese, QLocale.Language.Cantonese)


def catalogue_for(tag: str) -> str | None:
    """The catalogue that serves a locale name or BCP 47 tag ("zh_HK.UTF-8", "zh-Hant",
    "en-US", "C"), through its script for Chinese; None when kvmgui has no such language."""
    name = _in_tag_case(tag.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip())
    if name in LANGUAGES:
        return name
    if not name:
        return None
    locale = QLocale(name)
    language = locale.language()
    if language == QLocale.Language.English:
        return ENGLISH
    if language == QLocale.Language.C:  # also what Qt makes of a name it does not know
        return ENGLISH if name.upper() in ("C", "POSIX") else None
    if language in _HAN_LANGUAGES:
        return _SCRIPTS.get(locale.script())
    return None


def _in_tag_case(name: str) -> str:
    """``zh_hant_tw`` as ``zh_Hant_TW``: tags are case-insensitive, but Qt reads a script
    in title case only (``zh_hant`` was Simplified Chinese) and a region in capitals."""
    first, *rest = name.split("_")
    return "_".join([first.lower(), *(p.title() if len(p) == 4 and p.isalpha() else p.upper()
                                      for p in rest)])


def choose(cli: str | None, saved: str, ui_languages: Sequence[str], *,
           warn: bool = True) -> tuple[str, str]:
    """(catalogue, why): ``--lang``, else the saved choice, else the first system UI
    language kvmgui has, else English. A choice kvmgui lacks falls through to the next."""
    for value, source in ((cli, "--lang"), (saved, "preferences")):
        if value:
            found = catalogue_for(value)
            if found:
                return found, source
            if warn:
                log.warning("no %s translation of kvmgui (%s); using the system's language", value, source)
    for tag in ui_languages:
        found = catalogue_for(tag)
        if found:
            return found, "system"
    return ENGLISH, "default"


@dataclass
class Installed:
    """What ``install`` did: the language now shown, its locale, the translators kept alive."""

    language: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    qt_catalogue: str = ""  # e.g. "qtbase_zh_TW", "" when Qt's strings stay English


def saved_language(settings: QSettings) -> str:
    """The choice saved in Preferences as written ("" when none)."""
    value = settings.value(SETTINGS_KEY, "")
    if isinstance(value, QByteArray):  # @ByteArray(…), as other Qt versions may write it
        return bytes(value.data()).decode(errors="replace")
    return str(value or "")


def early_translator(cli: str | None, settings: QSettings) -> QTranslator | None:
    """kvmgui's catalogue of the language ``setup`` will choose, before any application
    exists (the command line's help and errors come first; ``QTranslator.translate``
    needs no application). Quiet: ``setup`` warns of what is missing, once logging is set up."""
    language, _source = choose(cli, saved_language(settings), QLocale.system().uiLanguages(),
                               warn=False)
    path = resource("translations") / f"kvmgui_{language}.qm"
    translator = _load_checked(path, warn=False)
    if translator is not None:
        _early[path] = translator  # ``install`` takes it: read and checked once (~6 ms)
    return translator


_early: dict[Path, QTranslator] = {}


def setup(app: QGuiApplication, cli: str | None, settings: QSettings) -> Installed:
    """Choose the language and install it: the start-up's one call."""
    saved = saved_language(settings)
    language, source = choose(cli, saved, QLocale.system().uiLanguages())
    log.debug("UI language %s (from %s)", language, source)
    return install(app, language)


def install(app: QGuiApplication, language: str, directory: Path | None = None,
            qt_directory: Path | None = None) -> Installed:
    """Install kvmgui's and Qt's catalogues of ``language`` and make its locale the default
    (numbers, sizes, dates) and its direction the layout direction. Falls back to English
    with one warning when kvmgui's catalogue is missing or broken. English has a catalogue
    too, of the counts' forms only ("1 VM", "2 VMs": tools/translations.py)."""
    path = (directory or resource("translations")) / f"kvmgui_{language}.qm"
    translator = _early.pop(path, None) or _load_checked(path)
    if translator is None and language != ENGLISH:
        language = ENGLISH  # warned of above; English's counts are looked for quietly
        path = path.with_name(f"kvmgui_{ENGLISH}.qm")
        translator = _early.pop(path, None) or _load_checked(path, warn=False)
    installed = Installed(language, _locale_for(language))
    if translator is not None:
        installed.translators.append(translator)
    if translator is not None and language != ENGLISH:
        qt = _qt_translator(language, installed.locale, qt_directory)
        if qt is not None:
            installed.qt_catalogue, qt_translator = qt
            installed.translators.append(qt_translator)
    # The last installed is asked first: Qt's goes in before kvmgui's, so kvmgui's
    # words stand where both have one (QT_WORDS_OVERRIDDEN).
    for t in reversed(installed.translators):
        t.setParent(app)  # lives as long as the application
        app.installTranslator(t)
    QLocale.setDefault(installed.locale)
    app.setLayoutDirection(installed.locale.textDirection())
    return installed


def _locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (zh_HK keeps Hong Kong's formats),
    else the language's usual one."""
    system = QLocale.system()
    if catalogue_for(system.name()) == language:
        return system
    return QLocale("en_US" if language == ENGLISH else language)


def _load_checked(path: Path, *, warn: bool = True) -> QTranslator | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        if warn:
            log.warning("translation %s not readable (%s); showing English", path, exc.strerror or exc)
        return None
    problem = qm_problem(data)
    translator = QTranslator()
    if problem is None and not translator.load(str(path)):
        problem = "Qt could not load it"
    if problem is None and translator.isEmpty():
        problem = "it holds no translation"
    if problem is not None:
        if warn:
            log.warning("translation %s is broken (%s); showing English", path, problem)
        return None
    return translator


def _qt_translator(language: str, locale: QLocale, directory: Path | None) -> tuple[str, QTranslator] | None:
    """Qt's own strings: ``qtbase_<script>``, then the locale's region, then the script's
    usual region (Qt ships ``qtbase_zh_TW``, ``qtbase_zh_CN``)."""
    folder = directory or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    names = [language, locale.name(), QT_REGIONS.get(language, language)]
    for name in dict.fromkeys(names):
        translator = QTranslator()
        if translator.load(f"qtbase_{name}", str(folder)):
            return f"qtbase_{name}", translator
    log.warning("Qt's own translation for %s not found in %s: its standard buttons stay English",
                language, folder)
    return None


# -- Checking a .qm before QTranslator reads it ---------------------------------------------

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS, _DEPENDENCIES, _LANGUAGE = 0x2F, 0x42, 0x69, 0x88, 0x96, 0xA7
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF


def qm_problem(data: bytes) -> str | None:
    """Why Qt must not be given ``data`` as a catalogue, or None when every block and every
    offset it would follow lies inside the file (the layout lrelease writes)."""
    if not data.startswith(QM_MAGIC):
        return "not a Qt translation file"
    blocks: dict[int, bytes] = {}
    pos = len(QM_MAGIC)
    while pos < len(data):
        if pos + 5 > len(data):
            return f"cut off at byte {pos}"
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag not in (_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS, _LANGUAGE) or tag in blocks:
            return f"unexpected block {tag:#x}"  # dependencies would load other files
        if pos + length > len(data):
            return f"block {tag:#x} runs past the end"
        blocks[tag] = data[pos:pos + length]
        pos += length
    hashes, messages = blocks.get(_HASHES, b""), blocks.get(_MESSAGES, b"")
    if not hashes or not messages or len(hashes) % 8:
        return "no message table"
    starts = _message_starts(messages)
    if isinstance(starts, str):
        return starts
    for i in range(0, len(hashes), 8):
        if struct.unpack_from(">I", hashes, i + 4)[0] not in starts:
            return "a message offset points outside the messages"
    if _CONTEXTS in blocks:
        problem = _contexts_problem(blocks[_CONTEXTS])
        if problem:
            return problem
    if len(blocks.get(_NUMERUS, b"")) > 256:
        return "plural rules too long"
    try:
        blocks.get(_LANGUAGE, b"").decode()
    except UnicodeDecodeError:
        return "language name is not text"
    return None


def _message_starts(messages: bytes) -> set[int] | str:
    """Offsets where a message starts, walking every field of every message."""
    starts: set[int] = set()
    pos, end = 0, len(messages)
    while pos < end:
        starts.add(pos)
        while True:
            if pos >= end:
                return "a message runs past the end"
            tag = messages[pos]
            pos += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                pos += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT) or pos + 4 > end:
                return "a message holds an unknown field"
            length = struct.unpack_from(">I", messages, pos)[0]
            pos += 4
            if tag == _TRANSLATION and length == _NULL:
                continue
            if (tag == _TRANSLATION and length % 2) or pos + length > end:
                return "a message field has a bad length"
            pos += length
    return starts


def _contexts_problem(block: bytes) -> str | None:
    """The context hash table: buckets of length-prefixed names ending in a 0 byte."""
    if len(block) < 2:
        return "context table cut off"
    size = struct.unpack_from(">H", block, 0)[0]
    base = 2 + 2 * size
    if size == 0 or base > len(block):
        return "context table has a bad size"
    for bucket in range(size):
        offset = struct.unpack_from(">H", block, 2 + 2 * bucket)[0]
        if not offset:
            continue
        pos = base + 2 * offset
        while True:
            if pos >= len(block):
                return "context table runs past the end"
            length = block[pos]
            if length == 0:
                break
            pos += 1 + length
    return None
