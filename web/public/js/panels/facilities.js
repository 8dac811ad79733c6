// Facilities panel: filter by type; planners add a facility by clicking the map (POST /api/facilities) and move one
// by dragging its marker (PUT /api/facilities/{id} with If-Match). Validation problems are shown as their messages.
import { getJson, sendJson, NotAvailableError, ApiError, problemMessages } from '../api.js';
import { t, getLang, problemSentence } from '../i18n.js';
import { esc } from '../charts.js';
import { canEdit } from '../session.js';

/**
 * The messages of a facility problem's `errors: {field: [messages]}` (each names its field and how to fix it), or
 * the problem's detail when it lists none (428, 412, malformed JSON).
 */
export function facilityProblemText(error) {
  const errors = error?.problem?.errors;
  const text = (m) => (m && typeof m === 'object' ? (m.message ?? m.detail ?? m.title ?? Object.values(m).filter((v) => typeof v === 'string').join(' ')) : String(m));
  if (errors && typeof errors === 'object') {
    const messages = (Array.isArray(errors) ? errors : Object.values(errors)).flatMap((v) => [].concat(v)).map(text).filter(Boolean);
    if (messages.length > 0) return messages.map((m) => problemSentence(m)).join(' ');
  }
  if (error?.problem?.detail || error?.problem?.title) return problemSentence(error.problem.detail ?? error.problem.title);
  return error?.status ? t('problemGeneric', { status: error.status }) : t('problemNetwork');
}

export class FacilitiesPanel {
  constructor(root, map, layer, { onChanged } = {}) {
    this._root = root;
    this._map = map;
    this._layer = layer;
    this._placing = false;
    this._onChanged = onChanged;
    this.available = false;
  }

  get placing() { return this._placing; }

  async _types() {
    if (this._typeList) return this._typeList;
    try {
      const { types } = await getJson('/api/facilities/types');
      this._typeList = types.map((ty) => ({ code: ty.code, name: getLang() === 'en' ? ty.nameEn : ty.nameDa }));
    } catch { this._typeList = []; }
    this._layer.typeNames = new Map(this._typeList.map((ty) => [ty.code, ty.name]));
    return this._typeList;
  }

  async load() {
    try {
      await this._types();
      const fc = await getJson('/api/facilities');
      this._layer.set(fc.features ?? []);
      this.available = true;
      this._render();
    } catch (e) {
      this._root.innerHTML = `<p class="unavailable">${esc(e instanceof NotAvailableError ? t('notAvailable', { what: t('facilities') }) : t('loadFailed', { what: t('facilities'), error: e.message }))}</p>`;
    }
  }

  _render() {
    const types = this._layer.types;
    const name = (code) => this._layer.typeName(code);
    const choices = (this._typeList.length ? this._typeList : types.map((code) => ({ code, name: code })))
      .slice().sort((a, b) => a.name.localeCompare(b.name, 'da'));
    this._root.innerHTML = `<p class="hint">${t('facilitiesIntro')} ${t('dragToMove')}</p>
      <div class="row"><label for="fa-filter">${t('filterType')}</label><select id="fa-filter"><option value="">${t('allTypes')}</option>
        ${types.map((ty) => `<option value="${esc(ty)}">${esc(name(ty))}</option>`).join('')}</select></div>
      <div class="row edit-control"><button type="button" id="fa-add" aria-pressed="false">${t('addFacility')}</button></div>
      <form class="facility-form edit-control" hidden>
        <div class="row"><label for="fa-name">${t('name')}</label><input id="fa-name" required maxlength="200"></div>
        <div class="row"><label for="fa-type">${t('type')}</label><select id="fa-type" required><option value="">${t('chooseType')}</option>${choices.map((ty) => `<option value="${esc(ty.code)}">${esc(ty.name)}</option>`).join('')}</select></div>
        <div class="row"><button type="submit" class="primary">${t('save')}</button> <button type="button" class="cancel">${t('cancel')}</button></div>
      </form>
      <p class="status" role="status" aria-live="polite"></p>
      <h3>${t('facilitiesList')}</h3><p class="hint fa-count"></p><ul class="facility-list"></ul>`;
    this._list();
    if (!this._listening) { this._listening = true; this._map.on('moveend', () => this._list()); }
    this._root.querySelector('#fa-filter').addEventListener('change', (e) => { this._layer.setFilter(e.target.value); this._list(); });
    this._root.querySelector('#fa-add').addEventListener('click', () => this._startPlacing());
    this._root.querySelector('.cancel').addEventListener('click', () => this._stopPlacing());
    this._root.querySelector('form').addEventListener('submit', (e) => { e.preventDefault(); this._create(); });
    this._layer.setEditable(canEdit());
  }

