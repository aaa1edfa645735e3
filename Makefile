# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps system-deps-all lint bench fuzz clean

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

# The property tests with random examples, 20 times as many as in `make test`
# (KVMGUI_FUZZ_SCALE=N for another factor); failures are kept in .cache/hypothesis.
fuzz: system-deps-all $(STAMP)
	KVMGUI_HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -p no:cacheprovider tests/property $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .cache build *.egg-info
