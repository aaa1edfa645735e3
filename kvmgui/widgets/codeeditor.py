"""A plain-text code editor: line numbers, XML or diff highlighting, and a find bar."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from kvmgui.widgets.styles import Syntax, syntax_colour


def _fmt(palette: QPalette, part: Syntax, *, bold: bool = False,
         italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(syntax_colour(palette, part))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class XmlHighlighter(QSyntaxHighlighter):
    """Tags, attribute names, quoted values and (multi-line) comments, in colours that
    suit ``palette`` (the editor's: light or dark)."""

    _tag = re.compile(r"</?[\w:.-]+|/?>|<\?[\w:.-]+|\?>")
    _attr = re.compile(r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
    IN_COMMENT = 1

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._formats(palette)

    def _formats(self, palette: QPalette) -> None:
        self.TAG = _fmt(palette, Syntax.TAG, bold=True)
        self.ATTR = _fmt(palette, Syntax.ATTRIBUTE)
        self.VALUE = _fmt(palette, Syntax.VALUE)
        self.COMMENT = _fmt(palette, Syntax.COMMENT, italic=True)

    def set_palette(self, palette: QPalette) -> None:
        """Colours for a new palette (the editor's turned dark or light)."""
        self._formats(palette)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for m in self._tag.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self.TAG)
        for m in self._attr.finditer(text):
            self.setFormat(m.start(1), len(m[1]), self.ATTR)
            self.setFormat(m.start(2), len(m[2]), self.VALUE)
        self._comments(text)

    def _comments(self, text: str) -> None:
        self.setCurrentBlockState(0)
        start = 0 if self.previousBlockState() == self.IN_COMMENT else text.find("<!--")
        while start >= 0:
            end = text.find("-->", start)
            if end < 0:
                self.setCurrentBlockState(self.IN_COMMENT)
                self.setFormat(start, len(text) - start, self.COMMENT)
                return
            self.setFormat(start, end + 3 - start, self.COMMENT)
            start = text.find("<!--", end + 3)


class DiffHighlighter(QSyntaxHighlighter):
    """Unified diff: additions green, removals red, hunk headers blue."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._formats(palette)

    def _formats(self, palette: QPalette) -> None:
        self.ADDED = _fmt(palette, Syntax.ADDED)
        self.REMOVED = _fmt(palette, Syntax.REMOVED)
        self.HUNK = _fmt(palette, Syntax.HUNK, bold=True)

    def set_palette(self, palette: QPalette) -> None:
        self._formats(palette)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if text.startswith(("+++", "---")):
            fmt = self.HUNK
        elif text.startswith("+"):
            fmt = self.ADDED
        elif text.startswith("-"):
            fmt = self.REMOVED
        elif text.startswith("@@"):
            fmt = self.HUNK
        else:
            return
        self.setFormat(0, len(text), fmt)


class _LineNumbers(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """Monospaced editor with a line-number gutter and the current line shaded; its
    highlighter (``XmlHighlighter``, ``DiffHighlighter``) takes the new colours when the
    palette changes (light ↔ dark)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 2)
        # Tab moves to the next control (libvirt's XML is indented with spaces): a keyboard
        # user is never trapped in the editor.
        self.setTabChangesFocus(True)
        self._gutter = _LineNumbers(self)
        self.blockCountChanged.connect(self._fit_gutter)
        self.updateRequest.connect(self._scroll_gutter)
        self.cursorPositionChanged.connect(self._shade_current_line)
        self._fit_gutter()
        self._shade_current_line()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for highlighter in self.document().findChildren(QSyntaxHighlighter):
                if isinstance(highlighter, XmlHighlighter | DiffHighlighter):
                    highlighter.set_palette(self.palette())
            self._shade_current_line()

    def line_number_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _fit_gutter(self, *_args: object) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.line_number_width(),
                                       area.height()))

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), self.palette().alternateBase())
        painter.setPen(self.palette().placeholderText().color())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(0, top, self._gutter.width() - 5, height,
                                 Qt.AlignmentFlag.AlignRight, str(block.blockNumber() + 1))
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()

    def _shade_current_line(self) -> None:
        shade = QTextEdit.ExtraSelection()
        shade.format.setBackground(self.palette().alternateBase())
        shade.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        shade.cursor = self.textCursor()
        shade.cursor.clearSelection()
        self.setExtraSelections([shade])

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of ``line`` (1-based, clamped) and show it."""
        block = self.document().findBlockByNumber(max(0, min(line, self.blockCount()) - 1))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()


class FindBar(QWidget):
    """Find text in a QPlainTextEdit; Enter finds the next, Shift+Enter the previous;
    Escape hides the bar and gives the focus back to the editor."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setAccessibleName(self.tr("Find bar"))
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find…"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(lambda _t: self.find_next(from_start=True))
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.field)
        self.status = QLabel(self)
        self.status.setAccessibleDescription(self.tr("Find result"))
        buttons = []
        for text, name, slot in ((self.tr("Previous"), self.tr("Find previous"), self.find_previous),
                                 (self.tr("Next"), self.tr("Find next"), self.find_next),
                                 (self.tr("Close"), self.tr("Close find bar"), self.close_bar)):
            button = QToolButton(self)
            button.setText(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.append(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        for button in buttons:
            layout.addWidget(button)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Shift+Return"), self.field, self.find_previous,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.hide()

    def open_bar(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def find_next(self, *, from_start: bool = False) -> bool:
        return self._find(QTextDocument.FindFlag(0), from_start=from_start)

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag, *, from_start: bool = False) -> bool:
        text = self.field.text()
        if not text:
            self.status.clear()
            return False
        before = self.editor.textCursor()
        if from_start:
            cursor = self.editor.textCursor()
            cursor.setPosition(min(cursor.selectionStart(), cursor.position()))
            self.editor.setTextCursor(cursor)
        found = self.editor.find(text, flags)
        if not found:  # wrap around
            cursor = self.editor.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(QTextCursor.MoveOperation.End if backward
                                else QTextCursor.MoveOperation.Start)
            self.editor.setTextCursor(cursor)
            found = self.editor.find(text, flags)
        if not found:
            self.editor.setTextCursor(before)  # nowhere: the user's place is kept
        self.status.setText("" if found else self.tr("Not found"))
        return found
