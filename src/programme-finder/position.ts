/**
 * Where the visitor is, for "nearest first" and for "near me" over a region: asked of the
 * browser only after the visitor pressed the control that needs it, used in the page only,
 * and never stored or sent anywhere.
 */
import { msg } from '@lit/localize';
import type { GeoPoint } from '../feed/geo.js';
import { useMessages } from '../localization/localization.js';

// These words are in the finder's translation chunk of each locale.
useMessages('finder');

/** A position up to ten minutes old will do; give up after fifteen seconds. */
const OPTIONS: PositionOptions = { maximumAge: 600_000, timeout: 15_000 };

/** Asks the browser for the visitor's position; `failed` when they say no or it fails. */
export function askPosition(found: (position: GeoPoint) => void, failed: () => void): void {
  navigator.geolocation.getCurrentPosition(
    (position) => found({ lat: position.coords.latitude, lon: position.coords.longitude }),
    () => failed(),
    OPTIONS,
  );
}

/** What the widget says while the browser asks. */
export function askingForPosition(): string {
  return msg('We vragen waar je bent…', {
    id: 'finder.geo.pending',
    desc: 'Shown while the browser asks the visitor for their location (for "nearest first").',
  });
}
