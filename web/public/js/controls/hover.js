// The value under the pointer: the area's name and the choropleth's value for it, in a small box over the map (the
// info box of Leaflet's choropleth example). Vector tiles here are not interactive, so the area comes from
// /api/areas/at, asked at most every 150 ms and only for the last position.
import { getJson } from '../api.js';
import { t, getLang, noteLabel } from '../i18n.js';
import { formatNumber } from '../style.js';

export class HoverInfo extends L.Control {
  constructor({ level, current }) {
    super({ position: 'topright' });
    this._level = level;
    this._current = current;
    this._timer = null;
    this._seq = 0;
  }

  onAdd(map) {
    this._div = L.DomUtil.create('div', 'hover-info');
    this._div.hidden = true;
    this._div.setAttribute('aria-hidden', 'true'); // pointer-only help; keyboard users read the profile
    map.on('mousemove', (e) => this._schedule(e.latlng));
    map.on('mouseout', () => { clearTimeout(this._timer); this._seq++; this._div.hidden = true; });
    return this._div;
  }

  _schedule(latlng) {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._lookup(latlng), 150);
  }

  async _lookup(latlng) {
    const current = this._current();
    if (!current) { this._div.hidden = true; return; }
    const seq = ++this._seq;
    const at = await getJson(`/api/areas/at?lon=${latlng.lng.toFixed(5)}&lat=${latlng.lat.toFixed(5)}`).catch(() => null);
    if (seq !== this._seq) return; // the pointer moved on
    const hit = at?.areas?.find((a) => a.level === this._level());
    if (!hit) { this._div.hidden = true; return; }
    const v = current.values.get(hit.code);
    const value = v?.suppressed ? t('suppressed') : typeof v?.value === 'number' ? `${formatNumber(v.value, getLang(), 2)} ${current.unit ?? ''}` : t('hoverNone');
    this._div.replaceChildren(
      Object.assign(document.createElement('strong'), { textContent: hit.name ?? hit.code }),
      document.createElement('br'),
      `${current.title}${current.period ? ` (${current.period})` : ''}: ${value}${v?.note && !v.suppressed ? ` – ${noteLabel(v.note)}` : ''}`,
    );
    this._div.hidden = false;
    this._div.dataset.code = hit.code;
  }
}
