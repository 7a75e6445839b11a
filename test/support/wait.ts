import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

type Options = Parameters<typeof waitUntilOpenWc>[2];

/**
 * @open-wc's `waitUntil`, waiting up to 5 s instead of 1 s by default: a feed loads and renders
 * more slowly in Firefox and on a busy two-core CI machine, and a test should fail on what it
 * checks, not on a stopwatch.
 */
export function waitUntil(
  predicate: Parameters<typeof waitUntilOpenWc>[0],
  message?: string,
  options: Options = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 5000, ...options });
}
