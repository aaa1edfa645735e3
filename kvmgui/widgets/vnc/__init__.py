"""The graphical console: a VNC view on GVnc, its toolbar, and the SPICE launcher."""
