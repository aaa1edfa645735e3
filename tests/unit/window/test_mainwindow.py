"""The main window against private test-driver hosts: actions, bulk actions, confirmations,
filters, failures, connection drops and what it remembers."""

import threading

import libvirt
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kvmgui.dialogs.connect import ConnectDialog
from kvmgui.dialogs.details.restart import RestartJob
from kvmgui.dialogs.preferences import Preferences
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.records import DomainState
from kvmgui.models.domainrow import Column
from kvmgui.models.proxy import StateGroup
from kvmgui.widgets.vmactions import ACTIONS_BY_KEY
from kvmgui.window.mainwindow import MainWindow
from tests.helpers import run_in_worker
from tests.helpers import select_vms as select
from tests.unit.lverror import refusal


@pytest.fixture
def window(main_window):
    return main_window


def state_of(conn, name):
    return next(r.state for r in conn.domains.records() if r.name == name)


def answer(window, qtbot, button):
    qtbot.waitUntil(lambda: bool(window.open_dialogs), timeout=5000)
    box = window.open_dialogs[-1]
    assert isinstance(box, QMessageBox)
    box.button(button).click()


def test_views_have_accessible_names(window):
    assert window.vm_view.accessibleName() == "Virtual machines"
    assert window.conn_view.accessibleName() == "Connections"
    assert window.timeline.view.accessibleName() == "Event timeline"
    assert window.filter_edit.accessibleName() == "Filter virtual machines"


def test_actions_follow_selection_and_run(connected, window, qtbot):
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    uuid = select(window, "build")[0]
    assert window.vm_actions["start"].isEnabled()
    assert not window.vm_actions["pause"].isEnabled()
    window.vm_actions["start"].trigger()
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state == DomainState.RUNNING, timeout=5000)
    qtbot.waitUntil(lambda: window.vm_actions["pause"].isEnabled(), timeout=5000)
    assert not window.vm_actions["start"].isEnabled()


def test_bulk_action_on_a_multi_selection(connected, window, qtbot):
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    select(window, "web01", "router", "build")  # build is off: pause skips it
    assert len(window.selected_vms()) == 3
    window.vm_actions["pause"].trigger()
    qtbot.waitUntil(lambda: state_of(connected, "web01") == DomainState.PAUSED
                    and state_of(connected, "router") == DomainState.PAUSED, timeout=5000)
    assert state_of(connected, "build") == DomainState.SHUTOFF
    qtbot.waitUntil(lambda: window.vm_actions["resume"].isEnabled(), timeout=5000)
    window.vm_actions["resume"].trigger()
    qtbot.waitUntil(lambda: state_of(connected, "router") == DomainState.RUNNING, timeout=5000)


def test_force_off_asks_first(connected, window, qtbot, submitted):
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    select(window, "web01")
    window.vm_actions["force_off"].trigger()
    answer(window, qtbot, QMessageBox.StandardButton.No)
    # "Yes" would have submitted the job while the box closed: nothing was.
    assert ACTIONS_BY_KEY["force_off"].run not in submitted
    assert state_of(connected, "web01") == DomainState.RUNNING
    window.vm_actions["force_off"].trigger()
    assert "web01" in window.open_dialogs[-1].text()
    answer(window, qtbot, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: state_of(connected, "web01") == DomainState.SHUTOFF, timeout=5000)


def test_confirmations_follow_preferences(connected, window, qtbot):
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    window.apply_preferences(Preferences(confirm={"pause"}))
    select(window, "web01")
    window.vm_actions["force_off"].trigger()  # no longer asks
    qtbot.waitUntil(lambda: state_of(connected, "web01") == DomainState.SHUTOFF, timeout=5000)
    select(window, "router")
    window.vm_actions["pause"].trigger()  # now asks
    answer(window, qtbot, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: state_of(connected, "router") == DomainState.PAUSED, timeout=5000)


