import { css } from 'lit';

export const styles = css`
  :host {
    --ck-role-compare-highlight: color-mix(in srgb, var(--ck-accent) 14%, transparent);
  }
  .heading {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  p,
  table,
  [part='picker'],
  section {
    margin: 0 0 var(--ck-space);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    /* Quirks-mode pages do not pass their font size into tables. */
    font-size: 1em;
  }
  caption,
  .legend {
    font-size: 1.125em;
    font-weight: 700;
    padding: 0 0 0.5em;
  }
  caption,
  th {
    text-align: start;
  }
  caption p {
    margin: 0.25em 0 0;
    font-size: max(0.889em, 12px);
    font-weight: 400;
  }
  th,
  td {
    vertical-align: top;
    padding: 0.6em 0.75em;
    border-bottom: 1px solid var(--ck-border);
  }
  thead th {
    background: var(--ck-surface);
  }
  [part~='highlight'] {
    background: var(--ck-role-compare-highlight);
    border-inline-start: 3px solid var(--ck-accent);
  }
  .badge {
    font-size: max(0.75em, 12px);
    padding: 0.1em 0.5em;
    border-radius: 1em;
    background: var(--ck-accent);
    color: var(--ck-accent-text);
    white-space: nowrap;
  }
  [part='picker'] {
    border: 1px solid var(--ck-border);
    border-radius: var(--ck-radius);
    padding: 0.75em 1em;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 2.75em;
  }
  input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--ck-accent);
  }
  .result:not(:empty) {
    padding: 0.75em 1em;
    margin: 0 0 var(--ck-space);
    border-inline-start: 4px solid var(--ck-accent);
    background: var(--ck-role-compare-highlight);
  }
  .result p {
    margin: 0;
  }
  [part='source'] {
    /* Small, never tiny: a host whose text is 10px (html { font-size: 62.5% }) still gets 12px. */
    font-size: max(0.875em, 12px);
    font-style: italic;
  }

  /* Narrow containers: each row stacks as its label with every role's value under it. */
  @container (max-width: 480px) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      clip-path: inset(50%);
    }
    /* The empty corner cells take no room but stay in the table, so each header still names its own column. */
    .corner {
      padding: 0;
      border: 0;
    }
    tr {
      border-bottom: 1px solid var(--ck-border);
      padding: 0.5em 0;
    }
    th,
    td {
      border: 0;
      padding: 0.25em 0.5em;
    }
    /* Each value under its role's name, which screen readers skip (the alternative text ''): they have the column
       header. A cell without a data-role, spanning every role, gets an empty box. */
    td::before {
      content: attr(data-role) / '';
      display: block;
      font-size: max(0.8125em, 12px);
      font-weight: 700;
    }
  }

  @media (forced-colors: active) {
    [part~='highlight'],
    .result:not(:empty) {
      border: 2px solid Highlight;
    }
  }

  @media print {
    [part='picker'] {
      display: none;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
