// "Egne områder": a municipality's housing departments (boligafdelinger) and local communities. Lists them with their
// facts (GET /api/areas?level=&municipality=), draws a new one or reshapes one with Leaflet-Geoman (snapping to the
// outlines on the map), saves with PUT /api/areas/{level}/{code} under If-Match, deletes after asking, and uploads a
// file through the dry-run preview (ownAreasUpload.js). The server checks every write (planner of the municipality).
// Data from the files is set as text, never as HTML.
import { getJson, sendJson, problemMessages } from '../api.js';
import { el } from './followupDom.js';
import { t, getLang } from '../i18n.js';
import { areaFeature, ATTRIBUTES, unionBody } from '../ownAreaFiles.js';
import { UploadDialog } from './ownAreasUpload.js';
import { currentUser } from '../session.js';

export const OWN_LEVELS = ['housing_department', 'local_community'];


/** The municipality a planner works in: the first municipal grant, else Odder (0727) as a starting point. */
function defaultMunicipality() {
  return currentUser()?.grants?.find((g) => g.municipality)?.municipality ?? '0727';
}

export class OwnAreasPanel {
  constructor(root, map, { onChanged } = {}) {
    this._root = root;
    this._map = map;
    this._onChanged = onChanged;
    this._level = OWN_LEVELS[0];
    this._drawn = null; // the layer being drawn or reshaped
    this._editing = null; // {code, version} when reshaping a stored area
    this.rendered = false;
  }

  render() {
    this.rendered = true;
    const level = el('select', { id: 'own-level' }, OWN_LEVELS.map((l) => el('option', { value: l }, t(l))));
    level.value = this._level;
    const municipality = el('input', { id: 'own-municipality', inputmode: 'numeric', pattern: '[0-9]{3,4}', maxlength: '4', value: defaultMunicipality() });
    const draw = el('button', { type: 'button', id: 'own-draw', class: 'edit-control' }, t('ownDraw'));
    const upload = el('button', { type: 'button', id: 'own-upload', class: 'edit-control' }, t('ownUpload'));
    // A local community as the union of parishes or departments (POST /api/areas/local_community, PostGIS ST_Union).
    const union = el('button', { type: 'button', id: 'own-union', class: 'edit-control', hidden: this._level !== 'local_community' }, t('ownUnion'));
    this._status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this._form = el('form', { class: 'own-form edit-control', hidden: true });
    this._list = el('div', { class: 'own-list' });
    this._uploadBox = el('div', { class: 'own-upload-box' });
    this._root.replaceChildren(
      el('p', { class: 'hint' }, t('ownIntro')),
      el('div', { class: 'row' }, el('label', { for: 'own-level' }, t('level')), level,
        el('label', { for: 'own-municipality' }, t('ownMunicipality')), municipality),
      el('div', { class: 'row' }, draw, ' ', upload, ' ', union),
      this._form, this._uploadBox, this._status, this._list);
    level.addEventListener('change', () => { this._level = level.value; union.hidden = this._level !== 'local_community'; this.load(); });
    union.addEventListener('click', () => this._showUnionForm());
    municipality.addEventListener('change', () => this.load());
    draw.addEventListener('click', () => this._startDrawing());
    upload.addEventListener('click', () => this._openUpload());
    this._municipality = municipality;
    return this.load();
  }

  /** While drawing or reshaping, map clicks belong to the outline, not to area selection. */
  get drawing() { return this._map.pm.globalDrawModeEnabled() || this._drawn !== null; }

  get municipality() { return this._municipality?.value.trim() ?? defaultMunicipality(); }

  async load() {
    try {
      const fc = await getJson(`/api/areas?level=${this._level}&municipality=${encodeURIComponent(this.municipality)}`);
      this._renderList(fc.features ?? []);
    } catch (e) {
      this._list.replaceChildren(el('p', { class: 'unavailable' }, problemMessages(e)));
    }
  }

