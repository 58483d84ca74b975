import { expect } from '@open-wc/testing';
import { Map as LeafletMap } from '../../src/components/store-locator/leaflet.js';
import { MapControls, OSM_TILES } from '../../src/components/store-locator/map-controls.js';
import { en } from '../../src/i18n/messages/en.js';

/**
 * The map's credit, drawn on a bare Leaflet map (no tile layer, so nothing is fetched from
 * OpenStreetMap's servers): the `tiles` and `attribution` a locator passes its controls.
 */
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((clean) => clean()));

function credit(tiles: string, attribution: string | undefined): HTMLElement | null {
  const container = document.createElement('div');
  container.style.cssText = 'width: 400px; height: 300px';
  document.body.append(container);
  const map = new LeafletMap(container, {
    center: [45.76, 4.83],
    zoom: 12,
    zoomControl: false,
    attributionControl: false,
  });
  cleanups.push(() => (map.remove(), container.remove()));
  new MapControls(map, container, en, tiles, attribution);
  return container.querySelector<HTMLElement>('.leaflet-control-attribution');
}

describe('<aisle-store-locator>: the map credit', () => {
  it("keeps OpenStreetMap's credit with its tiles, even with an empty attribution", () => {
    for (const attribution of [undefined, '']) {
      const box = credit(OSM_TILES, attribution);
      // Before: attribution="" took the credit off OpenStreetMap's own tiles, which their tile
      // policy forbids.
      expect(box?.textContent, String(attribution)).to.equal('© OpenStreetMap contributors');
      expect(box!.querySelector('a')!.href).to.equal('https://www.openstreetmap.org/copyright');
    }
  });

  it("shows a retailer's own credit as text, and none for other tiles without one", () => {
    expect(credit(OSM_TILES, '© OpenStreetMap, style <b>Shop</b>')!.textContent).to.equal(
      '© OpenStreetMap, style <b>Shop</b>',
    );
    expect(credit('/tiles/{z}/{x}/{y}.png', 'Tiles © Example')!.textContent).to.equal(
      'Tiles © Example',
    );
    expect(credit('/tiles/{z}/{x}/{y}.png', '')).to.equal(null);
    expect(credit('/tiles/{z}/{x}/{y}.png', undefined)).to.equal(null);
    expect(credit('', undefined)).to.equal(null);
  });
});
