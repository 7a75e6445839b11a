// Reads an iCalendar file (RFC 5545) strictly enough to tell a broken one from a good
// one: CRLF line ends, lines of at most 75 octets, balanced BEGIN/END, and each
// VEVENT's properties with their parameters and unescaped text.
import assert from 'node:assert/strict';

const unescapeText = (value) => value.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));

/**
 * @returns {{ lines: string[], events: Map<string, { params: Record<string,string>, value: string }>[],
 *   timezones: string[] }}
 */
export function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  assert.doesNotMatch(text, /[^\r]\n/, 'every line ends with CRLF');
  for (const physical of text.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(physical) <= 75, `line longer than 75 octets: ${physical}`);
  }
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'), 'VERSION:2.0');
  assert.ok(
    lines.some((l) => l.startsWith('PRODID:')),
    'PRODID',
  );

  const stack = [];
  const events = [];
  const timezones = [];
  let event;
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    assert.ok(match, `not a content line: ${line}`);
    const [, name, rawParams, value] = match;
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = new Map();
      continue;
    }
    if (name === 'END') {
      assert.equal(stack.pop(), value, `END:${value} closes what was opened`);
      if (value === 'VEVENT') events.push(event);
      continue;
    }
    if (stack.at(-1) === 'VTIMEZONE' && name === 'TZID') timezones.push(value);
    if (stack.at(-1) !== 'VEVENT') continue;
    const params = Object.fromEntries(
      rawParams
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=')),
    );
    event.set(name, { params, value: unescapeText(value) });
  }
  assert.equal(stack.length, 0, 'every BEGIN has its END');
  return { lines, events, timezones };
}

/**
 * Checks one VEVENT as a calendar app needs it: UID, DTSTAMP, a DTSTART that is either an
 * Amsterdam wall-clock time (with the VTIMEZONE in the file) or UTC.
 */
export function assertValidEvent(event, timezones) {
  for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY'])
    assert.ok(event.has(name), `VEVENT has ${name}`);
  const start = event.get('DTSTART');
  if (start.params.TZID) {
    assert.equal(start.params.TZID, 'Europe/Amsterdam');
    assert.ok(timezones.includes('Europe/Amsterdam'), 'the Europe/Amsterdam VTIMEZONE is in the file');
    assert.match(start.value, /^\d{8}T\d{6}$/);
  } else {
    assert.match(start.value, /^\d{8}T\d{6}Z$/, 'a DTSTART without TZID is in UTC');
  }
}
