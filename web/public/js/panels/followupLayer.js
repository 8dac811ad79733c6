// The project's activities as circles on the map, over the need choropleth, coloured by kind, filtered like the panel.
import { el } from './followupDom.js';
import { KINDS, KIND_COLOURS } from './followupText.js';

export class ActivityLayer {
  constructor(map) {
    this._map = map;
    this.layer = L.layerGroup();
    this._activities = [];
    this._filter = { place: '', kind: '' };
  }

  set(activities) {
    this._activities = activities;
    this._draw();
  }

  setFilter(filter) {
    this._filter = { ...this._filter, ...filter };
    this._draw();
  }

  matches(a) {
    return (!this._filter.kind || a.kind === this._filter.kind) && (!this._filter.place || (a.focusPlace ?? '') === this._filter.place);
  }

  fit() {
    const pts = this._activities.filter((a) => this.matches(a)).map((a) => [a.place.lat, a.place.lon]);
    if (pts.length) this._map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 14 });
  }

  _draw() {
    this.layer.clearLayers();
    for (const a of this._activities.filter((x) => this.matches(x))) {
      const colour = KIND_COLOURS[a.kind] ?? '#333';
      const popup = el('div', {}, el('strong', {}, a.title), el('br'), KINDS[a.kind] ?? a.kind, el('br'), `${a.start}${a.end ? ` – ${a.end}` : ''}`);
      L.circleMarker([a.place.lat, a.place.lon], { radius: 8, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 0.9, pane: 'markerPane' })
        .bindPopup(popup).addTo(this.layer);
    }
  }
}
