/**
 * The parts of a day, as the volunteer submission's availability and the finder's
 * "when" filter name them (docs/reference/submission.md).
 */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
