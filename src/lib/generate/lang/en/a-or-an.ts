/** "an" before a word said with a vowel first: "an 8 million", "an hour", "a union". */
export const saysAn = (word: string) =>
	/^(?:[aeio]|u(?!n[iy]|s[aeu]|r[aeo]|t)|8|11\b|18\b|hour|honou?r|honest|heir)/i.test(word);
