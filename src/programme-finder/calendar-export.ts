/**
 * "Put it in my calendar": the open programme's meetings as an .ics file the browser
 * downloads. Its own module, so the element can load it (and `feed/ics.ts`) on demand.
 */
import type { LoadedFeed } from '../feed/load.js';
import { programmeToIcs } from '../feed/ics.js';
import type { IndexedProgramme } from './search-index.js';

export interface CalendarOptions {
  locale: string;
  /** The moment the index measured schedules from. */
  now: Date;
  /** Where the download link is added for a moment (the element's render root). */
  root: ParentNode;
}

/** Downloads `<programme id>.ics` with the programme's meetings. */
export function downloadCalendar(item: IndexedProgramme, loaded: LoadedFeed, options: CalendarOptions): void {
  const ics = programmeToIcs(item.programme, loaded.feed, {
    locale: options.locale,
    now: options.now,
    url: loaded.url,
  });
  const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = `${item.programme.id.replace(/[^\w-]+/g, '-') || 'activiteit'}.ics`;
  link.hidden = true;
  options.root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
