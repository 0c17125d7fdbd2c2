import { it } from 'vitest';
import { claimsOf, peopleOf } from './synthetic-article';
it('x', () => {
	const body = process.env.BODY!;
	console.log(peopleOf(body));
	for (const c of claimsOf(body)) console.log(JSON.stringify({ text: c.text, source: c.source, clause: c.clause ? [c.text.slice(c.clause.subject.start, c.clause.subject.end), c.clause.verb.text] : null }));
});
