"""The virsh line behind every change: built from the call's own arguments, noted by the job's
journal, previewed by a dry run that changes nothing."""

import shlex
from pathlib import Path

import libvirt
import pytest
from lxml import etree

from kvmgui.libvirt import actions, commands, domainops, netops, virsh
from kvmgui.libvirt.commands import Command, Journal, XmlFile, recording, write_files
from kvmgui.widgets.vmactions import VM_ACTIONS
from tests.helpers import BUILD, DEMO_VMS, WEB01, FakeError, run_in_worker, uuid_of


def preview(qtbot, conn, fn, *args):
    future = conn.preview(fn, *args)
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


def lines(cmds):
    return [shlex.split(c.line())[3:] for c in cmds]  # without "virsh -c URI"


def test_line_quotes_for_a_shell_and_names_files():
    xml = XmlFile("web 01", "<domain/>")
    cmd = Command("qemu:///system?socket=/tmp/a b/sock", "domain", "web 01",
                  ("define", xml, "--validate"))
    assert cmd.line() == "virsh -c 'qemu:///system?socket=/tmp/a b/sock' define 'web 01.xml' --validate"
    assert cmd.line({xml: "/tmp/x y/web01.xml"}).endswith("define '/tmp/x y/web01.xml' --validate")
    assert shlex.split(cmd.line())[:3] == ["virsh", "-c", "qemu:///system?socket=/tmp/a b/sock"]
    assert cmd.files == (xml,) and cmd.verb == "define"


def test_the_line_leaves_a_password_in_the_uri_out():
    """A host given with -c qemu+tcp://alice:s3cret@…: its virsh lines (the timeline, the
    commands dialog and its Copy, the troubleshooter) showed the password. virsh asks."""
    cmd = Command("qemu+tcp://alice:s3cret@kvm1.example/system", "domain", "web01", ("start", "web01"))
    assert cmd.line() == "virsh -c qemu+tcp://alice@kvm1.example/system start web01"


def test_write_files_gives_each_file_its_own_name(tmp_path):
    a, b = XmlFile("web01-device", "<interface/>"), XmlFile("web01-device", "<disk/>")
    cmds = [Command("test:///default", "domain", "web01", ("attach-device", "web01", a)),
            Command("test:///default", "domain", "web01", ("detach-device", "web01", b))]
    paths = write_files(cmds, str(tmp_path))
    assert sorted(p.rsplit("/", 1)[1] for p in paths.values()) == ["web01-device-2.xml",
                                                                   "web01-device.xml"]
    assert Path(paths[b]).read_text() == "<disk/>"
    assert paths[a] in cmds[0].line(paths)


def test_flags_become_options_and_unknown_flags_refuse_the_call():
    assert virsh.options(libvirt.VIR_DOMAIN_AFFECT_LIVE | libvirt.VIR_DOMAIN_AFFECT_CONFIG,
                         virsh.MODIFY_OPTIONS) == ("--live", "--config")
    assert virsh.options(0, virsh.MODIFY_OPTIONS) == ()
    with pytest.raises(virsh.NoVirshWordError):
        virsh.options(1 << 20, virsh.MODIFY_OPTIONS)
    calls = []

    class Dom:
        def name(self):
            return "web01"

        def attachDeviceFlags(self, xml, flags):
            calls.append(flags)

    with recording("test:///default") as journal, pytest.raises(virsh.NoVirshWordError):
        virsh.attach_device(Dom(), "<interface/>", 1 << 20)
    assert calls == [] and journal.issued == []  # never a call that could not be shown


def test_journal_notes_failures_with_libvirts_words():
    journal = Journal("test:///default")

    def fail():
        raise FakeError("Requested operation is not valid: domain is not running")

    cmd = Command("test:///default", "domain", "web01", ("shutdown", "web01"))
    with pytest.raises(FakeError):
        journal.do(cmd, fail)
    assert journal.issued[0].error == "Requested operation is not valid: domain is not running"
    assert not journal.issued[0].ok
    assert Journal("x", dry=True).do(cmd, fail) is None  # a dry run never calls


