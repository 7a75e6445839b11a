/**
 * How the goal picker steers a finder (docs/reference/elements.md, "Goal picker"): what
 * `<taal-goal-picker for="...">`, or a page's own script, sets on a
 * `<taal-programme-finder>` as its `goalSteering` property. The finder shows only the
 * programmes in `domains` (none: every domain) and ranks first the programmes that list
 * one of `goals`.
 */
import type { Domain } from '../feed/schema.js';

export interface GoalSteering {
  /** Learning-goal domains to filter on; empty: every domain. */
  domains: Domain[];
  /** Goal ids whose programmes are ranked first. */
  goals: string[];
}
