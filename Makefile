# make demo: set up .venv, install vnkg, build the seed articles into out/
# make test: set up what the tests need and run the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test score score-heldout score-dev score-unseen install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
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

score-unseen: $(STAMP)
	$(BIN)/python tests/unseen/score.py
	$(BIN)/python tests/unseen/score.py --gold tests/dev/gold.json

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf out
