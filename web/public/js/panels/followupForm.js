// The phone-friendly registration form: one activity, a day (or a month), counts. POSTs to
// /api/projects/{id}/activities/{activityId}/registrations and shows the API's field errors next to the fields.
import { el, clear, isoDate } from './followupDom.js';
import { FIELDS } from './followupText.js';
import { sendJson, ApiError } from '../api.js';

export class RegistrationForm {
  constructor(root, { onSaved }) {
    this._root = root;
    this._onSaved = onSaved;
  }

  render(project, activities) {
    clear(this._root);
    if (!activities.length) {
      this._root.append(el('p', { class: 'hint' }, 'Projektet har ingen aktiviteter endnu.'));
      return;
    }
    const field = (name, label, input) => el('div', { class: 'fu-field' }, el('label', { for: `fu-${name}` }, label), input, el('span', { class: 'fu-error', id: `fu-${name}-error`, role: 'alert' }));
    const number = (name) => el('input', { id: `fu-${name}`, name, type: 'number', inputmode: 'numeric', min: 0, step: 1, 'aria-describedby': `fu-${name}-error` });
    const select = el('select', { id: 'fu-activityId', name: 'activityId' }, activities.map((a) => el('option', { value: a.id }, a.title)));
    const date = el('input', { id: 'fu-date', name: 'date', type: 'date', value: isoDate(new Date()), required: true });
    const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const form = el('form', { class: 'fu-form', novalidate: true },
      field('activityId', FIELDS.activityId, select),
      field('date', FIELDS.date, date),
      field('participants', FIELDS.participants, number('participants')),
      field('newParticipants', FIELDS.newParticipants, number('newParticipants')),
      field('ambassadors', FIELDS.ambassadors, number('ambassadors')),
      field('contacts', FIELDS.contacts, number('contacts')),
      el('button', { type: 'submit', class: 'primary fu-submit' }, 'Registrér'),
      status);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this._submit(project, form, status);
    });
    this._root.append(el('h3', {}, 'Registrér deltagere'), form);
  }

  async _submit(project, form, status) {
    for (const span of form.querySelectorAll('.fu-error')) span.textContent = '';
    const value = (name) => form.elements[name].value.trim();
    const count = (name) => (value(name) === '' ? undefined : Number(value(name)));
    const body = {
      date: value('date'),
      participants: count('participants'), newParticipants: count('newParticipants'),
      ambassadors: count('ambassadors'), contacts: count('contacts'),
    };
    status.textContent = 'Gemmer …';
    try {
      await sendJson('POST', `/api/projects/${project.id}/activities/${value('activityId')}/registrations`, body);
      status.textContent = `Gemt: ${body.participants ?? 0} deltagere ${body.date}.`;
      for (const name of ['participants', 'newParticipants', 'ambassadors', 'contacts']) form.elements[name].value = '';
      this._onSaved?.();
    } catch (err) {
      const errors = err instanceof ApiError ? err.problem?.errors ?? {} : {};
      const names = Object.keys(errors);
      for (const [key, messages] of Object.entries(errors)) {
        const target = form.querySelector(`#fu-${key}-error`);
        if (target) target.textContent = [].concat(messages).join(' ');
      }
      status.textContent = names.length ? `Ikke gemt: ret ${names.map((n) => FIELDS[n] ?? n).join(', ')}.` : `Ikke gemt: ${err.message}`;
    }
  }
}
