import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../packages/careerkit/custom-elements.json';

interface Member {
  name: string;
  attribute?: string;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
}
const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []) as Declaration[]);

// Controls and docs pages come from the merged custom-elements.json, which
// holds only the public API. A read-only member (`resolvedLocale`) is no control.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations as Declaration[] | undefined)?.map((decl) => ({
      ...decl,
      members: decl.members?.filter((member) => !member.readonly),
    })),
  })),
});

const preview: Preview = {
  // A docs page for every widget, from its manifest: description, attributes, properties, events, slots, parts, CSS properties.
  tags: ['autodocs'],
  parameters: { controls: { expanded: true } },
  argTypesEnhancers: [
    // A property that has an attribute (`headingLevel`, `heading-level`) is set through the
    // attribute's control, as the stories write it; its row stays in the docs table, without
    // a second control that would do nothing.
    ({ argTypes, component }) => {
      const fields = declarations.find((decl) => decl.tagName === component)?.members ?? [];
      const withAttribute = new Set(fields.filter((m) => m.attribute && m.attribute !== m.name).map((m) => m.name));
      return Object.fromEntries(
        Object.entries(argTypes).map(([name, type]) => [name, withAttribute.has(name) ? { ...type, control: false as const } : type]),
      );
    },
  ],
};
export default preview;
