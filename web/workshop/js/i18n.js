// Every string of the workshop pages (participant phone, projector, moderation, facilitator) in Danish and English.
// Danish is the default; ?lang=en switches. Elements carry data-i18n (text), data-i18n-label (aria-label),
// data-i18n-placeholder and data-i18n-alt; apply() fills them in, t() serves the scripts.
// The service answers in English: problemText() turns its ProblemDetails into a sentence in the page's language, so a
// resident never reads "The workshop is draft." or "You already put a dot here.".

import { MORE, RTL, LANGUAGE_NAMES } from './i18n-more.js';

export { LANGUAGE_NAMES };

export const STRINGS = {
  da: {
    pageTitle: 'Kortlægning – værksted', screenTitle: 'Kortlægning – storskærm', moderateTitle: 'Kortlægning – moderering', newTitle: 'Kortlægning – nyt værksted',
    joinHeading: 'Deltag i kortlægningen', joinCode: 'Kode fra skærmen', nickname: 'Kaldenavn (valgfrit)',
    privacy: 'Vi gemmer ikke navn, e-mail eller IP-adresse. Kaldenavnet vises ved dine bidrag.', join: 'Deltag',
    connecting: 'forbinder…', live: 'live', reconnecting: 'genforbinder…', map: 'Kort', draw: 'Tegn',
    point: 'Punkt', line: 'Linje', polygon: 'Område', finish: 'Færdig', undoPoint: 'Fortryd sidste punkt',
    hintPoint: 'Tryk på kortet, hvor dit bidrag hører til.',
    hintLine: 'Tryk på kortet for hvert knæk på linjen (mindst 2 punkter). Tryk »Færdig«, når linjen er tegnet.',
    hintPolygon: 'Tryk på kortet for hvert hjørne af området (mindst 3 punkter). Tryk »Færdig«, når området er tegnet.',
    pointsSoFar: '{n} punkter sat.',
    category: 'Kategori', comment: 'Kommentar', save: 'Gem', cancel: 'Fortryd',
    blurWarning: '»{label}« gemmes af hensyn til privatlivet som et sløret punkt (ca. {m} m unøjagtigt), ikke som den linje eller det område, du har tegnet.',
    blurPointWarning: '»{label}« gemmes af hensyn til privatlivet med en sløret placering (ca. {m} m unøjagtigt).',
    mine: 'Mine bidrag', mineEmpty: 'Du har ikke tilføjet noget endnu.', others: 'Andres bidrag – giv en prik',
    othersEmpty: 'Ingen andre bidrag endnu.',
    edit: 'Ret', delete: 'Slet', dot: 'Giv prik', undot: 'Tag prik tilbage', confirmDelete: 'Vil du slette dit bidrag »{text}«?',
    yes: 'Ja, slet', no: 'Nej',
    dotsLeft: '{n} prikker tilbage', dotsCount: '{n} prikker', youDotted: 'du har givet en prik', blurred: 'sløret placering',
    deleted: 'Bidraget er slettet.', savedItem: 'Bidraget er gemt.',
    qrAlt: 'QR-kode til at deltage', joinWithCode: 'Deltag med koden', contributions: 'bidrag',
    byCategory: 'Pr. kategori', byArea: 'Pr. område', latest: 'Seneste', facilitator: 'Facilitator',
    open: 'Åbn', lock: 'Lås', unlock: 'Lås op', close: 'Luk', summary: 'Opsummering', markdown: 'Markdown',
    moderation: 'Moderering', moderationLink: 'Åbn moderering (egen skærm, ikke til projektoren)', screenLink: 'Åbn storskærmen',
    show: 'Vis', review: 'Gennemse', hide: 'Skjul', merge: 'Flet…', mergeInto: 'Flet nr. {n} ind i nr.:', mergeDo: 'Flet',
    mergeUnknown: 'Der er intet bidrag nr. {n} i listen.', itemNo: 'Nr. {n}',
    statusLabel: 'Status', status_published: 'Vises', status_under_review: 'Til gennemsyn', status_hidden: 'Skjult',
    state_draft: 'Kladde – ikke åbnet for deltagere endnu', state_open: 'Åben – alle kan deltage', state_locked: 'Låst – bidrag kan ses, men ikke ændres',
    state_closed: 'Lukket – værkstedet er slut',
    noKey: 'Facilitatornøglen mangler: åbn siden fra linket, du fik, da værkstedet blev oprettet.',
    newHeading: 'Opret værksted', wsTitle: 'Titel', wsDate: 'Dato', wsMunicipality: 'Kommune (kode, fx 0561)',
    wsParish: 'Fokussogn (sognekode, fx 8907)', wsCategories: 'Kategorier', wsCategoriesHint: 'Tomt = standardkategorierne (mødested, ressource, utryghed, forslag …).',
    wsAddCategory: 'Tilføj kategori', wsCategoryLabel: 'Navn', wsBlur: 'Slør (meter, 0 = præcis)', wsRemove: 'Fjern',
    wsVotes: 'Prikker pr. deltager', wsOpenNow: 'Åbn for deltagere med det samme', create: 'Opret',
    created: 'Værkstedet er oprettet.', joinCodeIs: 'Kode til deltagerne', joinUrl: 'Link til deltagerne', facilitatorUrl: 'Link til storskærmen (gem det: nøglen vises kun nu)',
    signInFirst: 'Log ind som facilitator for at oprette et værksted.', signIn: 'Log ind',
    lanHint: 'Linket peger på 127.0.0.1 eller localhost, som telefoner ikke kan åbne. Start tjenesten på alle netværkskort (make run URLS=http://0.0.0.0:8080), så bruger linket maskinens netværksadresse, eller sæt Kortlaegning:PublicBaseUrl.',
    langSwitch: 'English', langLabel: 'English – skift sprog til engelsk', languages: 'Sprog',
    // the service's problems in plain Danish
    err_code: 'Intet værksted har den kode. Tjek koden på skærmen.', err_draft: 'Værkstedet er ikke åbnet endnu. Vent, til facilitatoren åbner det.',
    err_closed: 'Værkstedet er lukket.', err_locked: 'Værkstedet er låst lige nu: du kan se bidragene, men ikke ændre dem.',
    err_voted: 'Du har allerede givet en prik her.', err_noDots: 'Du har ikke flere prikker. Tag en prik tilbage for at give den et andet sted.',
    err_outside: 'Stedet ligger uden for værkstedets område. Vælg et sted tættere på.', err_geometry: 'Tegningen kan ikke bruges. Prøv at tegne igen.',
    err_vertices: 'Tegningen har for mange punkter.', err_slow: 'Lidt langsommere: prøv igen om et øjeblik.', err_category: 'Vælg en kategori.',
    err_notYours: 'Du kan kun ændre dine egne bidrag.', err_rejoin: 'Din deltagelse er udløbet. Deltag igen med koden.', err_noItem: 'Bidraget findes ikke længere.',
    err_key: 'Facilitatornøglen passer ikke til værkstedet.', err_signIn: 'Log ind som facilitator.', err_field: 'Ret venligst: {fields}.',
    err_generic: 'Det lykkedes ikke (fejl {status}). Prøv igen.', err_network: 'Ingen forbindelse til tjenesten. Prøv igen.',
    field_title: 'titel', field_date: 'dato', field_municipality: 'kommune', field_focus: 'fokusområde', field_categories: 'kategorier', field_code: 'kode',
    field_text: 'kommentar', field_category: 'kategori', field_geometry: 'tegning', field_voteLimit: 'prikker',
  },
  en: {
    pageTitle: 'Kortlægning – workshop', screenTitle: 'Kortlægning – big screen', moderateTitle: 'Kortlægning – moderation', newTitle: 'Kortlægning – new workshop',
    joinHeading: 'Join the mapping', joinCode: 'Code from the screen', nickname: 'Nickname (optional)',
    privacy: 'We store no name, e-mail or IP address. The nickname is shown with your items.', join: 'Join',
    connecting: 'connecting…', live: 'live', reconnecting: 'reconnecting…', map: 'Map', draw: 'Draw',
    point: 'Point', line: 'Line', polygon: 'Area', finish: 'Done', undoPoint: 'Undo last point',
    hintPoint: 'Tap the map where your item belongs.',
    hintLine: 'Tap the map for each bend of the line (at least 2 points). Tap “Done” when the line is drawn.',
    hintPolygon: 'Tap the map for each corner of the area (at least 3 points). Tap “Done” when the area is drawn.',
    pointsSoFar: '{n} points placed.',
    category: 'Category', comment: 'Comment', save: 'Save', cancel: 'Cancel',
    blurWarning: 'For privacy, “{label}” is saved as a blurred point (about {m} m off), not as the line or area you drew.',
    blurPointWarning: 'For privacy, “{label}” is saved with a blurred location (about {m} m off).',
    mine: 'My items', mineEmpty: 'You have not added anything yet.', others: 'Other people’s items – give a dot',
    othersEmpty: 'No other items yet.',
    edit: 'Edit', delete: 'Delete', dot: 'Give dot', undot: 'Take dot back', confirmDelete: 'Delete your item “{text}”?',
    yes: 'Yes, delete', no: 'No',
    dotsLeft: '{n} dots left', dotsCount: '{n} dots', youDotted: 'you gave a dot', blurred: 'blurred location',
    deleted: 'The item was deleted.', savedItem: 'The item was saved.',
    qrAlt: 'QR code to join', joinWithCode: 'Join with the code', contributions: 'items',
    byCategory: 'By category', byArea: 'By area', latest: 'Latest', facilitator: 'Facilitator',
    open: 'Open', lock: 'Lock', unlock: 'Unlock', close: 'Close', summary: 'Summary', markdown: 'Markdown',
    moderation: 'Moderation', moderationLink: 'Open moderation (own screen, not for the projector)', screenLink: 'Open the big screen',
    show: 'Show', review: 'Review', hide: 'Hide', merge: 'Merge…', mergeInto: 'Merge no. {n} into no.:', mergeDo: 'Merge',
    mergeUnknown: 'There is no item no. {n} in the list.', itemNo: 'No. {n}',
    statusLabel: 'Status', status_published: 'Shown', status_under_review: 'Under review', status_hidden: 'Hidden',
    state_draft: 'Draft – not open to participants yet', state_open: 'Open – everyone can take part', state_locked: 'Locked – items can be seen, not changed',
    state_closed: 'Closed – the workshop has ended',
    noKey: 'The facilitator key is missing: open the page from the link you got when the workshop was created.',
    newHeading: 'Create a workshop', wsTitle: 'Title', wsDate: 'Date', wsMunicipality: 'Municipality (code, e.g. 0561)',
    wsParish: 'Focus parish (parish code, e.g. 8907)', wsCategories: 'Categories', wsCategoriesHint: 'Empty = the default categories (meeting place, resource, unsafe, suggestion …).',
    wsAddCategory: 'Add category', wsCategoryLabel: 'Name', wsBlur: 'Blur (metres, 0 = exact)', wsRemove: 'Remove',
    wsVotes: 'Dots per participant', wsOpenNow: 'Open to participants at once', create: 'Create',
    created: 'The workshop was created.', joinCodeIs: 'Code for participants', joinUrl: 'Link for participants', facilitatorUrl: 'Link to the big screen (keep it: the key is shown only now)',
    signInFirst: 'Sign in as a facilitator to create a workshop.', signIn: 'Sign in',
    lanHint: 'The link points to 127.0.0.1 or localhost, which phones cannot open. Start the service on every network interface (make run URLS=http://0.0.0.0:8080) and the link uses the machine’s network address, or set Kortlaegning:PublicBaseUrl.',
    langSwitch: 'Dansk', langLabel: 'Dansk – switch language to Danish', languages: 'Language',
    err_code: 'No workshop has that code. Check the code on the screen.', err_draft: 'The workshop is not open yet. Wait until the facilitator opens it.',
    err_closed: 'The workshop is closed.', err_locked: 'The workshop is locked right now: you can see the items but not change them.',
    err_voted: 'You already gave a dot here.', err_noDots: 'You have no dots left. Take one back to give it elsewhere.',
    err_outside: 'The place is outside the workshop area. Choose a place nearer.', err_geometry: 'The drawing cannot be used. Try drawing again.',
    err_vertices: 'The drawing has too many points.', err_slow: 'A little slower: try again in a moment.', err_category: 'Choose a category.',
    err_notYours: 'You can change only your own items.', err_rejoin: 'Your session has expired. Join again with the code.', err_noItem: 'The item no longer exists.',
    err_key: 'The facilitator key does not match the workshop.', err_signIn: 'Sign in as a facilitator.', err_field: 'Please fix: {fields}.',
    err_generic: 'That did not work (error {status}). Try again.', err_network: 'No connection to the service. Try again.',
    field_title: 'title', field_date: 'date', field_municipality: 'municipality', field_focus: 'focus area', field_categories: 'categories', field_code: 'code',
    field_text: 'comment', field_category: 'category', field_geometry: 'drawing', field_voteLimit: 'dots',
  },
};

