import { css } from '@careerkit/core';

export const styles = css`
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  p {
    margin: 0 0 0.5em;
  }
  form {
    display: grid;
    gap: 0.5em;
  }
  #e,
  button {
    font: inherit;
    padding: 0.6em 0.9em;
    border: 1px solid var(--ck-border);
    border-radius: var(--ck-radius);
  }
  #e {
    color: inherit;
    background: none;
  }
  button {
    justify-self: start;
    background: var(--ck-accent);
    color: var(--ck-accent-text);
  }
  .err {
    font-weight: 700;
  }
  .err:empty {
    display: none;
  }
  .hp {
    position: absolute;
    clip-path: inset(50%);
  }
  a {
    color: inherit;
  }
`;
