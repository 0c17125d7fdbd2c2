import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// The schemas the browser parses on every page (storage, scheduling) use zod/mini: the same zod 4
// checks, tree-shakable, a fraction of full zod's size. Mini ships no messages; these are the
// English ones full zod uses, so errors read the same (a few hundred bytes, not every locale).
z.config(en());

export { z };
