import { css } from 'lit';

/**
 * The detail view of one programme (`detail-view.ts`). Logical properties only.
 */
export const detailViewStyles = css`
  /* Detail ------------------------------------------------------------------- */
  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .detail-head {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .detail-head h2 {
    font-size: 1.625em;
    overflow-wrap: anywhere;
  }
  .detail-head h2:focus-visible {
    outline-offset: 4px;
  }
  .lead {
    font-size: 1.125em;
  }
  .description {
    white-space: pre-line;
    max-inline-size: 65ch;
  }
  .detail-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: var(--_gap);
  }
  .detail-section {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-radius: var(--_card-radius);
    background: var(--_surface-alt);
    min-inline-size: 0;
  }
  .detail-section h3 {
    font-size: 1.125em;
  }
  .weekly,
  .fact-line,
  .location-name {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .weekly {
    font-weight: 600;
  }
  .weekly .icon,
  .location-name .icon,
  .fact-line .icon {
    margin-block-start: 0.15em;
    color: var(--_accent);
  }
  .sessions {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .session {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .session .icon {
    margin-block-start: 0.15em;
    color: var(--_muted);
  }
  .session.cancelled {
    color: var(--_danger-text);
  }
  .session.cancelled .icon {
    color: var(--_danger-text);
  }
  .session.cancelled s {
    margin-inline-end: var(--_space);
  }
  .session-place {
    color: var(--_muted);
  }
  .location {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .location + .location {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_line);
  }
  .address {
    padding-inline-start: calc(1.25em + var(--_space));
  }
  /* Dutch addresses read left to right, also in an Arabic page; the box sits at the start. */
  address {
    display: inline-block;
    font-style: normal;
  }
  .icon-link {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .contact {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
  }
  .contact .button {
    text-decoration: none;
    white-space: normal;
  }
  .facts-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
  }
  .fact dt {
    font-weight: 700;
  }
  .fact dd {
    margin: 0;
  }
  .def-item {
    display: block;
  }
  .note {
    display: block;
    color: var(--_muted);
  }
  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) var(--_gap);
  }
  .detail-actions .button,
  .detail-section .button {
    align-self: flex-start;
  }
  .share-message {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .checked {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Wide containers: meetings and who at the start, sign-up and where at the end */
  @container (min-inline-size: 52em) {
    .detail-head h2 {
      font-size: 2em;
    }
    /* Meetings and who it is for at the start; how to sign up and where at the end. */
    .detail-grid {
      grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr);
      grid-template-areas:
        'when signup'
        'when where'
        'who where';
      align-items: start;
    }
    .section-when {
      grid-area: when;
    }
    .section-signup {
      grid-area: signup;
    }
    .section-where {
      grid-area: where;
    }
    .section-who {
      grid-area: who;
    }
  }

  @media (forced-colors: active) {
    .detail-section {
      border: 1px solid CanvasText;
    }
  }
`;
