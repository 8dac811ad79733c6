// Leaflet wiring shared by both pages: the workshop extent and areas as the base (no tile server needed offline),
// and one layer of items. User text goes into popups as text nodes, never as HTML.
import * as L from '/vendor/leaflet/leaflet-src.esm.js';
import { colourOf } from './counts.js';
import { t } from './i18n.js';

export { L };

export function createMap(element, details) {
  const map = L.map(element, { zoomControl: true, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Grænser: DAGI, Geodatastyrelsen');
  L.geoJSON(details.extent, { style: { color: '#333', weight: 3, fillOpacity: 0.04 }, interactive: false }).addTo(map);
  const [w, s, e, n] = details.bbox;
  map.fitBounds([[s, w], [n, e]]);
  addParishOutlines(map, [w, s, e, n]);
  return map;
}

/**
 * Parish outlines and names around the workshop, from our own API, so people can find their way on a phone without
 * an online background map. A failure here leaves the map usable, just plainer.
 */
async function addParishOutlines(map, [w, s, e, n]) {
  const pad = Math.max(e - w, n - s) * 0.5;
  const bbox = [w - pad, s - pad, e + pad, n + pad].map((v) => v.toFixed(5)).join(',');
  try {
    const response = await fetch(`/api/areas?level=parish&simplify=10&bbox=${bbox}`);
    if (!response.ok) return;
    const parishes = await response.json();
    L.geoJSON(parishes, {
      style: { color: '#777', weight: 1, fill: false, dashArray: '4 3' },
      interactive: false,
      onEachFeature: (feature, layer) => {
        const label = document.createElement('span');
        label.textContent = feature.properties.name; // a DOM node, so a name is never parsed as HTML
        layer.bindTooltip(label, { permanent: true, direction: 'center', className: 'parish-label', opacity: 0.7 });
      },
    }).addTo(map).bringToBack();
  } catch {
    // offline or the areas are not loaded: the extent alone still frames the workshop
  }
}

/** Keeps one Leaflet layer per feature id in step with the given features. */
export class ItemLayer {
  constructor(map, categories) {
    this._group = L.featureGroup().addTo(map);
    this._layers = new Map();
    this.categories = categories;
  }

  upsert(feature) {
    this.remove(feature.id);
    const colour = colourOf(this.categories, feature.properties.category);
    const hidden = feature.properties.status !== 'published';
    const layer = L.geoJSON(feature, {
      pointToLayer: (_f, latlng) => L.circleMarker(latlng, { radius: 14, color: '#fff', weight: 2, fillColor: colour, fillOpacity: hidden ? 0.3 : 0.95 }),
      style: { color: colour, weight: 4, dashArray: hidden ? '6 6' : null, fillOpacity: 0.25 },
    });
    layer.bindPopup(() => popupContent(feature, this.categories));
    layer.eachLayer(l => l.getElement?.()?.setAttribute('data-item', String(feature.id)));
    layer.addTo(this._group);
    this._layers.set(feature.id, layer);
  }

  remove(id) {
    const old = this._layers.get(id);
    if (old) { this._group.removeLayer(old); this._layers.delete(id); }
  }

  clear() { this._group.clearLayers(); this._layers.clear(); }
}

function popupContent(feature, categories) {
  const p = feature.properties;
  const div = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = categories.find(c => c.key === p.category)?.label || p.category;
  const text = document.createElement('p');
  text.textContent = p.text;
  const meta = document.createElement('small');
  meta.textContent = `${t('dotsCount', { n: p.votes })}${p.nickname ? ' · ' + p.nickname : ''}${p.blurred ? ' · ' + t('blurred') : ''}`;
  div.append(title, text, meta);
  return div;
}
