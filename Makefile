# Two commands for a newcomer: `make serve` and `make test`. Every set-up step lives here.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
# The path the site is published under, for its "page not found" page (tools/not_found.py).
BASE_PATH ?= /
export FSS_BASE_PATH := $(BASE_PATH)

# Material for MkDocs prints a banner about MkDocs 2.0; we pin MkDocs 1.6 (pyproject.toml).
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

PY_STAMP  := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
LIGHTHOUSE_STAMP := tools/lighthouse/node_modules/.installed

.PHONY: serve test build browser bench clean

## serve: set up, build the site and serve it at http://127.0.0.1:$(PORT) until Ctrl-C
serve: build
	$(BIN)/python tools/serve.py --port $(PORT) --directory site

## test: set up, build the site strictly and run the whole test suite
test: build browser
	$(BIN)/python -m pytest

## bench: speed and size of the site and the tool against their goals (tools/bench.py),
## with Lighthouse 12 (npm, in tools/lighthouse/; only the bench needs it)
bench: build browser $(LIGHTHOUSE_STAMP)
	$(BIN)/python tools/bench.py

## build: the site, in site/ (zero warnings allowed)
build: $(PY_STAMP) $(NPM_STAMP)
	$(BIN)/mkdocs build --strict --quiet

$(PY_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[site,test]"
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(LIGHTHOUSE_STAMP): tools/lighthouse/package.json tools/lighthouse/package-lock.json
	npm ci --prefix tools/lighthouse --no-audit --no-fund --loglevel=error
	touch $@

## browser: Debian's Chromium (and poppler-utils for looking at PDFs), for the browser tests
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation poppler-utils; \
	  else \
	    echo "The browser tests need Debian's Chromium. Install it, then run make test again:"; \
	    echo "    sudo apt-get install chromium fonts-liberation poppler-utils"; \
	    exit 1; \
	  fi; \
	fi

clean:
	rm -rf site build dist *.egg-info .cache/fss-build