def test_failed_action_notifies_with_libvirt_message(connected, window, qtbot):
    """An action on a VM whose state changed meanwhile: libvirt's words, and the true state."""
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    record = connected.domains.get(select(window, "web01")[0])
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())
    qtbot.waitUntil(lambda: connected.domains.get(record.uuid).state == DomainState.SHUTOFF)
    pause = ACTIONS_BY_KEY["pause"]
    window._run_targets(pause, [(connected, record)])  # as for a row it still thought running
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    message = window.notifications.messages()[0]
    assert "Could not pause 'web01'" in message and "not running" in message
    assert window.notifications.isVisibleTo(window)
    assert connected.domains.get(record.uuid).state == DomainState.SHUTOFF
    row = window.domain_model.row_of(connected, record.uuid)
    assert window.domain_model.index(row, Column.STATE).data() == "Shut off"


def test_filter_and_find_shortcut(connected, window, qtbot):
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    qtbot.keyClicks(window.filter_edit, "WEB")
    assert window.vm_view.model().rowCount() == 1
    window.filter_edit.clear()
    state = window.vm_list.filters.state
    state.setCurrentIndex(state.findData(StateGroup.RUNNING))
    assert sorted(window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())) \
        == ["router", "web01"]
    assert window.find_action.shortcut().toString() == "Ctrl+F"



def test_power_keys_typed_in_the_filter_box_are_the_boxs(connected, window, qtbot, submitted):
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    select(window, "web01")
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key in (Qt.Key.Key_V, Qt.Key.Key_S, Qt.Key.Key_R):
        qtbot.keyClick(window.filter_edit, key, ctrl_shift)
    assert not {ACTIONS_BY_KEY[k].run for k in ("save", "shutdown", "reboot")} & set(submitted)
    assert state_of(connected, "web01") == DomainState.RUNNING


def test_power_keys_typed_in_a_floating_docks_filter_are_the_filters(connected, window, qtbot,
                                                                     submitted):
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    select(window, "web01")
    window.show()
    window.timeline.setFloating(True)
    with qtbot.waitActive(window.timeline):
        window.timeline.activateWindow()
    window.timeline.filter.setFocus()
    qtbot.waitUntil(window.timeline.filter.hasFocus)
    qtbot.keyClick(window.timeline.filter, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ACTIONS_BY_KEY["save"].run not in submitted

def test_connection_drop_greys_rows_and_disables_actions(connected, window, qtbot):
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    select(window, "web01")
    assert window.vm_actions["pause"].isEnabled()
    connected.close()
    assert window.vm_view.model().rowCount() == 5
    index = window.proxy.index(0, 0)
    assert not window.proxy.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert not window.vm_actions["pause"].isEnabled()
    assert "Disconnected" in window.conn_status.text()
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    assert window.proxy.flags(window.proxy.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert "Connected" in window.conn_status.text()


def test_status_bar_counts(connected, window, qtbot):
    qtbot.waitUntil(lambda: window.vm_count.text() == "5 VMs, 3 active", timeout=5000)
    window.filter_edit.setText("web")
    qtbot.waitUntil(lambda: window.vm_count.text() == "5 VMs, 3 active · 1 shown", timeout=5000)


def test_layout_sort_and_preferences_persist(connected, registry, settings, qtbot):
    first = MainWindow(registry, settings)
    qtbot.addWidget(first)
    first.vm_view.sortByColumn(Column.CPU, Qt.SortOrder.DescendingOrder)
    first.vm_view.setColumnHidden(Column.UPTIME, True)
    first.vm_view.setColumnWidth(Column.NAME, 234)
    first.resize(700, 500)
    first.apply_preferences(Preferences(stats_interval_ms=1500, sparklines=False,
                                        confirm={"reboot"}, hidden_columns={Column.UPTIME}))
    first.prefs.save(settings)
    first.close()
    second = MainWindow(registry, settings)
    qtbot.addWidget(second)
    assert second.proxy.sortColumn() == Column.CPU
    assert second.proxy.sortOrder() == Qt.SortOrder.DescendingOrder
    assert second.vm_view.isColumnHidden(Column.UPTIME)
    assert second.vm_view.columnWidth(Column.NAME) == 234
    assert (second.width(), second.height()) == (700, 500)
    assert second.prefs.stats_interval_ms == 1500 and second.prefs.confirm == {"reboot"}
    assert not second.vm_view.sparklines[Column.CPU].enabled
    assert second.domain_model.sampler(connected).interval_ms == 1500


def test_add_connection_from_the_window(registry, main_window, test_host, qtbot):
    window = main_window
    window.new_conn_action.trigger()
    dialog = window.open_dialogs[-1]
    assert isinstance(dialog, ConnectDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("custom"))
    dialog.custom.setText(test_host)
    dialog.name.setText("Lab")
    dialog.autoconnect.setChecked(True)
    dialog.accept()
    conn = registry.find(test_host)
    assert conn is not None and conn.label == "Lab" and conn.autoconnect
    qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=5000)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 5, timeout=5000)
    assert registry.saved() == [(test_host, "Lab", True)]  # saved in QSettings
    window.conn_view.setCurrentIndex(window.conn_model.index(0))
    assert window.disconnect_action.isEnabled() and not window.connect_action.isEnabled()
    window.disconnect_action.trigger()
    assert conn.state == ConnState.DISCONNECTED
    assert window.connect_action.isEnabled()


