// Salary bands pasted from a spreadsheet: rows copied from Excel, Numbers or Google Sheets arrive tab-separated;
// a CSV file's text is comma-separated, with "quoted" cells where a cell holds a comma (`"£65,000"`).
import type { SalaryBand } from '@careerkit/salary-slider';

/** The columns a band has, in the order the README lists them. */
export const columns = ['role', 'level', 'location', 'min', 'max', 'median', 'p10', 'p25', 'p75', 'p90'] as const;
const required = ['role', 'min', 'max'];
const figures = new Set<string>(columns.slice(3));

/** One rejected cell (or heading), by its row and column as the spreadsheet numbers them. */
export interface CellProblem {
  row: number;
  /** The column's letter (A, B…) and, past the header, its heading; none for the header row as a whole. */
  column?: string;
  problem: string;
}

export interface Pasted {
  bands: SalaryBand[];
  /** For each band, the spreadsheet row it came from. */
  rows: number[];
  /** Each band field's column, as the problems name it: `{ min: 'D (min)' }`. */
  at: Record<string, string>;
  problems: CellProblem[];
}

/** Splits text into rows of cells: tabs if the first line has one, else commas; double quotes group a cell. */
export function cells(text: string): string[][] {
  const sep = text.split('\n', 1)[0].includes('\t') ? '\t' : ',';
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const end = () => {
    rows.at(-1)!.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') cell += text[i++];
    else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"' && !cell.trim()) quoted = true;
    else if (c === sep) end();
    else if (c === '\n') {
      end();
      rows.push([]);
    } else if (c !== '\r') cell += c;
  }
  rows.at(-1)!.push(cell);
  return rows.map((row) => row.map((c) => c.trim())).filter((row) => row.some(Boolean));
}

/**
 * A figure as people write it: `65000`, `65,000`, `£65,000`, `$65k`, `65.5k`, `€ 1.2m`, `65000 GBP`. Undefined when
 * it is none. Commas are thousands separators; `65.000` and `65,00` are refused, not guessed (65 or 65,000?).
 */
export function figure(text: string): number | undefined {
  const m = /^[^\d.-]{0,4}\s*(-?[\d,]*\.?\d+)\s*([km]?)\s*(?:[a-z]{3}|[^\w\s]{1,2})?$/i.exec(text.replace(/\s+(?=\d)/, ''));
  if (!m || /,\d{0,2}(?!\d)|\.\d{3}$/.test(m[1])) return undefined;
  const n = Number(m[1].replace(/,/g, '')) * ({ k: 1e3, m: 1e6 }[m[2].toLowerCase()] ?? 1);
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : undefined;
}

export const letter = (i: number) => String.fromCharCode(65 + (i % 26)).repeat(Math.floor(i / 26) + 1);

/** Reads pasted rows: the first row names the columns (in any order and case). */
export function parseBands(text: string): Pasted {
  const [header = [], ...body] = cells(text);
  const problems: CellProblem[] = [];
  const keys = header.map((name, i) => {
    const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const known = columns.find((c) => c === key || (c === 'median' && key === 'p50'));
    if (!known) problems.push({ row: 1, column: letter(i), problem: `"${name}" is not a band column; use ${columns.join(', ')}` });
    return known;
  });
  const missing = required.filter((c) => !keys.includes(c as (typeof columns)[number]));
  if (missing.length) problems.push({ row: 1, problem: `the header row needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` });
  const bands: SalaryBand[] = [];
  const rows: number[] = [];
  const at = Object.fromEntries(keys.flatMap((key, i) => (key ? [[key, `${letter(i)} (${key})`]] : [])));
  if (missing.length) return { bands, rows, at, problems };
  body.forEach((row, r) => {
    const band: Record<string, string | number> = {};
    let ok = true;
    keys.forEach((key, i) => {
      const value = row[i] ?? '';
      if (!key) return;
      const where = { row: r + 2, column: at[key] };
      if (!value) {
        if (required.includes(key)) {
          ok = false;
          problems.push({ ...where, problem: 'is empty' });
        }
      } else if (figures.has(key)) {
        const n = figure(value);
        if (n === undefined) {
          problems.push({ ...where, problem: `"${value}" is not a figure (write 65000, £65,000 or 65k)` });
          if (required.includes(key)) ok = false;
        } else band[key] = n;
      } else band[key] = value;
    });
    if (!ok) return;
    bands.push(band as unknown as SalaryBand);
    rows.push(r + 2);
  });
  return { bands, rows, at, problems };
}
