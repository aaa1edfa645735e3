"""kvmgui's colours, in one place, picked from the widget's palette.

A fixed dark red reads well on a light window and badly on a dark one, so every colour
here comes as a pair (for a light background, for a dark background) and is chosen by
the lightness of the palette's window colour. ``set_tone`` colours a widget's text and
``frame_invalid`` frames a field that holds a bad value; both keep their colour right
when the desktop switches between light and dark while kvmgui runs
(``kvmgui.widgets.scheme``).
"""

from __future__ import annotations

from enum import Enum

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget


class Tone(Enum):
    """What a message means, which decides its colour."""

    NORMAL = "normal"  # the palette's own text colour
    ERROR = "error"  # refused, failed: red
    PENDING = "pending"  # saved but waiting (for a restart): amber


class Syntax(Enum):
    """Parts of highlighted XML and diffs (``kvmgui.widgets.codeeditor``)."""

    TAG = "tag"
    ATTRIBUTE = "attribute"
    VALUE = "value"
    COMMENT = "comment"
    ADDED = "added"
    REMOVED = "removed"
    HUNK = "hunk"


# (on a light window, on a dark window); each pair keeps a contrast of 4.5:1 or more
# against the window colours of common light and dark themes (tests/unit/widgets/test_styles.py).
_TONES = {
    Tone.ERROR: ("#b00020", "#ff8a80"),
    Tone.PENDING: ("#8a5300", "#ffb74d"),
}
_SYNTAX = {
    Syntax.TAG: ("#1a55a8", "#82b1ff"),
    Syntax.ATTRIBUTE: ("#8a4b08", "#ffcc80"),
    Syntax.VALUE: ("#256b29", "#a5d6a7"),
    Syntax.COMMENT: ("#646464", "#a8a8a8"),
    Syntax.ADDED: ("#1b5e20", "#a5d6a7"),
    Syntax.REMOVED: ("#b71c1c", "#ff8a80"),
    Syntax.HUNK: ("#1a55a8", "#82b1ff"),
}
_INVALID_FILL = ("#fde0e3", "#5c1f27")  # the background of a table cell with a problem
# Graph lines, told apart by hue: (on a light base, on a dark base), 3:1 or more on either.
SERIES_COLOURS = (("#2a7ab0", "#5aa9e6"), ("#b8621b", "#f0a050"), ("#2f8a27", "#6cc35f"),
                  ("#8a44b8", "#c58af9"))

_TONE_PROPERTY = "kvmguiTone"
_INVALID_PROPERTY = "kvmguiInvalidFrame"


def is_dark(palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window) -> bool:
    return palette.color(background).lightness() < 128


def _pick(palette: QPalette, pair: tuple[str, str],
          background: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    return QColor(pair[1] if is_dark(palette, background) else pair[0])


def tone_colour(palette: QPalette, tone: Tone) -> QColor:
    """The text colour of ``tone`` on ``palette`` (NORMAL: the palette's own)."""
    if tone is Tone.NORMAL:
        return palette.color(QPalette.ColorRole.WindowText)
    return _pick(palette, _TONES[tone])


def error_colour(widget: QWidget) -> QColor:
    return tone_colour(widget.palette(), Tone.ERROR)


def syntax_colour(palette: QPalette, part: Syntax) -> QColor:
    """For text on the palette's Base colour (an editor's background)."""
    return _pick(palette, _SYNTAX[part], QPalette.ColorRole.Base)


def invalid_fill(palette: QPalette) -> QColor:
    """The background of a table cell (on Base) whose value has a problem."""
    return _pick(palette, _INVALID_FILL, QPalette.ColorRole.Base)


def series_colour(palette: QPalette, index: int) -> QColor:
    """The colour of a graph's ``index``-th line on the palette's Base colour."""
    return _pick(palette, SERIES_COLOURS[index % len(SERIES_COLOURS)], QPalette.ColorRole.Base)


def invalid_style(widget: QLineEdit | QPlainTextEdit | QComboBox) -> str:
    """A style sheet that frames a field holding a value that cannot be used."""
    colour = error_colour(widget).name()
    return (f"{type(widget).__name__} {{ border: 2px solid {colour}; border-radius: 3px;"
            " padding: 1px; }")


def frame_invalid(widget: QLineEdit | QPlainTextEdit | QComboBox, invalid: bool) -> None:
    """Frame ``widget`` in the error colour (or not), kept right when the palette changes."""
    widget.setProperty(_INVALID_PROPERTY, invalid)
    widget.setStyleSheet(invalid_style(widget) if invalid else "")
    if invalid:
        widget.installEventFilter(_retoner())


def set_tone(widget: QWidget, tone: Tone) -> None:
    """Colour the text of ``widget`` (a label, usually) for ``tone``.

    The colour goes into the widget's palette, for the active and inactive groups only:
    a disabled widget still greys out. When the desktop's palette changes the tone is
    chosen again for the new window colour.
    """
    widget.setProperty(_TONE_PROPERTY, tone.value)
    _apply(widget, tone)
    if tone is not Tone.NORMAL:
        widget.installEventFilter(_retoner())


def tone_of(widget: QWidget) -> Tone:
    value = widget.property(_TONE_PROPERTY)
    return Tone(value) if value else Tone.NORMAL


def _apply(widget: QWidget, tone: Tone) -> None:
    if tone is Tone.NORMAL:
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            widget.setPalette(QPalette())  # nothing resolved: everything inherited again
        return
    colour = tone_colour(widget.palette(), tone)
    own = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            own.setColor(group, role, colour)
    if widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText) != colour \
            or not widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
        widget.setPalette(own)


class _Retoner(QObject):
    """Re-applies a widget's tone and frame when its inherited palette changes (light ↔ dark)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            tone = tone_of(watched)
            if tone is not Tone.NORMAL:
                _apply(watched, tone)
            if watched.property(_INVALID_PROPERTY) and isinstance(
                    watched, QLineEdit | QPlainTextEdit | QComboBox):
                watched.setStyleSheet(invalid_style(watched))
        return False


_RETONER: list[_Retoner] = []


def _retoner() -> _Retoner:
    if not _RETONER or not shiboken6.isValid(_RETONER[0]):
        _RETONER[:] = [_Retoner(QCoreApplication.instance())]
    return _RETONER[0]
