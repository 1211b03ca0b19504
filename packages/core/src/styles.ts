import { css } from 'lit';

/**
 * Theme tokens and host-proof base styles shared by every widget.
 *
 * Tokens (set them on the element, or on any ancestor):
 *
 * | property | default | what it colours |
 * | --- | --- | --- |
 * | `--ck-font` | inherited | font family |
 * | `--ck-text` | inherited text colour | text |
 * | `--ck-bg` | transparent | the widget's background |
 * | `--ck-surface` | 6% of the text colour | headers, tinted rows |
 * | `--ck-border` | 28% of the text colour | rules and outlines |
 * | `--ck-accent` | `#1d5fd1` (dark: `#8ab4ff`) | highlights, focus, selected states |
 * | `--ck-accent-text` | `#fff` (dark: `#0b1a33`) | text on the accent colour |
 * | `--ck-radius` | `0.5em` | corner radius |
 * | `--ck-space` | `1em` | the base spacing unit |
 *
 * Sizes are in `em`, never `rem`, so a host's `html { font-size: 62.5% }`
 * changes nothing. Inherited properties a host may have set for its own
 * reasons (alignment, spacing, transforms) are reset inside the widget.
 */
export const baseStyles = css`
  :host {
    --ck-accent: #1d5fd1;
    --ck-accent-text: #fff;
    --ck-surface: color-mix(in srgb, currentColor 6%, transparent);
    --ck-border: color-mix(in srgb, currentColor 28%, transparent);
    --ck-radius: 0.5em;
    --ck-space: 1em;
    display: block !important;
    container-type: inline-size;
    min-width: 0;
    /* Unset tokens leave these inherited (colour, font) or transparent (background). */
    color: var(--ck-text);
    background: var(--ck-bg);
    font-family: var(--ck-font);
  }
  :host([hidden]) {
    display: none !important;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --ck-accent: #8ab4ff;
      --ck-accent-text: #0b1a33;
    }
  }
  :host([theme='light']) {
    --ck-text: #1b1d21;
    --ck-bg: #fff;
    color-scheme: light;
  }
  :host([theme='dark']) {
    --ck-text: #eceef2;
    --ck-bg: #17191d;
    --ck-accent: #8ab4ff;
    --ck-accent-text: #0b1a33;
    color-scheme: dark;
  }
  :host,
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  /* The reset is on the wrapper, not :host, since a host page's rules for the
     element itself (a universal selector, say) win over :host. */
  .ck {
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    line-height: 1.5;
  }
  :host([theme]) .ck {
    padding: var(--ck-space);
    border-radius: var(--ck-radius);
  }
  /* Kept in the accessibility tree, so it is announced when it fills. */
  .status:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    margin: 0;
  }
  .message {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--ck-border);
    border-radius: var(--ck-radius);
    background: var(--ck-surface);
  }
  :focus-visible {
    outline: 2px solid var(--ck-accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --ck-accent: Highlight;
      --ck-accent-text: HighlightText;
      --ck-border: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
