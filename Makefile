# EventMate: `make run` opens the app, `make test` runs every check. Both set themselves up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SRC := src/eventmate

.PHONY: run test test-sqlite lint types layers packaging pytest torture bench bench-quick screenshots clean dist dist-check \
	translations translations-gui translations-cli

run: $(STAMP)
	$(BIN)/eventmate

test: $(STAMP) lint types layers packaging pytest

# Reinstall whenever the project's dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/ruff format --check src tests bench packaging

types: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

packaging:
	bash packaging/linux/validate.sh

# Storage, service and CLI tests run on SQLite and on a throw-away PostgreSQL cluster that the
# tests start themselves (tests/pg_cluster.py; skipped, with the reason, without PostgreSQL).
pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The SQLite half alone, quicker while iterating.
test-sqlite: $(STAMP)
	EVENTMATE_TEST_STORES=sqlite QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The long torture run (tests/torture at full size: >= 1,000 kills, >= 100,000 fuzzed inputs,
# the full-disk cases when run as root). `make test` runs the same suites short. Ends with a
# summary table, also written to $(TORTURE_REPORT).
TORTURE_REPORT ?= build/torture-summary.txt
torture: $(STAMP)
	mkdir -p $(dir $(TORTURE_REPORT))
	EVENTMATE_TORTURE=long EVENTMATE_TORTURE_REPORT=$(TORTURE_REPORT) QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest tests/torture -q

# The wheel (for pip and pipx), and on Linux the frozen app as a tarball and a .deb, in dist/.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .
	bash packaging/linux/build.sh $(BIN)/python

# Install what `make dist` built and use it as a person would (.deb with apt as root, the
# tarball, the wheel with pipx); removes it all again.
dist-check: $(STAMP)
	bash packaging/linux/smoke.sh
	bash packaging/smoke_pipx.sh $(BIN)/python

# Every benchmark, one table (100k people; set EVENTMATE_BENCH_JRNL to a jrnl executable to
# measure the command line beside it). bench-quick: the same at 10k people, in about a minute.
bench: $(STAMP)
	$(BIN)/python bench/run_all.py

bench-quick: $(STAMP)
	$(BIN)/python bench/run_all.py --quick

# Every screen and dialog in light and dark (the window at 1280x800 and 1920x1080), from the
# sample data, into build/screenshots/: look at them before a stop.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/screenshots.py build/screenshots

# Every catalogue updated from the sources and compiled (translators then edit the .ts files).
translations: translations-gui translations-cli

# The GUI's Qt catalogues, resources/translations/eventmate_*.ts, and their compiled .qm.
translations-gui: $(STAMP)
	$(BIN)/python packaging/qt_catalogue.py
	for ts in resources/translations/eventmate_*.ts; do \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# The command line's and services' words (gettext): extract them into the template, update the
# German catalogue (new words appear with an empty translation, to be written by hand) and
# compile it. tests/domain/test_catalogue.py fails on a word missing from it, an empty or fuzzy
# entry, or a stale .mo.
LOCALE := resources/locale
translations-cli: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel extract --no-wrap --add-location=file --sort-by-file \
		--project=EventMate --copyright-holder="EventMate developers" \
		-o build/eventmate.pot $(SRC)/cli $(SRC)/services $(SRC)/domain $(SRC)/interop \
		$(SRC)/storage
	$(BIN)/pybabel update --no-wrap --no-fuzzy-matching --ignore-obsolete --init-missing \
		-i build/eventmate.pot -d $(LOCALE) -D eventmate -l de
	$(BIN)/pybabel compile --statistics -d $(LOCALE) -D eventmate -l de

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
