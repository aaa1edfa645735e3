"""Sentences that name a device read as Chinese: a device's title is Chinese words
(「磁碟 vda」, 「音效」), so a sentence writes no space next to it (docs/glossary.md)."""

from pathlib import Path

from kvmgui.models.words import say
from kvmgui.xml.diff import pending_changes
from kvmgui.xml.domain import DomainDoc
from tests.helpers import han_gaps

DATA = Path(__file__).parents[2] / "data" / "xml"
INACTIVE = (DATA / "domain-pending-inactive.xml").read_text()
LIVE = (DATA / "domain-pending-live.xml").read_text()


def test_a_moved_device_reads_without_a_space_between_chinese_words(traditional_chinese):
    """「已將 磁碟 vda 移至…」: "Moved %1 to %2" and "Changed %1 to %2" hold device titles."""
    doc = DomainDoc.from_string(INACTIVE)
    doc.set_disk_bus("disk:vda", "sata")
    doc.find_device("interface:52:54:00:50:61:01").mac = "52:54:00:50:61:09"
    said = [say(c.words) for c in pending_changes(doc.to_string(), LIVE)]
    assert len(said) == 2
    assert [s for s in said if han_gaps(s)] == []
    assert said[0].startswith("已將磁碟 vda 移至磁碟 sda")
