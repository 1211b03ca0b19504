// The raw tags in JSX, typed from the package's generated custom-elements.json types.
import type { CustomElements } from '@careerkit/role-compare/jsx';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
