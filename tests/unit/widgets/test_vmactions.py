"""Which VM actions apply in which state, against VMs in those states on a test host."""

import pytest

from kvmgui.dialogs.preferences import Preferences
from kvmgui.libvirt.records import DomainState
from tests.conftest import DEMO_HOST
from tests.helpers import DEMO_VMS, select_vms

DESKTOP = DEMO_VMS["desktop"]


@pytest.fixture
def test_host(tmp_path):
    """The Demo host with 'desktop' crashed (its guest panicked, the VM kept for a look:
    libvirt's ``on_crash`` preserve). The test driver keeps it active, as QEMU does."""
    text = DEMO_HOST.read_text()
    at = text.index("<name>desktop</name>")
    end = text.index("</domain>", at)
    text = text[:at] + text[at:end].replace("<test:runstate>5</test:runstate>",
                                            "<test:runstate>6</test:runstate>") + text[end:]
    path = tmp_path / "host.xml"
    path.write_text(text)
    return f"test://{path}"


def test_a_crashed_vm_can_be_forced_off_not_run(connected, main_window, qtbot):
    window = main_window
    window.apply_preferences(Preferences(confirm=set()))
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5, timeout=5000)
    assert connected.domains.get(DESKTOP).state == DomainState.CRASHED
    select_vms(window, "desktop")
    window._update_actions()
    # Still running as far as libvirt is concerned: start refuses ("already running").
    assert not window.vm_actions["start"].isEnabled()
    assert window.vm_actions["force_off"].isEnabled()
    window.vm_actions["force_off"].trigger()
    qtbot.waitUntil(lambda: connected.domains.get(DESKTOP).state == DomainState.SHUTOFF,
                    timeout=5000)
    assert not window.notifications.messages()


def test_the_question_lists_the_vms_with_the_languages_separator(traditional_chinese, qtbot):
    from PySide6.QtWidgets import QWidget

    from kvmgui.widgets.vmactions import ACTIONS_BY_KEY, confirm_box
    parent = QWidget()
    qtbot.addWidget(parent)
    box = confirm_box(parent, ACTIONS_BY_KEY["force_off"], ["web01", "db01"], lambda: None)
    # "web01、db01", as the delete dialog and the details window list names in Chinese.
    assert "web01、db01" in box.text(), box.text()
