"""The troubleshooter window: steps with outcomes and sentences, the first failure chosen,
a Fix that always asks first (with its virsh lines) and checks again afterwards."""

import shlex
import shutil
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kvmgui.dialogs.troubleshoot import TroubleshooterDialog
from kvmgui.libvirt import pending
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.netcheck import Fix, Outcome, Reason, Result, Step
from kvmgui.libvirt.netfix import apply_fix
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.probes import Probes
from kvmgui.libvirt.troubleshoot import busy
from kvmgui.models.checks import CheckColumn
from kvmgui.widgets import commanddialog
from tests.conftest import DEMO_HOST
from tests.helpers import click, open_connection, run_in_worker, uuid_of
from tests.unit.lverror import refusal

ROUTER = "4dea22b3-1d52-d8f3-2516-782e98a23f04"
ROUTER_NET10_MAC = "52:54:00:6b:3c:05"


def no_leases(_net):
    return []


def open_dialog(qtbot, conn, uuid=ROUTER, mac=ROUTER_NET10_MAC, probes=None):
    dialog = TroubleshooterDialog(conn, uuid, mac, "router", probes=probes or Probes(leases=no_leases))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.checker.running and bool(dialog.checker.results), timeout=20000)
    return dialog


def answer(qtbot, dialog, button):
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(),
                    timeout=5000)
    box = dialog.confirm_box
    text = box.text()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    dialog.confirm_box = None
    return text


def test_every_control_is_named(connected, qtbot):
    dialog = open_dialog(qtbot, connected)
    assert dialog.accessibleName() == "Troubleshooter"
    assert dialog.view.accessibleName() == "Troubleshooter steps"
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                and widget.metaObject().className() in ("QPushButton", "QCheckBox", "QLineEdit",
                                                        "QTableView", "QPlainTextEdit"):
            assert widget.accessibleName(), widget


def test_stopped_network_fix_asks_first_then_checks_again(connected, qtbot, submitted):
    net10 = uuid_of(connected.networks, "net10")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).destroy())
    dialog = open_dialog(qtbot, connected)
    assert dialog.summary.text().startswith("First failing step: “Its network exists and is active”.")
    row = dialog.view.selectionModel().currentIndex().row()
    assert row == dialog.model.row_of(Step.NETWORK)  # the first failure is chosen
    assert dialog.model.index(row, CheckColumn.OUTCOME).data() == "Failed"
    assert dialog.fix_button.isVisible() and dialog.fix_button.text() == "Start the network…"
    assert dialog.fix_button.accessibleName() == "Fix: Start the network"

    submitted.clear()
    click(qtbot, dialog.fix_button)
    text = answer(qtbot, dialog, QMessageBox.StandardButton.No)
    assert "Start the network" in text and "net-start net10" in text  # the line it would run
    assert apply_fix not in submitted  # "No" sent nothing (the question came from a dry run)
    assert not connected.networks.get(net10).active

    click(qtbot, dialog.fix_button)
    with qtbot.waitSignal(dialog.fixed, timeout=5000) as fixed:
        answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    assert fixed.args == [Fix.START_NETWORK]
    assert apply_fix in submitted
    qtbot.waitUntil(lambda: not dialog.checker.running and len(dialog.checker.results) > 3,
                    timeout=20000)
    result = dialog.model.result_at(dialog.model.row_of(Step.NETWORK))
    assert result is not None and not result.failed
    assert dialog.note.text().startswith("Done: Start the network.")


def test_consent_runs_the_checks_again_with_guest_commands(connected, qtbot):
    mac = "52:54:00:6b:3c:01"
    leases = [Lease(mac, "192.168.122.45", 24, "web01", int(time.time()) + 600, "ipv4")]
    dialog = open_dialog(qtbot, connected, "4dea22b3-1d52-d8f3-2516-782e98a23f01", mac,
                         Probes(leases=lambda _n: leases))
    assert dialog.checker.first_failure is None
    assert dialog.summary.text().startswith("No step failed.")
    assert not dialog.checker.target.guest_commands
    dialog.consent.setChecked(True)
    assert dialog.checker.target.guest_commands
    qtbot.waitUntil(lambda: not dialog.checker.running, timeout=20000)
    dialog.view.selectRow(dialog.model.row_of(Step.LEASE))
    assert "192.168.122.45" in dialog.detail.text()
    assert not dialog.fix_button.isVisible()


