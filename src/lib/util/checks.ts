// Two rules for characters that are not text, on purpose: a stored plain-text field (a name, a
// title) also refuses \r and the bidi controls that make text display as something else; a pasted
// article keeps \r (it is normalised away) and is told about U+FFFD and broken surrogate pairs,
// the marks of a bad copy.

// C0 controls except \t and \n, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** True when `text` holds a character that plain-text fields must not carry. */
export const hasControlCharacter = (text: string): boolean => forbidden.test(text);

function isPastedControl(code: number): boolean {
	return (
		(code < 32 && code !== 9 && code !== 10 && code !== 13) ||
		(code >= 0x7f && code <= 0x9f) ||
		code === 0xfffd
	);
}

/** How many control characters or lone surrogates pasted `text` holds, and where the first is. */
export function pastedControls(text: string): { count: number; first: number } {
	let count = 0;
	let first = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let bad = isPastedControl(code);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) i++;
			else bad = true;
		} else if (code >= 0xdc00 && code <= 0xdfff) bad = true;
		if (bad) {
			count++;
			if (first < 0) first = i;
		}
	}
	return { count, first };
}
