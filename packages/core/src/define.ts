/** A custom element class that Careerkit can register. */
export interface DefinableElement extends CustomElementConstructor {
  /** The package version that built the class, compared when a tag is already taken. */
  readonly version: string;
}

// Shared by every copy of Careerkit on the page, so a clash warns once in all.
const warned: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('careerkit.warned')] ??=
  new Set<string>()) as Set<string>;

/**
 * Registers `ctor` as `tag`, and never throws into the host page.
 *
 * - Already defined by the same class, or by another copy of the same version
 *   (the loader and the all-in-one file on one page): nothing happens.
 * - Already defined by another version: a single console warning, and the
 *   element that was there first stays.
 * - The class is already registered under another tag: a subclass is
 *   registered, since the platform allows one tag per constructor.
 *
 * @returns the constructor now registered for `tag`, if any.
 */
export function defineElement(
  tag: string,
  ctor: DefinableElement,
  registry: CustomElementRegistry = customElements,
): CustomElementConstructor | undefined {
  const existing = registry.get(tag) as Partial<DefinableElement> | undefined;
  if (existing) {
    // The same class has the same version, so only another version warns: once per pair of versions, for all the tags.
    const clash = `${existing.version} ${ctor.version}`;
    if (existing.version !== ctor.version && !warned.has(clash)) {
      warned.add(clash);
      console.warn(`careerkit: <${tag}> is already defined (version ${existing.version}); ${ctor.version} was not registered.`);
    }
    return existing as CustomElementConstructor;
  }
  try {
    registry.define(tag, ctor);
  } catch {
    try {
      // Most likely the class already backs another tag: register a subclass.
      registry.define(tag, class extends ctor {});
    } catch (error) {
      console.error(`careerkit: could not define <${tag}>:`, error);
    }
  }
  return registry.get(tag);
}
