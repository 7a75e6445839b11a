import { css } from 'lit';

export const styles = css`
  .roles {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .skeleton {
    block-size: 3rem;
    margin-block-end: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
`;