@pytest.mark.parametrize("spec", VM_ACTIONS, ids=lambda s: s.key)
def test_every_vm_action_previews_its_line_and_changes_nothing(connected, qtbot, spec):
    uuid = DEMO_VMS["router"]  # running
    before = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uuid).state()[0])
    cmds = preview(qtbot, connected, spec.run, uuid)
    verbs = {"start": "start", "pause": "suspend", "resume": "resume", "shutdown": "shutdown",
             "reboot": "reboot", "reset": "reset", "force_off": "destroy", "save": "managedsave"}
    assert lines(cmds) == [[verbs[spec.key], "router"]]
    assert all(c.uri == connected.uri for c in cmds)
    assert run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uuid).state()[0]) == before


def test_start_previews_by_state(connected, qtbot):
    assert lines(preview(qtbot, connected, actions.start, BUILD)) == [["start", "build"]]
    assert lines(preview(qtbot, connected, actions.start, DEMO_VMS["db01"])) == [["resume", "db01"]]


def test_delete_preview_lists_destroy_and_undefine_with_its_options(connected, qtbot):
    cmds = preview(qtbot, connected, actions.delete, WEB01, ())
    assert lines(cmds) == [["destroy", "web01"],
                           ["undefine", "web01", "--managed-save", "--snapshots-metadata", "--nvram",
                            "--checkpoints-metadata"]]
    assert WEB01 in connected.domains  # still there


def test_a_job_reports_its_commands_on_the_gui_thread(connected, qtbot):
    with qtbot.waitSignal(connected.commandsIssued, timeout=5000) as got:
        run_in_worker(qtbot, connected, actions.force_off, WEB01)
    [issued] = got.args[0]
    assert issued.ok and lines([issued.command]) == [["destroy", "web01"]]


def test_a_failed_call_is_reported_with_its_error(connected, qtbot):
    with qtbot.waitSignal(connected.commandsIssued, timeout=5000) as got:
        future = connected.run(actions.shutdown, BUILD)  # shut off: libvirt refuses
        qtbot.waitUntil(future.done, timeout=5000)
    [issued] = got.args[0]
    assert not issued.ok and "not running" in issued.error


def test_changes_of_the_details_window_are_lines_too(connected, qtbot):
    change = domainops.set_title_description("Web", "")
    cmds = preview(qtbot, connected, domainops.apply_change, WEB01, change)
    assert [c.verb for c in cmds] == ["define", "desc", "desc"]
    define = cmds[0]
    assert define.files[0].stem == "web01" and "<title>Web</title>" in define.files[0].text
    assert lines(cmds[1:]) == [["desc", "web01", "--live", "--title", "--new-desc", "Web"],
                               ["desc", "web01", "--live", "--new-desc", ""]]
    rec = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).XMLDesc(0))
    assert "<title>Web server</title>" in rec  # the preview defined nothing


def test_network_operations_have_lines(connected, qtbot):
    uuid = uuid_of(connected.networks, "net10")
    assert lines(preview(qtbot, connected, netops.stop_network, uuid)) == [["net-destroy", "net10"]]
    assert lines(preview(qtbot, connected, netops.delete_network, uuid)) == [
        ["net-destroy", "net10"], ["net-undefine", "net10"]]
    assert lines(preview(qtbot, connected, netops.set_autostart, uuid, False)) == [
        ["net-autostart", "net10", "--disable"]]
    assert connected.networks.get(uuid).active


def test_outside_a_job_calls_are_made_and_not_recorded(test_host):
    from concurrent.futures import ThreadPoolExecutor

    def direct():
        conn = libvirt.open(test_host)
        actions.force_off(conn, WEB01)  # no journal: the call is made all the same
        state = conn.lookupByUUIDString(WEB01).state()[0]
        conn.close()
        return commands.current(), state

    with ThreadPoolExecutor(1) as pool:
        journal, state = pool.submit(direct).result(timeout=10)
    assert journal is None and state == libvirt.VIR_DOMAIN_SHUTOFF


def _define_and_start(conn, name):
    dom = conn.defineXML(f"<domain type='test'><name>{name}</name><memory>1024</memory>"
                         "<os><type>hvm</type></os></domain>")
    dom.create()
    return dom.UUIDString(), dom.ID()


