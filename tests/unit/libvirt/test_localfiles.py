"""A download's partial file: beside the file it becomes, never an existing one."""

from __future__ import annotations

import os

from kvmgui.libvirt import localfiles


def test_a_file_name_of_the_longest_length_still_gets_a_partial_file(tmp_path):
    """The partial file is named ``<name>.part``: for a name the file system takes (up to 255
    bytes) but not with ".part" after it, the download failed with "file name too long" at
    once. Such a name gets a short partial file of its own in the same folder."""
    target = tmp_path / ("v" * 251 + ".img")  # 255 bytes: the longest name ext4 takes
    target.write_bytes(b"old")  # a file there is allowed
    fd, part = localfiles.new_partial(target)
    try:
        assert part.parent == tmp_path and part.name.endswith(".part")
        os.write(fd, b"new")
    finally:
        os.close(fd)
    os.replace(part, target)
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == [target.name]
