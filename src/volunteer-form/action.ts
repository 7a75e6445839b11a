/**
 * Where a sign-up goes, without DOM: the form's `action` checked when the form renders (a
 * configuration error shows at once). Sending is in `send.ts`, loaded with the check step.
 */
export type ActionTarget =
  /** POST JSON to `url` (absolute). */
  | { kind: 'post'; url: string }
  /** Open an e-mail to `address`. */
  | { kind: 'mailto'; address: string }
  /** The webmaster must fix the `action` attribute. */
  | { kind: 'invalid'; problem: 'missing' | 'malformed' | 'insecure' | 'unsupported'; value: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for the hosts where plain `http:` is allowed: this computer only. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOCAL_HOSTS.has(host) || host.endsWith('.localhost');
}

/**
 * Reads the form's `action`:
 * - `https:` URLs are used as they are;
 * - `http:` only for localhost / 127.0.0.1 / [::1] (a sign-up holds personal data);
 * - `mailto:address` opens an e-mail;
 * - a relative URL ("/api/aanmelden") resolves against `baseUrl` (the page), so it is
 *   allowed when the page itself is https or on localhost;
 * - anything else (missing, `http://example.org`, `javascript:`) is a configuration
 *   error for the webmaster.
 */
export function resolveAction(action: string | null | undefined, baseUrl: string): ActionTarget {
  const value = (action ?? '').trim();
  if (value === '') return { kind: 'invalid', problem: 'missing', value };
  let url: URL;
  try {
    url = new URL(value, baseUrl);
  } catch {
    return { kind: 'invalid', problem: 'malformed', value };
  }
  switch (url.protocol) {
    case 'https:':
      return { kind: 'post', url: url.href };
    case 'http:':
      return isLocalHost(url.hostname)
        ? { kind: 'post', url: url.href }
        : { kind: 'invalid', problem: 'insecure', value };
    case 'mailto:': {
      let address: string;
      try {
        address = decodeURIComponent(url.pathname).trim();
      } catch {
        address = '';
      }
      return /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(address)
        ? { kind: 'mailto', address }
        : { kind: 'invalid', problem: 'malformed', value };
    }
    default:
      return { kind: 'invalid', problem: 'unsupported', value };
  }
}
