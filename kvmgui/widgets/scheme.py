"""The desktop's light or dark preference, followed while kvmgui runs.

Qt reports the preference as the colour-scheme hint (``QStyleHints.colorScheme``, Qt ≥
6.5; GNOME and KDE set it through the desktop portal). Where the platform theme also
hands Qt a dark palette (KDE, GNOME with a Qt platform theme), nothing is left to do.
Where it reports "dark" but the style keeps its light palette (Fusion on a bare
session), ``follow`` gives kvmgui a dark palette of its own, and takes it back when the
preference turns light again. Everything kvmgui paints itself picks its colours from the
palette (``kvmgui.widgets.styles``) and follows a palette change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from kvmgui.widgets.styles import is_dark

_OWN = "kvmguiOwnPalette"  # an application property: the dark palette is ours

G, R = QPalette.ColorGroup, QPalette.ColorRole
DARK_COLOURS = {
    R.Window: "#2d2d2d", R.WindowText: "#eeeeee", R.Base: "#1f1f1f", R.AlternateBase: "#292929",
    R.ToolTipBase: "#3a3a3a", R.ToolTipText: "#eeeeee", R.PlaceholderText: "#9a9a9a",
    R.Text: "#eeeeee", R.Button: "#383838", R.ButtonText: "#eeeeee", R.BrightText: "#ff8a80",
    R.Light: "#4d4d4d", R.Midlight: "#404040", R.Mid: "#6a6a6a", R.Dark: "#1a1a1a",
    R.Shadow: "#000000", R.Highlight: "#3a72c4", R.HighlightedText: "#ffffff",
    R.Link: "#8ab4f8", R.LinkVisited: "#c58af9", R.Accent: "#3a72c4",
}
DISABLED_COLOURS = {R.WindowText: "#8a8a8a", R.Text: "#8a8a8a", R.ButtonText: "#8a8a8a",
                    R.Highlight: "#4a4a4a", R.HighlightedText: "#bdbdbd"}


def dark_palette() -> QPalette:
    """kvmgui's dark palette: Fusion's roles in the greys of the common dark themes."""
    palette = QPalette()
    for role, colour in DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role, colour in DISABLED_COLOURS.items():
        palette.setColor(G.Disabled, role, QColor(colour))
    return palette


def apply(app: QGuiApplication, scheme: Qt.ColorScheme) -> None:
    """Bring the palette in line with ``scheme``: ours when it is dark and the platform's
    is not, the platform's again when it is not dark."""
    own = bool(app.property(_OWN))
    if scheme == Qt.ColorScheme.Dark:
        if not own and not is_dark(app.palette()):
            app.setProperty(_OWN, True)
            app.setPalette(dark_palette())
    elif own:
        app.setProperty(_OWN, False)
        app.setPalette(QPalette())  # nothing set: the platform's (or the style's) palette again


def follow(app: QGuiApplication) -> QObject:
    """Apply the hint now and whenever it changes; returns the hints object it follows."""
    hints = app.styleHints()

    def changed(scheme: Qt.ColorScheme) -> None:
        # After the platform theme had its say: its own palette change arrives first.
        QTimer.singleShot(0, app, lambda: apply(app, scheme))

    hints.colorSchemeChanged.connect(changed)
    apply(app, hints.colorScheme())
    return hints
