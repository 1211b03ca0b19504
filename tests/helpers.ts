import { emulateMedia } from '@web/test-runner-commands';

/** Collects console.error and console.warn calls until `restore()`. */
export function captureConsole() {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {
    errors,
    warnings,
    restore() {
      Object.assign(console, { error, warn });
    },
  };
}

/** Collapsed text of a node, as a reader would see it. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until `test` holds, polling each frame, or fails after `ms`. */
export async function until(test: () => unknown, ms = 3000, what = 'condition') {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Loads a page in an iframe and resolves when it has loaded. */
export async function loadPage(url: string, width = 800) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:600px;border:0`;
  frame.src = url;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * Emulates media where the launcher can (Chromium, through CDP); resolves false
 * where it cannot (Firefox over WebDriver BiDi, WebKit over WebDriver), so a test
 * can check the CSS rule instead.
 */
export const emulate = (media: Parameters<typeof emulateMedia>[0]) =>
  emulateMedia(media).then(
    () => true,
    () => false,
  );

/** The text of every rule inside the element's `@media` rules whose condition includes `condition`. */
export const mediaRules = (el: Element, condition: string) =>
  el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter((rule) => (rule as CSSMediaRule).conditionText?.includes(condition))
    .flatMap((rule) => [...(rule as CSSMediaRule).cssRules].map((inner) => inner.cssText))
    .join('\n');
