/**
 * What a finder over a region (or over several feeds) loads once it knows it is one:
 * the place question, the bar over the results and the place look-ups, with their
 * styles. Nothing else may import these modules statically, or every finder would
 * download them.
 */
import { placeChooserStyles } from './place-chooser.styles.js';

export { renderPlaceChooser, renderRegionBar } from './place-chooser.js';
export { findPlace, nearestPlace, suggestPlaces } from '../feed/region.js';

export const styles = [placeChooserStyles];
