/**
 * Styles of the map's own markers (pins, clusters, the searched place), zoom buttons and note,
 * adopted into the locator's shadow root with Leaflet's CSS by the map chunk: pages without a map
 * never load them.
 */
import { css } from 'lit';

export default css`
  /* Map markers (divIcon). Leaflet moves the icon element with a transform: never set
   transform, rotate or scale on it, only on its child. */
  .aisle-pin {
    display: block;
    margin: 2px auto 0;
    width: 24px;
    height: 24px;
    border-radius: 50% 50% 50% 0;
    background: var(--_aisle-color-primary);
    border: 2px solid var(--_aisle-color-surface);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
    transform: rotate(-45deg);
  }

  .aisle-marker.is-selected .aisle-pin {
    background: var(--_aisle-color-danger);
    transform: rotate(-45deg) scale(1.25);
  }

  .leaflet-marker-icon.aisle-cluster {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_aisle-color-primary);
    color: var(--_aisle-color-on-primary);
    font-weight: 700;
    font-size: 0.8125rem;
    border: 3px solid rgb(255 255 255 / 0.7);
  }

  .aisle-origin {
    border-radius: 50%;
    background: var(--_aisle-color-text);
    border: 3px solid var(--_aisle-color-surface);
  }

  .aisle-marker:focus-visible,
  .aisle-cluster:focus-visible {
    outline: 3px solid var(--_aisle-color-focus);
    outline-offset: 2px;
  }

  /* Zoom buttons (map-controls.ts): Leaflet's bar look, on real buttons. */
  .leaflet-bar button {
    border-width: 0 0 1px;
    border-style: solid;
    border-color: #ccc;
    padding: 0;
    cursor: pointer;
  }

  /* The note on failed tiles (top right) wraps clear of the zoom buttons (top left, 44 px). */
  .leaflet-top.leaflet-right {
    left: 48px;
  }

  .leaflet-bar button:focus-visible {
    outline: 3px solid var(--_aisle-color-focus);
    outline-offset: 2px;
  }

  /* Forced colours paint every button's text and every pin alike: the button at its zoom's end
     greys out. */
  @media (forced-colors: active) {
    .leaflet-bar button.leaflet-disabled {
      color: GrayText;
    }
    /* Every pin is repainted alike: the selected one is filled (Highlight), the others hollow. */
    .aisle-marker.is-selected .aisle-pin {
      background: Highlight;
    }
  }
`;
