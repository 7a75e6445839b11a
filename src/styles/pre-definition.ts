/**
 * Space for each widget before its code has arrived, so the page does not jump when it
 * renders. `dist/taalwijzer.js` adopts these rules into the document as a constructed style
 * sheet (`document.adoptedStyleSheets`, allowed by a strict Content-Security-Policy, unlike an
 * inline `<style>`); the build also writes them to `dist/taalwijzer.css`, for a page that links
 * them in its `<head>` so the space is there from the first paint, before any script runs.
 *
 * The finder and the volunteer form are always taller than a screen once drawn: they keep at
 * least one screen height, so whatever follows them starts below the fold and never moves in
 * view. The goal picker's first step has a known shape (language menu, steps, heading, eight
 * tiles in two or four columns, the summary button): it keeps that height. Sizes are in em
 * from the same base as the widgets (the text size around them, at least 14px). The skeleton
 * is drawn in the page's own text colour, faint, so it suits light and dark pages alike.
 *
 * Plain CSS text without Lit: the loader must stay small.
 */
const FINDER = `taal-programme-finder:not(:defined), [data-taal-widget='programme-finder' i]:not([data-taal-upgraded]), [data-taal-widget='taal-programme-finder' i]:not([data-taal-upgraded])`;
const PICKER = `taal-goal-picker:not(:defined), [data-taal-widget='goal-picker' i]:not([data-taal-upgraded]), [data-taal-widget='taal-goal-picker' i]:not([data-taal-upgraded])`;
const FORM = `taal-volunteer-form:not(:defined), [data-taal-widget='volunteer-form' i]:not([data-taal-upgraded]), [data-taal-widget='taal-volunteer-form' i]:not([data-taal-upgraded])`;

export const preDefinitionCss = `
${FINDER}, ${PICKER}, ${FORM} {
  display: block;
  box-sizing: border-box;
  font-size: max(1em, 14px);
  --taal-skeleton: color-mix(in srgb, currentColor 9%, transparent);
  background-image: linear-gradient(var(--taal-skeleton), var(--taal-skeleton)),
    linear-gradient(var(--taal-skeleton), var(--taal-skeleton)),
    linear-gradient(var(--taal-skeleton), var(--taal-skeleton));
  background-repeat: no-repeat;
  background-size: min(100%, 11em) 2.75em, 100% 3em, 100% 8.5em;
  background-position: 0 0, 0 4em, 0 8em;
}
${FINDER}, ${FORM} {
  min-block-size: 100vh;
}
${PICKER} {
  min-block-size: 48em;
}
@media (min-width: 40em) {
  ${PICKER} {
    min-block-size: 34em;
  }
}
`;
