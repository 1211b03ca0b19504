import { statusStrings } from './element.js';
import { check, type Schema } from './validate.js';

/** One invalid or missing field of some content, as the widget reports it in the console. */
export interface Problem {
  /** The field's path: `bands[2].min`, `roles`. */
  field: string;
  /** What is wrong, in words: `must not be above max`. */
  problem: string;
}

/** What `validate()` needs of a widget class: its declared content and its own checks. */
interface Checkable {
  new (): HTMLElement;
  schema: { readonly [key: string]: Schema };
  defaultStrings?: object;
}

/**
 * Checks content for a widget the way the widget itself does (its schema, then
 * its own `checkContent`) and returns every problem instead of logging it: for
 * tools such as the builder, which show them next to the fields. Nothing is
 * logged and `raw` is not changed. The widget's own checks run only once its
 * class is registered (under any tag); before that, only the schema is checked.
 */
export function validate(Widget: Checkable, raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, problem: string) => {
    if (!problems.some((p) => p.field === field && p.problem === problem)) problems.push({ field, problem });
  };
  // As the widget derives it: every key of core's and its own English words is optional text.
  const strings = Object.fromEntries(Object.keys({ ...statusStrings, ...Widget.defaultStrings }).map((key) => [`${key}?`, 'text'])) as Schema;
  const copy: unknown = raw === undefined ? undefined : structuredClone(raw);
  const data = check<object>({ ...Widget.schema, 'strings?': strings }, copy, report);
  let element: HTMLElement | undefined;
  try {
    element = new Widget();
  } catch {
    // Not registered yet: the schema's problems are all there is to say.
  }
  // checkContent is protected: the widget's own rules, run on a detached instance, which renders nothing.
  try {
    if (data && element) (element as unknown as { checkContent(d: object, r: typeof report, raw: unknown): unknown }).checkContent(data, report, copy);
  } catch (error) {
    report('the content', `could not be read (${(error as Error).message})`);
  }
  return problems;
}
