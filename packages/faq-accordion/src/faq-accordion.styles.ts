import { css } from 'lit';

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
  /* In a long list, the questions after the first group of 50 are laid out only near the screen: a first render, or
     a filter over 10,000 questions, does a fraction of the work. Each keeps its height once seen. */
  .g + .g > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 2em;
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
  /* A group of 50 questions the filter hides whole keeps its layout, out of sight and taking no room, for when it
     shows again (its questions are hidden too: an engine without content-visibility shows an empty group). */
  .g[hidden] {
    display: block;
    content-visibility: hidden;
  }
  .item {
    border-bottom: 1px solid var(--ck-border);
  }
  button {
    cursor: pointer;
  }
  /* Compact, close to an authored <details> summary, so the page moves little when the
     widget upgrades; bold, so questions stand out from answers; never under the 24px
     target size of WCAG 2.2. */
  .q {
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    min-height: 24px;
    padding: 0.25em 0;
    line-height: 1.3;
    border: 0;
    font-weight: 700;
    text-align: start;
    /* The turned marker's corners stay inside the question, so nothing overflows the widget; long words wrap. */
    overflow: clip;
    overflow-wrap: anywhere;
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
  /* The widgets' only movement. */
  @media (prefers-reduced-motion: reduce) {
    .q::after {
      transition-duration: 0s !important;
    }
  }
  .a p {
    margin: 0 0 0.75em;
  }
  [part='source'] {
    /* Small, never tiny: a host whose text is 10px (html { font-size: 62.5% }) still gets 12px. */
    font-size: max(0.875em, 12px);
  }
  @container (min-width: 40em) {
    .q {
      font-size: 1.125em;
    }
  }
  /* System colours keep every state visible: the edges of the toolbar buttons and
     the filter box, the open mark (a glyph), the focus ring and the count. */
  @media (forced-colors: active) {
    button,
    input {
      border-color: ButtonBorder;
    }
    input {
      color: FieldText;
    }
    .q {
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .find p {
      color: CanvasText;
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
