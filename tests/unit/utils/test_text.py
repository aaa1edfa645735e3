"""Tooltips that must show their text as it is."""

from PySide6.QtGui import Qt, QTextDocument

from kvmgui.utils.text import bold, literal_tooltip


def as_shown(text):
    if not Qt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def test_plain_text_is_left_alone():
    assert literal_tooltip("Disk vda (virtio) /var/lib/a&b.qcow2") == "Disk vda (virtio) /var/lib/a&b.qcow2"


def test_text_that_looks_like_markup_shows_literally():
    for text in ("/pool/a<b>&\"c'.qcow2", "x&lt;y", "<i>not italic</i>\nsecond <line>"):
        assert as_shown(literal_tooltip(text)) == text


def test_bold_escapes():
    doc = QTextDocument()
    doc.setHtml(bold("a<b>&c") + " — Running")
    assert doc.toPlainText() == "a<b>&c — Running"
