"""Text that must be shown literally (names, paths, libvirt's messages).

Qt reads a label's, message box's or tooltip's text as HTML when it merely looks like
HTML (``Qt.mightBeRichText``): a VM called ``a<b>x`` would turn bold and lose its
``<b>``. Labels and boxes that show such text use ``Qt.TextFormat.PlainText``; a tooltip
has no such setting, so it is escaped here when Qt would misread it.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def literal_tooltip(text: str) -> str:
    """``text`` so that a tooltip shows it as it is."""
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def bold(text: str) -> str:
    """``text`` in bold, for a rich-text label: escaped, so it shows as it is."""
    return f"<b>{html.escape(text, quote=False)}</b>"