def test_the_fix_button_waits_while_its_fix_runs(connected, qtbot, monkeypatch):
    release = threading.Event()
    real = Connection.run

    def held(self, fn, *args, **kwargs):
        if fn is apply_fix:  # the fix itself (not its dry run): hold it until told
            def slow(conn, *a):
                release.wait(10)
                return fn(conn, *a)
            return real(self, slow, *args, **kwargs)
        return real(self, fn, *args, **kwargs)

    monkeypatch.setattr(Connection, "run", held)
    net10 = uuid_of(connected.networks, "net10")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).destroy())
    dialog = open_dialog(qtbot, connected)
    try:
        click(qtbot, dialog.fix_button)
        answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: dialog.note.text().startswith("Fixing:"), timeout=5000)
        assert not dialog.fix_button.isEnabled()  # a second click would start the network twice
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.note.text().startswith("Done:"), timeout=5000)


def test_a_name_to_ping_that_ping_would_take_as_an_option_is_said_where_typed(connected, qtbot):
    """'-f' in "Name to ping" went to the guest's ping as an option, unsaid until the step
    answered "No reply from -f". It is said as typed, kept, and not sent."""
    dialog = open_dialog(qtbot, connected)
    assert not dialog.name_problem.isVisible()
    qtbot.keyClicks(dialog.name_edit, " -f")
    assert dialog.name_problem.isVisible()
    assert dialog.name_problem.text() == ("“libvirt.org -f” is neither a host name nor an IP "
                                          "address: the guest is not asked to ping it.")
    assert dialog.name_edit.text() == "libvirt.org -f"  # kept, to be corrected
    assert dialog._target().name_to_ping == "libvirt.org -f"  # the step says why it skips it
    dialog.name_edit.setText("example.org")
    assert not dialog.name_problem.isVisible()
    dialog.name_edit.setText("")  # the default name
    assert not dialog.name_problem.isVisible()


def _link_down(c):
    """The router's card on net10 with its link down, as the running VM has it."""
    dom = c.lookupByUUIDString(ROUTER)
    xml = dom.XMLDesc(0).replace(f"<mac address='{ROUTER_NET10_MAC}'/>",
                                 f"<mac address='{ROUTER_NET10_MAC}'/><link state='down'/>")
    c.defineXML(xml)
    dom.destroy()
    dom.create()


def test_the_lines_of_a_fix_name_xml_files_that_exist(connected, qtbot, monkeypatch, tmp_path):
    """"Set the link up" is a define and an update-device, which virsh reads from files: the
    question named "router.xml" and "router-device.xml", files the user had nowhere."""
    monkeypatch.setattr(commanddialog, "_directory", str(tmp_path))  # where "Show command" writes
    run_in_worker(qtbot, connected, _link_down)
    dialog = open_dialog(qtbot, connected)
    assert dialog.fix_button.text() == "Set the link up…"
    click(qtbot, dialog.fix_button)
    text = answer(qtbot, dialog, QMessageBox.StandardButton.No)
    lines = [shlex.split(line) for line in text.split("\n") if line.startswith("virsh ")]
    assert [argv[3] for argv in lines] == ["define", "update-device"]
    define, update = Path(lines[0][4]), Path(lines[1][5])
    assert define.parent == update.parent == tmp_path
    assert "<name>router</name>" in define.read_text()
    assert "<link state=\"up\"/>" in update.read_text()


def test_a_fix_waiting_for_its_files_on_a_hung_mount_says_so(connected, qtbot, monkeypatch,
                                                             dead_mount):
    """The temporary directory on a network mount that stopped answering: the question
    waits for its files, and the window says what it waits for."""
    monkeypatch.setattr(commanddialog, "_directory", None)
    monkeypatch.setattr(tempfile, "tempdir", str(dead_mount.path))
    monkeypatch.setattr(commanddialog, "write_files", dead_mount.hang(commanddialog.write_files))
    run_in_worker(qtbot, connected, _link_down)
    dialog = open_dialog(qtbot, connected)
    click(qtbot, dialog.fix_button)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert dialog.note.text() == "Writing the XML files…" and dialog.confirm_box is None
    dead_mount.release.set()
    text = answer(qtbot, dialog, QMessageBox.StandardButton.No)
    assert str(dead_mount.path) in text and dialog.note.text() == ""


