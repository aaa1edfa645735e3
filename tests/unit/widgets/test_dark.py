"""The desktop's dark preference followed (Qt's colour-scheme hint), and what kvmgui paints
itself readable on the dark palette as on the light one: graphs, the XML highlighter, the
terminal, the network map, error frames."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from kvmgui.widgets import scheme
from kvmgui.widgets.codeeditor import CodeEditor, XmlHighlighter
from kvmgui.widgets.graph import GraphWidget
from kvmgui.widgets.styles import (
    SERIES_COLOURS,
    Syntax,
    Tone,
    frame_invalid,
    is_dark,
    series_colour,
    syntax_colour,
    tone_colour,
)
from kvmgui.widgets.terminal.palette import DARK_NAMED, LIGHT_NAMED, scheme_for
from kvmgui.widgets.terminal.view import TerminalView
from tests.unit.widgets.test_styles import DARK, LIGHT, contrast, palette

R = QPalette.ColorRole


@pytest.fixture
def app(qapp):
    """The application's palette and the "ours" mark restored after the test."""
    saved = QApplication.palette()
    yield qapp
    qapp.setProperty("kvmguiOwnPalette", False)
    QApplication.setPalette(saved)


def test_dark_hint_gives_a_dark_palette_and_light_takes_it_back(app):
    assert not is_dark(app.palette())  # Fusion offscreen: light
    scheme.apply(app, Qt.ColorScheme.Dark)
    assert is_dark(app.palette()) and is_dark(app.palette(), R.Base)
    scheme.apply(app, Qt.ColorScheme.Light)
    assert not is_dark(app.palette())


def test_a_dark_palette_of_the_platform_is_kept(app):
    platform = QPalette(QColor("#31363b"))  # Breeze Dark, as KDE's platform theme gives it
    app.setPalette(platform)
    scheme.apply(app, Qt.ColorScheme.Dark)
    assert app.palette().color(R.Window) == QColor("#31363b")
    scheme.apply(app, Qt.ColorScheme.Light)  # not ours: not taken back either
    assert app.palette().color(R.Window) == QColor("#31363b")


def test_the_hint_is_followed_when_it_changes(app, qtbot):
    hints = scheme.follow(app)
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the platform reports a switch
        qtbot.waitUntil(lambda: is_dark(app.palette()), timeout=2000)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        qtbot.waitUntil(lambda: not is_dark(app.palette()), timeout=2000)
    finally:
        hints.colorSchemeChanged.disconnect()


def test_the_dark_palette_is_readable():
    dark = scheme.dark_palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        assert contrast(dark.color(group, R.Text), dark.color(group, R.Base)) >= 7
        assert contrast(dark.color(group, R.WindowText), dark.color(group, R.Window)) >= 7
        assert contrast(dark.color(group, R.HighlightedText), dark.color(group, R.Highlight)) >= 4.5
    assert contrast(dark.color(QPalette.ColorGroup.Disabled, R.Text), dark.color(R.Base)) >= 3
    for tone in (Tone.ERROR, Tone.PENDING):
        assert contrast(tone_colour(dark, tone), dark.color(R.Window)) >= 4.5
    for part in Syntax:
        assert contrast(syntax_colour(dark, part), dark.color(R.Base)) >= 4.5


@pytest.mark.parametrize("background", LIGHT + DARK + ["#1f1f1f"])
def test_graph_lines_keep_three_to_one(background):
    pal = palette(background)
    for i in range(len(SERIES_COLOURS)):
        assert contrast(series_colour(pal, i), QColor(background)) >= 3, (i, background)


def count(image: QImage, colour: QColor) -> int:
    """Pixels of ``colour`` (every other one, not the antialiased edges)."""
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if max(abs(image.pixelColor(x, y).red() - colour.red()),
                      abs(image.pixelColor(x, y).green() - colour.green()),
                      abs(image.pixelColor(x, y).blue() - colour.blue())) < 8)


def test_graph_paints_its_lines_in_the_dark_variant(qtbot):
    graph = GraphWidget("Disk I/O", ["Read"], str, name="Disk I/O graph")
    qtbot.addWidget(graph)
    graph.resize(360, 180)
    graph.set_data([0.0, 1.0, 2.0, 3.0], [[0, 5, 1, 8]])
    graph.setPalette(scheme.dark_palette())
    image = graph.grab().toImage()
    assert count(image, QColor(SERIES_COLOURS[0][1])) > 20
    assert count(image, QColor(SERIES_COLOURS[0][0])) < 5
    assert count(image, scheme.dark_palette().color(R.Base)) > image.width() * image.height() / 8


