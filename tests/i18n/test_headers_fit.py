"""The VM list's headers are shown whole in every language, not cut at the English widths."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime

from kvmgui.models.domainrow import HEADERS, Column
from kvmgui.models.domains import DomainModel
from kvmgui.models.proxy import DomainFilterProxy
from kvmgui.models.timeline import TimelineColumn
from kvmgui.utils import i18n
from kvmgui.utils.resources import resource
from kvmgui.utils.tr import clock_text
from kvmgui.window.mainwindow import MainWindow
from kvmgui.window.timelinedock import TimelineDock
from kvmgui.window.vmcolumns import FLOORS, cell_width, widest_cells
from kvmgui.window.vmlist import AUTO_KEY, WIDTHS, VmTable


@pytest.mark.parametrize("language", ["en", "zh_Hant", "zh_Hans"])
def test_every_header_fits_its_column(app, language, registry, qtbot):
    """A column is at least as wide as its header's words, in every language."""
    qapp, done = app
    done.append(i18n.install(qapp, language, resource("translations")))
    assert done[-1].language == language
    model = DomainModel(registry, stats=False)
    view = VmTable(DomainFilterProxy(model), model)
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    for col, floor in FLOORS.items():
        words = model.headerData(col, Qt.Orientation.Horizontal)
        assert words == QCoreApplication.translate("DomainModel", HEADERS[col])
        needed = header.sectionSizeHint(col)
        # Room for the words and the sort arrow: zh_TW's "虛擬 CPU" needs 84 px here,
        # "vCPUs" 67, where 50 was given to both.
        assert view.columnWidth(col) >= max(floor, needed), words


@pytest.mark.parametrize("language", ["en", "zh_Hant", "zh_Hans"])
def test_the_vm_list_fits_the_main_window_at_its_default_size(app, language, registry, settings,
                                                               qtbot, monkeypatch):
    """English widths and a stretched last column made the list wider than its view in the
    default window (1,180 px), in English and Chinese alike: it scrolled sideways. Now the
    name column takes what the others leave, and no column cuts its usual cells."""
    from kvmgui.models import words

    monkeypatch.setattr(words, "_state_words", {})  # kept in the language of a test before
    qapp, done = app
    done.append(i18n.install(qapp, language, resource("translations")))
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.vm_view
    header = view.horizontalHeader()
    assert window.width() == 1180
    assert header.length() == view.viewport().width()
    assert view.columnWidth(Column.NAME) >= FLOORS[Column.NAME]
    for col, texts in widest_cells().items():
        for text in texts:
            assert cell_width(view, text, col == Column.STATE) <= view.columnWidth(col), text


def table(registry, qtbot):
    model = DomainModel(registry, stats=False)
    view = VmTable(DomainFilterProxy(model), model)
    qtbot.addWidget(view)
    return view


def test_a_language_switch_widens_the_columns_nobody_resized(app, registry, settings, qtbot):
    """A layout saved in English kept its 67 px vCPUs column in Chinese (its words need
    84); a column the user resized keeps the user's width."""
    qapp, done = app
    english = table(registry, qtbot)
    english.horizontalHeader().resizeSection(Column.HOST, 200)  # as a drag does
    english.save_layout(settings)
    done.append(i18n.install(qapp, "zh_Hant", resource("translations")))
    chinese = table(registry, qtbot)
    assert chinese.restore_layout(settings)
    header = chinese.horizontalHeader()
    assert chinese.columnWidth(Column.VCPUS) == header.sectionSizeHint(Column.VCPUS) > 67
    assert chinese.columnWidth(Column.HOST) == 200
    chinese.save_layout(settings)
    assert settings.value(AUTO_KEY) == ",".join(
        str(int(c)) for c in sorted(FLOORS) if c != Column.HOST)


