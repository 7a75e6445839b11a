/**
 * What the volunteer form loads when a visitor first moves toward "Controleer je
 * antwoorden" (or a saved draft reopens the check step): the check step, building and
 * sending the sign-up, and what shows after sending. Nothing else may import these
 * modules statically.
 */
export { renderCheck } from './check-step.js';
export { buildSubmission, mailtoHref } from './payload.js';
export { postSubmission } from './send.js';
export { renderHandedOver, renderMailOpened, renderSent } from './outcomes.js';
