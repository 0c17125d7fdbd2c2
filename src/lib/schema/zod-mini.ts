import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Every schema is written in zod/mini: the same zod 4 checks as full zod, tree-shakable, so a page
// pays only for the schemas it parses. Mini ships no messages; these are the English ones full zod
// uses (a few hundred bytes, not every locale). Import `z` from here, never from 'zod/mini'
// directly, so the messages are set wherever a schema runs.
z.config(en());

// Rollup cannot tell that `.check()` and `z.int()` only build a new schema, so it would keep every
// schema of an imported module in a page's bundle, used or not. The schema modules mark such
// expressions `/* @__PURE__ */` so that a schema no page parses drops out.

export { z };
