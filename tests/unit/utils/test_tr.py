"""fill(): one pass over %1…%9, numbers in the default locale."""

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kvmgui.utils.tr import (
    clock_text,
    date_time_text,
    fill,
    number_text,
    size_text,
    window_title,
)


@pytest.fixture
def locale():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_each_placeholder_is_filled_once(locale):
    locale("en_US")
    assert fill("%2 before %1, %1 again", "a", "b") == "b before a, a again"
    # An argument that holds a placeholder is never expanded again (a VM named "%2").
    assert fill("Delete %1 (%2)?", "%2", "vm") == "Delete %2 (vm)?"
    assert fill("%1 of %3", "x") == "x of %3"  # no argument: left for the reader to see
    assert fill("%n items, %1", "x") == "%n items, x"  # %n belongs to translate()
    assert fill("no placeholders") == "no placeholders"


def test_no_space_where_chinese_meets_chinese():
    """「已將 磁碟 vda 移至 磁碟 sda」: one translation serves titles in Chinese and names."""
    assert fill("已將 %1 移至 %2", "磁碟 vda", "磁碟 sda") == "已將磁碟 vda 移至磁碟 sda"
    assert fill("刪除 %1", "web01") == "刪除 web01"  # a name keeps its space
    assert fill("%1 圖表", "記憶體") == "記憶體圖表" and fill("%1 圖表", "CPU") == "CPU 圖表"
    assert fill("%1 %2", "讀取", "2 MiB/s") == "讀取 2 MiB/s"
    assert fill("要從 %2 移除 %1 嗎？", "音效", "web01") == "要從 web01 移除音效嗎？"
    assert fill("%1 %2", "我的 虛擬機", "x") == "我的 虛擬機 x"  # data keeps its own spaces
    assert fill("Delete %1 %2", "a", "%3") == "Delete a %3"
    assert fill("要删除 %2 上的 %1 吗？", "“web01”", "host") == "要删除 host 上的“web01”吗？"


def test_numbers_and_sizes_follow_the_locale(locale):
    locale("en_US")
    assert fill("%1 VMs", 1234567) == "1,234,567 VMs"
    assert number_text(0.5) == "0.5"
    assert size_text(3 * 1024**3) == "3 GiB"
    locale("de_DE")
    assert fill("%1", 1234567.5) == "1.234.567,5"
    assert size_text(1536 * 1024**2) == "1,5 GiB"
    locale("zh_TW")
    assert fill("共 %1 部", 1234) == "共 1,234 部"


def test_a_bool_is_refused():
    with pytest.raises(TypeError):
        fill("%1", True)


@pytest.mark.parametrize(("name", "clock", "stamp"), [
    ("en_US", "3:04:05\u202fPM", "11/14/23 3:04:05\u202fPM"),
    ("de_DE", "15:04:05", "14.11.23 15:04:05"),
    ("zh_TW", "下午3:04:05", "2023/11/14 下午3:04:05"),
    ("zh_CN", "15:04:05", "2023/11/14 15:04:05"),
])
def test_times_follow_the_locale_with_seconds_and_no_zone(locale, name, clock, stamp):
    locale(name)
    when = QDateTime(QDate(2023, 11, 14), QTime(15, 4, 5))
    assert clock_text(when) == clock
    assert date_time_text(when) == stamp


def test_a_window_title_shows_a_name_with_the_modified_mark_as_written(qtbot):
    """Qt takes '[*]' in a window title as the 'modified' mark and hides it; libvirt
    allows it in a VM's (network's, pool's) name."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setWindowTitle(window_title("a[*]b[*][*] — Details"))
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.windowHandle().title() == "a[*]b[*][*] — Details"
