import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { canShareNatively, copyLink, shareLink, type ShareNavigator } from '../../src/shared/share.js';

/** A stand-in navigator that records what it was asked and fails as told. */
function fakeNavigator({
  share,
  clipboard = 'ok',
}: {
  share?: 'ok' | 'abort' | 'deny';
  clipboard?: 'ok' | 'deny' | 'none';
}) {
  const calls: string[] = [];
  const fail = (name: string) => Object.assign(new Error(name), { name });
  const nav: ShareNavigator = {
    share: share
      ? async (data) => {
          calls.push(`share ${data.title} ${data.url}`);
          if (share === 'abort') throw fail('AbortError');
          if (share === 'deny') throw fail('NotAllowedError');
        }
      : undefined,
    clipboard:
      clipboard === 'none'
        ? undefined
        : {
            writeText: async (text) => {
              calls.push(`copy ${text}`);
              if (clipboard === 'deny') throw fail('NotAllowedError');
            },
          },
  };
  return { nav, calls };
}

const link = { title: 'Mijn doelen', url: 'https://bieb.example/#doelen=a,b' };

describe('share', () => {
  it('knows whether the browser has a share menu', () => {
    expect(canShareNatively(fakeNavigator({ share: 'ok' }).nav)).to.equal(true);
    expect(canShareNatively(fakeNavigator({}).nav)).to.equal(false);
    expect(canShareNatively(undefined)).to.equal(false);
  });

  it('copies a link, and says when the browser does not allow it', async () => {
    const ok = fakeNavigator({});
    expect(await copyLink(link.url, ok.nav)).to.equal('copied');
    expect(ok.calls).to.deep.equal([`copy ${link.url}`]);
    expect(await copyLink(link.url, fakeNavigator({ clipboard: 'deny' }).nav)).to.equal('copy-failed');
    expect(await copyLink(link.url, fakeNavigator({ clipboard: 'none' }).nav)).to.equal('copy-failed');
  });

  it('uses the share menu when there is one, and copies nothing then', async () => {
    const { nav, calls } = fakeNavigator({ share: 'ok' });
    expect(await shareLink(link, { nav })).to.equal('shared');
    expect(calls).to.deep.equal([`share ${link.title} ${link.url}`]);
  });

  it('does nothing more when the visitor closes the share menu', async () => {
    const { nav, calls } = fakeNavigator({ share: 'abort' });
    expect(await shareLink(link, { nav })).to.equal('dismissed');
    expect(calls).to.have.length(1);
  });

  it('copies the link when there is no share menu, or it fails', async () => {
    const none = fakeNavigator({});
    expect(await shareLink(link, { nav: none.nav })).to.equal('copied');
    expect(none.calls).to.deep.equal([`copy ${link.url}`]);
    const denied = fakeNavigator({ share: 'deny' });
    expect(await shareLink(link, { nav: denied.nav })).to.equal('copied');
    expect(denied.calls).to.deep.equal([`share ${link.title} ${link.url}`, `copy ${link.url}`]);
    expect(await shareLink(link, { nav: fakeNavigator({ clipboard: 'deny' }).nav })).to.equal('copy-failed');
  });

  it('copies nothing after a failed share menu when told not to (a widget with its own copy button)', async () => {
    const { nav, calls } = fakeNavigator({ share: 'deny' });
    expect(await shareLink(link, { nav, copyIfShareFails: false })).to.equal('dismissed');
    expect(calls).to.have.length(1);
  });
});
