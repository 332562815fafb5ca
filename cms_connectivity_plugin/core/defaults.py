"""The one set of defaults, shared by the dock, Processing, the command line and the core.

Each entry point reads its defaults from here, so the same BLM means the same objective
wherever a user presses the button. The user guide and the README quote these values.
"""

from __future__ import annotations

#: Share (%) of each species-season range to hold: GBF Target 3.
TARGET_PERCENT = 30.0
#: Boundary length modifier, in cost units (km2 when cost = area) per km of network edge.
BLM = 0.5
#: Share of a unit's exposed outer edge (coast, study-area border) counted in the boundary,
#: as prioritizr's default edge_factor (0.5): such edges are not the network's fault.
EDGE_FACTOR = 0.5
#: Solver limits: seconds per solve and relative optimality gap (0.01 = within 1 %).
TIME_LIMIT_S = 120.0
MIP_GAP = 0.01
#: Hexagon or square area (km2).
CELL_AREA_KM2 = 1000.0
#: A unit at least this protected share is locked in as existing protected area.
LOCK_IN = 0.5
#: A unit at least this share covered by the areas to keep out (lock-out layers) is locked out.
LOCK_OUT = 0.5
#: Median dispersal distance (km) for ProtConn and dPC: the GBF indicator's 10 km.
DISPERSAL_KM = 10.0
#: Far overseas parts of a country (km from its main part) left out of the study area.
MAX_OFFSHORE_KM = 1000.0
#: Simulated training data.
N_SPECIES = 12
SEED = 42
