/**
 * "Share this programme": the system share sheet where there is one, else the link on the
 * clipboard, else the link to copy by hand.
 */
import { msg, str } from '@lit/localize';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('finder');

/** Shares a link; resolves to what the finder then says (empty: nothing to say). */
export async function shareLink(title: string, url: string): Promise<string | undefined> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return undefined;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return undefined;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return msg('De link is gekopieerd. Je kunt hem nu plakken in een bericht.', {
      id: 'finder.share.copied',
      desc: 'Shown after the link to a programme was copied.',
    });
  } catch {
    return msg(str`Kopieer deze link: ${url}`, {
      id: 'finder.share.manual',
      desc: 'Shown when the link could not be copied automatically. The placeholder is the link.',
    });
  }
}
