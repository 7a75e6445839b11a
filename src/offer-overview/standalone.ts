/**
 * The script of the offline file `taalwijzer overview` writes: the overview element with
 * everything it may load (the translations of every language, the QR library) in one file,
 * and a start that hands it the feed inlined in the same HTML file. Nothing is fetched.
 *
 * The page holds `<script type="application/json" id="taal-overview-feed">` (the feed, as
 * published) and `<taal-offer-overview>` with its `locale` and `finder`, and optionally
 * `data-now` (an ISO date) to measure "ended" from the moment the file was made.
 */
import './define.js';
import type { TaalOfferOverview } from './define.js';

const data = document.getElementById('taal-overview-feed');
for (const element of Array.from(document.querySelectorAll<TaalOfferOverview>('taal-offer-overview'))) {
  const now = element.dataset.now ? new Date(element.dataset.now) : undefined;
  if (now && !Number.isNaN(now.getTime())) element.now = now;
  element.feedText = data?.textContent ?? '';
}
