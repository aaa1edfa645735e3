"""The forms of the Add hardware dialog, one module per kind of device.

Each form reads its fields on the GUI thread, validates them inline (``validate``: a
message, or None) and hands the dialog a job (``job``: a worker function and its plain
arguments — the device XML built from a spec, never the widgets). ``base.py`` holds
``HardwareForm`` and its row helpers; ``nicsource.py`` the NIC source field the details
window's NIC page shares; ``nic.py``, ``disk.py`` (disks and CD-ROMs) and ``other.py``
(serial port or console, RNG, display) the forms. A new kind: a ``HardwareForm``
subclass in a module of its own (or ``other.py`` when it is a few fields) and a line in
``AddHardwareDialog.forms``.
"""
