/**
 * The page bench/locator-map.mjs drives: one map of n stores drawn three ways (the locator's
 * supercluster markers, plain Leaflet DOM markers, leaflet.markercluster), same size, same view.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { createLocatorMap } from '../src/components/store-locator/locator-map.js';
import leafletCss from '../src/components/store-locator/leaflet-css.generated.js';
import { generateStores } from '../src/mocks/data/stores.js';
import type { Store } from '../src/client/types.js';

type Mode = 'aisle' | 'dom' | 'markercluster';
export interface Result {
  firstMs: number;
  zoomMs: number;
  nodes: number;
}

const CENTER: [number, number] = [46.6, 2.4];
const ZOOM = 6;
const frames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

function mount() {
  const host = document.createElement('div');
  host.style.cssText = 'width:1000px;height:700px';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(leafletCss);
  root.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  container.style.cssText = 'width:1000px;height:700px';
  root.append(container);
  return { host, root, container };
}

async function markerClusterGroup(): Promise<() => L.FeatureGroup> {
  // leaflet.markercluster 1.5 is a UMD script that extends a global, mutable `L`.
  const g = globalThis as unknown as { L?: Record<string, unknown> };
  g.L ??= { ...L };
  await import('leaflet.markercluster');
  const make = g.L.markerClusterGroup as (o: object) => L.FeatureGroup;
  return () => make({ chunkedLoading: false, animate: false });
}

const icon = () => new L.DivIcon({ className: 'm', iconSize: [12, 12] });

async function run(mode: Mode, stores: Store[]): Promise<Result> {
  const { host, root, container } = mount();
  const group = mode === 'markercluster' ? await markerClusterGroup() : undefined;
  await frames();
  const t0 = performance.now();
  let map: L.Map;
  if (mode === 'aisle') {
    const m = createLocatorMap(container, root, {
      tiles: '',
      attribution: '',
      labels: {
        locatorMapLabel: 'Map',
        locatorCluster: (n) => `${n} stores`,
        locatorZoomIn: '+',
        locatorZoomOut: '-',
        locatorTilesFailed: '',
      },
      onSelect: () => {},
    });
    map = m.map;
    map.setView(CENTER, ZOOM, { animate: false });
    m.setStores(stores);
  } else {
    map = new L.Map(container, { center: CENTER, zoom: ZOOM, maxZoom: 18, zoomAnimation: false });
    const markers = stores.map(
      (s) => new L.Marker([s.location.lat, s.location.lng], { icon: icon(), keyboard: true }),
    );
    if (group) {
      const g = group();
      (g as unknown as { addLayers(m: L.Marker[]): void }).addLayers(markers);
      map.addLayer(g);
    } else for (const marker of markers) marker.addTo(map);
  }
  await frames();
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  map.setZoom(ZOOM + 1, { animate: false });
  await frames();
  const zoomMs = performance.now() - t1;
  const nodes = root.querySelectorAll('.leaflet-marker-icon').length;
  map.remove();
  host.remove();
  return { firstMs, zoomMs, nodes };
}

const cache = new Map<number, Store[]>();
(window as unknown as { bench: unknown }).bench = async (mode: Mode, n: number) => {
  let stores = cache.get(n);
  if (!stores) {
    stores = generateStores(n, 11);
    cache.set(n, stores);
  }
  return run(mode, stores);
};
(window as unknown as { benchReady: boolean }).benchReady = true;
