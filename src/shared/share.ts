/**
 * Sharing a link, the one way every widget does it: the phone's own share menu
 * (`navigator.share`) where the browser has one, else (or when it fails) copying the link
 * to the clipboard. No DOM and no messages here: the widget says what happened in its
 * own words. The navigator is a parameter, so tests pass a stand-in.
 */

/** The parts of `navigator` sharing uses. */
export interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>;
  clipboard?: { writeText(text: string): Promise<void> };
}

/**
 * - `shared`: the share menu took the link.
 * - `dismissed`: the visitor closed the share menu (or, with `copyIfShareFails: false`, it failed).
 * - `copied`: the link is on the clipboard.
 * - `copy-failed`: the browser did not allow copying: show the link so the visitor can copy it.
 */
export type ShareOutcome = 'shared' | 'dismissed' | 'copied' | 'copy-failed';

function defaultNavigator(): ShareNavigator | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator;
}

/** Whether the browser has a share menu (`navigator.share`). */
export function canShareNatively(nav: ShareNavigator | undefined = defaultNavigator()): boolean {
  return typeof nav?.share === 'function';
}

/** Copies `url` to the clipboard. */
export async function copyLink(
  url: string,
  nav: ShareNavigator | undefined = defaultNavigator(),
): Promise<'copied' | 'copy-failed'> {
  try {
    if (!nav?.clipboard) throw new Error('no clipboard');
    await nav.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'copy-failed';
  }
}

/**
 * Shares `{title, url}` through the share menu when there is one; without one, or when it
 * fails for another reason than the visitor closing it, copies the link instead (unless
 * `copyIfShareFails` is false: a widget with its own copy button).
 */
export async function shareLink(
  data: { title: string; url: string },
  {
    copyIfShareFails = true,
    nav = defaultNavigator(),
  }: { copyIfShareFails?: boolean; nav?: ShareNavigator | undefined } = {},
): Promise<ShareOutcome> {
  if (canShareNatively(nav)) {
    try {
      await nav!.share!({ title: data.title, url: data.url });
      return 'shared';
    } catch (error) {
      if ((error as Error | undefined)?.name === 'AbortError' || !copyIfShareFails) return 'dismissed';
    }
  }
  return copyLink(data.url, nav);
}
