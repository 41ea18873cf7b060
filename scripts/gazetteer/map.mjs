// The locator map's outlines: world-atlas's 1:110m countries (Natural Earth), simplified and
// re-quantized so the popup downloads a few tens of KB. Only the outlines are kept: the popup
// draws context, the places carry their own names.
import { createRequire } from 'node:module';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';

const require = createRequire(import.meta.url);

export function buildWorldMap() {
  const atlas = structuredClone(require('world-atlas/countries-110m.json'));
  // Drop the names and ids: the map never shows them, and dropping them saves a tenth of the file.
  for (const g of atlas.objects.countries.geometries) {
    delete g.properties;
    delete g.id;
  }
  delete atlas.objects.land;
  const pre = presimplify(atlas);
  // Keep the 45% most significant points: coastlines stay recognisable at popup size (~320 px).
  const simple = simplify(pre, quantile(pre, 0.55));
  const q = quantize(simple, 1e4);
  return JSON.stringify(q);
}
