"""Connectivity analytics: site graphs, PC/IIC/dPC, ProtConn, corridors and flyway networks."""
