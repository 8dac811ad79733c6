// Pure helpers for the municipality's own areas (no DOM, no fetch; unit-tested in web/tests/own.test.js): which
// Content-Type POST /api/areas/import expects for a file, the `mapping=` parameter, and the body of PUT /api/areas/….

/** The import's Content-Type by file name (docs/areas.md), or null for a file it cannot read. */
export function contentTypeFor(fileName) {
  const ext = String(fileName ?? '').toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return {
    gpkg: 'application/geopackage+sqlite3',
    zip: 'application/zip',
    csv: 'text/csv',
    geojson: 'application/geo+json',
    json: 'application/geo+json',
  }[ext] ?? null;
}

/** `homes:BOLIGER,organisation:ORG` from an object of attribute → field, skipping empty fields. */
export function mappingParameter(mapping) {
  return Object.entries(mapping ?? {})
    .filter(([attribute, field]) => attribute && field)
    .map(([attribute, field]) => `${attribute}:${field}`)
    .join(',');
}

/** The attributes the form edits, in its order; numbers are whole and not negative. */
export const ATTRIBUTES = ['organisation', 'departmentNumber', 'homes', 'residents', 'residentsYear', 'board', 'commonRoom', 'address'];
const NUMBERS = new Set(['homes', 'residents', 'residentsYear']);
const YES_NO = new Set(['board', 'commonRoom']);

/**
 * The GeoJSON Feature PUT /api/areas/{level}/{code} takes: the drawn geometry (lon/lat) and the form's values; empty
 * fields are left out, numbers parsed (Danish thousands dots allowed), yes/no fields as booleans.
 */
export function areaFeature(geometry, values) {
  const properties = { name: String(values.name ?? '').trim() };
  for (const key of ATTRIBUTES) {
    const raw = values[key];
    if (raw === undefined || raw === null || String(raw).trim() === '') continue;
    if (NUMBERS.has(key)) properties[key] = Number(String(raw).replace(/\./g, '').replace(',', '.'));
    else if (YES_NO.has(key)) properties[key] = raw === true || /^(ja|yes|true|1|x)$/i.test(String(raw).trim());
    else properties[key] = String(raw).trim();
  }
  if (values.municipality) properties.municipality = String(values.municipality).trim();
  properties.illustrative = values.illustrative === true;
  return { type: 'Feature', geometry, properties };
}

/**
 * The body of POST /api/areas/local_community from the union form: members as typed ("8098, 8097 afd-7"), a
 * four-digit code read as a parish (sognekode), anything else as a housing department's code. Pure.
 */
export function unionBody(values) {
  const unionOf = String(values.members ?? '').split(/[\s,;]+/).filter(Boolean)
    .map((code) => ({ level: /^\d{4}$/.test(code) ? 'parish' : 'housing_department', code }));
  const body = { code: String(values.code ?? '').trim(), name: String(values.name ?? '').trim(), unionOf };
  if (values.municipality) body.municipality = values.municipality;
  if (values.illustrative === true) body.illustrative = true;
  return body;
}
