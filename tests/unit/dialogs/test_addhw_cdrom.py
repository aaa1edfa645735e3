"""Add hardware's disk form as a CD-ROM: the mode and bus it changes, the checks it gets."""

from tests.helpers import BUILD


def dialog_for(window, kind):
    window.add_hardware()
    dialog = window.add_hw_dialog
    return dialog, dialog.select(kind)


def test_a_hard_disk_chosen_again_after_a_cdrom_is_as_the_user_left_it(details_of):
    """Disk → CD-ROM → Disk left "Use an existing image" and the SATA bus the CD-ROM took:
    the new volume the user had set up (name, size) was off, and a virtio disk became SATA."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.volume.setText("data.qcow2")
    assert disk.new_volume.isChecked() and disk.bus.currentData() == "virtio"
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    assert disk.existing.isChecked() and disk.bus.currentData() == "sata"
    disk.device.setCurrentIndex(disk.device.findData("disk"))
    assert disk.new_volume.isChecked() and disk.volume.isEnabled()
    assert disk.volume.text() == "data.qcow2" and disk.bus.currentData() == "virtio"
    # A bus chosen for the CD-ROM, or an image path typed, is the user's: kept.
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    disk.bus.setCurrentIndex(disk.bus.findData("scsi"))
    disk.path.textEdited.emit("/srv/x.iso")
    disk.device.setCurrentIndex(disk.device.findData("disk"))
    assert disk.existing.isChecked() and disk.bus.currentData() == "scsi"
    dialog.reject()
