#!/usr/bin/env python3
"""Seeded, ILLUSTRATIVE housing-department files for bench/areas-import (not real departments).

  make_files.py OUT_DIR [N=2000] [DRYRUN_MB=20]

Writes OUT_DIR/departments.gpkg (N squares of 60-160 m with Danish attribute fields, EPSG:25832, in Odder
municipality) and OUT_DIR/large.geojson (about DRYRUN_MB MB: the same lattice with many-vertex outlines).
"""
import json
import math
import random
import sqlite3
import struct
import sys

X0, Y0 = 566_500.0, 6_196_500.0  # south-west of Odder town, EPSG:25832; the lattice stays inside 0727


def lattice(n, seed):
    rnd = random.Random(seed)
    per_row = max(1, math.ceil(math.sqrt(n)))
    spacing = 8_000.0 / per_row
    for i in range(n):
        size = min(spacing * 0.8, 60 + rnd.random() * 100)
        x, y = X0 + (i % per_row) * spacing, Y0 + (i // per_row) * spacing
        yield i + 1, x, y, size, rnd


def square(x, y, s):
    return [(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)]


def wavy(x, y, s, vertices):
    """A closed ring of `vertices` points around the square's centre (a detailed outline, as surveyed plots are)."""
    cx, cy, r = x + s / 2, y + s / 2, s / 2
    ring = [(cx + r * (1 + 0.05 * math.sin(7 * t)) * math.cos(t), cy + r * (1 + 0.05 * math.sin(7 * t)) * math.sin(t))
            for t in (2 * math.pi * k / vertices for k in range(vertices))]
    return ring + [ring[0]]


def gpkg_blob(ring, srs_id=25832):
    # GeoPackage binary: 'GP', version 0, flags (little-endian, no envelope), srs_id, then WKB Polygon (type 3).
    header = b"GP" + bytes([0, 0b00000001]) + struct.pack("<i", srs_id)
    wkb = struct.pack("<BIII", 1, 3, 1, len(ring)) + b"".join(struct.pack("<dd", px, py) for px, py in ring)
    return header + wkb


def write_gpkg(path, n):
    con = sqlite3.connect(path)
    con.executescript("""
        PRAGMA application_id = 1196444487;
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '',
            last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
        CREATE TABLE afdelinger (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, AFD TEXT, NAVN TEXT, ORG TEXT, BOLIGER INTEGER,
            BESTYRELSE TEXT, KOMMUNE TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('ETRS89 / UTM zone 32N', 25832, 'EPSG', 25832, 'PROJCS[...]', NULL);
        INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('afdelinger', 'features', 'afdelinger', 25832);
        INSERT INTO gpkg_geometry_columns VALUES ('afdelinger', 'geom', 'POLYGON', 25832, 0, 0);
    """)
    rows = []
    for i, x, y, s, rnd in lattice(n, seed=7):
        rows.append((gpkg_blob(square(x, y, s)), f"bench-{i}", f"Illustrativ afdeling {i}", f"Illustrativ Boligforening {1 + rnd.randrange(5)}",
                     10 + rnd.randrange(290), "ja" if rnd.randrange(2) else "nej", "0727"))
    con.executemany("INSERT INTO afdelinger (geom, AFD, NAVN, ORG, BOLIGER, BESTYRELSE, KOMMUNE) VALUES (?,?,?,?,?,?,?)", rows)
    con.commit()
    con.close()


def write_geojson(path, n, megabytes):
    # ~23 bytes per vertex as written below; pick the vertex count that gives the target size.
    vertices = max(8, int(megabytes * 1_000_000 / n / 23))
    features = []
    for i, x, y, s, rnd in lattice(n, seed=8):
        ring = [[round(px, 2), round(py, 2)] for px, py in wavy(x, y, s, vertices)]
        features.append({"type": "Feature", "properties": {"AFD": f"large-{i}", "NAVN": f"Illustrativ afdeling {i}", "BOLIGER": 10 + rnd.randrange(290)},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    with open(path, "w") as f:
        json.dump({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
                   "features": features}, f, separators=(",", ":"))


if __name__ == "__main__":
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    mb = float(sys.argv[3]) if len(sys.argv) > 3 else 20
    write_gpkg(f"{out}/departments.gpkg", n)
    write_geojson(f"{out}/large.geojson", n, mb)
