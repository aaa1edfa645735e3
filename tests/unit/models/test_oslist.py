"""The OS list model of the new-VM wizard, checked by QAbstractItemModelTester."""

from PySide6.QtCore import Qt

from kvmgui.models.oslist import OsListModel
from kvmgui.models.roles import Role
from kvmgui.osinfo.database import OsDatabase, OsEntry
from kvmgui.xml.newvm_spec import OsFamily

UBUNTU = OsEntry("ubuntu22.04", "Ubuntu 22.04 LTS", OsFamily.LINUX, "2022-04-21", "http://ubuntu.com/ubuntu/22.04")
WIN = OsEntry("win11", "Microsoft Windows 11", OsFamily.WINDOWS, "2021-10-04", "http://microsoft.com/win/11")


def test_rows_roles_and_searches(qtmodeltester, qtbot):
    model = OsListModel()
    qtmodeltester.check(model)  # attached before the searches it follows
    db = OsDatabase()
    model.set_entries(db.search(""))
    assert model.rowCount() == 3
    assert model.index(0).data() == "Generic Linux"  # translated through "OsName"
    model.set_entries([UBUNTU, WIN])
    assert model.index(0).data() == "Ubuntu 22.04 LTS (2022)"
    assert model.index(1).data(Role.KEY) == "win11"
    assert model.index(1).data(Role.OBJECT) is WIN
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) == UBUNTU.osinfo_id
    assert model.row_of("win11") == 1 and model.row_of("nope") == -1
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemNeverHasChildren
    assert model.index(5).isValid() is False and model.data(model.index(5)) is None
    model.set_entries([])
    assert model.rowCount() == 0
    qtmodeltester.check(model)
