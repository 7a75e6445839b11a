/**
 * "Share this programme": the shared way of sharing (`src/shared/share.ts`: the system
 * share sheet, else the clipboard), in the finder's words; when copying is not allowed, the
 * link to copy by hand.
 */
import { msg, str } from '@lit/localize';
import { useMessages } from '../localization/localization.js';
import { shareLink } from '../shared/share.js';

// These words are in this widget's translation chunk of each locale.
useMessages('finder');

/** Shares a programme's link; resolves to what the finder then says (undefined: nothing to say). */
export async function shareProgramme(title: string, url: string): Promise<string | undefined> {
  switch (await shareLink({ title, url })) {
    case 'copied':
      return msg('De link is gekopieerd. Je kunt hem nu plakken in een bericht.', {
        id: 'finder.share.copied',
        desc: 'Shown after the link to a programme was copied.',
      });
    case 'copy-failed':
      return msg(str`Kopieer deze link: ${url}`, {
        id: 'finder.share.manual',
        desc: 'Shown when the link could not be copied automatically. The placeholder is the link.',
      });
    default:
      return undefined;
  }
}
