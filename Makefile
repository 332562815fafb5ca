# CMS Connectivity Planner. The README's two commands: `make demo` and `make test`.
# Both run `setup` first, so a fresh Debian 12 machine needs nothing else.

SHELL := /bin/bash
PLUGIN := cms_connectivity_plugin
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
APT_PACKAGES := python3-qgis qgis-providers qgis-common python3-venv xvfb qttools5-dev-tools \
	pyqt5-dev-tools poppler-utils python3-scipy python3-networkx python3-matplotlib \
	python3-pyproj proj-data python3-skimage chromium libgeos-dev python3-dev gcc
OUT ?= out/demo
QGIS_PROFILE ?= default
QGIS_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(QGIS_PROFILE)/python/plugins
STAGE := build/$(PLUGIN)
LOCALES := fr es
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup apt venv demo test test-stress test-core lint format package deploy transup transcompile clean screenshots pages templates modules

setup: apt venv

# Install with apt only what is missing (idempotent, quiet when all is there).
apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "apt: installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# A venv over Debian's Python (it sees apt's QGIS); numpy pinned to the system's version.
# shapely is built from source against Debian's GEOS (libgeos-dev): a wheel's own GEOS clashes
# with the GEOS QGIS has already loaded (QGIS desktop crashed in shapely.contains_xy).
# geopandas and dask-geopandas come without their dependencies (requirements-nodeps.txt), so
# no pyogrio/fiona GDAL, shapely-wheel GEOS or pyproj-wheel PROJ enters QGIS's process.
venv: $(VENV)/.deps-ok $(VENV)/bin/cms-marxan

$(VENV)/.deps-ok: requirements.txt requirements-dev.txt requirements-nodeps.txt | apt
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -c "import numpy; print('numpy==' + numpy.__version__)" > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt \
	  --no-binary shapely -r requirements-dev.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt \
	  --no-deps -r requirements-nodeps.txt
	$(PY) -c "import shapely, sys; sys.exit(shapely.geos_version_string != '$$(geos-config --version)')" \
	  || $(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt \
	     --force-reinstall --no-deps --no-binary shapely -r requirements.txt
	PROJ_DATA=/usr/share/proj $(PY) -c "import numpy, shapely, highspy, distributed, numba, qgis.core; \
	  import pandas, pyarrow, geopandas, dask_geopandas, pyproj, importlib.util as u; \
	  assert shapely.__version__ >= '2'; assert pyproj.__file__.startswith('/usr/lib/'); \
	  assert not (u.find_spec('pyogrio') or u.find_spec('fiona')), 'a second GDAL'"
	touch $@

# The plugin itself, editable, for its console commands cms-marxan and cms-conefor
# (pyproject [project.scripts]); setuptools comes from Debian (no build isolation, offline).
$(VENV)/bin/cms-marxan: pyproject.toml $(VENV)/.deps-ok
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	rm -rf $(PLUGIN).egg-info
	test -x $@ && touch $@

demo: setup
	$(PY) -m $(PLUGIN) run --out $(OUT)

test: setup transcompile
	$(PY) -m pytest

# The GUI tests (and the load-sensitive ones) repeated under load: RUNS=5 by default.
test-stress: setup transcompile
	bash scripts/stress.sh $(or $(RUNS),5)

test-core: setup
	$(PY) -m pytest tests/core -p no:qgis

lint: setup
	$(VENV)/bin/ruff check $(PLUGIN) tests bench scripts i18n
	$(VENV)/bin/ruff format --check $(PLUGIN) tests bench scripts i18n

format: setup
	$(VENV)/bin/ruff format $(PLUGIN) tests bench
	$(VENV)/bin/ruff check --fix $(PLUGIN) tests bench

# The print-layout templates the maps are made from (resources/layouts/*.qpt), redrawn in code.
templates: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_templates.py resources/layouts

# The README's module maps, docs/img/modules_{before,after}.png: sizes and imports before the
# refactor (d352006) and in the working tree; prints the README's Markdown table. Needs only
# matplotlib, so an existing venv is used as it is.
modules:
	@test -x $(PY) || $(MAKE) setup
	$(PY) scripts/module_map.py --compare d352006 \
	  --out docs/img/modules_after.png --out-before docs/img/modules_before.png

# Translations: pylupdate5 collects tr()/translate() strings; lrelease compiles .qm.
# pylupdate5 files module-level tr() calls under "@default"; ours live in "CmsConnectivity".
transup: apt
	sed -i 's#<name>CmsConnectivity</name>#<name>@default</name>#' i18n/*.ts
	pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py' | sort) resources/ui/*.ui \
	  -ts $(foreach l,$(LOCALES),i18n/$(PLUGIN)_$(l).ts) 2>/dev/null
	sed -i 's#<name>@default</name>#<name>CmsConnectivity</name>#' i18n/*.ts
	$(SYSTEM_PYTHON) i18n/seed_translations.py

# Screenshots of QGIS's main window with the dock on each step, under Xvfb, into docs/img/.
# Needs the QGIS desktop application (apt package qgis), installed here when missing.
# The README's rendered pages: overview map (en), an atlas page (fr), report summary (es).
pages: setup transcompile
	bash scripts/pages.sh

screenshots: package
	@command -v qgis >/dev/null || $(SUDO) apt-get install -y --no-install-recommends qgis
	timeout 900 scripts/screenshots.sh $(or $(SHOTS_LANG),en) </dev/null

transcompile: apt
	@for l in $(LOCALES); do lrelease -silent i18n/$(PLUGIN)_$$l.ts -qm i18n/$(PLUGIN)_$$l.qm; done

package: transcompile
	rm -rf $(STAGE) dist/$(PLUGIN).zip
	mkdir -p $(STAGE)/i18n dist
	tar -C $(PLUGIN) --exclude='__pycache__' --exclude='*.pyc' -cf - . | tar -C $(STAGE) -xf -
	cp metadata.txt LICENSE $(STAGE)/
	cp -r resources $(STAGE)/resources
	cp i18n/*.qm $(STAGE)/i18n/
	cd build && $(SYSTEM_PYTHON) -c "import shutil; shutil.make_archive('../dist/$(PLUGIN)', 'zip', '.', '$(PLUGIN)')"
	@echo "dist/$(PLUGIN).zip"

deploy: package
	mkdir -p "$(QGIS_PLUGINS)"
	rm -rf "$(QGIS_PLUGINS)/$(PLUGIN)"
	cp -r $(STAGE) "$(QGIS_PLUGINS)/$(PLUGIN)"
	@echo "Deployed to $(QGIS_PLUGINS)/$(PLUGIN); enable it in Plugins > Manage and Install."

clean:
	rm -rf build dist out .pytest_cache .ruff_cache i18n/*.qm
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
