/**
 * A feed is read on every visitor's phone: a hostile or broken value must not keep the page
 * busy. Each check of a feed value takes time in proportion to its length, never more.
 */
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

/** Fails every pattern at the very end, after many places to try again: `a@a.a.a. … a.@`. */
const LONG_ADDRESS = `a@${'a.'.repeat(20000)}@`;

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

describe('feed values that would make a check slow', function () {
  this.timeout(60000);

  for (const [where, feed] of [
    ['publisher.email', { publisher: { name: 'Taalhuis', email: LONG_ADDRESS } }],
    ['organisations[0].email', { organisations: [{ id: 'o', name: 'Bieb', email: LONG_ADDRESS }] }],
  ] as const) {
    it(`an e-mail address of 40,000 characters in ${where} is refused at once, not after seconds`, () => {
      const { result, ms } = timed(() =>
        parseFeed({ feedVersion: 1, programmes: [], ...{ publisher: { name: 'Taalhuis' } }, ...feed }),
      );
      expect(result.ok).to.equal(true);
      expect(result.issues.map((issue) => issue.path)).to.include(where);
      expect(ms, `parsing took ${Math.round(ms)} ms`).to.be.below(250);
    });
  }

  it('long texts, ids and links are read in a moment', () => {
    const long = 'x'.repeat(200_000);
    const { result, ms } = timed(() =>
      parseFeed({
        feedVersion: 1,
        publisher: { name: long, url: `https://bieb.example/${long}`, phone: '1'.repeat(100_000) },
        programmes: [
          {
            id: `p${'-a'.repeat(50_000)}`,
            title: { nl: long, [`nl${'-abcdefgh'.repeat(5000)}!`]: 'x' },
            kind: 'course',
            learning: 'formal',
            domains: ['numeracy'],
            format: 'online',
            cost: { free: true },
            instructionLanguages: [`nl${'-abcdefgh'.repeat(20_000)}!`],
            schedule: { weekly: { days: ['mon'], start: `${'0'.repeat(50_000)}:00`, end: '10:00' } },
          },
        ],
      }),
    );
    expect(result.ok).to.equal(true);
    expect(ms, `parsing took ${Math.round(ms)} ms`).to.be.below(250);
  });
});
