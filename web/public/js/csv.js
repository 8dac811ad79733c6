// Table export. Danish Excel opens semicolon-separated files with decimal commas; English uses commas and points.
import { t } from './i18n.js';

function cell(value, lang, sep) {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (lang === 'da' ? String(value).replace('.', ',') : String(value)) : String(value);
  // A text cell starting with = + - @ tab or CR would run as a formula in a spreadsheet: a leading ' keeps it text.
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
  if (text.includes(sep) || /["\n\r]/.test(text)) text = '"' + text.replace(/"/g, '""') + '"';
  return text;
}

/** rows: array of objects; columns: [{key, label}]. Returns CSV text with a header line and CRLF line ends. */
export function toCsv(rows, columns, lang = 'da') {
  const sep = lang === 'da' ? ';' : ',';
  const lines = [columns.map((c) => cell(c.label, lang, sep)).join(sep)];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.key], lang, sep)).join(sep));
  return lines.join('\r\n') + '\r\n';
}

/** Columns for toCsv with the header in the UI's language (i18n keys csv_<key>): people read these, not code. */
export function columns(keys) {
  return keys.map((key) => ({ key, label: t(`csv_${key}`) }));
}

/** Offers text as a file download (browser only). A BOM makes Excel read UTF-8 (æ, ø, å). */
export function download(name, text, type) {
  const bom = type.startsWith('text/csv') ? '\ufeff' : '';
  const url = URL.createObjectURL(new Blob([bom + text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