@pytest.mark.parametrize("name", ["1", "+1", " 1", "4dea22b3-1d52-d8f3-2516-782e98a23f01"])
def test_a_name_virsh_would_read_as_an_id_or_uuid_is_given_as_the_uuid(connected, qtbot, name):
    # virsh looks a VM up by ID first, then by UUID, then by name: "virsh destroy 1" would
    # force off web01 (ID 1), not the VM called "1".
    uuid, dom_id = run_in_worker(qtbot, connected, _define_and_start, name)
    assert dom_id != 1
    assert lines(preview(qtbot, connected, actions.force_off, uuid)) == [["destroy", uuid]]
    [cmd] = preview(qtbot, connected, actions.force_off, uuid)
    assert cmd.target == name  # the timeline still names it
    assert lines(preview(qtbot, connected, actions.force_off, WEB01)) == [["destroy", "web01"]]


@pytest.mark.parametrize("name", ["--help", "--x", "--"])
def test_a_name_virsh_would_read_as_an_option_is_given_as_the_uuid(connected, qtbot, name):
    # "virsh start --help" prints start's help; "virsh start --x" fails ("doesn't support
    # option --x"). One dash is data: "-h" stays.
    uuid, _id = run_in_worker(qtbot, connected, _define_and_start, name)
    assert lines(preview(qtbot, connected, actions.force_off, uuid)) == [["destroy", uuid]]
    uuid, _id = run_in_worker(qtbot, connected, _define_and_start, "-h")
    assert lines(preview(qtbot, connected, actions.force_off, uuid)) == [["destroy", "-h"]]


def test_a_network_named_like_a_uuid_is_given_as_its_own_uuid(connected, qtbot):
    # virsh looks a network up by UUID first: "net-destroy <net10's uuid>" would stop net10.
    net10 = uuid_of(connected.networks, "net10")
    xml = (f"<network><name>{net10}</name><bridge name='virbr8'/>"
           "<ip address='192.168.198.1' netmask='255.255.255.0'/></network>")
    uuid = run_in_worker(qtbot, connected, lambda c: c.networkCreateXML(xml).UUIDString())
    assert lines(preview(qtbot, connected, netops.stop_network, uuid)) == [["net-destroy", uuid]]


def _spellings(uuid):
    """Other ways virsh reads ``uuid`` (virUUIDParse, for an argument of 36 bytes): '-' or ' '
    before any pair of digits, blanks around."""
    h = uuid.replace("-", "")
    return [f"{h[:8]}--{h[8:16]}-{h[16:20]}-{h[20:]}", f"-{h[:8]}-{h[8:16]}-{h[16:20]}-{h[20:]}",
            f"{h[:8]} {h[8:12]} {h[12:16]} {h[16:20]} {h[20:]}", f"  {h}  "]


@pytest.mark.parametrize("at", range(4))
def test_a_name_virsh_reads_as_another_vms_uuid_is_given_as_the_uuid(connected, qtbot, at):
    # "virsh destroy 4dea22b3--1d52d8f3-2516-782e98a23f01" forces off the VM of UUID
    # 4dea22b3-1d52-d8f3-2516-782e98a23f01 (web01 here), not the VM of that name.
    name = _spellings(WEB01)[at]
    uuid, _id = run_in_worker(qtbot, connected, _define_and_start, name)
    assert lines(preview(qtbot, connected, actions.force_off, uuid)) == [["destroy", uuid]]
    net10 = uuid_of(connected.networks, "net10")
    xml = (f"<network><name>{_spellings(net10)[at]}</name><bridge name='virbr8'/>"
           "<ip address='192.168.198.1' netmask='255.255.255.0'/></network>")
    net = run_in_worker(qtbot, connected, lambda c: c.networkCreateXML(xml).UUIDString())
    assert lines(preview(qtbot, connected, netops.stop_network, net)) == [["net-destroy", net]]


def test_a_name_of_32_digits_stays_a_name(connected, qtbot):
    # virsh tries only an argument of 36 bytes as a UUID: the VM's own name says more.
    name = WEB01.replace("-", "")
    uuid, _id = run_in_worker(qtbot, connected, _define_and_start, name)
    assert lines(preview(qtbot, connected, actions.force_off, uuid)) == [["destroy", name]]