  _renderList(features) {
    if (features.length === 0) {
      this._list.replaceChildren(el('p', { class: 'hint' }, t('ownNone', { level: t(this._level).toLowerCase() })));
      return;
    }
    const lang = getLang() === 'da' ? 'da-DK' : 'en-GB';
    const n = (v) => (v === null || v === undefined ? '' : Number(v).toLocaleString(lang));
    const rows = features.map((f) => {
      const p = f.properties;
      const facts = p.facts ?? {};
      const residents = facts.residents === null || facts.residents === undefined ? '' : `${n(facts.residents)}${facts.residentsEstimated ? ` (${t('estimated')})` : ''}`;
      const edit = el('button', { type: 'button', class: 'own-edit edit-control', 'data-code': p.code }, t('ownReshape'));
      const remove = el('button', { type: 'button', class: 'own-delete edit-control', 'data-code': p.code, 'aria-label': t('ownDelete', { name: p.name }) }, t('delete'));
      // New areas are drafts, seen only by the municipality's planners until published (PUT …/state).
      const published = p.state !== 'draft';
      const state = el('button', { type: 'button', class: 'own-state edit-control', 'data-code': p.code }, t(published ? 'unpublish' : 'publish'));
      edit.addEventListener('click', () => this._reshape(p.code));
      remove.addEventListener('click', () => this._delete(p));
      state.addEventListener('click', () => this._setState(p, published ? 'draft' : 'published'));
      return el('tr', {},
        el('td', {}, el('span', {}, p.name), facts.illustrative ? el('span', { class: 'badge' }, t('illustrative')) : null),
        el('td', {}, p.code), el('td', {}, facts.organisation ?? ''), el('td', { class: 'num' }, n(facts.homes)),
        el('td', { class: 'num' }, residents), el('td', {}, t(published ? 'published' : 'draft')), el('td', {}, edit, ' ', remove, ' ', state));
    });
    const head = ['name', 'ownCode', 'ownOrganisation', 'ownHomes', 'ownResidents', 'state'].map((k) => el('th', { scope: 'col' }, t(k)));
    this._list.replaceChildren(el('table', { class: 'own-table' },
      el('thead', {}, el('tr', {}, head, el('th', { scope: 'col' }, el('span', { class: 'sr-only' }, t('ownActions'))))), el('tbody', {}, rows)));
  }

  _startDrawing() {
    this._cancel();
    this._status.textContent = t('ownDrawHint');
    this._map.pm.enableDraw('Polygon', { snappable: true, snapDistance: 15, continueDrawing: false });
    this._map.once('pm:create', (e) => {
      this._drawn = e.layer;
      this._editing = null;
      this._showForm({});
    });
  }

  async _reshape(code) {
    this._cancel();
    try {
      const feature = await getJson(`/api/areas/${this._level}/${encodeURIComponent(code)}`);
      this._drawn = L.geoJSON(feature, { style: { color: '#e08214', weight: 3, fillOpacity: 0.15 } }).getLayers()[0].addTo(this._map);
      this._drawn.pm.enable({ snappable: true, snapDistance: 15 });
      this._map.fitBounds(this._drawn.getBounds(), { maxZoom: 16 });
      this._editing = { code, version: feature.properties.version };
      this._status.textContent = t('ownReshapeHint');
      this._showForm({ code, name: feature.properties.name, municipality: feature.properties.municipalityCode, ...(feature.properties.facts ?? {}) });
    } catch (e) {
      this._status.textContent = problemMessages(e);
    }
  }

  _showForm(values) {
    const field = (key, label, attrs = {}) => el('div', { class: 'row' }, el('label', { for: `own-${key}` }, t(label)),
      el('input', { id: `own-${key}`, name: key, value: values[key] ?? '', ...attrs }));
    const illustrative = el('input', { type: 'checkbox', id: 'own-illustrative', name: 'illustrative', checked: values.illustrative === true });
    this._form.replaceChildren(
      field('code', 'ownCode', { required: true, maxlength: '40', readonly: this._editing ? true : null }),
      field('name', 'name', { required: true, maxlength: '200' }),
      ...ATTRIBUTES.map((key) => field(key, `own_${key}`, ['homes', 'residents', 'residentsYear'].includes(key) ? { inputmode: 'numeric' } : {})),
      el('div', { class: 'row' }, illustrative, el('label', { for: 'own-illustrative' }, t('ownIllustrative'))),
      el('div', { class: 'row' }, el('button', { type: 'submit', class: 'primary' }, t('save')), ' ',
        el('button', { type: 'button', class: 'cancel' }, t('cancel'))));
    for (const key of ['board', 'commonRoom']) {
      if (typeof values[key] === 'boolean') this._form.querySelector(`#own-${key}`).value = values[key] ? 'ja' : 'nej';
    }
    this._form.hidden = false;
    this._form.onsubmit = (e) => { e.preventDefault(); this._save(); };
    this._form.querySelector('.cancel').addEventListener('click', () => this._cancel());
    this._form.querySelector(this._editing ? '#own-name' : '#own-code').focus();
  }

