"""Preferences: saved in QSettings, edited in a dialog that works on a copy."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kvmgui.dialogs.preferences import CONFIRM_BY_DEFAULT, Preferences, PreferencesDialog
from kvmgui.models.domainrow import Column
from tests.helpers import han_gaps


def test_preferences_round_trip(settings, qtbot):
    assert Preferences.load(settings) == Preferences()
    assert Preferences().confirm == CONFIRM_BY_DEFAULT
    prefs = Preferences(stats_interval_ms=1000, hidden_columns={Column.VCPUS, Column.HOST},
                        sparklines=False, confirm=set())
    prefs.save(settings)
    assert Preferences.load(settings) == prefs
    settings.setValue("preferences/statsIntervalMs", "nonsense")
    assert Preferences.load(settings).stats_interval_ms == Preferences().stats_interval_ms


def test_preferences_dialog_edits_a_copy(qtbot):
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.interval.setValue(1.0)
    dialog.columns[Column.UPTIME].setChecked(False)
    dialog.sparklines.setChecked(False)
    dialog.confirm["shutdown"].setChecked(True)
    dialog.confirm["force_off"].setChecked(False)
    prefs = dialog.preferences()
    assert prefs.stats_interval_ms == 1000
    assert prefs.hidden_columns == {Column.UPTIME}
    assert not prefs.sparklines
    assert prefs.confirm == {"reset", "shutdown"}
    dialog.interval.setValue(0.1)  # below the floor: the spin box refuses it
    assert dialog.preferences().stats_interval_ms == 500


def test_an_interval_the_box_cannot_show_is_kept_unless_changed(qtbot):
    """The box shows tenths of a second: a saved 750 ms showed as 0.8 s, and closing the
    dialog with OK saved 800 ms over it."""
    dialog = PreferencesDialog(Preferences(stats_interval_ms=750))
    qtbot.addWidget(dialog)
    assert dialog.preferences().stats_interval_ms == 750
    dialog.interval.setValue(1.5)
    assert dialog.preferences().stats_interval_ms == 1500


def test_an_interval_typed_below_the_floor_becomes_the_floor(qtbot):
    """0.3 s typed into the box went back to the value before (2 s) when the box was left
    or OK pressed, without a word: the fastest interval is what was asked for."""
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.interval
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "0.3")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == "0.5 s"
    assert dialog.preferences().stats_interval_ms == 500


def test_language_choice_is_saved_where_start_up_reads_it(settings, qtbot):
    from kvmgui.utils import i18n

    dialog = PreferencesDialog(Preferences(language="zh_Hans"))
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System default", "English", "繁體中文", "简体中文"]  # each in its own script
    assert dialog.language.currentData() == "zh_Hans"
    assert "restarted" in dialog.form.widget("language_note", QLabel).text()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_Hant"))
    prefs = dialog.preferences()
    prefs.save(settings)
    assert settings.value(i18n.SETTINGS_KEY) == "zh_Hant"
    assert i18n.choose(None, str(settings.value(i18n.SETTINGS_KEY)), ["en"]) == ("zh_Hant", "preferences")
    assert Preferences.load(settings).language == "zh_Hant"
    settings.setValue(i18n.SETTINGS_KEY, "klingon")  # hand-edited: the system's language
    assert Preferences.load(settings).language == ""


def test_a_language_start_up_understands_is_kept(settings, qtbot):
    """Start-up reads 'zh_TW' (hand-written, or a locale name) as Traditional Chinese; the
    preferences read it as "System default", and closing the window saved that over it."""
    for saved, language in (("zh_TW", "zh_Hant"), ("zh-hans", "zh_Hans"), ("en_GB", "en"),
                            ("klingon", "")):
        settings.setValue("preferences/language", saved)
        assert Preferences.load(settings).language == language, saved


def test_a_hand_edited_interval_written_as_a_decimal_is_read(settings):
    """'750.0' in the settings file failed int() and the interval fell back to 2 s."""
    for stored, expected in (("750.0", 750), ("1.5e3", 1500), (" 900 ", 900), ("1e400", 2000),
                             ("nan", 2000), ("-inf", 2000), ("99999.9", 60000)):
        settings.setValue("preferences/statsIntervalMs", stored)
        assert Preferences.load(settings).stats_interval_ms == expected, stored


def test_a_save_after_the_file_is_fixed_says_saved(tmp_path, qtbot):
    """QSettings keeps AccessError for good once a write failed: after the file was fixed
    (here a directory of its name removed; a chmod, a disk freed) every later save still
    said 'Could not save', though it was written."""
    from PySide6.QtCore import QSettings

    path = tmp_path / "kvmgui.ini"
    path.mkdir()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert not Preferences(sparklines=False).save(settings)
    path.rmdir()
    assert Preferences(sparklines=False, stats_interval_ms=2000).save(settings)
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert Preferences.load(again).stats_interval_ms == 2000
    assert Preferences.load(settings).stats_interval_ms == 2000  # the one handed in reads it
    path.unlink()
    path.mkdir()  # broken again: said again
    assert not Preferences().save(settings)


def test_check_box_names_have_no_space_between_chinese_words(qtbot, traditional_chinese):
    """「關機 前先詢問」, 「顯示欄位 狀態」: the placeholders hold Chinese words there."""
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    names = [c.accessibleName() for c in (*dialog.columns.values(), *dialog.confirm.values())]
    assert [n for n in names if han_gaps(n)] == []
    assert "關機前先詢問" in names
