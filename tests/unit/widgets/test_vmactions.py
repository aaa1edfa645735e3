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


def test_only_force_off_is_offered_while_a_save_of_the_vm_runs(connected, main_window, qtbot,
                                                               submitted):
    """A Save holds the VM's job in libvirt (QEMU pauses the VM to write its memory): a
    Pause, Resume, Shut Down, Reboot or Reset meanwhile waited for it and failed on a lock
    timeout. Force Off stays, the way to end a save that hangs."""
    from kvmgui.dialogs.details.restart import mark_underway
    from kvmgui.widgets.vmactions import ACTIONS_BY_KEY

    window = main_window
    window.apply_preferences(Preferences(confirm=set()))
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5, timeout=5000)
    for name, keys in (("web01", ["pause", "shutdown", "reboot", "reset"]),
                       ("db01", ["resume", "reset"])):  # running, paused
        select_vms(window, name)
        window._update_actions()
        assert all(window.vm_actions[k].isEnabled() for k in keys)
        done, _failed = mark_underway(connected, DEMO_VMS[name], False, lambda _r: None,
                                      lambda _e: None)  # a Save of it runs
        for key in keys:
            qa = window.vm_actions[key]
            assert not qa.isEnabled() and "being saved" in qa.toolTip(), (key, qa.toolTip())
            window.run_vm_action(ACTIONS_BY_KEY[key])  # as for a key pressed just before
        assert window.vm_actions["force_off"].isEnabled()
        assert not {ACTIONS_BY_KEY[k].run for k in keys} & set(submitted)
        done(None)
        assert all(window.vm_actions[k].isEnabled() for k in keys)
