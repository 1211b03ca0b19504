import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --accent: #2556b8;
    --line: #c4c8d0;
    --muted: #4a4f59;
    --bad: #b3261e;
    color: #1b1d21;
    font: 16px/1.5 system-ui, sans-serif;
  }
  * {
    box-sizing: border-box;
  }
  header {
    padding: 0 0 0.5em;
  }
  h1 {
    font-size: 1.6em;
    margin: 0.3em 0;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.6em;
  }
  h3 {
    font-size: 1.05em;
    margin: 1.2em 0 0.5em;
  }
  header p {
    margin: 0;
    color: var(--muted);
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    margin: 0.5em 0 0;
  }
  a {
    color: var(--accent);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--accent);
  }
  .layout {
    display: grid;
    gap: 1.5em;
  }
  @media (min-width: 960px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr);
      align-items: start;
    }
    .out {
      position: sticky;
      top: 0.5em;
      max-height: calc(100vh - 1em);
      overflow: auto;
    }
  }
  section {
    border: 1px solid var(--line);
    border-radius: 8px;
    padding: 1em;
    margin-bottom: 1em;
    background: #fff;
    min-width: 0;
  }
  .field {
    margin: 0 0 0.8em;
  }
  .field > label,
  .colour > label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.2em;
  }
  .opt,
  .help {
    color: var(--muted);
    font-weight: normal;
    font-size: 0.9em;
  }
  .help {
    margin: 0 0 0.3em;
  }
  input[type='text'],
  input[type='url'],
  input[type='number'],
  select,
  textarea {
    width: 100%;
    font: inherit;
    padding: 0.4em 0.5em;
    border: 1px solid #6b7280;
    border-radius: 4px;
    background: #fff;
    color: inherit;
  }
  textarea {
    resize: vertical;
  }
  #code,
  #react,
  #paste {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.85em;
  }
  [aria-invalid='true'] {
    border-color: var(--bad);
    border-width: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    padding: 0.35em 0.8em;
    border: 1px solid #6b7280;
    border-radius: 4px;
    background: #f3f4f6;
    color: inherit;
    cursor: pointer;
    min-height: 2.2em;
  }
  button:hover:not([disabled]) {
    background: #e5e7eb;
  }
  button[disabled] {
    color: #6b6f78;
    cursor: default;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: #fff;
  }
  button.add {
    margin: 0.2em 0 0.8em;
  }
  fieldset {
    border: 1px solid var(--line);
    border-radius: 6px;
    margin: 0 0 0.8em;
    padding: 0.6em 0.8em;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  fieldset.item {
    background: #f8f9fb;
  }
  /* A band's or a source's fields share rows where they fit: short ones side by side, figures narrower. */
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.8em;
  }
  .fields > * {
    flex: 1 1 100%;
  }
  .fields > .field.short {
    flex: 1 1 11em;
  }
  .fields > .field.num {
    flex: 1 1 7em;
  }
  .item.scalar {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: end;
  }
  .item.scalar > .field {
    flex: 1 1 12em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0 0 0.6em;
  }
  .item.scalar > .tools {
    margin-bottom: 0.8em;
  }
  .error {
    color: var(--bad);
    margin: 0.3em 0;
    padding-left: 1.2em;
  }
  p.error {
    padding: 0;
  }
  .summary {
    border-left: 4px solid var(--bad);
    padding: 0.2em 0.8em;
    margin-bottom: 1em;
    background: #fdf2f1;
  }
  .summary p {
    margin: 0.3em 0;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin: 0 0 0.6em;
  }
  .check input {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  code {
    font-size: 0.9em;
  }
  .colour .row {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  input[type='color'] {
    width: 3em;
    height: 2.4em;
    padding: 0.1em;
    flex: none;
    border: 1px solid #6b7280;
    border-radius: 4px;
    background: #fff;
  }
  table.ratios {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5em 0;
    font-size: 0.95em;
  }
  .ratios caption {
    text-align: start;
    font-weight: 600;
  }
  .ratios th,
  .ratios td {
    border-bottom: 1px solid var(--line);
    padding: 0.3em 0.4em;
    text-align: start;
    font-weight: normal;
  }
  .ratios thead th {
    font-weight: 600;
  }
  .ratios tr.low {
    color: var(--bad);
  }
  .warning p {
    border-left: 4px solid var(--bad);
    background: #fdf2f1;
    padding: 0.4em 0.8em;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .toggles fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
  }
  .stage {
    border: 1px dashed var(--line);
    border-radius: 6px;
    padding: 0.8em;
    overflow-x: auto;
    background: #fff;
    color: #1b1d21;
  }
  .stage.dark {
    background: #17191d;
    color: #eceef2;
    color-scheme: dark;
  }
  .frame {
    margin: 0 auto;
  }
  .frame.w280 {
    width: 280px;
  }
  .frame.w480 {
    width: 480px;
  }
  .copied {
    margin: 0 0 0.4em;
  }
  .stage {
    max-height: 70vh;
    overflow: auto;
  }
  details {
    margin: 0.5em 0 0.8em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    margin-bottom: 0.5em;
  }
`;
