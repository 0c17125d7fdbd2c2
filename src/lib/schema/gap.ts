/** The gap marker in a cloze prompt; zod-free so pages can import it cheaply. */
export const gap = '_____';
