import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Every schema is written in zod/mini: the same zod 4 checks as full zod, tree-shakable, so a page
// pays only for the schemas it parses. Mini ships no messages; these are the English ones full zod
// uses (a few hundred bytes, not every locale). Import `z` from here, never from 'zod/mini'
// directly, so the messages are set wherever a schema runs.
z.config(en());

export { z };
