/**
 * What the finder loads when a visitor first opens a programme (or moves toward a card):
 * the detail view, the take-along card and the calendar export, with their styles. Nothing
 * else may import these modules statically, or they would be downloaded with the finder.
 */
import { detailViewStyles } from './detail-view.styles.js';
import { takeAlongStyles } from './take-along.styles.js';

export { renderDetail } from './detail-view.js';
export { renderTakeAlong } from './take-along.js';
export { downloadCalendar } from './calendar-export.js';

export const styles = [detailViewStyles, takeAlongStyles];
