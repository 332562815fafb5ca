"""Pure planning core: plain data in, plain data out; no qgis or PyQt imports (tested)."""
