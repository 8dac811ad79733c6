// The follow-up dashboard (Danish): a project's progress bars against its targets, the monthly chart, the
// activities on the map over the need choropleth, filters by place and kind, the registration form and the report.
// Every figure comes from GET /api/projects/{id}/progress, which applies disclosure control to what it publishes.
import { getJson, sendJson, problemMessages, NotAvailableError } from '../api.js';
import { el, clear, num, isoDate } from './followupDom.js';
import { METRICS, KINDS, STATUS } from './followupText.js';
import { MonthlyChart } from './followupChart.js';
import { ActivityLayer } from './followupLayer.js';
import { RegistrationForm } from './followupForm.js';

export class FollowupPanel {
  constructor(root, map) {
    this._root = root;
    this._map = map;
    this.layer = new ActivityLayer(map);
    this.rendered = false;
    this._project = null;
    this._activities = [];
    this._filter = { place: '', kind: '' };
  }

  async render() {
    this.rendered = true;
    clear(this._root);
    let projects;
    try {
      projects = await getJson('/api/projects');
    } catch (e) {
      this._root.append(el('p', { class: 'unavailable' }, e instanceof NotAvailableError ? 'Opfølgning er ikke tilgængelig endnu.' : `Kunne ikke hente projekter: ${e.message}`));
      return;
    }
    if (!projects.length) {
      this._root.append(el('p', { class: 'hint' }, 'Ingen projekter endnu. Opret et med POST /api/projects (se /api/docs).'));
      return;
    }
    const select = el('select', { id: 'fu-project' }, projects.map((p) => el('option', { value: p.id }, `${p.title} (${p.municipality})`)));
    select.addEventListener('change', () => this.open(projects.find((p) => String(p.id) === select.value)));
    this._body = el('div', { class: 'fu-body' });
    this._root.append(el('div', { class: 'row' }, el('label', { for: 'fu-project' }, 'Projekt'), select), this._body);
    this.layer.layer.addTo(this._map);
    await this.open(projects[0]);
  }

  async open(project) {
    this._project = project;
    clear(this._body);
    const year = new Date().getFullYear();
    const places = [...project.focus.parishes.map((c) => `parish:${c}`), ...project.focus.housingDepartments.map((c) => `housing_department:${c}`),
      ...project.focus.localCommunities.map((c) => `local_community:${c}`)];
    const placeSelect = el('select', { id: 'fu-place' }, el('option', { value: '' }, 'Alle steder'), places.map((p) => el('option', { value: p }, p)));
    const kindSelect = el('select', { id: 'fu-kind' }, el('option', { value: '' }, 'Alle typer'), Object.entries(KINDS).map(([k, v]) => el('option', { value: k }, v)));
    placeSelect.addEventListener('change', () => this._setFilter({ place: placeSelect.value }));
    kindSelect.addEventListener('change', () => this._setFilter({ kind: kindSelect.value }));
    this._targets = el('div', { class: 'fu-targets', 'aria-live': 'polite' });
    this._note = el('p', { class: 'hint fu-note' });
    this._chartBox = el('div', { class: 'fu-chartbox' });
    this._chart = new MonthlyChart(this._chartBox);
    this._placesBox = el('div', { class: 'fu-places' });
    this._list = el('ul', { class: 'fu-activities' });
    const formBox = el('div', { class: 'fu-register' });
    this._form = new RegistrationForm(formBox, { onSaved: () => this.refresh() });
    const report = el('p', { class: 'fu-report' },
      el('a', { href: `/api/projects/${project.id}/report?period=${year}&format=html`, target: '_blank', rel: 'noopener', id: 'fu-report' }, `Statusrapport ${year} (udskriv som PDF)`), ' · ',
      el('a', { href: `/api/projects/${project.id}/report?period=${year}&format=csv&delimiter=semicolon` }, 'CSV til Excel'), ' · ',
      el('a', { href: `/api/projects/${project.id}/report?period=${year}&format=md` }, 'Markdown'));
    // A new project is a draft, read only by planners of its municipality; publishing shows it (and its report) to all.
    const published = project.state === 'published';
    const stateButton = el('button', { type: 'button', class: 'edit-control', id: 'fu-state' }, published ? 'Gør til kladde' : 'Udgiv');
    stateButton.addEventListener('click', () => this._toggleState(project));
    this._body.append(
      el('p', { class: 'hint' }, `${project.start} – ${project.end} · kommune ${project.municipality} · ${published ? 'udgivet' : 'kladde'} `, stateButton),
      el('div', { class: 'row' }, el('label', { for: 'fu-place' }, 'Sted'), placeSelect),
      el('div', { class: 'row' }, el('label', { for: 'fu-kind' }, 'Type'), kindSelect),
      el('h3', {}, 'Mål og fremdrift'), this._targets, this._note,
      el('h3', {}, 'Deltagere pr. måned'), this._chartBox,
      el('h3', {}, 'Fokusområder'), this._placesBox,
      el('h3', {}, 'Aktiviteter'), this._list,
      formBox, report);
    await this.refresh(true);
  }

