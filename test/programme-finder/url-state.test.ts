import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { parseUrlState, writeUrlState, type FinderUrlState } from '../../src/programme-finder/url-state.js';

const state: FinderUrlState = {
  query: {
    query: 'taal café & meer',
    filters: { domain: ['numeracy', 'digital-skills'], day: ['mon'] },
    showEnded: true,
  },
  sort: 'title',
  open: 'voor-t-zelfde-geld',
};

describe('url-state (pure)', () => {
  it('writes the state into the hash and reads it back unchanged', () => {
    const hash = writeUrlState('', 'finder.', state);
    expect(hash).to.match(/^#finder\.q=/);
    expect(parseUrlState(hash, 'finder.')).to.deep.equal(state);
  });

  it('keeps the parts of the hash that belong to others, in place', () => {
    const hash = writeUrlState('#aanbod&goals=a,b&finder.q=oud', 'finder.', state);
    expect(hash.startsWith('#aanbod&goals=a,b&finder.q=')).to.equal(true);
    expect(
      writeUrlState(hash, 'finder.', {
        query: { query: '', filters: {}, showEnded: false },
        sort: 'next',
        open: null,
      }),
    ).to.equal('#aanbod&goals=a,b');
  });

  it('leaves a finder with another prefix alone', () => {
    const hash = writeUrlState('#other.q=x', 'finder.', state);
    expect(parseUrlState(hash, 'other.').query.query).to.equal('x');
    expect(parseUrlState(hash, 'finder.').query.query).to.equal('taal café & meer');
  });

  it('ignores unknown filters, sort orders and broken escapes', () => {
    const parsed = parseUrlState(
      '#finder.colour=red&finder.sort=price&finder.q=%E0%A4%A&finder.day=tue',
      'finder.',
    );
    expect(parsed.sort).to.equal('next');
    expect(parsed.query.query).to.equal('');
    expect(parsed.query.filters).to.deep.equal({ day: ['tue'] });
  });
});
