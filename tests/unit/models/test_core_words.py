"""Words the displaying layer makes of the floors below: nested Words, marked texts, lists,
cached words, the codes of hosts and network jobs, and numbers in the user's locale; and that
pyside6-lupdate files every string of these floors under a context (none lands outside)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kvmgui.libvirt.hostinfo import Acceleration
from kvmgui.libvirt.netops import NetworkStep
from kvmgui.libvirt.records import DomainState
from kvmgui.models import format as fmt
from kvmgui.models import words
from kvmgui.models.proxy import STATE_GROUP_WORDS, STATE_GROUPS, StateGroup
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words, listing

REPO = Path(__file__).resolve().parents[3]
LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
FLOORS = ("libvirt", "models", "xml", "osinfo", "cloudinit", "utils", "window")


class Catalogue(QTranslator):
    TEXTS = {
        ("PendingChange", "Added %1"): "Hinzugefügt: %1",
        ("Device", "Disk %1"): "Platte %1",
        ("Words", "%1, %2"): "%1 · %2",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.TEXTS.get((context, source))

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german(qapp):
    catalogue = Catalogue()
    assert QCoreApplication.installTranslator(catalogue)
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield catalogue
    QLocale.setDefault(old)
    QCoreApplication.removeTranslator(catalogue)


def test_words_inside_words_are_said_in_their_own_context(german):
    disk = QT_TRANSLATE_NOOP("Device", "Disk %1").words("vda")
    added = QT_TRANSLATE_NOOP("PendingChange", "Added %1").words(disk)
    assert added.english() == "Added Disk vda"
    assert words.say(added) == "Hinzugefügt: Platte vda"
    assert words.say(listing(["a", disk, 1234])) == "a · Platte vda · 1.234"
    assert listing([]) == ""


def test_marked_text_is_translated_and_other_text_kept(german):
    assert words.say(QT_TRANSLATE_NOOP("Device", "Disk %1")) == "Platte %1"
    assert words.say("schon übersetzt") == "schon übersetzt"
    assert words.said(None) is None
    assert words.said(Words("Device", "Disk %1", ("sda",))) == "Platte sda"


def test_kept_numbers_do_not_meet_kept_states(qapp, monkeypatch):
    monkeypatch.setattr(words, "_state_words", {})
    assert words.domain_state(DomainState.RUNNING) == "Running"  # kept under the int 1
    assert words.kept_number(1) == "1"
    assert words.domain_state(DomainState.RUNNING) == "Running"


def test_every_code_has_words(qapp):
    accelerations = [words.acceleration_text(a) for a in Acceleration]
    assert len(set(accelerations)) == len(Acceleration) and "Not a QEMU/KVM host" in accelerations
    steps = [words.network_step_text(s) for s in NetworkStep]
    assert len(set(steps)) == len(NetworkStep) and steps[0] == "Defining the network…"
    assert STATE_GROUP_WORDS.keys() == STATE_GROUPS.keys() == set(StateGroup)


def test_numbers_sizes_and_durations_follow_the_locale(german):
    assert fmt.format_kib(2 * 1024 * 1024) == "2,0 GiB"
    assert fmt.format_kib(512 * 1024) == "512 MiB"
    assert fmt.format_memory_use(1.5 * 1024 * 1024, 2 * 1024 * 1024) == "1,5 / 2,0 GiB"
    assert fmt.format_percent(0.55) == "0,6 %"
    assert fmt.format_rate(1536) == "1,5 KiB/s"
    assert fmt.format_bytes(512) == "512 B"
    assert fmt.format_duration(2 * 86400 + 5 * 3600) == "2 d 5 h"


def test_figures_rounded_up_to_the_next_step_are_written_as_such(german):
    """9.96 % rounds to ten, which has no decimal; 1023.6 B rounds to a KiB."""
    assert fmt.format_percent(9.96) == "10 %"
    assert fmt.format_percent(9.94) == "9,9 %"
    assert fmt.format_percent(0) == "0 %"  # an int, as a graph's axis may give
    assert fmt.format_bytes(1023.6) == "1,0 KiB"
    assert fmt.format_bytes(1023.4) == "1.023 B"


@pytest.mark.skipif(not Path(LUPDATE).exists(), reason="pyside6-lupdate not installed")
def test_lupdate_files_every_string_of_these_floors_under_a_context(tmp_path):
    sources = [str(p) for floor in FLOORS for p in sorted((REPO / "kvmgui" / floor).glob("**/*.py"))]
    sources.append(str(REPO / "kvmgui" / "app.py"))
    ts = tmp_path / "core.ts"
    subprocess.run([LUPDATE, *sources, "-ts", str(ts)], check=True, capture_output=True)
    found: dict[str, set[str]] = {}
    for context in etree.parse(str(ts)).getroot().iterfind("context"):
        found.setdefault(context.findtext("name") or "", set()).update(
            m.findtext("source") for m in context.iterfind("message"))
    assert "" not in found, f"strings outside a context: {sorted(found[''])[:10]}"
    for context, source in [("DomainState", "Running"), ("LibvirtEvent", "kvmgui ran"),
                            ("NetworkMap", "gateway %1"), ("NetCheck", "never"),
                            ("Device", "Disk %1"), ("PendingChange", "Added %1"),
                            ("DomainChange", "%1: saved."), ("NetworkCheck", "Enter a name for the network."),
                            ("MainWindow", "%n VMs"), ("DomainModel", "%1 · restart pending"),
                            ("Acceleration", "Not a QEMU/KVM host"), ("Format", "%1/s")]:
        assert source in found.get(context, set()), (context, source)