def test_disconnect_stops_the_retries_of_a_lost_connection(connected, window, qtbot):
    """A host lost is retried every few seconds, for ever: Disconnect is how the user
    stops that (it was off, as for any disconnected host, and only Remove stopped it)."""
    import libvirt

    from kvmgui.libvirt.connstate import Reason

    connector = connected._connector
    connector._on_closed(connector.generation, libvirt.VIR_CONNECT_CLOSE_REASON_EOF)
    assert connected.state == ConnState.DISCONNECTED and connected.reason.retry_s > 0
    window.conn_view.setCurrentIndex(window.conn_model.index(0))
    assert window.disconnect_action.isEnabled()
    window.disconnect_action.trigger()
    assert connected.reason.code == Reason.NONE and not connector._retry.isActive()
    assert not window.disconnect_action.isEnabled() and window.connect_action.isEnabled()


def test_a_host_that_stays_down_is_reported_once_not_at_every_retry(connected, window, qtbot):
    """Each failed retry (every few seconds, for as long as the host is down) added the
    same error to the notifications, crowding out the others."""
    from kvmgui.libvirt.connstate import Reason, StateReason

    window.notifications.clear()
    connector = connected._connector
    for _ in range(3):
        connector._set_state(ConnState.DISCONNECTED,
                             StateReason(Reason.RETRY_FAILED, "Connection refused", retry_s=30))
    assert len(window.notifications.messages()) == 1
    connector._set_state(ConnState.DISCONNECTED,
                         StateReason(Reason.RETRY_FAILED, "No route to host", retry_s=30))
    assert len(window.notifications.messages()) == 2  # another reason is news
    connector._set_state(ConnState.CONNECTED, StateReason(Reason.CONNECTED))
    connector._set_state(ConnState.DISCONNECTED,
                         StateReason(Reason.RETRY_FAILED, "No route to host", retry_s=30))
    assert len(window.notifications.messages()) == 3  # down again after being up


TRANSIENT = """<domain type='test'><name>scratch</name><memory>65536</memory>
               <os><type>hvm</type></os></domain>"""


def test_save_is_not_offered_for_a_transient_vm(connected, window, qtbot):
    """A managed save resumes at the next Run, which a transient VM does not have: libvirt
    refuses it ("cannot do managed save for transient domain")."""
    run_in_worker(qtbot, connected, lambda c: c.createXML(TRANSIENT, 0))
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 6, timeout=5000)
    select(window, "scratch")
    assert window.vm_actions["pause"].isEnabled()
    assert not window.vm_actions["save"].isEnabled()
    select(window, "scratch", "web01")  # one persistent VM among them: for that one
    assert window.vm_actions["save"].isEnabled()


