# Vejviser — two commands: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: demo test venv lint typecheck translations tour bench clean

venv:
	@bash .ci/bootstrap.sh

translations: venv
	@$(PY) -m desktop.devtools.i18n_build
	@$(PY) -m desktop.devtools.theme_build

## Start the sync server on SQLite with demo data and open the desktop logged in.
demo: venv translations
	@$(PY) -m desktop.devtools.demo

## The whole test suite (lint, types, unit, HTTP on SQLite and PostgreSQL, GUI offscreen).
test: venv translations lint typecheck
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 --dist loadgroup -p no:cacheprovider

lint: venv
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check sync_server desktop tests

typecheck: venv
	@$(VENV)/bin/mypy

tour: venv translations
	@QT_QPA_PLATFORM=offscreen $(VENV)/bin/vejviser tour --out tour-out

bench: venv
	@for b in tests/bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache tour-out
