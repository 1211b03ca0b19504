import { css } from '@careerkit/core';

export const styles = css`
  ::slotted(details) {
    display: none;
  }
  .bar {
    display: flex;
    gap: 0.5em;
    margin: 0 0 0.5em;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .find {
    margin: 0 0 0.5em;
  }
  input,
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid;
    border-radius: var(--ck-radius);
    padding: 0.4em 0.75em;
  }
  .find p {
    margin: 0.25em 0 0;
  }
  .item {
    border-bottom: 1px solid var(--ck-border);
  }
  button {
    cursor: pointer;
  }
  .q {
    display: flex;
    align-items: center;
    gap: 1em;
    width: 100%;
    padding: 0.6em 0;
    border: 0;
    font-weight: 700;
    text-align: start;
  }
  /* A plus that turns into a cross when the answer opens; no text for screen readers. */
  .q::after {
    content: '+' / '';
    margin-inline-start: auto;
    transition: rotate 0.2s;
  }
  [aria-expanded='true']::after {
    rotate: 45deg;
  }
  .a p {
    margin: 0 0 0.75em;
  }
  a {
    color: inherit;
  }
  [part='source'] {
    font-size: 0.875em;
  }
  @container (min-width: 40em) {
    .q {
      font-size: 1.125em;
    }
  }
  @media print {
    .bar,
    .find,
    .q::after {
      display: none;
    }
    /* Every question and answer, open or not, filtered or not (unless print-as-shown). */
    .all [hidden] {
      display: block;
      content-visibility: visible;
    }
  }
`;
