// Area outlines and choropleth as vector tiles from /tiles/{layer}/{z}/{x}/{y}.mvt (Leaflet.VectorGrid, canvas).
// Clicks are resolved by /api/areas/at rather than VectorGrid's hit-testing, whose click handler calls
// L.DomEvent.fakeStop, removed in Leaflet 1.8 (Leaflet.VectorGrid #274).
import { fillFor } from '../style.js';

export const TILE_LAYER = {
  parish: 'parishes', municipality: 'municipalities', postcode: 'postcodes', region: 'regions',
  housing_department: 'housing_departments', local_community: 'local_communities',
};

export class AreaLayer {
  constructor(map, attribution) {
    this._map = map;
    this._attribution = attribution;
    this._values = null;
    this._breaks = [];
    this._level = 'parish';
    this._layer = null;
    this._context = null;
  }

  /** Choropleth data: Map code → {value, suppressed}, or null for outlines only. */
  setData(values, classBreaks) {
    this._values = values;
    this._breaks = classBreaks;
    this._layer?.redraw();
  }

  setLevel(level) {
    if (level === this._level && this._layer) return;
    this._level = level;
    this._layer?.remove();
    this._layer = this._tiles(TILE_LAYER[level], (p) => this._style(p));
    this._layer.addTo(this._map);
    this._contextOutlines(level);
  }

  /** New tiles for the current level after its areas changed (a drawn or imported department); the URL changes so no cached tile is reused. */
  refresh() {
    this._version = Date.now();
    this._layer?.remove();
    this._layer = this._tiles(TILE_LAYER[this._level], (p) => this._style(p));
    this._layer.addTo(this._map);
  }

  /** Resolves when the visible tiles have loaded (used for the first-render measurement). */
  whenLoaded() {
    return new Promise((resolve) => {
      if (this._layer && !this._layer.isLoading?.()) resolve();
      this._layer?.once('load', resolve);
    });
  }

  _tiles(name, style) {
    return L.vectorGrid.protobuf(`/tiles/${name}/{z}/{x}/{y}.mvt${this._version ? `?v=${this._version}` : ''}`, {
      rendererFactory: L.canvas.tile,
      vectorTileLayerStyles: { [name]: style },
      interactive: false,
      maxNativeZoom: 16,
      attribution: this._attribution,
      pane: 'overlayPane',
    });
  }

  _style(properties) {
    if (!this._values) return { weight: 0.6, color: '#3d3d3d', fill: true, fillColor: '#f2efe9', fillOpacity: 0.5 };
    const s = fillFor(this._values.get(properties.code), this._breaks);
    return { weight: 0.5, color: s.outline, dashArray: s.dash, fill: true, fillColor: s.fill, fillOpacity: 0.85 };
  }

  /** Municipality borders on top of finer levels, so planners keep their bearings. */
  _contextOutlines(level) {
    this._context?.remove();
    this._context = null;
    if (level === 'municipality' || level === 'region') return;
    this._context = this._tiles('municipalities', () => ({ weight: 1.6, color: '#111111', fill: false }));
    this._context.addTo(this._map);
  }
}
