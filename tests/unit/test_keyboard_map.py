"""Every dialog, wizard page and details page, by keyboard and by screen reader: every
control named, Tab reaches every control and never traps, no two underlined letters
clash (in English and in Traditional and Simplified Chinese, whose "(&X)" letters are the
translators'), and every list acts on its selection."""

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from kvmgui.dialogs.shortcuts import mnemonic
from kvmgui.widgets import a11y, itemviews
from kvmgui.widgets.examples import EXAMPLE
from kvmgui.xml.network_spec import ForwardMode
from tests.unit.every_dialog import OPENERS, Desk, close, never_ask_to_discard, settle

pytestmark = pytest.mark.qt_log_ignore("does not support")


@pytest.fixture(params=["en", "zh_Hant", "zh_Hans"])
def language(request, qapp):
    """English, and both Chinese with Qt's own catalogues (their letters are "(&X)")."""
    from kvmgui.utils import i18n

    installed = i18n.install(qapp, request.param)
    assert installed.language == request.param  # not English for a missing catalogue
    yield request.param
    for translator in installed.translators:
        QCoreApplication.removeTranslator(translator)
    # English's locale back, and no catalogue of its counts left for the next tests.
    for translator in i18n.install(qapp, i18n.ENGLISH).translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def desk(language, connected, main_window, qtbot, qapp, monkeypatch):
    a11y.install(qapp)  # as the application does at start (tests/conftest.py did)
    never_ask_to_discard(monkeypatch)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5, timeout=5000)
    desk = Desk(qtbot, main_window, connected)
    yield desk
    desk.close_all()


def states(name: str, window: QWidget, qtbot) -> Iterator[str]:
    """Show each part of ``window`` in turn (pages, kinds, tabs, wizard pages); yields a
    label for each state."""
    yield "first"
    if name == "details":
        for page_id in list(window.pages):
            window.select_page(page_id)
            yield page_id
    elif name == "add hardware":
        for kind in list(window.forms):
            window.select(kind)
            yield kind
    elif name == "host":
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            yield window.tabs.tabText(i)
    elif name == "network wizard":
        modes = window.basics.mode
        for mode in [ForwardMode(modes.itemData(i)) for i in range(modes.count())]:
            while window.currentId() != window.startId():
                window.back()
            modes.setCurrentIndex(modes.findData(mode))
            while True:
                yield f"{mode.name} {window.currentPage().title()}"
                if window.currentPage().isFinalPage() or window.nextId() < 0:
                    break
                before = window.currentId()
                window.next()
                if window.currentId() == before and window.currentPage() is window.device:
                    # No host bridge or SR-IOV card on the test host: one typed in.
                    window.device.host_dev.setEditText("br0" if mode is ForwardMode.BRIDGE
                                                       else "eth1")
                    window.next()
                assert window.currentId() != before, f"{mode.name} {window.currentPage().title()}"
    elif name == "new vm wizard":
        yield from new_vm_states(window, qtbot)
    elif name == "pool wizard":
        yield from pool_states(window, qtbot)


def new_vm_states(wizard: QWizard, qtbot) -> Iterator[str]:
    """Each install method's fields, then every page of a VM made from a cloud image (the
    cloud-init page shows for it), each with each of its radio buttons chosen."""
    from kvmgui.xml.newvm_spec import InstallMethod

    qtbot.waitUntil(lambda: wizard.state.facts is not None, timeout=5000)
    method = wizard.method
    for kind, button in method.method_buttons.items():
        button.click()
        yield f"method {kind.value}"
    method.method_buttons[InstallMethod.CLOUD_IMAGE].click()
    for i in range(method.base_kind.count()):
        method.base_kind.setCurrentIndex(i)
        yield f"cloud image from {method.base_kind.itemData(i)}"
    method.base_volume.volume.setCurrentIndex(0)  # a volume of the pool as the base image
    while True:
        qtbot.waitUntil(lambda: not wizard.state.domcaps_pending, timeout=5000)
        page = wizard.currentPage()
        yield page.title()
        if wizard.currentId() != wizard.startId():
            chosen = [b for b in page.findChildren(QRadioButton) if b.isChecked()]
            for button in page.findChildren(QRadioButton):
                if button.isVisibleTo(page) and button.isEnabled() and not button.isChecked():
                    button.click()
                    yield f"{page.title()} / {button.accessibleName()}"
            for button in chosen:
                button.click()
        if wizard.nextId() < 0:
            break
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, [m.code for m in wizard.state.messages if m.blocks]
    yield from new_vm_variants(wizard, qtbot)


