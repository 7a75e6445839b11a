/**
 * A finder over a region shows programmes within a radius of the chosen place
 * (docs/reference/region.md): the default of the `radius` attribute, and the
 * distances a visitor can choose from.
 */
export const DEFAULT_RADIUS_KM = 15;
export const RADII_KM = [5, 10, 15, 25, 50, 100] as const;