def test_hosts_with_the_same_label_are_told_apart_in_the_host_filter(registry, window):
    """Each host is shown by its label only: two called "Lab" looked alike, in the closed
    box and to a screen reader (the URI was only the open list's tooltip). A label two
    hosts share is followed by each one's URI; the box's tooltip is the chosen host's URI
    (shown literally, as in the connections list)."""
    first = registry.add("qemu+ssh://root@a<b>/system", label="Lab", save=False)
    registry.add("qemu+ssh://root@b/system", label="Lab", save=False)
    registry.add("qemu+ssh://root@c/system", label="Other", save=False)
    host = window.vm_list.filters.host
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    def shown(tip):  # what a tooltip draws
        if GuiQt.mightBeRichText(tip):
            doc = QTextDocument()
            doc.setHtml(tip)
            return doc.toPlainText()
        return tip

    assert [host.itemText(i) for i in range(1, host.count())] == [
        "Lab (qemu+ssh://root@a<b>/system)", "Lab (qemu+ssh://root@b/system)", "Other"]
    assert [shown(host.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(1, host.count())] \
        == ["qemu+ssh://root@a<b>/system", "qemu+ssh://root@b/system", "qemu+ssh://root@c/system"]
    assert host.toolTip() == ""  # All hosts
    host.setCurrentIndex(1)
    assert shown(host.toolTip()) == "qemu+ssh://root@a<b>/system"
    host.setCurrentIndex(2)
    registry.remove(first)  # the label is no longer shared
    assert [host.itemText(i) for i in range(1, host.count())] == ["Lab", "Other"]
    assert host.currentIndex() == 1 and shown(host.toolTip()) == "qemu+ssh://root@b/system"


def test_the_host_filter_shows_no_password(registry, window):
    """Hosts given with -c qemu+ssh://root:s3cret@…: the host box's tooltip, and the text of
    a label two hosts share, showed the password."""
    registry.add("qemu+ssh://root:s3cret@a/system", label="Lab", save=False)
    registry.add("qemu+ssh://root:s3cret@b/system", label="Lab", save=False)
    host = window.vm_list.filters.host
    host.setCurrentIndex(1)
    shown = [host.toolTip()] + [host.itemText(i) for i in range(host.count())]
    assert not [text for text in shown if "s3cret" in text]
    assert host.itemText(1) == "Lab (qemu+ssh://root:***@a/system)"


class RefusedJob:
    """A sampling job an ACL refuses (in the worker, as libvirt would)."""

    def __call__(self, conn, *args):
        raise refusal("access denied: 'domain:read-secure' refused")


def test_a_sampling_failure_is_notified_once_per_run_of_failures(connected, window, qtbot):
    """Nothing listened to the sampler's failures: with stats refused, the VM list showed
    no figures and no word why."""
    sampler = window.domain_model.sampler(connected)
    window.notifications.clear()
    good, sampler._job = sampler._job, RefusedJob()
    for _ in range(3):
        with qtbot.waitSignal(sampler.failed, timeout=10000):
            sampler.sample_now()
    messages = window.notifications.messages()
    assert len(messages) == 1
    assert connected.display_name in messages[0] and "access denied" in messages[0]
    sampler._job = good
    with qtbot.waitSignal(sampler.sampled, timeout=10000):
        sampler.sample_now()
    sampler._job = RefusedJob()
    with qtbot.waitSignal(sampler.failed, timeout=10000):
        sampler.sample_now()
    assert len(window.notifications.messages()) == 3  # its end, and failing again after it worked


def test_a_sampling_failure_after_a_time_with_no_vm_running_is_notified_again(connected, window, qtbot):
    """Sampling failed, every VM stopped, one started later and failing went on: no job
    ran meanwhile to end the run of failures, so the new failure was not told (and a
    notification dismissed meanwhile left no word why the started VM has no figures)."""
    sampler = window.domain_model.sampler(connected)
    qtbot.waitUntil(lambda: not sampler._busy, timeout=10000)
    window.notifications.clear()
    refused = RefusedJob()
    refused.previous = {}
    sampler._job = refused
    with qtbot.waitSignal(sampler.failed, timeout=10000):
        sampler.sample_now()
    running = [r for r in connected.domains.records() if r.state.is_active]
    connected.domains.upsert([r.with_state(DomainState.SHUTOFF) for r in running])
    sampler.sample_now()  # a tick with no VM to read
    connected.domains.upsert(running[:1])
    with qtbot.waitSignal(sampler.failed, timeout=10000):
        sampler.sample_now()
    messages = [m for m in window.notifications.messages() if "performance" in m]
    assert len(messages) == 2 and "read again" not in messages[0]


def test_sampling_that_works_again_after_a_failure_is_notified_once(connected, window, qtbot):
    """The failure's notification stayed the last word: the user was never told the
    figures were being read again, and kept a stale warning."""
    sampler = window.domain_model.sampler(connected)
    window.notifications.clear()
    good, sampler._job = sampler._job, RefusedJob()
    for _ in range(2):
        with qtbot.waitSignal(sampler.failed, timeout=10000):
            sampler.sample_now()
    sampler._job = good
    for _ in range(2):
        with qtbot.waitSignal(sampler.sampled, timeout=10000):
            sampler.sample_now()
    messages = window.notifications.messages()
    assert len(messages) == 2  # the failure, then once its end
    assert connected.display_name in messages[0] and "read again" in messages[0]


class _LinkError(libvirt.libvirtError):
    def __init__(self):
        super().__init__("End of file while reading data: Input/output error")

    def get_error_domain(self):
        return libvirt.VIR_FROM_RPC


class LinkFailedJob:
    """A sampling job whose link to the host dropped (libvirt's RPC layer, in the worker)."""

    def __call__(self, conn, *args):
        raise _LinkError()


def test_a_dropped_link_is_notified_as_the_connection_lost_not_as_sampling(connected, window, qtbot):
    """The sampling job's end of file could come back before the connection's own close:
    'Could not read the performance …: End of file …' stood next to the connection lost."""
    sampler = window.domain_model.sampler(connected)
    qtbot.waitUntil(lambda: not sampler._busy, timeout=10000)
    window.notifications.clear()
    sampler._job = LinkFailedJob()
    sampler.sample_now()
    qtbot.waitUntil(lambda: not sampler._busy, timeout=10000)
    connector = connected._connector
    connector._on_closed(connector.generation, libvirt.VIR_CONNECT_CLOSE_REASON_EOF)
    assert connected.state == ConnState.DISCONNECTED
    assert not [m for m in window.notifications.messages() if "performance" in m]


def test_a_link_failure_that_persists_while_connected_is_notified(connected, window, qtbot):
    """An RPC failure with the connection still up (a reply too big for a message) fails
    every job: it still says why the figures never come."""
    sampler = window.domain_model.sampler(connected)
    qtbot.waitUntil(lambda: not sampler._busy, timeout=10000)
    window.notifications.clear()
    sampler._job = LinkFailedJob()
    for _ in range(3):
        sampler.sample_now()
        qtbot.waitUntil(lambda: not sampler._busy, timeout=10000)
    messages = [m for m in window.notifications.messages() if "performance" in m]
    assert len(messages) == 1 and "End of file" in messages[0]


def test_a_login_the_secret_store_could_not_keep_is_notified(connected, window, qtbot):
    """'Remember' was ticked and the login worked, but the store could not save it: the
    user is told which connection's login will be asked for again."""
    window.notifications.clear()
    window.registry.askpass.not_remembered.emit(connected.uri)
    messages = window.notifications.messages()
    assert len(messages) == 1 and connected.display_name in messages[0]
    assert "secret store" in messages[0]


def test_a_login_not_kept_for_a_host_removed_meanwhile_shows_no_password(window):
    """The store's write runs after the login, on a thread of its own: a host given with
    -c qemu+ssh://root:s3cret@… and removed meanwhile was named by its URI, password and all."""
    window.notifications.clear()
    window.registry.askpass.not_remembered.emit("qemu+ssh://root:s3cret@gone.invalid/system")
    messages = window.notifications.messages()
    assert len(messages) == 1 and "qemu+ssh://root:***@gone.invalid/system" in messages[0]


@pytest.fixture
def late_restart_start(monkeypatch):
    """A restart's start of the VM waits for the gate to open: as one whose start comes just
    after its stop, while the user looks at a row that says 'Shut off'."""
    from kvmgui.libvirt import actions

    gate = threading.Event()
    real_start = actions.start

    def start(conn, uuid):
        gate.wait(5)
        real_start(conn, uuid)

    monkeypatch.setattr(actions, "start", start)  # the job's; Run's own is ACTIONS_BY_KEY's
    return gate


def test_power_actions_wait_for_a_restart_under_way(connected, window, qtbot, submitted,
                                                    late_restart_start):
    """Run while a restart (from the VM's details window) was about to start the VM: both
    started it, and the restart said it failed ('domain is already running') though the VM
    ran. While the VM is being restarted, its power actions are off and say why."""
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    uuid = select(window, "web01")[0]
    job = RestartJob(connected, uuid, force=False, parent=connected)
    job.start()
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state == DomainState.SHUTOFF, timeout=5000)
    window._update_actions()  # as once the row's change is handled
    run = window.vm_actions["start"]
    assert not run.isEnabled()
    assert "restart" in run.toolTip(), run.toolTip()
    window.run_vm_action(ACTIONS_BY_KEY["start"])  # as for a key pressed just before
    assert ACTIONS_BY_KEY["start"].run not in submitted
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        late_restart_start.set()
    assert blocker.args[0], blocker.args[1]
    assert window.notifications.messages() == []
    qtbot.waitUntil(lambda: window.vm_actions["pause"].isEnabled(), timeout=5000)
    assert run.toolTip() == "Run (Ctrl+R)"


