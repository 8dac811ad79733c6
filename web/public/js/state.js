// The shareable view state, kept in the URL hash: #map=z/lat/lon&level=parish&var=…&area=parish:8907&tab=profile&lang=en
// &w=sp.daily_smokers:5,sp.loneliness:3&scope=0561 (the ranking's indicators, weights and scope)
// &period=2021 (the map's period) &cmp=parish:8907,parish:8908 (the areas compared side by side)
// Pure: parse and format only; main.js reads and writes location.hash.

export const DEFAULTS = { zoom: 7, lat: 56.0, lon: 10.9, level: 'parish', variable: '', method: 'quantile', classes: 5, area: '', tab: 'layers', lang: 'da', bg: null, weights: '', scope: '', period: '', compare: '' };

const LEVELS = new Set(['parish', 'municipality', 'postcode', 'region', 'housing_department', 'local_community']);
const TABS = new Set(['layers', 'profile', 'compare', 'ranking', 'planning', 'facilities', 'followup', 'own']);

function num(text, fallback, min, max) {
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

export function parseHash(hash) {
  const p = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const s = { ...DEFAULTS };
  const [z, lat, lon] = (p.get('map') || '').split('/');
  s.zoom = num(z, s.zoom, 3, 18);
  s.lat = num(lat, s.lat, -90, 90);
  s.lon = num(lon, s.lon, -180, 180);
  if (LEVELS.has(p.get('level'))) s.level = p.get('level');
  s.variable = p.get('var') || '';
  if (p.get('method') === 'equal') s.method = 'equal';
  s.classes = num(p.get('classes'), s.classes, 3, 7);
  if (/^[a-z_]+:[\w-]+$/.test(p.get('area') || '')) s.area = p.get('area');
  if (TABS.has(p.get('tab'))) s.tab = p.get('tab');
  if (p.get('lang') === 'en') s.lang = 'en';
  // Background: bg=<id> or bg=none; links from before backgrounds were configurable say osm=1. Absent: the service's default.
  if (/^[\w-]{1,30}$/.test(p.get('bg') || '')) s.bg = p.get('bg');
  else if (p.get('osm') === '1') s.bg = 'osm';
  // Ranking: w=code:weight,code:weight (the ticked indicators and their weights), scope=0561,0727
  const w = p.get('w') || '';
  if (/^[\w.-]+:\d{1,2}(,[\w.-]+:\d{1,2})*$/.test(w)) s.weights = w;
  const scope = p.get('scope') || '';
  if (/^\d{3,4}(,\d{3,4})*$/.test(scope)) s.scope = scope;
  if (/^[\w-]{1,20}$/.test(p.get('period') || '')) s.period = p.get('period');
  if (/^[a-z_]+:[\w-]+(,[a-z_]+:[\w-]+){0,5}$/.test(p.get('cmp') || '')) s.compare = p.get('cmp');
  return s;
}

/** Only values that differ from the defaults are written, so a fresh view has a short URL. */
export function formatHash(s) {
  const p = new URLSearchParams();
  p.set('map', `${Math.round(s.zoom)}/${s.lat.toFixed(4)}/${s.lon.toFixed(4)}`);
  for (const [key, name] of [['level', 'level'], ['variable', 'var'], ['method', 'method'], ['classes', 'classes'], ['area', 'area'], ['tab', 'tab'], ['lang', 'lang'], ['weights', 'w'], ['scope', 'scope'], ['period', 'period'], ['compare', 'cmp']]) {
    if (s[key] !== DEFAULTS[key] && s[key] !== '') p.set(name, String(s[key]));
  }
  if (s.bg) p.set('bg', s.bg);
  return '#' + p.toString().replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** 'a:5,b:3' → Map a → 5, b → 3. */
export function parseWeights(text) {
  return new Map(String(text || '').split(',').filter(Boolean).map((pair) => { const i = pair.lastIndexOf(':'); return [pair.slice(0, i), Number(pair.slice(i + 1))]; }));
}

/** [{code, weight}] → 'a:5,b:3'. */
export function formatWeights(list) {
  return list.map((i) => `${i.code}:${i.weight}`).join(',');
}
