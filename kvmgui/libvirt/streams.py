"""Volume upload and download through libvirt streams. Run only in workers.

Decision: *blocking* streams (``newStream(0)``) driven by the worker thread
that runs the job, with libvirt-python's ``sendAll``/``recvAll`` and their
sparse variants doing the loop. Not a non-blocking stream on the event loop:
that loop is the GUI thread's (GLib under Qt), and every 256 KiB chunk would
then be copied through Python on the GUI thread. In a worker the GUI thread
never sees the data; libvirt-python releases the GIL while it waits on the
socket, so the window stays responsive. The same code serves remote hosts:
the stream runs over the libvirt connection itself.

Progress goes to a :class:`~kvmgui.libvirt.transfers.Transfer` (see there); the loop
notices its ``cancel()`` before the next chunk and aborts the stream. The local file is
read or written by a thread of its own (:mod:`kvmgui.libvirt.filepump`), so a file on a
network mount that stopped answering keeps no Cancel from aborting the stream.

Faults and cancel leave nothing half-made: an upload removes the volume it created (one
the host will not delete is named: :class:`VolumeLeftError`), a download removes its
partial file unless ``keep_partial`` (it then stays as ``<dest>.part``). A download is
written to ``<dest>.part`` and only renamed to ``dest`` once complete, so a file already
at ``dest`` is replaced only by a whole one. A file already named ``<dest>.part`` (a
crash's, a browser's) is never overwritten: the download then goes through
``<dest>.<random>.part``.

Sparse streams (holes sent as lengths, not zeroes) are used where asked and
the host takes them; a host that refuses the flag gets a plain stream and
the result says so. An upload into an *existing* volume is never sparse: the
host skips the holes over whatever data the volume held, which would then
show through.

A new volume of a block pool may come out larger than the file (an LV is whole extents,
4 MiB by default; a partition is aligned), and its end past the file holds what the
device held before: another VM's old data, which the guest would read as the end of its
disk. An upload into a new volume therefore writes zeroes on from the file's end to the
volume's (as a hole on a sparse stream: libvirt writes a hole on a block device as zeroes).

The upload is :mod:`kvmgui.libvirt.volupload`, the download
:mod:`kvmgui.libvirt.voldownload`; this module holds what both share.

Each transfer is noted as its ``virsh vol-upload`` / ``vol-download`` line (and the
volume an upload makes as ``vol-create-as``), through :mod:`kvmgui.libvirt.virsh`.
"""

from __future__ import annotations

import libvirt

# libvirt's answers when a host or backend does not do sparse streams.
_NO_SPARSE = (libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_INVALID_ARG,
              libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED, libvirt.VIR_ERR_OPERATION_UNSUPPORTED)


def no_sparse(exc: libvirt.libvirtError) -> bool:
    """Whether ``exc`` is the host's "no sparse streams here" (then a plain stream goes)."""
    return exc.get_error_code() in _NO_SPARSE