  async _toggleState(project) {
    try {
      const { data } = await sendJson('PUT', `/api/projects/${project.id}/state`, { state: project.state === 'published' ? 'draft' : 'published' }, { 'If-Match': `"v${project.version}"` });
      await this.open(data);
    } catch (e) {
      this._note.textContent = problemMessages(e);
    }
  }

  async refresh(fit = false) {
    const project = this._project;
    const [progress, activities] = await Promise.all([
      getJson(`/api/projects/${project.id}/progress?at=${isoDate(new Date())}`),
      getJson(`/api/projects/${project.id}/activities`),
    ]);
    this._activities = activities;
    this.layer.set(activities);
    if (fit) this.layer.fit();
    this._showTargets(progress);
    this._showPlaces(progress.places);
    this._showActivities();
    await this._chart.show(progress.monthly);
    if (fit || !this._form._root.firstChild) this._form.render(project, activities);
    this._root.dataset.refreshed = String(Date.now());
  }

  _setFilter(f) {
    this._filter = { ...this._filter, ...f };
    this.layer.setFilter(this._filter);
    this._showActivities();
  }

  _showTargets(progress) {
    clear(this._targets);
    this._note.textContent = progress.rawCounts
      ? 'Rå tal (planlægger i kommunen).'
      : `Tal til og med ${progress.figuresThrough}: antal under ${progress.disclosureThreshold} vises ikke ("skjult"). Forventet = målet pro rata over perioden; på sporet inden for ±${Math.round(progress.tolerance * 100)} %.`;
    if (!progress.targets.length) this._targets.append(el('p', { class: 'hint' }, 'Ingen mål. Tilføj fra forvalg: POST /api/projects/{id}/targets/from-preset.'));
    for (const t of progress.targets) {
      const pct = t.achieved === null || !t.target ? 0 : Math.min(100, (100 * t.achieved) / t.target);
      const expected = t.target ? Math.min(100, (100 * t.expected) / t.target) : 0;
      const label = `${METRICS[t.metric] ?? t.metric}${t.track ? ` (${t.track})` : ''}${t.place ? ` – ${t.place}` : ''} ${t.year ?? `${t.from} – ${t.to}`}`;
      const fill = el('div', { class: 'fu-fill' });
      fill.style.width = `${pct}%`;
      const mark = el('div', { class: 'fu-expected', title: `Forventet: ${num(t.expected)}` });
      mark.style.left = `${expected}%`;
      const bar = el('div', {
        class: `fu-bar ${t.status ?? 'withheld'}`, role: 'progressbar', 'aria-label': label,
        'aria-valuemin': 0, 'aria-valuemax': t.target, 'aria-valuenow': t.achieved ?? 0, 'data-target-id': t.targetId,
        'aria-valuetext': t.achieved === null ? 'skjult' : `${num(t.achieved)} af ${num(t.target)}`,
      }, fill, mark);
      this._targets.append(el('div', { class: 'fu-target' },
        el('div', { class: 'fu-label' }, label),
        bar,
        el('div', { class: 'fu-figures' }, `${num(t.achieved)} af ${num(t.target)} · forventet ${num(t.expected)} · ${t.status ? STATUS[t.status] : 'skjult'}`)));
    }
  }

  _showPlaces(places) {
    clear(this._placesBox);
    const rows = places.map((p) => el('tr', {}, el('td', {}, p.name), el('td', { class: 'n' }, num(p.activities)), el('td', { class: 'n' }, num(p.participants))));
    this._placesBox.append(el('table', { class: 'fu-table' }, el('thead', {}, el('tr', {}, el('th', {}, 'Sted'), el('th', {}, 'Aktiviteter'), el('th', {}, 'Deltagere'))), el('tbody', {}, rows)));
  }

  _showActivities() {
    clear(this._list);
    const shown = this._activities.filter((a) => this.layer.matches(a));
    if (!shown.length) this._list.append(el('li', { class: 'hint' }, 'Ingen aktiviteter med dette filter.'));
    for (const a of shown) {
      this._list.append(el('li', {}, el('button', {
        type: 'button', class: 'link',
        onclick: () => this._map.setView([a.place.lat, a.place.lon], Math.max(this._map.getZoom(), 14)),
      }, a.title), ` · ${KINDS[a.kind] ?? a.kind} · ${a.start}${a.end ? ` – ${a.end}` : ''}`));
    }
  }
}
