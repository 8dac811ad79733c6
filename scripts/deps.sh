#!/usr/bin/env bash
# Installs what is missing on a Debian machine with the .NET SDK: PostGIS, GDAL (ogrinfo for the
# OGC API test), Chromium (browser tests), headless QGIS 3.22 (python3-qgis and its data providers, for
# web/tests/qgis.test.js; about 180 MB, no desktop), the local dotnet tools, npm packages for the web map.
# Safe to re-run: each step checks first and does nothing when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting osm2pgrouting osmium-tool gdal-bin chromium python3-qgis qgis-providers)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Local tools (dotnet-ef) are only needed to add migrations; a registry hiccup here must not stop the service or the tests.
dotnet tool restore >/dev/null 2>&1 || echo "deps: dotnet tool restore failed (only needed to add EF migrations)"

if [ -f web/package.json ]; then
  if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    echo "deps: npm ci in web/"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
