import { css } from 'lit';

export const styles = css`
  /* With many roles, the bands after the 50th are laid out only near the screen: a slider step over 10,000 roles
     does a fraction of the work. Each keeps its height once seen. */
  li:nth-child(n + 51) {
    content-visibility: auto;
    contain-intrinsic-size: auto 4em;
  }
  p,
  ul,
  li,
  label {
    margin: 0 0 var(--ck-space);
  }
  ul {
    padding: 0;
    list-style: none;
  }
  /* The bars are inset by about half the slider's thumb, so the markers line up with it. */
  svg {
    display: block;
    width: calc(100% - 16px);
    height: 1em;
    margin: 0.5em 8px;
    overflow: visible;
    fill: var(--ck-surface);
  }
  /* The bars are drawn left to right; in right-to-left content they mirror, as the slider does. */
  [dir='rtl'] svg {
    scale: -1 1;
  }
  li {
    --c: var(--ck-salary-slider-role-1, #3b74e0);
  }
  li:nth-child(even) {
    --c: var(--ck-salary-slider-role-2, #c85a12);
  }
  .band {
    fill: var(--c);
  }
  /* The 10th–90th and 25th–75th percentiles darken the band, one layer each. */
  .inner {
    fill: #0005;
  }
  line {
    stroke: currentColor;
    stroke-width: 3;
  }
  .median {
    stroke: #fff;
    stroke-width: 2;
  }
  [type=range] {
    width: 100%;
    margin: 0;
    accent-color: var(--ck-accent);
  }
  .axis {
    display: flex;
    justify-content: space-between;
  }
  /* Full figures under the slider; compact ones ("£65k") where space is short. */
  .short {
    display: none;
  }
  @container (max-width: 25em) {
    .full {
      display: none;
    }
    .short {
      display: flex;
    }
  }
  label {
    display: inline-block;
    margin-inline-end: 1em;
  }
  input,
  select {
    font: inherit;
  }
  /* Our own box, in em, not the browser's px defaults: it scales with the host's text, alike in every engine. */
  [part='input'] {
    width: 8em;
    padding: 0.1em 0.3em;
    border: 1px solid var(--ck-border);
    border-radius: var(--ck-radius);
    color: inherit;
    background: none;
  }
  @media (forced-colors: active) {
    .band {
      fill: GrayText;
    }
    .inner {
      fill: CanvasText;
      fill-opacity: 0.3;
    }
    .median {
      stroke: Canvas;
    }
  }
  @media print {
    input,
    .axis,
    label {
      display: none;
    }
  }
`;
