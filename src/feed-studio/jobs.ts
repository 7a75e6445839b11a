/**
 * The studio's heavy work, as messages: run in a Web Worker (worker.ts), or on the main
 * thread when a page's policy forbids workers (the same file, imported as a module). Converting a large workbook or writing one
 * never blocks the coordinator's tab when a worker is allowed.
 */
import { convertFiles, type StudioFile, type StudioResult } from './convert-files.js';
import { feedToWorkbook } from '../convert/workbook.js';
import { feedToJsonLd } from '../convert/export-jsonld.js';
import { feedToIcs } from '../feed/ics.js';
import type { Feed } from '../feed/schema.js';
import type { ProblemLanguage } from '../convert/language.js';

export type StudioJob =
  | {
      type: 'convert';
      files: StudioFile[];
      publisher?: string;
      privacyUrl?: string;
      /** The language of the problems: `en` when the studio's UI is English, else `nl`. */
      language?: ProblemLanguage;
      /** Epoch milliseconds: "upcoming" and "old" are measured from it. */
      now: number;
    }
  | { type: 'workbook'; feed: Feed }
  | { type: 'jsonld'; feed: Feed; now: number }
  | { type: 'ics'; feed: Feed; now: number; url?: string };

export type StudioJobResult =
  | { type: 'convert'; result: StudioResult }
  | { type: 'workbook'; bytes: Uint8Array }
  | { type: 'text'; text: string }
  | { type: 'failed'; message: string };

export function runJob(job: StudioJob): StudioJobResult {
  try {
    if (job.type === 'workbook') return { type: 'workbook', bytes: feedToWorkbook(job.feed) };
    if (job.type === 'jsonld') {
      const { jsonld } = feedToJsonLd(job.feed, { locale: 'nl', now: new Date(job.now) });
      return { type: 'text', text: JSON.stringify(jsonld, null, 2) };
    }
    if (job.type === 'ics')
      return {
        type: 'text',
        text: feedToIcs(job.feed, { locale: 'nl', now: new Date(job.now), url: job.url }),
      };
    const result = convertFiles(job.files, {
      publisher: job.publisher,
      privacyUrl: job.privacyUrl,
      language: job.language,
      now: new Date(job.now),
    });
    return { type: 'convert', result };
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
