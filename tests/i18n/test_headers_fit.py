"""The VM list's headers are shown whole in every language, not cut at the English widths."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from kvmgui.models.domains import HEADERS, DomainModel
from kvmgui.models.proxy import DomainFilterProxy
from kvmgui.utils import i18n
from kvmgui.utils.resources import resource
from kvmgui.window.vmlist import WIDTHS, VmTable


@pytest.mark.parametrize("language", ["en", "zh_Hant", "zh_Hans"])
def test_every_header_fits_its_column(app, language, registry, qtbot):
    """The English widths are the least a column gets."""
    qapp, done = app
    done.append(i18n.install(qapp, language, resource("translations")))
    assert done[-1].language == language
    model = DomainModel(registry, stats=False)
    view = VmTable(DomainFilterProxy(model), model)
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    for col, width in WIDTHS.items():
        words = model.headerData(col, Qt.Orientation.Horizontal)
        assert words == QCoreApplication.translate("DomainModel", HEADERS[col])
        needed = header.sectionSizeHint(col)
        # Room for the words and the sort arrow: zh_TW's "虛擬 CPU" needs 84 px here,
        # "vCPUs" 67, where 50 was given to both.
        assert view.columnWidth(col) == max(width, needed), words
