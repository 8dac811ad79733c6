// Census 2021 population on the 1 km grid, as vector tiles (/tiles/grid/…). Fixed breaks in residents per cell,
// so colours mean the same everywhere in the country.
import { palette } from '../style.js';

export const GRID_BREAKS = [10, 50, 250, 1000, 4000];

export function gridColour(population) {
  const colours = palette(GRID_BREAKS.length + 1);
  let i = 0;
  while (i < GRID_BREAKS.length && population > GRID_BREAKS[i]) i++;
  return colours[i];
}

export function gridLayer(attribution) {
  return L.vectorGrid.protobuf('/tiles/grid/{z}/{x}/{y}.mvt', {
    rendererFactory: L.canvas.tile,
    vectorTileLayerStyles: { grid: (p) => ({ weight: 0, fill: true, fillColor: gridColour(p.population), fillOpacity: 0.7 }) },
    interactive: false,
    maxNativeZoom: 16,
    attribution,
  });
}
