"""Connectivity analytics: site graphs, PC/IIC/dPC, ProtConn, corridors and flyway networks.

- :mod:`.graph`: sites as a graph (edge-to-edge or centroid distances through an STRtree,
  or a distance table), the dispersal kernel and every parameter (:class:`GraphParams`);
- :mod:`.indices`: IIC, PC, EC, the intra/direct/step fractions, exact node importance
  (dPC, dIIC and their intra/flux/connector parts) and the gain of candidate sites;
- :mod:`.protconn`: ProtConn with its fractions, foreign protected areas as stepping stones
  and the share of [Trans] each neighbour supplies, ProtConn[Bound], dProtConn, time series;
- :mod:`.conefor`: a drop-in for the Conefor 2.7 command line and its files;
- :mod:`.corridors` and :mod:`.flyway`: least-cost corridors and flyway networks.

Nothing is imported here, so importing one module does not load the others.
"""
