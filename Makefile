# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: run test setup system-deps system-deps-all lint bench clean dist install deb

run: system-deps $(STAMP)
	$(PY) -m kvmgui $(ARGS)

test: system-deps-all $(STAMP)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest $(PYTEST_ARGS)

setup: system-deps-all $(STAMP)

system-deps:
	@bash tools/install-system-deps.sh runtime

system-deps-all:
	@bash tools/install-system-deps.sh all

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

lint: $(STAMP)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

bench: system-deps $(STAMP)
	$(PY) bench/run.py

# Packages (packaging/README.md): wheel + sdist; an install under PREFIX with the desktop
# entry, metainfo, icons and man page where the freedesktop specs want them; Debian packages.
dist:
	$(PYTHON) -m build --outdir dist .

install:
	$(PYTHON) -m pip install --no-deps --ignore-installed --no-warn-script-location --prefix=$(PREFIX) \
		$(if $(DESTDIR),--root=$(DESTDIR)) .
	-[ -n "$(DESTDIR)" ] || gtk-update-icon-cache -q -t $(PREFIX)/share/icons/hicolor 2>/dev/null
	-[ -n "$(DESTDIR)" ] || update-desktop-database -q $(PREFIX)/share/applications 2>/dev/null

deb:
	bash tools/build-deb.sh dist/deb

clean:
	rm -rf $(VENV) .cache build dist *.egg-info
