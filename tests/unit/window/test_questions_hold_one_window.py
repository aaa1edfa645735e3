"""A question over a VM's or a host's window holds that window alone: the main window and
the other windows go on taking input while it waits for its answer."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from kvmgui.dialogs.details import DetailsWindow, open_details
from kvmgui.dialogs.details.window import PAGE_ROLE
from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.wizards.newvm import state as newvm_state
from tests.helpers import DEMO_VMS, click, uuid_of


def click_through_window(widget: QWidget, pos: QPoint) -> None:
    """A click as the window system delivers it (to the widget's window, where Qt drops
    it if a modal window blocks that window), not straight to the widget."""
    window = widget.window()
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, widget.mapTo(window, pos))


def choose_page(window: DetailsWindow, page_id: str) -> None:
    pages = window.page_list
    item = next(pages.item(r) for r in range(pages.count())
                if pages.item(r).data(PAGE_ROLE) == page_id)
    click_through_window(pages.viewport(), pages.visualItemRect(item).center())


def choose_vm(main_window, row: int) -> None:
    view = main_window.vm_view
    click_through_window(view.viewport(), view.visualRect(main_window.proxy.index(row, 0)).center())


def edited(window: DetailsWindow) -> None:
    window.select_page("overview")
    overview = window.pages["overview"]
    overview.title_edit.setText("unsaved")
    overview.title_edit.textEdited.emit("unsaved")


def test_a_vm_windows_question_holds_that_window_alone(connected, main_window, qtbot,
                                                       no_nested_questions):
    """'Discard your edits?' over web01's window was window-modal, yet the main window and
    build's window took no input until it was answered: they were the same family of
    windows (the main window the transient parent of both), which Qt blocks as one."""
    main_window.show()
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    web01 = open_details(connected, DEMO_VMS["web01"], main_window)
    build = open_details(connected, DEMO_VMS["build"], main_window)
    qtbot.waitUntil(lambda: web01.view is not None and build.view is not None)
    qtbot.waitExposed(build)
    edited(web01)
    assert not web01.close()
    box = web01.discard_box
    assert box is not None and box.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitExposed(box)

    choose_page(build, "cpumem")
    assert build.current_page() is build.pages["cpumem"]  # build's window takes input
    choose_vm(main_window, 2)
    assert main_window.vm_view.currentIndex().row() == 2  # and so does the main window
    web01.select_page("overview")
    choose_page(web01, "cpumem")
    assert web01.current_page() is web01.pages["overview"]  # the window asked over waits
    box.button(QMessageBox.StandardButton.Cancel).click()
    choose_page(web01, "cpumem")
    assert web01.current_page() is web01.pages["cpumem"]
    web01.pages["overview"].revert()  # the windows close after the test without asking


def test_a_host_windows_question_holds_that_window_alone(connected, main_window, qtbot,
                                                        no_nested_questions):
    main_window.show()
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    dialog = main_window.open_host_details(connected)
    panel = dialog.networks
    assert panel.view.select_key(uuid_of(connected.networks, "net10"))
    click(qtbot, panel.xml_button)
    editor = panel.findChildren(XmlEditorDialog)[0]
    qtbot.waitUntil(lambda: editor.editor.toPlainText() != "", timeout=5000)
    editor.editor.appendPlainText("<!-- mine -->")
    assert not dialog.close()
    qtbot.waitExposed(dialog.close_box)

    choose_vm(main_window, 3)
    assert main_window.vm_view.currentIndex().row() == 3
    dialog.close_box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()


def test_the_new_vm_wizards_file_dialog_holds_the_wizard_alone(connected, main_window, qtbot,
                                                              monkeypatch):
    """Browse… for an ISO in the New VM wizard (a window beside the main window, not modal
    to it): while the file dialog was open, the main window took no input either, the
    wizard's transient parent and so of the same family of windows."""
    from kvmgui.osinfo.database import OsDatabase

    monkeypatch.setattr(newvm_state, "_osdb", OsDatabase())
    main_window.show()
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    main_window.new_vm_action.trigger()
    wizard = main_window.new_vm_wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    browse = wizard.method.iso_file.browse
    click_through_window(browse, browse.rect().center())
    # Built once the folders it looks at answered (on their mounts' threads).
    qtbot.waitUntil(lambda: wizard.method.iso_file.dialog is not None, timeout=5000)
    dialog = wizard.method.iso_file.dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitExposed(dialog)

    choose_vm(main_window, 2)
    assert main_window.vm_view.currentIndex().row() == 2  # the main window takes input
    first = wizard.currentId()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click_through_window(next_button, next_button.rect().center())
    assert wizard.currentId() == first  # the wizard waits for the file
    dialog.reject()
