import { css } from 'lit';

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
    /* minmax(0, …): the email field's intrinsic width never makes the form wider than a narrow sidebar. */
    grid-template-columns: minmax(0, 1fr);
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
    min-width: 0;
  }
  button {
    justify-self: start;
    background: var(--ck-accent);
    color: var(--ck-accent-text);
  }
  .ck-error {
    font-weight: 700;
  }
  .ck-error:empty {
    display: none;
  }
  /* Busy: dimmed, with a progress cursor, besides its "Subscribing…" label. */
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  /* After a signup an authored form is hidden, whatever the page's CSS says; the author's other content stays. */
  .done::slotted(form) {
    display: none !important;
  }
  [part='reset'] {
    margin-top: 0.5em;
  }
  .hp {
    position: absolute;
    clip-path: inset(50%);
  }
  /* A narrow sidebar: the button as wide as the field, easy to hit. */
  @container (max-width: 320px) {
    form button {
      justify-self: stretch;
    }
  }
  @media (forced-colors: active) {
    #e {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    [aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .ck-error {
      color: CanvasText;
    }
  }
  /* A signup form is useless on paper: the whole widget is left out (the page can bring ::part(base) back). */
  @media print {
    .ck {
      display: none;
    }
  }
`;