def new_vm_variants(wizard: QWizard, qtbot) -> Iterator[str]:
    """From the Summary: Finish as "Customise…", and the firmware page of a machine that
    boots its own firmware ("The machine's own" for BIOS)."""
    from kvmgui.wizards.newvm.wizard import PageId

    def go(page: PageId) -> None:
        while wizard.currentId() > page:
            wizard.back()
        while wizard.currentId() < page:
            wizard.next()
            qtbot.waitUntil(lambda: not wizard.state.domcaps_pending, timeout=5000)

    go(PageId.NAME)
    wizard.name.customise.setChecked(True)
    go(PageId.SUMMARY)
    yield "Summary, customising"
    go(PageId.NAME)
    wizard.name.customise.setChecked(False)
    go(PageId.FIRMWARE)
    # The test host offers no POWER or s390x machine: the spec is set as choosing one would.
    arch, wizard.state.spec.arch = wizard.state.spec.arch, "s390x"
    wizard.firmware.show_messages([])
    yield "Firmware of s390x"
    wizard.state.spec.arch = arch
    wizard.firmware.show_messages([])


def pool_source_states(page: QWidget, where: str, qtbot) -> Iterator[str]:
    """The source page with each format, logging in, and a search running and done."""
    combo = page.source_format
    if combo.isVisibleTo(page):
        chosen = combo.currentIndex()
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            yield f"{where} {combo.itemText(i)}"
        combo.setCurrentIndex(chosen)
    if page.auth.isVisibleTo(page):
        page.auth.setChecked(True)
        yield f"{where} logging in"
        page.auth.setChecked(False)
    search = page.search
    if search.isVisibleTo(page):
        search.start()  # as Find does, without asking the host: the answer would come mid-walk
        yield f"{where} searching"
        search.cancel()
        page.host.setText(page.host.text() or "nas")
        search.find_button.click()
        qtbot.waitUntil(lambda: not search.running, timeout=5000)
        yield f"{where} searched"


def fill_examples(page: QWidget, wizard: QWizard) -> None:
    """Each empty field shown takes its example (the first, where it shows several)."""
    source = wizard.source  # fields without an example
    known = {source.source_dir: "/srv/images", source.source_name: "pool0",
             source.initiator: "iqn.2024-01.com.example:host"}
    for edit in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        if text or not edit.isVisibleTo(page):
            continue
        example = known.get(edit) \
            or (edit.placeholderText().split(",")[0].split("\n")[0] if edit.property(EXAMPLE) else "")
        if example:
            (edit.setText if isinstance(edit, QLineEdit) else edit.setPlainText)(example)


def pool_states(wizard: QWizard, qtbot) -> Iterator[str]:
    """Every page of each pool type the host can run, its fields filled with their examples."""
    types = wizard.type_page.type
    for i in range(types.count()):
        if not types.model().item(i).isEnabled():
            continue
        while wizard.currentId() != wizard.startId():
            wizard.back()
        types.setCurrentIndex(i)
        while True:
            page = wizard.currentPage()
            yield f"{types.itemText(i)} / {page.title()}"
            if page is wizard.source:
                yield from pool_source_states(wizard.source, f"{types.itemText(i)} / source", qtbot)
            fill_examples(page, wizard)
            if wizard.nextId() < 0:
                break
            qtbot.waitUntil(page.isComplete, timeout=5000)
            before = wizard.currentId()
            wizard.next()
            assert wizard.currentId() != before, types.itemText(i)


# -- names -------------------------------------------------------------------------------------

def unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader would meet without a name (Qt's parts of them included:
    the text field of an editable combo box, its pop-up list)."""
    problems = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.window() is not root or w.objectName().startswith("qt_") or isinstance(w, QHeaderView):
            continue
        kinds = (QAbstractItemView, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
                 QTextEdit)
        if isinstance(w, kinds) and not w.accessibleName():
            if isinstance(w.parentWidget(), QAbstractSpinBox):
                continue  # a spin box's own text field: the spin box carries the name
            problems.append(f"{type(w).__name__} {w.objectName()!r} in {w.parentWidget()!r}")
        if isinstance(w, QComboBox):
            if w.isEditable() and not w.lineEdit().accessibleName():
                problems.append(f"text field of combo box {w.accessibleName()!r}")
            if not w.view().accessibleName():
                problems.append(f"list of combo box {w.accessibleName()!r}")
        if isinstance(w, QAbstractButton) and not (w.accessibleName() or w.text()) \
                and w.isVisibleTo(root):
            problems.append(f"button {w.objectName()!r}")
        # Only an auto-text label may have a mnemonic ("&nbsp;" in rich text is not one; a
        # plain-text label holds data, such as a name with "&", shown as it is).
        if isinstance(w, QLabel) and "&" in w.text() and w.buddy() is None \
                and w.textFormat() == Qt.TextFormat.AutoText \
                and not QtGui.Qt.mightBeRichText(w.text()):
            problems.append(f"label {w.text()!r} without buddy")
    return problems


# -- mnemonics ----------------------------------------------------------------------------------

def mnemonics(window: QWidget) -> Counter:
    """The Alt+letter keys of what is visible in ``window`` now, with the menu bar's."""
    letters: Counter = Counter()
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisibleTo(window):
            continue  # disabled ones count: they clash as soon as they are enabled
        labelled = isinstance(w, QLabel) and w.buddy() is not None
        # Qt's own parts have no letters, but a wizard's Finish and Cancel are named "qt_wizard_…".
        ours = not w.objectName().startswith("qt_") or w.objectName().startswith("qt_wizard_")
        if labelled or (isinstance(w, QAbstractButton) and ours):
            letters[mnemonic(w.text())] += 1
        elif isinstance(w, QGroupBox) and w.isCheckable():
            letters[mnemonic(w.title())] += 1
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                letters[mnemonic(w.tabText(i))] += 1
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            letters[mnemonic(action.text())] += 1
    letters.pop("", None)
    return letters


# -- Tab ------------------------------------------------------------------------------------------

def focusable(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget)
            if w.window() is window and w.isVisibleTo(window) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]


def tab_walk(window: QWidget, qtbot) -> tuple[list[QWidget], bool]:
    """Press Tab from the first control until focus comes back; (visited, came back)."""
    targets = focusable(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    start = targets[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    first = QApplication.focusWidget()
    visited = [first]
    for _ in range(3 * len(targets) + 10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return visited, True
        visited.append(now)
    return visited, False


def _owner(widget: QWidget) -> QWidget:
    """A focusable part inside a control (a combo box's text field) stands for the control."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return parent
        parent = parent.parentWidget()
    return widget


@pytest.mark.parametrize("name", list(OPENERS))
def test_every_dialog_by_keyboard_and_screen_reader(desk, name, qtbot):
    window = OPENERS[name](desk)
    assert window.accessibleName(), name
    problems = []
    for state in states(name, window, qtbot):
        settle(qtbot)
        where = f"{name} / {state}"
        problems += [f"{where}: {p}" for p in unnamed(window)]
        clashes = {k: n for k, n in mnemonics(window).items() if n > 1}
        if clashes:
            problems.append(f"{where}: Alt+letter used twice: {clashes}")
        for view in window.findChildren(QAbstractItemView):
            if view.window() is window and not view.objectName().startswith("qt_") \
                    and not isinstance(view, QHeaderView) \
                    and view.parentWidget() is not None \
                    and not isinstance(view.parentWidget(), QComboBox) \
                    and "QComboBoxPrivateContainer" not in type(view.window()).__name__ \
                    and not itemviews.follows_selection(view):
                problems.append(f"{where}: {view.accessibleName()!r} ignores a selection "
                                "made without the current index")
        if isinstance(window, QWizard) or name in ("details", "add hardware", "host") \
                or state == "first":
            visited, back = tab_walk(window, qtbot)
            if not back:
                trap = Counter(v.accessibleName() or type(v).__name__ for v in visited[-10:])
                problems.append(f"{where}: Tab never comes back: {trap.most_common(3)}")
            reached = {_owner(v) for v in visited}
            missed = [w.accessibleName() or type(w).__name__ for w in focusable(window)
                      if _owner(w) not in reached and not isinstance(w, QTabBar)]
            if missed:
                problems.append(f"{where}: Tab never reaches {missed}")
    close(window)
    assert problems == [], "\n".join(problems)


def test_a_plain_text_label_holding_an_ampersand_is_not_taken_for_a_mnemonic(qtbot):
    """A plain-text label shows its text as it is (a name such as "Tom & Jerry"); only a
    label that may carry an Alt letter needs a buddy."""
    root = QWidget()
    qtbot.addWidget(root)
    plain = QLabel("Tom & Jerry", root)
    plain.setTextFormat(Qt.TextFormat.PlainText)
    QLabel("&Name:", root)
    assert unnamed(root) == ["label '&Name:' without buddy"]
