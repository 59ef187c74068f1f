# make demo: set up .venv, install vnkg, build the seed articles into out/
# make test: set up what the tests need and run the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test score score-unseen install clean

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

score-unseen: $(STAMP)
	$(BIN)/python tests/unseen/score.py
	$(BIN)/python tests/unseen/score.py --gold tests/dev/gold.json

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf out
