# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: run test setup system-deps system-deps-all lint bench fuzz clean dist install install-desktop deb translations

run: system-deps $(STAMP)
	$(PY) -m kvmgui $(ARGS)

test: system-deps-all $(STAMP)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy
	$(PY) -m pytest $(PYTEST_ARGS)

setup: system-deps-all $(STAMP)

system-deps:
	@bash tools/install-system-deps.sh runtime

system-deps-all:
	@bash tools/install-system-deps.sh all

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,gi,secrets]'
	touch $@

lint: $(STAMP)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

# The catalogues (docs/i18n.md): lupdate refreshes resources/translations/*.ts from the code
# and ui/*.ui (no obsolete strings), lrelease compiles the .qm files that are committed.
# Run after changing any user-visible string; tests/i18n fails until the .ts are current.
translations: $(STAMP)
	$(PY) tools/translations.py all

bench: system-deps $(STAMP)
	$(PY) bench/run.py

# Packages (README, "Install"): wheel + sdist; an install under PREFIX with the desktop
# entry, metainfo, icons and man page where the freedesktop specs want them; Debian packages.
dist: $(STAMP)
	$(PY) -m build --outdir dist .

install:
	$(PYTHON) -m pip install --no-deps --ignore-installed --no-warn-script-location --prefix=$(PREFIX) \
		$(if $(DESTDIR),--root=$(DESTDIR)) .
	-[ -n "$(DESTDIR)" ] || gtk-update-icon-cache -q -t $(PREFIX)/share/icons/hicolor 2>/dev/null
	-[ -n "$(DESTDIR)" ] || update-desktop-database -q $(PREFIX)/share/applications 2>/dev/null

# Only the desktop data (for a kvmgui installed with pipx or in a venv): entry, metainfo,
# icons and man page under PREFIX, e.g. make install-desktop PREFIX=~/.local
ICON_SIZES := 16 22 24 32 48 64 128 256 512
install-desktop:
	install -Dm644 packaging/io.github.kvmgui.KvmGui.desktop -t $(DESTDIR)$(PREFIX)/share/applications
	install -Dm644 packaging/io.github.kvmgui.KvmGui.metainfo.xml -t $(DESTDIR)$(PREFIX)/share/metainfo
	install -Dm644 packaging/io.github.kvmgui.KvmGui.svg -t $(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps
	for n in $(ICON_SIZES); do install -Dm644 packaging/icons/$${n}x$${n}/io.github.kvmgui.KvmGui.png \
		-t $(DESTDIR)$(PREFIX)/share/icons/hicolor/$${n}x$${n}/apps; done
	install -Dm644 packaging/kvmgui.1 -t $(DESTDIR)$(PREFIX)/share/man/man1

deb:
	bash tools/build-deb.sh dist/deb

# The property tests with random examples, 20 times as many as in `make test`
# (KVMGUI_FUZZ_SCALE=N for another factor); failures are kept in .cache/hypothesis.
fuzz: system-deps-all $(STAMP)
	KVMGUI_HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -p no:cacheprovider tests/property $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .cache build dist *.egg-info
