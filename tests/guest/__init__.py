"""A tiny real guest (Debian cloud kernel + busybox initramfs) for integration tests.

See tests/guest/build.py: ensure_guest_assets(), tiny_guest_xml().
"""
