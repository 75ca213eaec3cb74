# SFA Desk — set-up, run, test. Every target builds the virtual environment it needs.
#
# PySide6 is pinned to 6.11.3: 6.12.0 aborts CPython 3.11 (none_dealloc), and 6.11.3 runs on
# 3.11 and on 3.12+, so whichever python3 the machine has works (tests/test_qt_pin.py).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUN_DIR := .run
PORT ?= 8765
SERVER_URL := http://127.0.0.1:$(PORT)
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

export QT_QPA_PLATFORM ?= offscreen

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint bench translations update-translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "SFA Desk needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## translations: compile the .ts files (the source of truth, committed) into .qm
translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## update-translations: collect new UI strings into the .ts files (then translate them)
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete ui/*.py -ts $(TS_FILES)

## run: start a local server with demo data and open the desktop app signed in to it as rep1
run: $(STAMP) translations
	mkdir -p $(RUN_DIR)
	$(BIN)/sfa-server init --db sqlite:///$(RUN_DIR)/server.db
	test -f $(RUN_DIR)/.demo || ($(BIN)/sfa-server demo --db sqlite:///$(RUN_DIR)/server.db --accounts 300 && touch $(RUN_DIR)/.demo)
	$(BIN)/sfa-server serve --db sqlite:///$(RUN_DIR)/server.db --host 127.0.0.1 --port $(PORT) & \
	  server=$$!; trap 'kill $$server' EXIT INT TERM; \
	  $(BIN)/python -m sfa.server.wait $(SERVER_URL) && \
	  env -u QT_QPA_PLATFORM SFA_DESK_PASSWORD=demo-pass $(BIN)/python main.py --server $(SERVER_URL) --user rep1

## test: the whole suite, offscreen, on SQLite and (where it answers) PostgreSQL
test: $(STAMP) translations
	SFA_TEST_PG_URL=$(PG_URL) $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

## installer: the desktop app as one folder, dist/sfa-desk/ (installer/README.md), then a
## smoke run of that bundle offscreen: it must open a fresh database and its main window
PYINSTALLER := pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9
.PHONY: installer
installer: $(STAMP) translations
	$(BIN)/python -m pip install --quiet $(PYINSTALLER)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller installer/sfa-desk.spec
	QT_QPA_PLATFORM=offscreen dist/sfa-desk/sfa-desk --smoke-test
	du -sh dist/sfa-desk

## screenshots: the main screens on the demo company, Chinese and English, written to
## docs/screenshots/ (under Xvfb where it is installed, else Qt's offscreen platform)
.PHONY: screenshots
screenshots: $(STAMP) translations
	if command -v xvfb-run >/dev/null; then \
	  xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb $(BIN)/python scripts/screenshots.py; \
	else \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py; \
	fi

clean:
	rm -rf $(VENV) $(RUN_DIR) build dist *.egg-info $(QM_FILES)