const known = (value) => (value in LANGUAGE_NAMES ? value : 'da');
let lang = known(new URLSearchParams(globalThis.location?.search ?? '').get('lang'));

export function getLang() { return lang; }
export function setLang(value) {
  lang = known(value);
  if (globalThis.document) { document.documentElement.lang = lang; document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr'; }
}

export function t(key, vars = {}) {
  const text = (STRINGS[lang] ?? MORE[lang])?.[key] ?? STRINGS.da[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

export function apply(root = document) {
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-alt]')) el.alt = t(el.dataset.i18nAlt);
}

/** Which of our sentences a problem of the service is; null when none fits. Pure, for the unit tests. */
export function problemKey(problem, status) {
  const title = String(problem?.title ?? '');
  const detail = String(problem?.detail ?? '');
  const both = `${title} ${detail}`;
  if (/No workshop has that code/i.test(both)) return 'err_code';
  if (/workshop is draft/i.test(both)) return 'err_draft';
  if (/workshop is closed/i.test(both)) return 'err_closed';
  if (/workshop is locked|locked/i.test(detail) && /not open/i.test(title)) return 'err_locked';
  if (/Already voted|already put a dot/i.test(both)) return 'err_voted';
  if (/No dots left/i.test(both)) return 'err_noDots';
  if (/Outside the workshop area|must lie within/i.test(both)) return 'err_outside';
  if (/Too many vertices/i.test(both)) return 'err_vertices';
  if (/geometry|Not a place/i.test(title)) return 'err_geometry';
  if (/Slow down|Too many writes/i.test(both) || status === 429) return 'err_slow';
  if (/Not your item|only the items they added/i.test(both)) return 'err_notYours';
  if (/Join the workshop again|Unknown participant token|Participant token required|another workshop|Not a participant/i.test(both)) return 'err_rejoin';
  if (/No item|No published item|No such workshop/i.test(both)) return 'err_noItem';
  if (/facilitator key|key does not belong/i.test(both)) return 'err_key';
  if (status === 401 || status === 403) return 'err_signIn';
  return null;
}

/** A problem (or a network failure) as one sentence in the page's language; never the service's English. */
export function problemText(err) {
  if (!err || err.status === undefined) return t('err_network');
  const key = problemKey(err.problem, err.status);
  if (key) return t(key);
  const errors = err.problem?.errors;
  if (errors && typeof errors === 'object') {
    const fields = (Array.isArray(errors) ? errors.map((e) => e?.field ?? '') : Object.keys(errors))
      .map((f) => String(f).split(/[.[]/)[0]).filter(Boolean);
    if (fields.includes('category')) return t('err_category');
    if (fields.length) return t('err_field', { fields: [...new Set(fields)].map((f) => t(`field_${f}`) === `field_${f}` ? f : t(`field_${f}`)).join(', ') });
  }
  return t('err_generic', { status: err.status });
}
