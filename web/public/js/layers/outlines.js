// Outlines of one tile layer on top of the choropleth (the housing departments over parishes, say): a Leaflet layer
// group around a VectorGrid layer, so it toggles like any overlay; redraw() swaps in fresh tiles after an edit.
export function outlineLayer(name, { color, weight }) {
  const group = L.layerGroup();
  let version = 0;
  const tiles = () => L.vectorGrid.protobuf(`/tiles/${name}/{z}/{x}/{y}.mvt${version ? `?v=${version}` : ''}`, {
    rendererFactory: L.canvas.tile,
    vectorTileLayerStyles: { [name]: () => ({ weight, color, fill: false }) },
    interactive: false,
    maxNativeZoom: 16,
    pane: 'overlayPane',
  });
  group.addLayer(tiles());
  group.redraw = () => {
    version = Date.now();
    group.clearLayers();
    group.addLayer(tiles());
  };
  return group;
}
