"""cloud-init NoCloud seeds for new VMs, made in Python (no Qt, no external tools).

``userdata`` turns the spec's cloud-init part into ``meta-data``, ``user-data``
and ``network-config``; ``crypt`` makes the SHA-512 password hash kept in the
spec; ``seed`` packs the files into an ISO 9660 image labelled ``cidata``, which
the finish job (``kvmgui.libvirt.newvm``) uploads into a pool volume.
"""
