"""Why a storage-volume job of :mod:`kvmgui.libvirt.volops` refused, in words: VMs use the
volume (running ones, or stopped ones the user's yes did not cover), VMs started writing on
it since a download was asked about, or a shrink was not asked for."""

from __future__ import annotations

from kvmgui.libvirt.diskusers import DiskUser
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Bytes, Marked, Words, listing


class RunningUsersError(RuntimeError):
    """Running VMs use the volume so that the job cannot go on: a clone (a copy taken while
    the guest writes), a shrink (the guest's file system would lose its end), a resize of an
    image under a running VM's disk (QEMU holds it), a growth of a disk of several running
    VMs (only one guest would be told), a wipe or an upload over it (the guest's disk would
    change under it)."""

    CLONE = QT_TRANSLATE_NOOP(
        "StorageOps", "%1 cannot be copied while these running VMs write on it: %2. A copy taken "
        "meanwhile may be damaged; shut them down first")

    SHRINK = QT_TRANSLATE_NOOP("StorageOps", "%1 cannot be shrunk while a running VM uses it: %2")
    UNDER = QT_TRANSLATE_NOOP(
        "StorageOps", "%1 is the backing file of a disk of these running VMs: %2. It cannot be "
        "resized until they are stopped")
    SHARED = QT_TRANSLATE_NOOP(
        "StorageOps", "%1 is a disk of several running VMs (%2): only one guest would be told "
        "of the new size. Stop the others to grow it")
    WIPE = QT_TRANSLATE_NOOP(
        "StorageOps", "%1 cannot be wiped while these running VMs use it: %2. Shut them down first")
    REPLACE = QT_TRANSLATE_NOOP(
        "StorageOps", "%1 cannot be overwritten while these running VMs use it: %2. Shut them "
        "down first")

    def __init__(self, volume: str, users: list[DiskUser], text: Marked) -> None:
        super().__init__(f"{volume} is in use by running VMs: "
                         + ", ".join(u.name for u in users))
        self.volume = volume
        self.users = users
        self.text = text

    @property
    def words(self) -> Words:
        return self.text.words(self.volume, listing([u.name for u in self.users]))


class VolumeInUseError(RuntimeError):
    """The volume is used by ``users``; ``running`` when one of them runs (no override);
    ``unnamed``: those the user's yes did not cover (stopped ones defined on it since the
    question; ``started``: running ones that opened it since a wipe's question: started on
    it, or had it attached live)."""

    def __init__(self, volume: str, users: list[DiskUser],
                 unnamed: list[DiskUser] | None = None, *, started: bool = False) -> None:
        super().__init__(f"{volume} is used by " + ", ".join(u.name for u in users))
        self.volume = volume
        self.users = users
        self.unnamed = unnamed or []
        self.started = started

    @property
    def running(self) -> bool:
        return any(u.holds for u in self.users)

    @property
    def words(self) -> Words:
        if self.started:
            return QT_TRANSLATE_NOOP(
                "StorageOps", "%1 is now in use by %2, which opened it after the question").words(
                self.volume, listing([u.name for u in self.unnamed]))
        if self.running:  # the running VMs with it open: the stopped ones need no shutting down
            return QT_TRANSLATE_NOOP(
                "StorageOps", "%1 cannot be deleted while a running VM uses it: %2").words(
                self.volume, listing([u.name for u in self.users if u.holds]))
        if self.unnamed:
            return QT_TRANSLATE_NOOP(
                "StorageOps", "%1 is now also a disk of %2, which the question did not name").words(
                self.volume, listing([u.name for u in self.unnamed]))
        # The running ones here have it only in the definition they boot next: not stopped.
        stopped = listing([u.name for u in self.users if not u.active])  # "a、b" in Chinese
        later = listing([u.name for u in self.users if u.active])
        if not later:
            return QT_TRANSLATE_NOOP("StorageOps", "%1 is a disk of these stopped VMs: %2").words(
                self.volume, stopped)
        if not stopped:
            return QT_TRANSLATE_NOOP(
                "StorageOps", "These running VMs use %1 from their next start (it is not open "
                "now): %2").words(self.volume, later)
        return QT_TRANSLATE_NOOP(
            "StorageOps", "%1 is a disk of these stopped VMs: %2. These running VMs use it from "
            "their next start (it is not open now): %3").words(self.volume, stopped, later)


class ShrinkRefusedError(ValueError):
    """The new capacity is below the current one and shrinking was not asked for."""

    def __init__(self, current: int, wanted: int) -> None:
        super().__init__(f"shrinking from {current} to {wanted} bytes was not requested")
        self.current = current
        self.wanted = wanted

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "StorageOps", "%1 is smaller than the volume's capacity of %2. Shrinking destroys the "
            "data beyond the new end; confirm it to go ahead.").words(
            Bytes(self.wanted), Bytes(self.current))


class WritersStartedError(RuntimeError):
    """A VM the question before a download did not name writes on the volume by the time it
    is copied: it started on it since, or had it attached live (the copy might be damaged)."""

    def __init__(self, volume: str, users: list[DiskUser]) -> None:
        super().__init__(f"{volume} is now written by " + ", ".join(u.name for u in users))
        self.volume = volume
        self.users = users

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "StorageOps", "%1 is now a disk of %2, which opened it after the check. A copy taken "
            "while they write on it may be damaged: shut them down first").words(
            self.volume, listing([u.name for u in self.users]))
