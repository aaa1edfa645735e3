"""Choosing the catalogue from odd spellings of a language (more in tests/i18n)."""

import pytest

from kvmgui.utils import i18n


@pytest.mark.parametrize(("tag", "catalogue"), [
    ("zh-hant", "zh_Hant"), ("zh_HANT", "zh_Hant"), ("ZH-HANT-TW", "zh_Hant"), ("zh-hant-hk", "zh_Hant"),
    ("zh-hans-tw", "zh_Hans"), ("zh-HANS", "zh_Hans"), ("zh_tw", "zh_Hant"), ("zh-hk.big5hkscs", "zh_Hant"),
    ("zh_TW.Big5", "zh_Hant"), ("en_US.ISO-8859-1", "en"), ("C.UTF-8", "en"), ("posix", "en"),
    ("  ", None),
])
def test_bcp47_tags_are_read_in_any_case(tag, catalogue):
    """BCP 47 tags are case-insensitive; Qt reads a script only when written "Hant"."""
    assert i18n.catalogue_for(tag) == catalogue


def test_a_language_saved_as_a_byte_array_is_read(tmp_path, qapp, monkeypatch):
    """Another Qt version (or binding) may write the string as @ByteArray(…): QSettings
    then gives a QByteArray, whose str() is "b'zh_Hant'"."""
    from PySide6.QtCore import QSettings

    from kvmgui.dialogs.preferences import Preferences

    path = tmp_path / "kvmgui.ini"
    path.write_text("[preferences]\nlanguage=@ByteArray(zh_Hant)\n")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n, "install", lambda _app, language: language)
    assert i18n.setup(qapp, None, settings) == "zh_Hant"
    assert Preferences.load(settings).language == "zh_Hant"  # not saved over with ""
