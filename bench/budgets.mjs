// The size and speed budgets of Taalwijzer, in one place. Checked by the benchmark
// (`npm run bench`, `node bench/sizes.mjs`; both exit non-zero on a miss only with
// `--check`) and, for the sizes, which are the same on every machine, by
// test/node/budgets.test.mjs in CI.
//
// Sizes are gzip -9 bytes of the built files, each file compressed on its own (as a web
// server sends them). Timings are measured in headless Chromium without CPU throttling.

export const BUDGETS = {
  /** dist/taalwijzer.js with every file it imports statically (not `import()`). */
  bundleGzipBytes: 40 * 1024,
  /** Every file in dist/locales, each on its own. */
  localeChunkGzipBytes: 8 * 1024,
  /** The feed size the timing budgets are for. */
  timingProgrammes: 5000,
  /** From the feed's response having arrived to the first result cards on screen. */
  responseToFirstResultsMs: 300,
  /**
   * From the finder being attached to its first result cards, against only fetching and
   * `JSON.parse`-ing the same feed in a page of its own (issue 15), at `timingProgrammes`.
   */
  loadRatio: 1.6,
  /** One keystroke in the search field to the updated results laid out, 90th percentile. */
  keystrokeP90Ms: 16,
};

/** Regions (bench/region.mjs): 400 feeds, 16,000 programmes. */
export const REGION_BUDGETS = {
  /** `taalwijzer merge` on the 400 feeds as local files. */
  mergeMs: 60_000,
  /** region.json, gzip -9. */
  manifestGzipBytes: 40 * 1024,
  /** The shards a finder loads for a typical place (the median place), radius 15 km. */
  placeShardsGzipBytes: 150 * 1024,
  /** First result cards after the first shard request, against fetch + JSON.parse of the same shards. */
  firstResultsRatio: 2,
};
