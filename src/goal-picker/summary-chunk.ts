/**
 * What the goal picker loads when a visitor first moves toward "Mijn doelen" (step 3) or a
 * share link opens it: the summary with its share link, QR code and print sheet, with their
 * styles. Nothing else may import these modules statically.
 */
import { shareQrStyles } from './share-qr.styles.js';

export { renderSummary } from './summary.js';

export const styles = [shareQrStyles];