def test_xml_colours_follow_the_editors_palette(qtbot):
    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("<domain type='kvm'><!-- note --></domain>")
    highlighter = XmlHighlighter(editor.document(), editor.palette())
    light_tag = highlighter.TAG.foreground().color()
    assert light_tag == syntax_colour(editor.palette(), Syntax.TAG)
    editor.setPalette(scheme.dark_palette())
    dark_tag = highlighter.TAG.foreground().color()
    assert dark_tag == syntax_colour(scheme.dark_palette(), Syntax.TAG) != light_tag
    formats = editor.document().firstBlock().layout().formats()
    assert any(f.format.foreground().color() == dark_tag for f in formats)  # highlighted again


def test_terminal_takes_the_desktop_colours(qtbot):
    view = TerminalView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.feed(b"plain \x1b[33myellow\x1b[0m \x1b[37mwhite\x1b[30mblack\x1b[0m")
    view.drain()
    light = view.palette()
    assert view.scheme.light and QColor(*view.scheme.bg) == light.color(R.Base)
    view.setPalette(scheme.dark_palette())
    assert not view.scheme.light and QColor(*view.scheme.bg) == QColor("#1f1f1f")
    image = view.grab().toImage()
    assert image.pixelColor(image.width() - 30, image.height() - 10) == QColor("#1f1f1f")
    assert count(image, QColor("#eeeeee")) > 10  # the text in the palette's text colour
    runs = {text: style for _s, _e, text, style in view._rows[0]}
    assert runs["black"].fg == QColor("#eeeeee")  # black on a dark base: the default instead
    view.setPalette(QPalette(QColor("#ffffff")))
    view.drain()
    view.grab()
    runs = {text: style for _s, _e, text, style in view._rows[0]}
    assert runs["white"].fg == view.palette().color(R.Text)  # white on white: the default


@pytest.mark.parametrize("background", LIGHT + DARK + ["#1f1f1f", "#101010"])
def test_terminal_colours_read_on_their_base(background):
    base = scheme_for(palette(background))
    assert base.light is (background in LIGHT)
    named = LIGHT_NAMED if base.light else DARK_NAMED
    for name in ("red", "green", "brown", "blue", "magenta", "cyan", "brightred", "brightgreen",
                 "brightbrown", "brightblue", "brightmagenta", "brightcyan"):
        assert contrast(QColor(*named[name]), QColor(*base.bg)) >= 3, name


def test_network_map_cards_follow_the_palette(connected, qtbot):
    from kvmgui.models.netmap import NetworkMapModel
    from kvmgui.widgets.netmapwidget import NetworkMapWidget

    model = NetworkMapModel()
    model.add_connection(connected)
    widget = NetworkMapWidget(model)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: len(widget.scene.cards) > 2, timeout=5000)
    widget.setPalette(scheme.dark_palette())
    qtbot.waitUntil(lambda: widget.scene.cards and widget.scene.cards[0].brush().color()
                    == QColor("#1f1f1f"), timeout=5000)
    assert widget.view.backgroundBrush().color() == QColor("#2d2d2d")


def test_an_error_frame_turns_to_the_dark_red(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    frame_invalid(edit, True)
    light_red = tone_colour(edit.palette(), Tone.ERROR).name()
    assert light_red in edit.styleSheet()
    edit.setPalette(scheme.dark_palette())
    assert tone_colour(scheme.dark_palette(), Tone.ERROR).name() in edit.styleSheet()
    frame_invalid(edit, False)
    assert edit.styleSheet() == ""


@pytest.mark.parametrize("dark", [False, True])
def test_sparkline_line_reads_on_light_and_dark(qtbot, dark):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from kvmgui.models.roles import Role
    from kvmgui.widgets.sparkline import SparklineDelegate

    model = QStandardItemModel(1, 1)
    item = QStandardItem("")  # no text: what stands out from the base is the line
    item.setData([10.0, 90.0, 20.0, 80.0, 30.0], Role.HISTORY)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    if dark:
        view.setPalette(scheme.dark_palette())
    view.setModel(model)
    view.setItemDelegateForColumn(0, SparklineDelegate(100.0, view))
    view.setColumnWidth(0, 160)
    view.setRowHeight(0, 40)
    view.resize(220, 120)
    view.clearSelection()
    image = view.viewport().grab().toImage()
    line = QColor(SERIES_COLOURS[0][1 if dark else 0])
    base = view.palette().color(R.Base)
    assert contrast(line, base) >= 3
    near = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if contrast(image.pixelColor(x, y), base) >= 2.5]
    assert len(near) > 30  # the line shows up against the base
