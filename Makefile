PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
OUT ?= out

.PHONY: venv demo test bench clean

$(BIN)/warscribe: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/warscribe

venv: $(BIN)/warscribe

demo: venv
	$(BIN)/python examples/demo.py --out $(OUT)

test: venv
	$(BIN)/python -m pytest

bench: venv
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
