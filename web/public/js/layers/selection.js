// The selected area, outlined on top of everything (and drawn on the map canvas so PNG export includes it).

export class SelectionLayer {
  constructor(map) {
    this._map = map;
    this._layer = null;
  }

  show(feature, zoomTo = false) {
    this.clear();
    this._layer = L.geoJSON(feature, { style: { color: '#000000', weight: 3.5, fill: false }, interactive: false }).addTo(this._map);
    if (zoomTo) this._map.fitBounds(this._layer.getBounds(), { maxZoom: 13, padding: [20, 20] });
  }

  clear() {
    this._layer?.remove();
    this._layer = null;
  }
}
