// Facilities (GET /api/facilities, GeoJSON) as markers with a symbol per type, filterable by type. In edit mode
// planners drag a marker to move it (PUT with If-Match) or click the map to add one (POST).
import { el } from '../panels/followupDom.js';

export const TYPE_SYMBOLS = {
  health_centre: '✚', sundhedscenter: '✚', community_house: '⌂', faelleshus: '⌂', village_hall: '⌂',
  school: 'S', library: 'B', sports: '⚽', nursing_home: '♥', gp: '+', pharmacy: '℞',
};

export function symbolFor(type) {
  return TYPE_SYMBOLS[type] ?? (String(type || '?')[0] || '?').toUpperCase();
}

export function facilityIcon(type) {
  return L.divIcon({ className: 'facility-icon', html: `<span aria-hidden="true">${symbolFor(type)}</span>`, iconSize: [22, 22], iconAnchor: [11, 11] });
}

export class FacilityLayer {
  constructor(map, { onMoved } = {}) {
    this._map = map;
    this._group = L.layerGroup();
    this._features = [];
    this._filter = '';
    this._editable = false;
    this._onMoved = onMoved;
    this.typeNames = new Map(); // code → name in the page's language (GET /api/facilities/types)
  }

  typeName(code) { return this.typeNames.get(code) ?? code ?? ''; }

  get layer() { return this._group; }
  get features() { return this._features; }
  get types() { return [...new Set(this._features.map((f) => f.properties?.type).filter(Boolean))].sort(); }

  set(features) {
    this._features = features;
    this._draw();
  }

  setFilter(type) {
    this._filter = type;
    this._draw();
  }

  setEditable(editable) {
    this._editable = editable;
    this._draw();
  }

  _draw() {
    this._group.clearLayers();
    for (const f of this._features) {
      if (f.geometry?.type !== 'Point' || (this._filter && f.properties?.type !== this._filter)) continue;
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.marker([lat, lon], { icon: facilityIcon(f.properties?.type), draggable: this._editable, keyboard: true, title: f.properties?.name ?? '' });
      marker.bindTooltip(el('span', {}, `${f.properties?.name ?? ''} (${this.typeName(f.properties?.type)})`)); // text, never HTML
      marker.on('dragend', () => this._onMoved?.(f, marker.getLatLng(), marker));
      this._group.addLayer(marker);
    }
  }
}
