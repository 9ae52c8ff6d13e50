# Two commands on a fresh machine: `make demo` and `make test`. Everything else follows.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sitrep.db

.PHONY: demo test bench install ingest-sample clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

ingest-sample: $(STAMP)
	-$(BIN)/sitrep ingest examples/seeds examples/open-ukraine-2022.jsonl --db $(DB)

demo: ingest-sample
	$(BIN)/sitrep brief --db $(DB) --format md
	@echo "Serving the briefing at http://127.0.0.1:8000 (Ctrl-C to stop)"
	$(BIN)/sitrep serve --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m sitrep.eval.bench

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
