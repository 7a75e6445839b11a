/**
 * The place a visitor chose in a finder over a region, remembered for this browser
 * session only (sessionStorage, per region URL): a named place and its radius, never
 * a position. Storage that is blocked remembers nothing.
 */
import type { PlaceChoice } from '../feed/load-source.js';

const PREFIX = 'taalwijzer.place:';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function rememberPlace(src: string, choice: PlaceChoice): void {
  if (!choice.name) return;
  try {
    storage()?.setItem(PREFIX + src, JSON.stringify({ name: choice.name, radiusKm: choice.radiusKm }));
  } catch {
    /* full or blocked: not remembered */
  }
}

export function recallPlace(src: string): PlaceChoice | null {
  try {
    const raw = storage()?.getItem(PREFIX + src);
    if (!raw) return null;
    const saved = JSON.parse(raw) as { name?: unknown; radiusKm?: unknown };
    if (typeof saved.name !== 'string' || !saved.name) return null;
    const radiusKm = typeof saved.radiusKm === 'number' && saved.radiusKm > 0 ? saved.radiusKm : undefined;
    return radiusKm ? { name: saved.name, radiusKm } : null;
  } catch {
    return null;
  }
}

export function forgetPlace(src: string): void {
  try {
    storage()?.removeItem(PREFIX + src);
  } catch {
    /* blocked: nothing to forget */
  }
}
