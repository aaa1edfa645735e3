"""How wide the VM list's columns are: each as wide as its header or its widest usual cell
in the language shown (never less than a floor), the name column taking what the others
leave of the view, as in virt-manager's list. Fixed widths chosen for English scrolled the
list sideways at the main window's default size, in English and Chinese alike."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from kvmgui.libvirt.records import DomainState
from kvmgui.models.domainrow import AT_LEAST, AUTOSTART_WORDS, RESTART_MARK, Column
from kvmgui.models.format import format_duration, format_memory_use, format_percent, format_rate
from kvmgui.models.words import domain_state, kept
from kvmgui.utils.tr import fill, number_text

# The least each column gets (px): the name column's when the window is too narrow to give
# it more; the host's, whose names are not known when the widths are chosen; a sparkline's
# room in the columns of rates. The others are as wide as their words.
FLOORS: dict[int, int] = {
    Column.NAME: 150, Column.HOST: 110, Column.STATE: 0, Column.CPU: 60, Column.MEMORY: 0,
    Column.VCPUS: 0, Column.DISK_IO: 80, Column.NET_IO: 80, Column.UPTIME: 0, Column.AUTOSTART: 0}
_KIB_PER_GIB = 1024**2
_BYTES_PER_MIB = 1024**2
_LONG_UPTIMES = (23 * 3600 + 59 * 60, 99 * 86400 + 23 * 3600)  # "23 h 59 min", "99 d 23 h"


def widest_cells() -> dict[int, list[str]]:
    """The widest texts each column shows in usual use, in the language shown (a host's
    name and a VM's are not known here)."""
    rates = [format_rate(1023.9 * 1024), format_rate(999.9 * _BYTES_PER_MIB)]  # "1,023.9 KiB/s"
    return {
        # A running or paused VM with changes for its next start is marked in its state.
        Column.STATE: [domain_state(state) for state in DomainState]
        + [fill(kept(RESTART_MARK), domain_state(state))
           for state in (DomainState.RUNNING, DomainState.PAUSED)],
        Column.CPU: [format_percent(100.0)],
        Column.MEMORY: [format_memory_use(1023 * 1024, 1023 * 1024),
                        format_memory_use(99.9 * _KIB_PER_GIB, 99.9 * _KIB_PER_GIB)],
        Column.VCPUS: [number_text(128)],
        Column.DISK_IO: rates,
        Column.NET_IO: rates,
        Column.UPTIME: [fill(kept(AT_LEAST), format_duration(s)) for s in _LONG_UPTIMES],
        Column.AUTOSTART: [kept(words) for words in AUTOSTART_WORDS],
    }


def cell_width(view: QTableView, text: str, icon: bool = False) -> int:
    """The width the view's style gives a cell of ``text`` (after an icon, if ``icon``)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.text = text
    features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if icon:
        features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        size = view.iconSize()
        if not size.isValid():
            side = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
            size = QSize(side, side)
        option.decorationSize = size
    option.features = features
    return view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option,
                                         QSize(), view).width()


def default_widths(view: QTableView) -> dict[int, int]:
    """Each column's width: its floor, its header's words with the sort arrow, or its
    widest usual cell, whichever is widest."""
    header = view.horizontalHeader()
    cells = widest_cells()
    return {col: max(floor, header.sectionSizeHint(col),
                     *(cell_width(view, text, col == Column.STATE) for text in cells.get(col, ())))
            for col, floor in FLOORS.items()}
