"""Test layers written straight with OGR (no QGIS writer in the way, invalid rings kept)."""

from __future__ import annotations

from pathlib import Path

import shapely


def write_gpkg(path: Path, layer: str, crs: str, columns: dict, geoms: list) -> str:
    """A GeoPackage layer from WKT strings or shapely geometries; its QGIS source text.

    WKT goes to OGR as written, so an invalid ring stays invalid (what real data brings).
    """
    from osgeo import ogr, osr

    ogr.UseExceptions()
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(layer, srs, ogr.wkbUnknown)
    types = {int: ogr.OFTInteger64, float: ogr.OFTReal, str: ogr.OFTString}
    for name, values in columns.items():
        lyr.CreateField(ogr.FieldDefn(name, types[type(values[0])]))
    for row, geom in enumerate(geoms):
        feature = ogr.Feature(lyr.GetLayerDefn())
        for name, values in columns.items():
            feature.SetField(name, values[row])
        if isinstance(geom, str):
            feature.SetGeometry(ogr.CreateGeometryFromWkt(geom))
        else:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        lyr.CreateFeature(feature)
    ds = None
    return f"{path}|layername={layer}"
