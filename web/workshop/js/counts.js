// Pure counting for the live screens: no DOM, no map.

/** Published features per category key, in the workshop's category order (zeros kept). */
export function countByCategory(features, categories) {
  const counts = new Map(categories.map(c => [c.key, 0]));
  for (const f of features) {
    if (f.properties.status !== 'published') continue;
    counts.set(f.properties.category, (counts.get(f.properties.category) || 0) + 1);
  }
  return categories.map(c => ({ key: c.key, label: c.label, count: counts.get(c.key) || 0 }));
}

/** Published features per area code (an item touching two areas counts in both), largest first. */
export function countByArea(features, areas) {
  const names = new Map(areas.map(a => [a.code, a.name]));
  const counts = new Map();
  for (const f of features) {
    if (f.properties.status !== 'published') continue;
    for (const code of f.properties.areas || []) counts.set(code, (counts.get(code) || 0) + 1);
  }
  return [...counts].map(([code, count]) => ({ code, name: names.get(code) || code, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'da'));
}

/** A fixed colour per category position, readable on a projector. */
export const palette = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];

export function colourOf(categories, key) {
  const i = categories.findIndex(c => c.key === key);
  return palette[(i < 0 ? categories.length : i) % palette.length];
}
