"""Names for the parts Qt builds inside our widgets."""

from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QTabWidget, QToolBar, QWidget

from kvmgui.widgets import a11y


def test_editable_combo_box_text_field_and_list_carry_its_name(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    combo.setAccessibleName("Host interface")
    a11y.name_internals(combo)
    assert combo.lineEdit().accessibleName() == "Host interface"
    assert combo.view().accessibleName() == "Host interface choices"
    a11y.set_name(combo, "Host bridge")  # renamed later: the parts follow
    assert combo.lineEdit().accessibleName() == "Host bridge"
    assert combo.view().accessibleName() == "Host bridge choices"


def test_a_name_the_code_gave_is_kept(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    combo.setAccessibleName("Source")
    combo.lineEdit().setAccessibleName("Network name")
    a11y.name_internals(combo)
    assert combo.lineEdit().accessibleName() == "Network name"


def test_message_box_icon_tab_bar_and_toolbar(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Force Off", "Force off web01?")
    qtbot.addWidget(box)
    a11y.name_internals(box)
    assert box.findChild(QLabel, "qt_msgboxex_icon_label").accessibleName() == "Question"
    holder = QWidget()
    qtbot.addWidget(holder)
    tabs = QTabWidget(holder)
    tabs.setAccessibleName("Host details sections")
    tabs.addTab(QWidget(), "&Overview")
    bar = QToolBar("Main toolbar", holder)
    bar.setAccessibleName("Main toolbar")
    a11y.name_internals(holder)
    assert tabs.tabBar().accessibleName() == "Host details sections"
    ext = bar.findChild(QWidget, "qt_toolbar_ext_button")
    assert ext.accessibleName() == "More main toolbar actions"


def test_polished_widgets_are_named_without_a_window_show(qtbot, qapp):
    """Pages built after their window was shown (a VM's device pages) are named too."""
    assert a11y.install(qapp) is qapp.style()  # as the application does (and tests/conftest.py)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    combo = QComboBox(window)
    combo.setEditable(True)
    combo.setAccessibleName("Model")
    combo.show()  # polished now
    assert combo.lineEdit().accessibleName() == "Model"


def test_a_window_is_named_when_shown_and_shown_again(qtbot, qapp):
    a11y.install(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    combo = QComboBox(window)
    combo.setEditable(True)
    window.show()  # polished without a name: nothing to name the parts after
    assert combo.lineEdit().accessibleName() == ""
    combo.setAccessibleName("Bridge")  # named directly, not through set_name
    window.hide()
    window.show()
    assert combo.lineEdit().accessibleName() == "Bridge"
    assert combo.view().accessibleName() == "Bridge choices"


def test_the_naming_style_is_installed_once_over_the_style_chosen_before(qapp):
    style = a11y.install(qapp)
    assert a11y.install(qapp) is style
    assert isinstance(style, a11y.NamingStyle)
    assert style.baseStyle().name() == "fusion"  # what Qt chose for these tests (offscreen)
