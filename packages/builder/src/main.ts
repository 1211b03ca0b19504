// The builder page's script: registers <ck-builder> (and, through it, the four widgets for the preview).
import { CkBuilder } from './builder.js';

if (!customElements.get('ck-builder')) customElements.define('ck-builder', CkBuilder);
