"""Colours chosen from the palette: readable on light and dark themes, and kept right when
the desktop switches between them while kvmgui runs."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import (
    Syntax,
    Tone,
    invalid_fill,
    is_dark,
    set_tone,
    syntax_colour,
    tone_colour,
    tone_of,
)

# Window/Base colours of common themes: Fusion, Breeze, Adwaita, light and dark.
LIGHT = ["#ffffff", "#efefef", "#eff0f1", "#f6f5f4"]
DARK = ["#353535", "#31363b", "#2b2b2b", "#1e1e1e", "#242424"]


def palette(background):
    pal = QPalette(QColor(background))  # Qt derives the other roles from the window colour
    pal.setColor(QPalette.ColorRole.Base, QColor(background))
    return pal


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 to 21)."""
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("background", LIGHT + DARK)
def test_every_colour_is_readable_on_its_background(background):
    pal = palette(background)
    assert is_dark(pal) == (background in DARK)
    bg = QColor(background)
    for tone in (Tone.ERROR, Tone.PENDING):
        assert contrast(tone_colour(pal, tone), bg) >= 4.5, (tone, background)
    for part in Syntax:
        assert contrast(syntax_colour(pal, part), bg) >= 4.5, (part, background)
    # A tinted cell keeps the theme's text readable on it.
    assert contrast(invalid_fill(pal), pal.color(QPalette.ColorRole.Text)) >= 4.5


def test_tone_colours_a_label_and_normal_gives_the_theme_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("x", parent)
    natural = label.palette().color(QPalette.ColorRole.WindowText)
    set_tone(label, Tone.ERROR)
    assert tone_of(label) is Tone.ERROR
    assert label.palette().color(QPalette.ColorRole.WindowText) == tone_colour(parent.palette(),
                                                                                 Tone.ERROR)
    # Disabled text still greys out: only the active and inactive groups are coloured.
    disabled = label.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert disabled != tone_colour(parent.palette(), Tone.ERROR)
    set_tone(label, Tone.NORMAL)
    assert label.palette().color(QPalette.ColorRole.WindowText) == natural


def test_a_theme_switch_recolours_toned_text(qtbot):
    app = QApplication.instance()
    before = app.palette()
    line = MessageLine()
    qtbot.addWidget(line)
    try:
        app.setPalette(palette(LIGHT[0]))
        line.error("Could not start 'net10'")
        light = line.palette().color(QPalette.ColorRole.WindowText)
        app.setPalette(palette(DARK[0]))
        qtbot.waitUntil(lambda: line.palette().color(QPalette.ColorRole.WindowText) != light)
        dark = line.palette().color(QPalette.ColorRole.WindowText)
        assert dark == tone_colour(palette(DARK[0]), Tone.ERROR)
        assert contrast(dark, QColor(DARK[0])) >= 4.5
    finally:
        app.setPalette(before)


def test_message_line_shows_only_with_something_to_say(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    line = MessageLine(parent, description="Network message")
    parent.show()
    assert not line.isVisible() and line.accessibleDescription() == "Network message"
    line.pending("Saved; waits for a restart")
    assert line.isVisible() and tone_of(line) is Tone.PENDING
    line.clear()
    assert not line.isVisible() and tone_of(line) is Tone.NORMAL and line.text() == ""
    always = MessageLine(parent, hide_empty=False)
    always.show()
    always.say("")
    assert always.isVisible()  # a status line that keeps its place
