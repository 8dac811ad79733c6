// Shared by the facilitator's pages (projector, moderation): the key, the workshop's state, an item's number.
import { t } from './i18n.js';

/** The facilitator key from the URL fragment (then removed from the address bar) or this tab's session. */
export function facilitatorKey(id) {
  const key = new URLSearchParams(location.hash.slice(1)).get('key') || sessionStorage.getItem(`kortlaegning.key.${id}`);
  if (key) { sessionStorage.setItem(`kortlaegning.key.${id}`, key); history.replaceState(null, '', `${location.pathname}${location.search}`); }
  return key;
}

/** draft | open | locked | closed: locked is an open workshop that takes no changes. Pure. */
export function stateOf(details) {
  if (details.status === 'open' && details.locked) return 'locked';
  return ['draft', 'open', 'closed'].includes(details.status) ? details.status : 'draft';
}

/** The number people see for an item, on the projector and in moderation alike (the item's id), e.g. "Nr. 12". */
export function itemNumber(f) { return t('itemNo', { n: f.id }); }
