import { css } from 'lit';

export const styles = css`
  .summary {
    margin-block: 0 var(--_space);
    font-weight: 600;
  }
  .list {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .list li {
    margin-block: calc(var(--_space) / 2);
  }
  .skeleton {
    block-size: 4.5rem;
    margin-block-end: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
`;
