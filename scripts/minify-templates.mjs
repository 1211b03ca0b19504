// A Rollup plugin that strips the indentation from Lit's css`` and html``
// templates before terser runs (terser leaves template text alone).
//
// CSS loses comments, whitespace around punctuation, after a property's colon,
// around a selector's combinators and around a slash, and the leading zero of
// decimals (`0.5em` is `.5em`; this assumes no string such as `content: '0.5'`
// or `' / '` holds one). HTML loses the whitespace between
// tags that spans lines. Text on one line is kept as written.
const css = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/([{;(][\w-]+): /g, '$1:')
    .replace(/([^\w.-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    // `[part='source']` is `[part=source]`: an identifier needs no quotes; `x !important` is `x!important`.
    .replace(/\[([\w-]+[~|^$*]?=)'([a-zA-Z_][\w-]*)'\]/g, '[$1$2]')
    .replace(/ !important/g, '!important')
    // A selector's combinators need no spaces (`.g + .g > .item` is `.g+.g>.item`): only text before a `{`, so a value's
    // `calc(100% - 16px)` keeps its spaces. Nor does a slash (`content: '+' / ''`; this assumes no string holds " / ").
    .replace(/ ([>+~]) (?=[^{}]*\{)/g, '$1')
    .replace(/ \/ /g, '/');
// Whitespace that spans lines next to a binding goes too, as between tags (a line break in the source there is
// the layout of the code, not a space in the text): `>\n  ${x}\n  <` is `>${x}<`, and a template's own leading
// and trailing line breaks mean nothing.
// In html`` (not svg``) a tag's ` />` is `>` (HTML ignores the slash); in both, an attribute's value that is one
// word needs no quotes (`role="cell"` is `role=cell`).
const html = (s, first, last, svg) => {
  s = s
    .replace(first ? /^\s*\n\s*/ : /^\s*\n\s*(?=<|$)/, '')
    .replace(last ? /\s*\n\s*$/ : /(?<=>)\s*\n\s*$/, '')
    .replace(/>\s*\n\s*</g, '><')
    // A tag's closing `>` on a line of its own (`</label\n  >`, as prettier writes a tag that ends a line).
    .replace(/\s*\n\s*>/g, '>')
    .replace(/\s*\n\s*/g, ' ');
  // Unquoted, a value ends at a space, so in svg`` (where ` />` closes a tag) the space stays.
  s = s.replace(/(\s[\w.:-]+)="([^\s"'=<>`/]+)"/g, '$1=$2');
  return svg ? s : s.replace(/\s*\/>/g, '>');
};

// Applies `visit(node, edits)` to every node of `code`, then the edits it made ([start, end, text]; none overlap).
const rewrite = (code, parse, visit) => {
  const edits = [];
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    visit(node, edits);
    for (const key in node) if (key !== 'type' && key !== 'start' && key !== 'end') walk(node[key]);
  };
  walk(parse(code));
  edits.sort((a, b) => b[0] - a[0]);
  for (const [start, end, text] of edits) code = code.slice(0, start) + text + code.slice(end);
  return code;
};

const templates = (node, edits) => {
  if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !/^(css|html|svg)$/.test(node.tag.name)) return;
  const { quasis } = node.quasi;
  const isCss = node.tag.name === 'css';
  quasis.forEach((q, i) => {
    let text = isCss ? css(q.value.raw) : html(q.value.raw, i === 0, i === quasis.length - 1, node.tag.name === 'svg');
    // A stylesheet's own leading and trailing whitespace means nothing.
    if (isCss && i === 0) text = text.trimStart();
    if (isCss && i === quasis.length - 1) text = text.trimEnd();
    edits.push([q.start, q.end, text]);
  });
};

// esbuild writes each static field as a `static { this.x = … }` block of its own; one block runs them in the same
// order (a class's methods are defined before any of them runs). Not when a block declares a name, nor next to a
// static field, whose place among the blocks counts.
const staticBlocks = (code) => (node, edits) => {
  if (node.type !== 'ClassBody') return;
  const [first, ...rest] = node.body.filter((m) => m.type === 'StaticBlock');
  if (!rest.length || node.body.some((m) => (m.type === 'PropertyDefinition' && m.static) || (m.type === 'StaticBlock' && m.body.some((st) => /Declaration$/.test(st.type)))))
    return;
  edits.push([first.end - 1, first.end - 1, rest.map((b) => ';' + code.slice(b.start, b.end).replace(/^static\s*\{|\}$/g, '')).join('')]);
  for (const b of rest) edits.push([b.start, b.end, '']);
};

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code) {
      const parse = (c) => this.parse(c);
      if (/(css|html|svg)`/.test(code)) code = rewrite(code, parse, templates);
      if (/static\s*\{/.test(code)) code = rewrite(code, parse, staticBlocks(code));
      return { code, map: null };
    },
  };
}
