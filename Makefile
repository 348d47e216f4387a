# Two entry points for a fresh machine with Python 3.11+: `make demo` and `make test`.
# Each creates .venv and installs what it needs with pip alone.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/podcastify build --config samples/podcastify.toml
	@echo "Serve it with:  $(VENV)/bin/podcastify serve --dir audio"
	@echo "then subscribe to http://localhost:8000/feed.xml (or open http://localhost:8000/)"

test: $(VENV)/.installed
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check podcastify tests benchmarks
	$(VENV)/bin/ruff format --check podcastify tests benchmarks

bench: $(VENV)/.installed
	$(PY) benchmarks/bench_build.py

clean:
	rm -rf audio/*.mp3 audio/*.vtt audio/*.srt audio/*.json audio/feed.xml audio/index.html \
		audio/cover.png audio/cover.jpg .podcastify samples/.podcastify
