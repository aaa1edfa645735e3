"""The "Add storage pool" wizard: pages fill a PoolSpec, kvmgui.xml builds the XML."""
