// The upload dialog of "Egne områder": pick a GeoPackage, zipped Shapefile, CSV or GeoJSON, see the dry run
// (POST /api/areas/import?…&dryRun=true: format, CRS, fields, count, suggested mapping, every problem, a preview) and
// commit the same call without dryRun with the mapping as shown (all or nothing). Nothing is written before "Importér".
import { sendFile, problemMessages } from '../api.js';
import { el } from './followupDom.js';
import { t } from '../i18n.js';
import { contentTypeFor, mappingParameter, ATTRIBUTES } from '../ownAreaFiles.js';


export class UploadDialog {
  constructor(root, { level, onImported }) {
    this._root = root;
    this._level = level;
    this._onImported = onImported;
  }

  render() {
    this._file = el('input', { type: 'file', id: 'own-file', accept: '.gpkg,.zip,.csv,.geojson,.json' });
    this._codeField = el('input', { id: 'own-code-field', value: 'code', maxlength: '64' });
    this._nameField = el('input', { id: 'own-name-field', value: 'name', maxlength: '64' });
    const preview = el('button', { type: 'button', id: 'own-preview' }, t('ownPreview'));
    this._out = el('div', { class: 'own-preview', 'aria-live': 'polite' });
    this._root.replaceChildren(el('fieldset', {}, el('legend', {}, t('ownUpload')),
      el('p', { class: 'hint' }, t('ownUploadHint')),
      el('div', { class: 'row' }, el('label', { for: 'own-file' }, t('ownFile')), this._file),
      el('div', { class: 'row' }, el('label', { for: 'own-code-field' }, t('ownCodeField')), this._codeField,
        el('label', { for: 'own-name-field' }, t('ownNameField')), this._nameField),
      el('div', { class: 'row' }, preview), this._out));
    preview.addEventListener('click', () => this._send(true));
  }

  _url(dryRun) {
    const q = new URLSearchParams({ level: this._level, codeField: this._codeField.value.trim(), nameField: this._nameField.value.trim(), source: this._file.files[0]?.name ?? 'upload' });
    const mapping = mappingParameter(this._mapping());
    if (mapping) q.set('mapping', mapping);
    if (dryRun) q.set('dryRun', 'true');
    return `/api/areas/import?${q}`;
  }

  /** The mapping as the selects show it (after a preview), else none: the server matches fields by name. */
  _mapping() {
    const selects = [...this._out.querySelectorAll('select[data-attribute]')];
    return Object.fromEntries(selects.map((s) => [s.dataset.attribute, s.value]));
  }

  async _send(dryRun) {
    const file = this._file.files[0];
    if (!file) { this._out.replaceChildren(el('p', { class: 'error' }, t('ownChooseFile'))); return; }
    const type = contentTypeFor(file.name);
    if (!type) { this._out.replaceChildren(el('p', { class: 'error' }, t('ownUnknownFile', { name: file.name }))); return; }
    try {
      const answer = await sendFile('POST', this._url(dryRun), file, type);
      if (dryRun) this._preview(answer);
      else {
        this._root.replaceChildren();
        this._onImported?.(t('ownImported', { n: answer.areasWritten, inserted: answer.inserted, updated: answer.updated }));
      }
    } catch (e) {
      const errors = e.problem?.errors ? Object.entries(e.problem.errors).map(([k, v]) => `${k}: ${[].concat(v).join(', ')}`) : [problemMessages(e)];
      this._out.append(el('div', { class: 'error', role: 'alert' }, el('p', {}, e.problem?.title ?? t('ownRefused')), el('ul', {}, errors.map((m) => el('li', {}, m)))));
    }
  }

  _preview(a) {
    const fieldOptions = (selected) => [el('option', { value: '' }, '–'), ...a.fields.map((f) => el('option', { value: f, selected: f === selected }, f))];
    const mapping = ATTRIBUTES.concat(['municipality']).map((attribute) => el('div', { class: 'row' },
      el('label', { for: `own-map-${attribute}` }, t(attribute === 'municipality' ? 'ownMunicipality' : `own_${attribute}`)),
      el('select', { id: `own-map-${attribute}`, 'data-attribute': attribute }, fieldOptions(a.mapping?.[attribute] ?? a.suggestedMapping?.[attribute]))));
    const problems = a.problems ?? [];
    const commit = el('button', { type: 'button', id: 'own-commit', class: 'primary', disabled: problems.length > 0 }, t('ownCommit', { n: a.count }));
    commit.addEventListener('click', () => this._send(false));
    const rows = (a.areas ?? []).slice(0, 20).map((r) => el('tr', {}, el('td', {}, String(r.row)), el('td', {}, r.code), el('td', {}, r.name),
      el('td', {}, r.municipality ?? ''), el('td', { class: 'num' }, r.residents === null || r.residents === undefined ? '' : `${r.residents}${r.residentsEstimated ? ` (${t('estimated')})` : ''}`)));
    const list = (items, cls) => (items.length === 0 ? null : el('ul', { class: cls }, items.map((p) => el('li', {}, `${t('ownRow')} ${p.row}${p.field ? ` (${p.field})` : ''}: ${p.message}`))));
    this._out.replaceChildren(
      el('p', { class: 'own-summary' }, t('ownDryRun', { format: a.format, crs: a.crs, n: a.count, read: a.featuresRead })),
      el('p', { class: 'hint' }, `${t('ownFields')}: ${a.fields.join(', ')}`),
      el('fieldset', {}, el('legend', {}, t('ownMapping')), mapping),
      problems.length ? el('p', { class: 'error' }, t('ownProblems', { n: problems.length })) : null,
      list(problems, 'own-problems'), list(a.repairs ?? [], 'own-repairs'), list(a.warnings ?? [], 'own-warnings'),
      el('table', { class: 'own-table' }, el('thead', {}, el('tr', {}, ['ownRow', 'ownCode', 'name', 'ownMunicipality', 'ownResidents'].map((k) => el('th', { scope: 'col' }, t(k))))), el('tbody', {}, rows)),
      el('div', { class: 'row' }, commit, ' ', el('button', { type: 'button', class: 'repreview' }, t('ownPreviewAgain'))));
    this._out.querySelector('.repreview').addEventListener('click', () => this._send(true));
  }
}
