"""The operating-system database (libosinfo through GObject introspection).

``database.load_database`` reads it and ``OsDatabase.detect_media`` identifies
an install ISO: both block (the database takes about half a second to load), so
they run in a worker; everything else works on plain :class:`OsSpec` values
already converted at load. Without libosinfo (no PyGObject, no typelib, no
osinfo-db) the same API answers with the generic Linux / Windows / other
profiles. No Qt here.
"""