  /** The facilities in the map view (of the chosen type), by name, each a button that zooms to it. */
  _list() {
    const ul = this._root.querySelector('.facility-list');
    if (!ul) return;
    const bounds = this._map.getBounds();
    const filter = this._root.querySelector('#fa-filter')?.value ?? '';
    const here = this._layer.features.filter((f) => f.geometry?.type === 'Point' && (!filter || f.properties?.type === filter)
      && bounds.contains([f.geometry.coordinates[1], f.geometry.coordinates[0]]))
      .sort((a, b) => String(a.properties?.name ?? '').localeCompare(String(b.properties?.name ?? ''), 'da'));
    this._root.querySelector('.fa-count').textContent = here.length ? t('facilitiesCount', { n: here.length }) : t('noFacilitiesHere');
    // A draft (seen only by the owner's planners) is marked, with a button that publishes it to everyone.
    const draft = (f, i) => (f.properties?.state === 'draft'
      ? ` <span class="badge">${esc(t('draft'))}</span> <button type="button" class="fa-publish edit-control" data-i="${i}">${esc(t('publish'))}</button>` : '');
    ul.innerHTML = here.slice(0, 200).map((f, i) => `<li><button type="button" class="link" data-i="${i}" aria-label="${esc(t('zoomTo', { name: f.properties?.name ?? '' }))}">${esc(f.properties?.name ?? '')}</button> <span class="meta">${esc(this._layer.typeName(f.properties?.type))}</span>${draft(f, i)}</li>`).join('');
    ul.querySelectorAll('button.link').forEach((b) => b.addEventListener('click', () => {
      const [lon, lat] = here[Number(b.dataset.i)].geometry.coordinates;
      this._map.setView([lat, lon], Math.max(this._map.getZoom(), 15));
    }));
    ul.querySelectorAll('button.fa-publish').forEach((b) => b.addEventListener('click', () => this._publish(here[Number(b.dataset.i)])));
  }

  _status(text) { this._root.querySelector('.status').textContent = text; }

  async _publish(feature) {
    try {
      await sendJson('PUT', `/api/facilities/${encodeURIComponent(feature.properties.id)}/state`, { state: 'published' }, { 'If-Match': `"v${feature.properties.version}"` });
      await this.load();
      this._status(t('published'));
      this._onChanged?.();
    } catch (e) {
      this._status(e instanceof ApiError && e.status === 412 ? t('conflict') : t('validation', { errors: facilityProblemText(e) }));
    }
  }

  _startPlacing() {
    this._placing = true;
    this._root.querySelector('#fa-add').setAttribute('aria-pressed', 'true');
    this._map.getContainer().classList.add('adding');
    this._status(t('clickToPlace'));
  }

  _stopPlacing() {
    this._placing = false;
    this._point = null;
    this._marker?.remove();
    this._root.querySelector('form').hidden = true;
    this._root.querySelector('#fa-add').setAttribute('aria-pressed', 'false');
    this._map.getContainer().classList.remove('adding');
  }

  place(latlng) {
    this._point = latlng;
    this._marker?.remove();
    this._marker = L.circleMarker(latlng, { radius: 7, color: '#000', fillColor: '#fde725', fillOpacity: 1 }).addTo(this._map);
    this._root.querySelector('form').hidden = false;
    this._root.querySelector('#fa-name').focus();
  }

  async _create() {
    const body = { name: this._root.querySelector('#fa-name').value.trim(), type: this._root.querySelector('#fa-type').value.trim(),
      lon: +this._point.lng.toFixed(6), lat: +this._point.lat.toFixed(6) };
    try {
      await sendJson('POST', '/api/facilities', body);
      this._stopPlacing();
      // load() re-renders the pane (and its status line): say "saved" after it, or the message is wiped at once.
      await this.load();
      this._status(t('saved'));
      this._onChanged?.();
    } catch (e) {
      this._status(t('validation', { errors: facilityProblemText(e) }));
    }
  }

  /** Called by the layer after a drag: PUT with the facility's current ETag; 412 means someone else changed it. */
  async moved(feature, latlng, marker) {
    const id = feature.id ?? feature.properties?.id;
    try {
      // The version the planner saw when the map loaded: if someone edited the facility since, the server answers 412
      // instead of silently overwriting their change.
      const etag = `"v${feature.properties.version}"`;
      const { version, updatedAt, createdAt, ...fields } = feature.properties;
      const props = { ...fields, lon: +latlng.lng.toFixed(6), lat: +latlng.lat.toFixed(6) };
      await sendJson('PUT', `/api/facilities/${encodeURIComponent(id)}`, props, { 'If-Match': etag });
      await this.load();
      this._status(t('saved'));
      this._onChanged?.();
    } catch (e) {
      const [lon, lat] = feature.geometry.coordinates;
      marker.setLatLng([lat, lon]);
      this._status(e instanceof ApiError && e.status === 412 ? t('conflict') : t('validation', { errors: facilityProblemText(e) }));
    }
  }
}