def test_a_bulk_action_skips_a_vm_being_restarted(connected, window, qtbot, late_restart_start,
                                                  monkeypatch):
    from kvmgui.libvirt.connection import Connection

    asked = []
    real_run = Connection.run

    def run(self, fn, *args, **kwargs):
        asked.append((fn, args))
        return real_run(self, fn, *args, **kwargs)

    monkeypatch.setattr(Connection, "run", run)
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    web01, build = select(window, "web01", "build")
    job = RestartJob(connected, web01, force=False, parent=connected)
    job.start()
    qtbot.waitUntil(lambda: connected.domains.get(web01).state == DomainState.SHUTOFF, timeout=5000)
    window._update_actions()
    assert window.vm_actions["start"].isEnabled()  # for build
    window.vm_actions["start"].trigger()
    assert [args for fn, args in asked if fn is ACTIONS_BY_KEY["start"].run] == [(build,)]
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        late_restart_start.set()
    assert blocker.args[0], blocker.args[1]
    qtbot.waitUntil(lambda: state_of(connected, "build") == DomainState.RUNNING, timeout=5000)
    assert window.notifications.messages() == []


def test_a_restart_begun_while_an_action_was_asked_is_not_crossed(connected, window, qtbot,
                                                                  submitted, monkeypatch):
    from kvmgui.libvirt import actions

    monkeypatch.setattr(actions, "shutdown", lambda conn, uuid: None)  # a guest that takes its time
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    uuid = select(window, "web01")[0]
    window.vm_actions["force_off"].trigger()  # asks first
    job = RestartJob(connected, uuid, force=False, parent=connected)  # from its details window
    job.start()
    answer(window, qtbot, QMessageBox.StandardButton.Yes)
    assert ACTIONS_BY_KEY["force_off"].run not in submitted
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())  # it stopped
    assert blocker.args[0], blocker.args[1]


