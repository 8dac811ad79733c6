#!/usr/bin/env python3
"""Headless QGIS (Debian's qgis 3.22, python3-qgis) opening the service as an analyst would.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/qgis-check.py http://127.0.0.1:8091
Loads the OGC API - Features layer of municipalities in EPSG:25832 (QGIS's "WFS / OGC API - Features" provider) and
the parish vector tiles from the TileJSON's template, and prints one JSON line with what QGIS saw; exit 1 on failure.
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile  # noqa: E402
import urllib.parse  # noqa: E402
import urllib.request  # noqa: E402

from qgis.core import (  # noqa: E402  (the platform must be set before Qt loads)
    QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsFillSymbol, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle,
    QgsVectorLayer, QgsVectorTileBasicRenderer, QgsVectorTileBasicRendererStyle, QgsVectorTileLayer, QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

base = sys.argv[1].rstrip("/")
app = QgsApplication([], False)
app.initQgis()
result = {}
try:
    # OAPIF: QGIS picks the CRS from the collection's crs list when srsname asks for it (Part 2).
    uri = f"url='{base}/ogc' typename='municipality' srsname='EPSG:25832' pagingEnabled='true' restrictToRequestBBOX='0'"
    oapif = QgsVectorLayer(uri, "municipality", "OAPIF")
    result["oapif_valid"] = oapif.isValid()
    if oapif.isValid():
        result["oapif_crs"] = oapif.crs().authid()
        features = list(oapif.getFeatures())
        result["oapif_count"] = len(features)
        # QGIS 3.22's OAPIF provider does not send Part 2's crs= (it reads CRS84 and reprojects on the fly), so the
        # layer's own CRS is EPSG:4326; the analyst's EPSG:25832 project is this transform, checked here.
        to_utm = QgsCoordinateTransform(oapif.crs(), QgsCoordinateReferenceSystem("EPSG:25832"), QgsProject.instance())
        boxes = [to_utm.transformBoundingBox(f.geometry().boundingBox()) for f in features if f.hasGeometry()]
        result["oapif_min_x"] = min(b.xMinimum() for b in boxes) if boxes else None
        result["oapif_max_y"] = max(b.yMaximum() for b in boxes) if boxes else None
        odense = [f for f in features if f["code"] == "0461"]
        result["oapif_odense"] = odense[0]["name"] if odense else None

    # Vector tiles: the layer QGIS's "Add vector tiles" makes from the TileJSON's template, rendered offscreen (so QGIS
    # fetched and decoded the tiles), and one zoom-6 tile over Funen opened through QGIS's OGR provider for its features.
    with urllib.request.urlopen(f"{base}/tiles/parishes.json") as r:
        tilejson = json.load(r)
    template = tilejson["tiles"][0]
    vt = QgsVectorTileLayer(f"type=xyz&url={urllib.parse.quote(template, safe=':/{}')}&zmin=0&zmax={tilejson['maxzoom']}", "parishes")
    result["tiles_valid"] = vt.isValid()
    if vt.isValid():
        style = QgsVectorTileBasicRendererStyle("fill", "parishes", QgsWkbTypes.PolygonGeometry)
        style.setSymbol(QgsFillSymbol.createSimple({"color": "0,0,0,255", "outline_style": "no"}))
        renderer = QgsVectorTileBasicRenderer()
        renderer.setStyles([style])
        vt.setRenderer(renderer)
        settings = QgsMapSettings()
        settings.setLayers([vt])
        settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        settings.setExtent(QgsRectangle(1100000, 7300000, 1250000, 7450000))  # Funen
        settings.setOutputSize(QSize(256, 256))
        settings.setBackgroundColor(QColor(255, 255, 255))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        dark = sum(1 for x in range(0, 256, 4) for y in range(0, 256, 4) if QColor(image.pixel(x, y)).lightness() < 128)
        result["tiles_rendered_share"] = round(dark / 4096, 3)
    tile = os.path.join(tempfile.mkdtemp(), "6-33-19.mvt")
    with urllib.request.urlopen(template.replace("{z}", "6").replace("{x}", "33").replace("{y}", "19")) as r, open(tile, "wb") as f:
        f.write(r.read())
    layer = QgsVectorLayer(f"{tile}|layername=parishes", "tile", "ogr")
    result["tile_valid"] = layer.isValid()
    if layer.isValid():
        result["tile_features"] = layer.featureCount()
        result["tile_fields"] = [f.name() for f in layer.fields()]
finally:
    print(json.dumps(result, ensure_ascii=False))
    app.exitQgis()