  async _save() {
    const values = Object.fromEntries(new FormData(this._form).entries());
    values.illustrative = this._form.querySelector('#own-illustrative').checked;
    values.municipality = this.municipality;
    const code = (this._editing?.code ?? values.code ?? '').trim();
    const geometry = this._drawn.toGeoJSON().geometry;
    try {
      await sendJson('PUT', `/api/areas/${this._level}/${encodeURIComponent(code)}`, areaFeature(geometry, values),
        { 'If-Match': this._editing ? `"v${this._editing.version}"` : '*' });
      this._cancel();
      this._status.textContent = t('saved');
      await this.load();
      this._onChanged?.(this._level);
    } catch (e) {
      this._status.textContent = problemMessages(e); // 412 says someone else changed it since
    }
  }

  async _setState(p, state) {
    try {
      await sendJson('PUT', `/api/areas/${this._level}/${encodeURIComponent(p.code)}/state`, { state }, { 'If-Match': `"v${p.version}"` });
      this._status.textContent = t(state);
      await this.load();
      this._onChanged?.(this._level);
    } catch (e) {
      this._status.textContent = problemMessages(e);
    }
  }

  _showUnionForm() {
    this._cancel();
    const field = (key, label, attrs = {}) => el('div', { class: 'row' }, el('label', { for: `own-${key}` }, t(label)),
      el('input', { id: `own-${key}`, name: key, ...attrs }));
    this._form.replaceChildren(
      el('p', { class: 'hint' }, t('ownUnionHint')),
      field('code', 'ownCode', { required: true, maxlength: '40' }),
      field('name', 'name', { required: true, maxlength: '200' }),
      field('members', 'ownUnionMembers', { required: true, placeholder: '8098, 8097, 8099' }),
      el('div', { class: 'row' }, el('button', { type: 'submit', class: 'primary' }, t('save')), ' ',
        el('button', { type: 'button', class: 'cancel' }, t('cancel'))));
    this._form.hidden = false;
    this._form.onsubmit = async (e) => {
      e.preventDefault();
      const values = Object.fromEntries(new FormData(this._form).entries());
      try {
        await sendJson('POST', `/api/areas/${this._level}`, unionBody({ ...values, municipality: this.municipality }));
        this._cancel();
        this._status.textContent = t('saved');
        await this.load();
        this._onChanged?.(this._level);
      } catch (err) {
        this._status.textContent = problemMessages(err); // names the unknown members
      }
    };
    this._form.querySelector('.cancel').addEventListener('click', () => this._cancel());
    this._form.querySelector('#own-code').focus();
  }

  async _delete(p) {
    if (!window.confirm(t('ownConfirmDelete', { name: p.name }))) return;
    try {
      await sendJson('DELETE', `/api/areas/${this._level}/${encodeURIComponent(p.code)}`, undefined, { 'If-Match': `"v${p.version}"` });
      this._status.textContent = t('ownDeleted', { name: p.name });
      await this.load();
      this._onChanged?.(this._level);
    } catch (e) {
      this._status.textContent = problemMessages(e);
    }
  }

  _openUpload() {
    this._cancel();
    new UploadDialog(this._uploadBox, {
      level: this._level,
      onImported: async (message) => {
        this._status.textContent = message;
        await this.load();
        this._onChanged?.(this._level);
      },
    }).render();
  }

  _cancel() {
    this._map.pm.disableDraw();
    this._drawn?.pm?.disable();
    this._drawn?.remove();
    this._drawn = null;
    this._editing = null;
    this._form.hidden = true;
    this._form.replaceChildren();
    this._uploadBox.replaceChildren();
  }
}
