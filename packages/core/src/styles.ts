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
 * | `--ck-accent` | `#2f6fdf` (dark theme: `#8ab4ff`) | highlights, focus, selected states |
 * | `--ck-accent-text` | `#fff` (dark theme: `#0b1a33`) | text on the accent colour |
 * | `--ck-radius` | `0.5em` | corner radius |
 * | `--ck-space` | `1em` | the base spacing unit |
 *
 * Sizes are in `em`, never `rem`, so a host's `html { font-size: 62.5% }`
 * changes nothing. Inherited properties a host may have set for its own
 * reasons (alignment, spacing, transforms) are reset inside the widget.
 */
export const baseStyles = css`
  :host {
    /* A mid-tone that keeps 3:1 on white and on near-black pages, and 4.5:1 under white text. */
    --ck-accent: #2f6fdf;
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
  /* With a theme the widget paints its own background and text: light, dark, or
     (auto) following prefers-color-scheme, through the color-scheme each sets. */
  :host([theme]) {
    --ck-text: light-dark(#1b1d21, #eceef2);
    --ck-bg: light-dark(#fff, #17191d);
    --ck-accent: light-dark(#2f6fdf, #8ab4ff);
    --ck-accent-text: light-dark(#fff, #0b1a33);
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
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
  /* Empty, it takes no room but stays in the accessibility tree, so it is announced when it fills. */
  .status:empty {
    position: absolute;
    padding: 0;
    border: 0;
  }
  .message {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--ck-border);
    border-radius: var(--ck-radius);
    background: var(--ck-surface);
  }
  /* Links (the source's, the consent line's, an authored answer's) in the widget's text colour, underlined. */
  a {
    color: inherit;
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
`;