def test_a_later_file_of_the_same_name_leaves_the_earlier_one_as_it_was(tmp_path):
    # Two "Show command" dialogs of two changes of web01 (the timeline's, say): the second
    # wrote its web01.xml over the first's, whose lines (and Save As) then had the other XML.
    first, second = XmlFile("web01", "<domain>one</domain>"), XmlFile("web01", "<domain>two</domain>")
    one = write_files([Command("test:///default", "domain", "web01", ("define", first))], str(tmp_path))
    two = write_files([Command("test:///default", "domain", "web01", ("define", second))], str(tmp_path))
    assert Path(one[first]).read_text() == "<domain>one</domain>"
    assert Path(two[second]).read_text() == "<domain>two</domain>"
    assert Path(two[second]).name == "web01-2.xml"
    again = write_files([Command("test:///default", "domain", "web01", ("define", first))], str(tmp_path))
    assert again[first] == one[first]  # the same XML: its file again, not one more


def test_files_of_a_long_name_are_shortened_to_fit_a_file_name(tmp_path):
    # A VM of 100 Chinese characters (300 bytes of UTF-8): its define's file passed the file
    # name limit of 255 bytes, and the dialog said "Could not write the XML files".
    name = "測試虛擬機" * 20
    define, device = XmlFile(name, "<domain/>"), XmlFile(f"{name}-device", "<interface/>")
    other = XmlFile(name + "二", "<domain>other</domain>")
    again = XmlFile(name, "<domain>again</domain>")
    cmds = [Command("test:///default", "domain", name, ("define", define)),
            Command("test:///default", "domain", name, ("attach-device", name, device)),
            Command("test:///default", "domain", name + "二", ("define", other)),
            Command("test:///default", "domain", name, ("define", again))]
    paths = write_files(cmds, str(tmp_path))
    names = [Path(paths[f]).name for f in (define, device, other, again)]
    assert len(set(names)) == 4 and all(len(n.encode()) <= 255 for n in names)
    assert names[3].endswith("-2.xml")
    assert all(n.startswith("測試虛擬機" * 10) and n.endswith(".xml") for n in names)
    assert names[1].endswith("-device.xml")  # which file it is stays said
    assert Path(paths[other]).read_text() == "<domain>other</domain>"
    assert shlex.split(cmds[1].line(paths))[-1] == paths[device]


def _issued(qtbot, conn, fn, *args):
    with qtbot.waitSignal(conn.commandsIssued, timeout=5000) as got:
        result = run_in_worker(qtbot, conn, fn, *args)
    assert all(i.ok for i in got.args[0])
    return result, [i.command for i in got.args[0]]


def _vm_defined_and_started(conn, name):
    dom = virsh.define(conn, f"<domain type='test'><name>{name}</name><memory>1024</memory>"
                             "<os><type>hvm</type></os></domain>", name)
    virsh.start(dom)
    return dom.UUIDString()


def _pool_defined_and_started(conn, name):
    pool = virsh.pool_define(conn, f"<pool type='dir'><name>{name}</name>"
                                   "<target><path>/var/lib/x</path></target></pool>", name)
    virsh.pool_start(pool)
    return pool.UUIDString()


def _network_created(conn, name):
    return netops.create_network(conn, f"<network><name>{name}</name><bridge name='virbr9'/>"
                                       "<ip address='192.168.10.1' netmask='255.255.255.0'/>"
                                       "</network>", True, True)


@pytest.mark.parametrize(("make", "name"), [
    (_vm_defined_and_started, "5"), (_vm_defined_and_started, "--x"),
    (_vm_defined_and_started, "4dea22b3-1d52-d8f3-2516-782e98a23f0b"),
    (_pool_defined_and_started, "--x"),
    (_pool_defined_and_started, "35bb2ad9-388a-cdfe-461a-b8907f6e530b"),
    (_network_created, "--x"), (_network_created, "dd8fe884-6c02-601e-7551-cca97df1c50b")])
def test_the_lines_after_a_define_name_the_uuid_its_file_gives(connected, qtbot, make, name):
    """The timeline's lines of a new network (VM, pool) whose name virsh would misread: the
    lines after the define named it by the UUID libvirt had made it, which the define's
    file did not hold, so virsh made it another and said "failed to get network <uuid>"."""
    uuid, cmds = _issued(qtbot, connected, lambda c: make(c, name))
    [file] = cmds[0].files
    assert etree.fromstring(file.text).findtext("uuid") == uuid
    assert all(shlex.split(c.line())[4] == uuid for c in cmds[1:])  # each acts on the new one