@pytest.mark.parametrize("widths", ["english", "headers"])
def test_a_layout_saved_before_widths_were_remembered(app, registry, settings, qtbot, widths):
    """Saved by an earlier version (no list of default columns): a column at its old
    default width (the English one, or its header's since 2026-12-01) was never resized,
    and gets the width its words need."""
    qapp, done = app
    done.append(i18n.install(qapp, "zh_Hans", resource("translations")))
    old = table(registry, qtbot)
    for col, width in WIDTHS.items():
        old.setColumnWidth(col, width if widths == "english" else old.default_widths[col])
    old.setColumnWidth(Column.NAME, 260)  # resized by the user
    old.save_layout(settings)
    settings.remove(AUTO_KEY)
    view = table(registry, qtbot)
    assert view.restore_layout(settings)
    header = view.horizontalHeader()
    assert view.columnWidth(Column.VCPUS) == header.sectionSizeHint(Column.VCPUS) > WIDTHS[Column.VCPUS]
    assert view.columnWidth(Column.NAME) == 260
    assert view.auto_columns == set(WIDTHS) - {Column.NAME}


def test_all_columns_resized_is_remembered_as_none(registry, settings, qtbot):
    view = table(registry, qtbot)
    for col in sorted(FLOORS, reverse=True):  # the name column last: then the last one stretches
        view.setColumnWidth(col, 123)
    view.save_layout(settings)
    again = table(registry, qtbot)
    assert again.restore_layout(settings)
    assert again.auto_columns == set()
    assert again.columnWidth(Column.VCPUS) == 123


def test_hiding_a_column_is_not_resizing_it(registry, qtbot):
    """Shown, the header reports a hidden column as resized to 0, and from 0 when shown."""
    view = table(registry, qtbot)
    view.show()
    header = view.horizontalHeader()
    with qtbot.waitSignal(header.sectionResized,
                          check_params_cb=lambda col, _old, new: col == Column.VCPUS and not new):
        view.set_hidden_columns({int(Column.VCPUS)})
    with qtbot.waitSignal(header.sectionResized,
                          check_params_cb=lambda col, old, _new: col == Column.VCPUS and not old):
        view.set_hidden_columns(set())
    assert Column.VCPUS in view.auto_columns
    view.horizontalHeader().resizeSection(Column.VCPUS, 140)
    assert Column.VCPUS not in view.auto_columns


@pytest.mark.parametrize("language", ["en", "zh_Hant", "zh_Hans"])
def test_the_timelines_times_fit_their_column(app, language, registry, qtbot):
    """zh_TW writes a late time "下午11:59:59": cut to "下午11:13…" at the 80 px that
    "23:59:59" needs."""
    qapp, done = app
    done.append(i18n.install(qapp, language, resource("translations")))
    dock = TimelineDock(registry)
    qtbot.addWidget(dock)
    view = dock.view
    room = view.columnWidth(TimelineColumn.TIME) - 2 * view.itemDelegate().text.margin(view)
    for hour in (0, 9, 11, 12, 21, 23):
        words = clock_text(QDateTime(QDate(2026, 12, 1), QTime(hour, 58, 58)))
        assert view.fontMetrics().elidedText(words, Qt.TextElideMode.ElideRight, room) == words


@pytest.mark.parametrize("language", ["en", "zh_Hant", "zh_Hans"])
def test_a_vm_waiting_for_a_restart_is_marked_whole(app, language, registry, qtbot, monkeypatch):
    """"Running · restart pending" (changes that apply at the next start) was cut to
    "Running · rest…" in the state column, which the list's other columns leave no room to
    widen at the window's default size. The cell now shows the state with a mark, whole in
    every language; the tooltip lists the changes and a screen reader hears the phrase."""
    from kvmgui.libvirt.records import DomainState
    from kvmgui.models import words
    from kvmgui.models.domainrow import RESTART_MARK
    from kvmgui.utils.tr import fill

    monkeypatch.setattr(words, "_state_words", {})  # kept in the language of a test before
    qapp, done = app
    done.append(i18n.install(qapp, language, resource("translations")))
    model = DomainModel(registry, stats=False)
    view = VmTable(DomainFilterProxy(model), model)
    qtbot.addWidget(view)
    for state in (DomainState.RUNNING, DomainState.PAUSED):
        text = fill(words.kept(RESTART_MARK), words.domain_state(state))
        assert view.columnWidth(Column.STATE) >= cell_width(view, text, icon=True), text