def test_an_action_asked_for_a_vm_that_stopped_meanwhile_is_skipped(connected, window, qtbot,
                                                                    submitted):
    """Yes to "Force off web01 and router?" after web01 stopped on its own: router only,
    and no "Could not force off 'web01'"."""
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    web01, router = select(window, "web01", "router")
    window.vm_actions["force_off"].trigger()  # asks first
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())
    qtbot.waitUntil(lambda: connected.domains.get(web01).state == DomainState.SHUTOFF, timeout=5000)
    answer(window, qtbot, QMessageBox.StandardButton.Yes)
    assert submitted.count(ACTIONS_BY_KEY["force_off"].run) == 1
    qtbot.waitUntil(lambda: connected.domains.get(router).state == DomainState.SHUTOFF, timeout=5000)
    assert window.notifications.messages() == []


def test_a_restart_begun_while_the_vm_is_being_saved_leaves_it_to_the_save(
        connected, window, qtbot, submitted, monkeypatch):
    """Restart to apply clicked while a Save of its VM was in flight: the restart asked the
    guest to shut down across the save, then said the VM was saved meanwhile."""
    from kvmgui.libvirt import actions, virsh

    gate = threading.Event()
    real = virsh.managed_save

    def managed_save(dom):
        gate.wait(5)  # a save takes its time: all of the guest's memory is written
        real(dom)
    monkeypatch.setattr(virsh, "managed_save", managed_save)
    qtbot.waitUntil(lambda: window.vm_view.model().rowCount() == 5)
    uuid = select(window, "web01")[0]
    window.prefs.confirm.discard("save")
    try:
        window.vm_actions["save"].trigger()
        assert ACTIONS_BY_KEY["save"].run in submitted
        job = RestartJob(connected, uuid, force=False, parent=connected)  # from its details window
        with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
            job.start()
    finally:
        gate.set()
    ok, message = blocker.args
    assert not ok and "being saved" in message, message
    assert actions.shutdown_to_restart not in submitted, submitted
    qtbot.waitUntil(lambda: state_of(connected, "web01") == DomainState.SHUTOFF, timeout=5000)
    assert window.notifications.messages() == []


