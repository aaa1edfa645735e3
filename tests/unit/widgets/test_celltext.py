"""Plain text cells painted without the style look exactly as the style paints them."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from kvmgui.models.proxy import DomainFilterProxy
from kvmgui.models.roles import Role
from kvmgui.widgets.celltext import PlainTextDelegate, TextPainter
from kvmgui.widgets.iconcells import IconTextDelegate
from kvmgui.widgets.sparkline import SparklineDelegate
from kvmgui.window.vmlist import PLAIN_TEXT_COLUMNS, VmTable

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATES = {
    "enabled": QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active,
    "greyed": QStyle.StateFlag.State_Active,  # a row of a disconnected host
    "inactive window": QStyle.StateFlag.State_Enabled,
    "selected": QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    | QStyle.StateFlag.State_Selected,
    "focus": QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    | QStyle.StateFlag.State_HasFocus,
}


@pytest.fixture
def table(qtbot):
    model = QStandardItemModel(1, 1)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    return view, model


def paint_cell(view, model, delegate, text, alignment, width, state, direction,
               history=None, height=26, wrap=False):
    item = QStandardItem(text)
    if alignment is not None:
        item.setData(int(alignment), Qt.ItemDataRole.TextAlignmentRole)
    if history is not None:
        item.setData(history, Role.HISTORY)
    model.setItem(0, 0, item)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(view.palette().base().color())  # as the view fills a row
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.rect = QRect(0, 0, width, height)
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    option.textElideMode = Qt.TextElideMode.ElideRight
    option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    option.direction = direction
    option.state = STATES[state]
    if wrap:
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


@pytest.mark.parametrize("text", ["12 %", "1.2 / 2.0 GiB", "正在執行", "記憶體 1.5 GiB",
                                  "a-virtual-machine-with-a-name-too-long-for-its-column"])
@pytest.mark.parametrize("state", list(STATES))
def test_plain_cells_paint_as_the_style_does(table, text, state):
    view, model = table
    plain = PlainTextDelegate(view)
    for alignment in (RIGHT, None):
        for width in (60, 300):  # 60: elided
            for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
                args = (text, alignment, width, state, direction)
                styled = paint_cell(view, model, QStyledItemDelegate(view), *args)
                assert paint_cell(view, model, plain, *args) == styled, args


def kind_for(view, state, direction):
    """A RowKind as widgets/fastrows.py makes one, for a cell in ``state``."""
    from kvmgui.widgets.celltext import text_colour_group
    from kvmgui.widgets.fastrows import RowKind

    palette = view.palette()
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    elide = Qt.TextElideMode.ElideRight
    return RowKind(QStyleOptionViewItem(), lambda *_a: None, view.font(), direction, elide, align,
                   align.value, direction.value, elide.value, palette,
                   QColor(palette.color(text_colour_group(STATES[state]), QPalette.ColorRole.Text)),
                   palette.base().color(), PlainTextDelegate(view).text.margin(view), 1.0,
                   True, False, None)


@pytest.mark.parametrize("text", ["12 %", "記憶體 1.5 GiB", "a-virtual-machine-with-a-long-name"])
@pytest.mark.parametrize("height", [26, 9])  # 9: shorter than the text, so clipped
def test_draw_cell_paints_as_the_style_does(table, text, height):
    """The fast rows' entry (one kind per row, the clip only where the ink would reach
    past the cell) against the style, as above."""
    view, model = table
    for state in ("enabled", "greyed"):
        for width in (60, 300):
            for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
                styled = paint_cell(view, model, QStyledItemDelegate(view), text, None, width,
                                    state, direction, height=height)
                image = QImage(width, height, QImage.Format.Format_ARGB32)
                image.fill(view.palette().base().color())
                painter = QPainter(image)
                kind = kind_for(view, state, direction)
                painter.setPen(kind.pen)
                clipped = TextPainter().draw_cell(painter, QRect(0, 0, width, height), text,
                                                  None, kind)
                painter.end()
                assert image == styled, (text, state, width, direction, height)
                assert clipped == (height == 9), "clipped only where the text would spill"


def test_wrapped_text_goes_through_the_style(table):
    view, model = table
    args = ("a name long enough to wrap onto a second line", None, 90, "enabled",
            Qt.LayoutDirection.LeftToRight)
    styled = paint_cell(view, model, QStyledItemDelegate(view), *args, height=60, wrap=True)
    assert paint_cell(view, model, PlainTextDelegate(view), *args, height=60, wrap=True) == styled
    assert paint_cell(view, model, PlainTextDelegate(view), *args, height=60) != styled


def test_kept_layouts_are_reused_and_follow_the_font(table):
    view, model = table
    plain = PlainTextDelegate(view)
    for _ in range(3):
        paint_cell(view, model, plain, "12 %", RIGHT, 80, "enabled", Qt.LayoutDirection.LeftToRight)
    assert plain.text.laid_out == 1
    paint_cell(view, model, plain, "13 %", RIGHT, 80, "enabled", Qt.LayoutDirection.LeftToRight)
    paint_cell(view, model, plain, "13 %", RIGHT, 90, "enabled", Qt.LayoutDirection.LeftToRight)
    assert plain.text.laid_out == 3
    font = QFont(view.font())
    font.setPointSize(font.pointSize() + 4)
    view.setFont(font)
    bigger = paint_cell(view, model, plain, "13 %", RIGHT, 90, "enabled",
                        Qt.LayoutDirection.LeftToRight, height=40)
    assert plain.text.laid_out == 4
    assert bigger == paint_cell(view, model, QStyledItemDelegate(view), "13 %", RIGHT, 90,
                                "enabled", Qt.LayoutDirection.LeftToRight, height=40)


@pytest.mark.parametrize("state", ["enabled", "inactive window"])
@pytest.mark.parametrize("history", [[5.0, 40.0, 20.0, 90.0, 10.0, 60.0], [0.0] * 6, [50.0] * 6])
def test_a_plain_sparkline_cell_paints_as_through_the_style(table, state, history):
    view, model = table
    delegate = SparklineDelegate(100.0, view)
    fast = paint_cell(view, model, delegate, "60 %", RIGHT, 120, state,
                      Qt.LayoutDirection.LeftToRight, history)

    class Styled(SparklineDelegate):
        def paint(self, painter, option, index):
            self._paint_styled(painter, option, index, index.data(Role.HISTORY))

    styled = paint_cell(view, model, Styled(100.0, view), "60 %", RIGHT, 120, state,
                        Qt.LayoutDirection.LeftToRight, history)
    # The same but for rounding: the plain cell's fill is the blend worked out beforehand.
    assert max(abs(getattr(fast.pixelColor(x, y), c)() - getattr(styled.pixelColor(x, y), c)())
               for x in range(fast.width()) for y in range(fast.height())
               for c in ("red", "green", "blue")) <= 2
    blank = paint_cell(view, model, delegate, "60 %", RIGHT, 120, state,
                       Qt.LayoutDirection.LeftToRight)
    assert fast != blank  # the line is there


def test_the_vm_list_plain_columns_have_only_text(connected, registry, qtbot):
    """PlainTextDelegate's promise: these columns never carry an icon, check box, font
    or colour role (it would not paint them)."""
    model = DomainModel(registry)
    proxy = DomainFilterProxy(model)
    view = VmTable(proxy, model)
    qtbot.addWidget(view)
    assert {c for c in Column if isinstance(view.itemDelegateForColumn(c), PlainTextDelegate)
            and not isinstance(view.itemDelegateForColumn(c), SparklineDelegate)} \
        == set(PLAIN_TEXT_COLUMNS)
    assert Column.STATE not in PLAIN_TEXT_COLUMNS  # it has an icon
    roles = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole,
             Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.BackgroundRole)
    assert proxy.rowCount() > 3
    for row in range(proxy.rowCount()):
        for col in (*PLAIN_TEXT_COLUMNS, Column.CPU, Column.DISK_IO, Column.NET_IO):
            index = proxy.index(row, col)
            assert [index.data(role) for role in roles] == [None] * len(roles), (row, col)
        # IconTextDelegate's promise (widgets/iconcells.py): the state cells are a word
        # and an icon, nothing else a style would paint.
        index = proxy.index(row, Column.STATE)
        assert isinstance(index.data(Qt.ItemDataRole.DecorationRole), QIcon)
        assert [index.data(role) for role in roles[1:]] == [None] * (len(roles) - 1), row
    assert isinstance(view.itemDelegateForColumn(Column.STATE), IconTextDelegate)


def test_a_history_is_drawn_straight_once_then_kept(table):
    """A plain cell's history is nearly always painted once (a new sample replaces it):
    drawn onto the view, not into a pixmap. Painted again (a flat line, an idle VM's
    0 B/s, is the same after every sample), it is kept, and looks the same."""
    view, model = table
    delegate = SparklineDelegate(None, view)
    args = ("1 KiB/s", RIGHT, 120, "enabled", Qt.LayoutDirection.LeftToRight)
    changing = paint_cell(view, model, delegate, *args, [0.0, 30.0, 10.0])
    assert paint_cell(view, model, delegate, *args, [30.0, 10.0, 40.0]) != changing
    assert delegate.cache.rendered == 0
    flat = [paint_cell(view, model, delegate, *args, [0.0, 0.0, 0.0]) for _ in range(4)]
    assert delegate.cache.rendered == 1  # at the second painting
    assert all(picture == flat[0] for picture in flat)