def test_a_vm_name_that_looks_like_markup_is_shown_as_it_is(connected, qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = TroubleshooterDialog(connected, ROUTER, ROUTER_NET10_MAC, "<i>router</i>",
                                  probes=Probes(leases=no_leases))
    qtbot.addWidget(dialog)
    heading = next(w for w in dialog.findChildren(QLabel) if "<i>router</i>" in w.text())
    assert heading.textFormat() == Qt.TextFormat.PlainText


def test_a_fix_that_fails_after_its_window_closed_is_told_in_the_main_window(connected, qtbot,
                                                                           monkeypatch):
    """"Start the network" confirmed, the window closed before libvirt answered: the job
    had the window as its context, so its failure was dropped with it and told to nobody.
    It is told where a closed window's restart's is (the main window's notifications)."""

    from kvmgui.dialogs.details.restart import news

    release = threading.Event()
    real = Connection.run

    def refused(self, fn, *args, **kwargs):
        if fn is apply_fix:
            def slow(_conn, *_a):
                release.wait(10)
                raise refusal("network is locked by an administrator")
            return real(self, slow, *args, **kwargs)
        return real(self, fn, *args, **kwargs)

    monkeypatch.setattr(Connection, "run", refused)
    net10 = uuid_of(connected.networks, "net10")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).destroy())
    told: list[str] = []
    news().failed.connect(told.append)
    try:
        dialog = open_dialog(qtbot, connected)
        click(qtbot, dialog.fix_button)
        answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: dialog.note.text().startswith("Fixing:"), timeout=5000)
        with qtbot.waitSignal(dialog.destroyed):
            dialog.close()
        release.set()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert len(told) == 1, told
        assert told[0].startswith("router on ") and "Start the network" in told[0], told
        assert "network is locked by an administrator" in told[0], told
    finally:
        release.set()
        news().failed.disconnect(told.append)


NODHCP_VM = "4dea22b3-1d52-d8f3-2516-782e98a23f77"
NODHCP_MAC = "52:54:00:77:00:01"


def define_dhcpless(qtbot, conn):
    """A running VM on a network that hands out no addresses (its DHCP fix: a range)."""
    net = ("<network><name>nodhcp</name><bridge name='virbr77'/><forward mode='nat'/>"
           "<ip address='10.77.0.1' netmask='255.255.255.0'/></network>")
    vm = (f"<domain type='test'><name>dhcpless</name><uuid>{NODHCP_VM}</uuid>"
          "<memory>65536</memory><os><type>hvm</type></os><devices><interface type='network'>"
          f"<mac address='{NODHCP_MAC}'/><source network='nodhcp'/></interface></devices></domain>")

    def define(c):
        c.networkDefineXML(net).create()
        c.defineXML(vm).create()
    run_in_worker(qtbot, conn, define)
    qtbot.waitUntil(lambda: NODHCP_VM in conn.domains
                    and any(r.name == "nodhcp" for r in conn.networks.records()), timeout=5000)
    return uuid_of(conn.networks, "nodhcp")


def test_a_fix_that_works_after_its_window_closed_is_seen_in_the_host_tables(connected, qtbot,
                                                                              monkeypatch):
    """"Turn DHCP on" confirmed, the window closed before libvirt answered: a network's
    update sends no event, and nothing read it again (the window's answer was dropped
    with it, and the open window's answer read nothing either), so the networks panel and
    the map showed the network without DHCP until something else re-read it. The network
    (and, for a VM's fixes, the VM and its pending mark) is read again after a fix."""
    release = threading.Event()
    real = Connection.run

    def held(self, fn, *args, **kwargs):
        if fn is apply_fix:
            def slow(conn, *a):
                release.wait(10)
                return fn(conn, *a)
            return real(self, slow, *args, **kwargs)
        return real(self, fn, *args, **kwargs)

    monkeypatch.setattr(Connection, "run", held)
    net = define_dhcpless(qtbot, connected)
    try:
        dialog = open_dialog(qtbot, connected, NODHCP_VM, NODHCP_MAC)
        assert dialog.current_result().fix is Fix.ENABLE_DHCP
        click(qtbot, dialog.fix_button)
        answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: dialog.note.text().startswith("Fixing:"), timeout=5000)
        with qtbot.waitSignal(dialog.destroyed):
            dialog.close()
        checked: list[str] = []
        tracker = pending.tracker_for(connected)
        monkeypatch.setattr(tracker, "check", checked.append)
        release.set()
        qtbot.waitUntil(lambda: "<range" in connected.networks.get(net).xml, timeout=5000)
        assert checked == [NODHCP_VM]  # the VM's pending mark is asked again too
    finally:
        release.set()


