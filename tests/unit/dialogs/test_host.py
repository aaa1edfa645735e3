"""The host details window: one per connection, the host panels as its tabs."""

from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.utils.tr import without_mnemonic
from tests.helpers import click, uuid_of


def test_tabs_and_accessible_names(connected, main_window):
    dialog = main_window.open_host_details(connected)
    dialog.hide()
    assert main_window.open_host_details(connected) is dialog  # one per connection
    tabs = [without_mnemonic(dialog.tabs.tabText(i)) for i in range(dialog.tabs.count())]
    assert tabs == ["Overview", "Virtual networks", "Storage", "Network map"]
    assert dialog.storage.pool_view.accessibleName() == "Storage pools"
    assert dialog.storage.volume_view.accessibleName() == "Volumes"
    assert dialog.networks.view.accessibleName() == "Virtual networks"
    main_window.close()
    assert not dialog.isVisible()


def test_edit_xml_opens_the_xml_editor(connected, main_window, qtbot):
    dialog = main_window.open_host_details(connected)
    panel = dialog.networks
    uuid = uuid_of(connected.networks, "net10")
    assert panel.view.select_key(uuid)
    click(qtbot, panel.xml_button)
    editors = panel.findChildren(XmlEditorDialog)
    assert len(editors) == 1 and editors[0].uuid == uuid and editors[0].kind == "network"
    editors[0].close()
    dialog.close()
