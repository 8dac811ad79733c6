// The login page: POST /api/account/login (session cookie), then — after a one-time password — POST /api/account/password,
// then back to the map (returnTo, a path on this site only). Messages in Danish; the server never says which part was wrong.
import { sendJson, ApiError, problemMessages } from './api.js';

const $ = (sel) => document.querySelector(sel);
let password = '';

/** Only a path on this site: never an absolute or protocol-relative URL (no open redirect). */
export function safeReturn(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function done() {
  location.assign(safeReturn(new URLSearchParams(location.search).get('returnTo')));
}

function fail(e) {
  const status = e instanceof ApiError ? e.status : 0;
  $('#error').textContent = status === 401 ? 'E-mail eller adgangskode er forkert, eller kontoen er midlertidigt låst.'
    : status === 429 ? 'For mange forsøg. Vent et minut, og prøv igen.'
      : `Det lykkedes ikke: ${problemMessages(e)}`;
}

$('#login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('#error').textContent = '';
  password = $('#password').value;
  try {
    const { data } = await sendJson('POST', '/api/account/login', { email: $('#email').value.trim(), password });
    if (data.mustChangePassword) {
      $('#login-form').hidden = true;
      $('#change-form').hidden = false;
      $('#new-password').focus();
      return;
    }
    done();
  } catch (e) {
    fail(e);
  }
});

$('#change-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const next = $('#new-password').value;
  if (next !== $('#repeat-password').value) {
    $('#error').textContent = 'De to adgangskoder er ikke ens.';
    return;
  }
  try {
    await sendJson('POST', '/api/account/password', { currentPassword: password, newPassword: next });
    done();
  } catch (e) {
    fail(e);
  }
});