def test_a_fix_that_hangs_is_not_asked_again_from_a_reopened_window(connected, qtbot,
                                                                    monkeypatch):
    """"Start the network" confirmed on a hung host: its job held a thread of the shared
    pool, and the window's guard went with the window, so closing, reopening and
    confirming again held one more each time (four, and no action of kvmgui answered). A
    fix runs on the troubleshooter's own threads, and a reopened window waits for it."""
    release = threading.Event()
    threads: list[str] = []
    real = Connection.run

    def held(self, fn, *args, **kwargs):
        if fn is apply_fix:
            def slow(conn, *a):
                threads.append(threading.current_thread().name)
                release.wait(10)
                return fn(conn, *a)
            return real(self, slow, *args, **kwargs)
        return real(self, fn, *args, **kwargs)

    previews: list[object] = []
    real_preview = Connection.preview

    def preview(self, fn, *args, **kwargs):
        previews.append(fn)
        return real_preview(self, fn, *args, **kwargs)

    monkeypatch.setattr(Connection, "run", held)
    monkeypatch.setattr(Connection, "preview", preview)
    net10 = uuid_of(connected.networks, "net10")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).destroy())
    try:
        dialog = open_dialog(qtbot, connected)
        click(qtbot, dialog.fix_button)
        answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
        assert "fixes" in threads[0]  # not a thread of the shared pool
        with qtbot.waitSignal(dialog.destroyed):
            dialog.close()

        again = open_dialog(qtbot, connected)
        assert again.current_result().fix is Fix.START_NETWORK
        assert not again.fix_button.isEnabled()  # the earlier one has not answered
        assert again.note.text() == ("“Start the network”, asked for earlier, has not "
                                     "answered yet: it can be asked again once it has.")
        again.ask_fix()  # even asked for (a shortcut, a click that came first)
        assert len(previews) == 1 and len(threads) == 1  # neither its question nor the fix
        # The rest of kvmgui still gets answers meanwhile.
        future = connected.run(lambda c: c.getHostname())
        qtbot.waitUntil(future.done, timeout=3000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: again.note.text() == "", timeout=5000)  # answered: said no more
    qtbot.waitUntil(lambda: not again.checker.running, timeout=20000)
    assert len(threads) == 1


def test_a_hung_hosts_fixes_do_not_hold_up_another_hosts_fix(registry, connected, qtbot,
                                                             tmp_path, monkeypatch):
    """The fixes (and their dry runs) of every host shared one set of threads, one per kind
    of fix: a hung host's fixes held them all, and "Start the network…" on a healthy host
    then never asked its question. Each host's fixes have threads of their own now."""
    shutil.copy(DEMO_HOST, tmp_path / "hung.xml")
    hung = open_connection(registry, qtbot, f"test://{tmp_path / 'hung.xml'}", timeout=10000)
    release = threading.Event()
    held: list[Fix] = []
    real_preview = Connection.preview

    def preview(self, fn, fix, fix_args, **kwargs):
        if self is hung:  # the hung host: its dry runs never answer
            def slow(conn, *a):
                held.append(fix)
                release.wait(10)
                return fn(conn, *a)
            return real_preview(self, slow, fix, fix_args, **kwargs)
        return real_preview(self, fn, fix, fix_args, **kwargs)

    monkeypatch.setattr(Connection, "preview", preview)
    net10 = uuid_of(connected.networks, "net10")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).destroy())
    try:
        stuck = open_dialog(qtbot, hung)
        for fix in Fix:  # one job of each fix on the hung host
            result = Result(Step.NETWORK, Outcome.FAILED, Reason.NETWORK_INACTIVE, fix=fix,
                            fix_args=(net10,))
            stuck.current_result = lambda r=result: r  # not monkeypatch: it would hold stuck
            stuck.ask_fix()
        qtbot.waitUntil(lambda: len(held) == len(Fix), timeout=5000)
        with qtbot.waitSignal(stuck.destroyed):
            stuck.close()

        dialog = open_dialog(qtbot, connected)
        click(qtbot, dialog.fix_button)
        text = answer(qtbot, dialog, QMessageBox.StandardButton.No)  # the question comes
        assert "net-start net10" in text
    finally:
        release.set()
    qtbot.waitUntil(lambda: not any(key[1] is hung for key in busy().keys), timeout=10000)
