/** How long a `src` request may take before it counts as failed. */
const SRC_TIMEOUT = 15000;

/**
 * Fetches a widget's `src` as JSON (a relative URL is resolved against the
 * document's base URL, as fetch() does). It fails after 15 seconds, or when
 * `abort` aborts it first (the widget was removed, or given another `src`).
 * Resolves to `[content]`, or to `[, what went wrong]`, in English, for logs.
 */
export async function request(src: string, abort: AbortController): Promise<[unknown, string?]> {
  const timer = setTimeout(() => abort.abort(), SRC_TIMEOUT);
  try {
    const response = await fetch(src, { signal: abort.signal });
    if (!response.ok) throw Error(`the server answered ${response.status}`);
    return [await response.json()];
  } catch (error) {
    return [undefined, abort.signal.aborted ? `no answer in ${SRC_TIMEOUT / 1000} seconds` : (error as Error).message];
  } finally {
    clearTimeout(timer);
  }
}