def test_a_fixed_address_that_followed_a_stopped_vms_new_mac_is_notified(connected, window, qtbot):
    """The move happens on its own when the VM stops (a running VM's MAC change applies at
    the next start): the notifications say what moved, or why not and what to do."""
    from kvmgui.libvirt.pending import tracker_for
    from kvmgui.libvirt.pinfollow import PinMove

    window.notifications.clear()
    tracker = tracker_for(connected)
    old, new = "52:54:00:6b:3c:01", "52:54:00:6b:3c:99"
    tracker.pinMoved.emit(PinMove("web01", "default", "n", "192.168.122.50", old, new))
    host = connected.display_name
    assert window.notifications.messages()[0].endswith(
        f"web01 on {host} stopped: its card's fixed address 192.168.122.50 on network default "
        f"moved from the old MAC address {old} to the new one, {new}.")
    tracker.pinMoved.emit(PinMove("web01", "default", "n", "192.168.122.50", old, new,
                                  "operation failed: refused"))
    assert window.notifications.messages()[0].endswith(
        f"web01 on {host} stopped, but its card's fixed address 192.168.122.50 on network "
        f"default could not move from the old MAC address {old} to the new one, {new}: "
        "operation failed: refused. Pin it again in the card's details.")
    tracker.pinMoved.emit(PinMove("web01", "default", "n", "192.168.122.50", old, new,
                                  kept_for="build"))
    assert window.notifications.messages()[0].endswith(
        f"web01 on {host} stopped: the fixed address 192.168.122.50 on network default stays "
        f"with the old MAC address {old}, which a card of build has too. Pin an address for "
        f"the new MAC address, {new}, in the card's details if it needs one.")


def test_a_closed_windows_late_failure_is_in_the_notifications(main_window):
    """A widget gone before its work failed (a host window's map export) tells it here."""
    from kvmgui.widgets.notifications import late_news

    late_news().error.emit("Could not save /x/map.png: permission denied")
    assert main_window.notifications.messages()[-1].endswith(
        "Could not save /x/map.png: permission denied")


def test_a_connections_name_and_state_are_seen_whole(connected, main_window, qtbot):
    """At 1280x800 in English "test:///default — Connected" ran past the 190 px list (seen
    under Xvfb: "— Connecte", a scroll bar under it); the row wraps now instead."""
    connected.label = "test:///default"
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    view = main_window.conn_panel.view
    view.model().layoutChanged.emit()  # the label set after the row was made
    qtbot.waitUntil(lambda: view.model().index(0, 0).data() == "test:///default — Connected")
    row = view.model().index(0, 0)
    assert view.visualRect(row).width() <= view.viewport().width()
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
