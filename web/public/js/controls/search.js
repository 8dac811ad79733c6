// Search by area name: a combobox over the names of parishes, municipalities, postcodes and the own levels (housing
// departments, local communities: those the reader may see, drafts only for their planners), loaded on first focus
// from /api/areas with coarse simplification, which also gives each area's bounds for zooming.
import { getJson } from '../api.js';
import { t } from '../i18n.js';
import { esc } from '../charts.js';

const LEVELS = ['municipality', 'parish', 'postcode', 'housing_department', 'local_community'];

/** Case- and accent-insensitive match on the start of any word, best (prefix of the whole name) first. */
export function matchAreas(index, query, limit = 8) {
  const q = query.trim().toLocaleLowerCase('da');
  if (q.length < 2) return [];
  const scored = [];
  for (const a of index) {
    const name = a.name.toLocaleLowerCase('da');
    const score = name.startsWith(q) ? 0 : name.split(/[\s-]+/).some((w) => w.startsWith(q)) ? 1 : a.code === q ? 0 : -1;
    if (score >= 0) scored.push([score, a]);
  }
  scored.sort((x, y) => x[0] - y[0] || x[1].name.localeCompare(y[1].name, 'da'));
  return scored.slice(0, limit).map((s) => s[1]);
}

export class Search {
  constructor(input, list, onPick) {
    this._input = input;
    this._list = list;
    this._onPick = onPick;
    this._index = null;
    this._hits = [];
    this._active = -1;
    input.addEventListener('focus', () => this._load());
    input.addEventListener('input', () => this._update());
    input.addEventListener('keydown', (e) => this._key(e));
    input.addEventListener('blur', () => setTimeout(() => this._close(), 150));
  }

  async _load() {
    if (this._index) return this._index;
    this._index = [];
    const collections = await Promise.all(LEVELS.map((l) => getJson(`/api/areas?level=${l}&simplify=2000`).catch(() => ({ features: [] }))));
    collections.forEach((fc) => fc.features.forEach((f) => {
      const layer = L.geoJSON(f);
      this._index.push({ level: f.properties.level, code: f.properties.code, name: f.properties.name, bounds: layer.getBounds() });
    }));
    this._update();
    return this._index;
  }

  /** Drops the index (an own area was drawn, changed or deleted): the next focus loads it again. */
  forget() { this._index = null; }

  /** Area record (with bounds) for a level and code, once the index has loaded. */
  async find(level, code) {
    return (await this._load()).find((a) => a.level === level && a.code === code);
  }

  _update() {
    this._hits = matchAreas(this._index ?? [], this._input.value);
    this._active = -1;
    const none = this._input.value.trim().length >= 2 && this._index?.length && this._hits.length === 0;
    this._list.innerHTML = none ? `<li class="none">${t('searchNone')}</li>` : this._hits.map((a, i) =>
      `<li role="option" id="search-opt-${i}" data-i="${i}">${esc(a.name)} <span class="level">${t(a.level)} ${esc(a.code)}</span></li>`).join('');
    this._list.querySelectorAll('[role=option]').forEach((li) => li.addEventListener('mousedown', () => this._pick(+li.dataset.i)));
    const open = this._list.children.length > 0;
    this._list.hidden = !open;
    this._input.setAttribute('aria-expanded', String(open));
  }

  _key(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this._hits.length) return;
      this._active = (this._active + (e.key === 'ArrowDown' ? 1 : -1) + this._hits.length) % this._hits.length;
      this._list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === this._active)));
      this._input.setAttribute('aria-activedescendant', `search-opt-${this._active}`);
    } else if (e.key === 'Enter' && this._hits.length) {
      e.preventDefault();
      this._pick(Math.max(0, this._active));
    } else if (e.key === 'Escape') {
      this._close();
    }
  }

  _pick(i) {
    const a = this._hits[i];
    if (!a) return;
    this._input.value = a.name;
    this._close();
    this._onPick(a);
  }

  _close() {
    this._list.hidden = true;
    this._input.setAttribute('aria-expanded', 'false');
  }
}
