// Building DOM for the follow-up panel: text is always text (textContent), never HTML strings from data.

/** el('p', { class: 'hint' }, 'text', child, …): attributes by name; on* keys become listeners; null children are skipped. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** Danish number: 1.234 / 12,5; null (withheld) as "skjult". */
export function num(value) {
  if (value === null || value === undefined) return 'skjult';
  return new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(value);
}

/** yyyy-mm-dd of a Date in local time. */
export function isoDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
