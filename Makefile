# make demo: set up .venv, install vnkg, build the seed articles into out/
# make test: set up what the tests need and run the whole suite
# make lint: ruff and mypy over the packages, tests and benches
# make lock: write constraints.txt again from what .venv holds (after changing pyproject.toml)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint lock score score-heldout score-dev install clean

# Every dependency at the version of constraints.txt, so that every machine runs what CI ran.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,lint]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/vnkg build seeds --out out
	@echo "Open out/graph.html in a browser."

score: demo
	$(PYTHON) ../shared/eval/score.py --gold ../shared/eval/seeds.gold.json --graph out/graph.json

# The annotated sets of tests/gold/score.py, per era (held-out: summary only).
score-heldout: $(STAMP)
	$(BIN)/python tests/gold/score.py heldout --by-predicate

score-dev: $(STAMP)
	$(BIN)/python tests/gold/score.py dev --by-predicate

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Resolve pyproject.toml afresh in a new virtualenv and pin what it installs (vnkg itself left out).
LOCK_VENV := .venv-lock
lock:
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/pip install --quiet --upgrade pip
	$(LOCK_VENV)/bin/pip install --quiet -e '.[test,lint]'
	{ echo "# Every dependency pinned, written by make lock; make installs with it (pip install -c constraints.txt)."; \
	  $(LOCK_VENV)/bin/pip freeze --exclude-editable; } > constraints.txt
	rm -rf $(LOCK_VENV)

clean:
	rm -rf out
