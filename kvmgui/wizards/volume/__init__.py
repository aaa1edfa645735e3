"""Dialogs that fill a VolumeSpec (new volume, clone) or resize one; each runs its own job."""
