import { gap, type Question } from '../schema/bank';
import type { Mention, Person } from './entities';
import { formatDay } from './dates';
import { roleStatement, type FactDraft } from './facts';
import {
	distractorsFor,
	numericVariants,
	personDistractors,
	type Group,
	type Pool
} from './distractors';
import { hash32, hashHex, joinNames, normalize, shuffled, capitalize } from './text';

// "the Indo-Pacific region": the name is used as an adjective, so "the Arctic region" would not parse.
const attributive =
	/^\s+(?!(?:in|on|at|and|or|for|to|with|from|by|of|as|after|before|during|which|that|who|was|were|is|are|has|have|had|will|would)\b)\p{Ll}/u;

export type Form = 'mcq' | 'cloze' | 'tf' | 'short' | 'match' | 'order';

/** Ids depend only on the fact's wording and the form, so editing other paragraphs keeps them. */
export function questionId(fact: Pick<FactDraft, 'statement' | 'answer'>, form: Form): string {
	return `q-${hashHex(`${normalize(fact.statement)}|${normalize(fact.answer)}`)}-${form}`;
}

function explanation(f: FactDraft, published: string): string {
	const parts = [`The article says: “${f.sentence.text.replace(/^[“"]|[”"]$/g, '')}”`];
	if (/^[“"]/.test(f.sentence.text)) parts[0] = `The article says: ${f.sentence.text}`;
	parts.push(...f.analysed.resolutions);
	const anchored = f.mention?.anchored;
	if (anchored && f.mention && anchored.label !== f.mention.text)
		parts.push(
			`“${f.mention.text}” is ${anchored.label}; the article was published on ${formatDay(published)}.`
		);
	if (f.attribution && f.kind !== 'quote' && f.kind !== 'who')
		parts.push(`This is what ${f.attribution} said, as reported by the article.`);
	return parts.join(' ');
}

function personAccept(people: Person[]): string[] {
	if (people.length === 1) {
		const p = people[0]!;
		// "Prime Minister Fumio Kishida", but not "chief economist at Fjordline Bank Maria Castell".
		const titled = p.role && /^\p{Lu}/u.test(p.role) && !/\s(?:at|of|for)\s/.test(p.role);
		const forms = [p.surname];
		if (titled && p.role) {
			// "U.S. President Joe Biden" is also "President Biden".
			const bare = p.role.replace(/^(?:\p{Lu}\.)+\s+/u, '');
			for (const role of new Set([p.role, bare]))
				forms.push(`${role} ${p.name}`, `${role} ${p.surname}`);
		}
		// "Dr. Lionel Prasad" is also "Dr Prasad", "Dr. Prasad" and "Dr Lionel Prasad".
		if (p.honorific)
			for (const h of [p.honorific, ...(/\s/.test(p.honorific) ? [] : [`${p.honorific}.`])])
				forms.push(`${h} ${p.name}`, `${h} ${p.surname}`);
		// "Rachel Imrie KC" as the article writes her.
		if (p.postNominal) forms.push(`${p.name} ${p.postNominal}`);
		return [...new Set(forms)].filter((x) => x !== p.name);
	}
	const surnames = people.map((p) => p.surname);
	const out = [
		joinNames(surnames),
		joinNames([...surnames].reverse()),
		joinNames(people.map((p) => p.name).reverse())
	];
	return [...new Set(out)];
}

function mentionAccept(m: Mention): string[] {
	const out: string[] = [];
	if (/^the /i.test(m.text)) out.push(m.text.replace(/^the /i, ''));
	if (m.display !== m.text) out.push(m.display);
	if (m.anchored) out.push(m.anchored.label);
	out.push(...dayOrders(m));
	if (m.amount) {
		const bare = m.text.slice(m.amount.prefix.length);
		if (bare !== m.text) out.push(bare);
		// "82,000 fans" is also "82,000": the counted noun is in the sentence around the gap.
		const number = /^\d(?:[\d,.]*\d)?/.exec(bare)?.[0];
		if (
			m.kind === 'quantity' &&
			number &&
			/^\s+\p{Ll}+$/u.test(m.amount.suffix) &&
			!/^\s+(?:percent|per cent|million|billion|trillion|yen|dollars|euros|pounds)$/.test(
				m.amount.suffix
			)
		)
			out.push(number, `${m.amount.prefix}${number}`.trim());
		if (m.amount.words)
			out.push(
				`${m.amount.prefix}${m.amount.value}${m.amount.suffix}`,
				`${m.amount.value}${m.amount.suffix}`
			);
	}
	return [...new Set(out)].filter((x) => normalize(x) !== normalize(m.text));
}

/** "March 21" is also "21 March", "21 March 2024" and "March 21, 2024"; "21 March" the other way. */
function dayOrders(m: Mention): string[] {
	const iso = m.anchored?.iso;
	if (!iso || !/^\d{4}-\d\d-\d\d$/.test(iso)) return [];
	const d = /^(?:(\d{1,2})\s+(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)\s+(\d{1,2}))(?:,?\s+(\d{4}))?$/u.exec(
		m.text.replace(/^(?:on|by|until|since)\s+/i, '')
	);
	if (!d) return [];
	const day = String(Number(d[1] ?? d[4]));
	const month = (d[2] ?? d[3])!;
	const year = iso.slice(0, 4);
	return [
		`${day} ${month}`,
		`${month} ${day}`,
		`${day} ${month} ${year}`,
		`${month} ${day}, ${year}`,
		`${month} ${day} ${year}`
	];
}

function gapped(f: FactDraft): string | undefined {
	if (!f.span) return undefined;
	const s = f.statement;
	const text = s.slice(0, f.span.start) + gap + s.slice(f.span.end);
	return text.replace(/^[“"]/, '“');
}

/** Replaces the answer in the statement with a wrong one: a false statement, never made with "not". */
function swapped(f: FactDraft, wrong: string): string | undefined {
	if (!f.span) return undefined;
	let w = wrong;
	if (f.span.start === 0 || /^According to [^,]+, $/.test(f.statement.slice(0, f.span.start)))
		w = capitalize(w);
	return f.statement.slice(0, f.span.start) + w + f.statement.slice(f.span.end);
}

export interface BuildContext {
	pool: Pool;
	published: string;
	/** Normalised text of every sentence, as written and as resolved: a "false" statement must be none of them. */
	statements: ReadonlySet<string>;
	/** People named together as the subject of a sentence, with that sentence's words. */
	groups: readonly Group[];
}

function options(answer: string, wrong: string[], seed: number): string[] {
	return shuffled([answer, ...wrong], seed);
}

/** Every question form that fits one fact. Filters run later, in quality.ts. */
export function questionsFor(f: FactDraft, ctx: BuildContext): Question[] {
	const out: Question[] = [];
	const seed = hash32(f.id);
	const common = {
		factId: f.id,
		source: { start: f.sentence.start, end: f.sentence.end },
		explanation: explanation(f, ctx.published)
	};
	const push = (form: Form, q: Record<string, unknown>) => {
		// Several facts of one sentence can yield the same true statement: its id follows the wording.
		const id = form === 'tf' ? `q-${hashHex(normalize(String(q.prompt)))}-tf` : questionId(f, form);
		out.push({ id, ...common, ...q } as Question);
	};

	if (f.statementOnly) {
		push('tf', { type: 'true_false', prompt: f.statement, answer: 'True' });
		return out;
	}
	let wrong: string[] = [];
	const answer = f.answer;
	let accept: string[] = [];
	if (f.people) {
		const said = f.people.length === 1 ? (f.question ?? '') : '';
		const pronoun = /\b(?:he|him|his)\b/i.test(said)
			? 'he'
			: /\b(?:she|her|hers)\b/i.test(said)
				? 'she'
				: undefined;
		wrong = personDistractors(f.people, f.sentence.text, ctx.pool.people, 3, ctx.groups, pronoun);
		accept = personAccept(f.people);
	} else if (f.mention) {
		wrong = distractorsFor(f.mention, f.sentence.text, ctx.pool, 3);
		accept = mentionAccept(f.mention);
		const after = f.statement.slice(f.mention.end);
		// "_____’s efforts" takes "China", not "the United States"; "the _____ region" takes no swap at all.
		if (/^[’']s\b/.test(after)) wrong = wrong.filter((w) => !/^the /i.test(w));
		if (/^the /i.test(f.mention.text) && attributive.test(after)) wrong = [];
		if (staysTrue(f.mention, f.statement.slice(0, f.span?.start ?? f.mention.start), f.statement))
			wrong = [];
	}
	if (f.kind === 'role') {
		const roles = ctx.pool.people
			.filter((p) => p.role && p.key !== f.people?.[0]?.key)
			.map((p) => p.role!);
		wrong = parallelRoles(f.answer, roles).slice(0, 3);
		accept = [];
	}
	const tfFalse = (seed & 1) === 1 && wrong.length > 0;

	if (f.kind === 'quote') {
		const q = f.statement.replace(/^[^:]+: /, '');
		const prompt = `Who said: ${q}`.replace(/”$/, '”?').replace(/[.!]”\?$/, '.”');
		if (wrong.length >= 2)
			push('mcq', {
				type: 'mcq',
				prompt: `Who said this? ${q}`,
				answer,
				options: options(answer, wrong, seed)
			});
		push('short', { type: 'short_answer', prompt: `Who said this? ${q}`, answer, accept });
		void prompt;
		const speaker = tfFalse ? wrong[0]! : answer;
		push('tf', {
			type: 'true_false',
			prompt: `${speaker} said: ${q}`,
			answer: tfFalse ? 'False' : 'True'
		});
		return out;
	}
	if (f.kind === 'role') {
		const p = f.people![0]!;
		if (wrong.length >= 2)
			push('mcq', {
				type: 'mcq',
				prompt: `What is ${p.name}’s position, according to the article?`,
				answer,
				options: options(answer, wrong, seed)
			});
		const role = tfFalse ? wrong[0]! : answer;
		push('tf', {
			type: 'true_false',
			prompt: roleStatement(p.name, role),
			answer: tfFalse ? 'False' : 'True'
		});
		return out;
	}

	const cloze = gapped(f);
	if (f.kind === 'who') {
		if (f.question && wrong.length >= 2)
			push('mcq', {
				type: 'mcq',
				prompt: f.question,
				answer,
				options: options(answer, wrong, seed)
			});
		if (f.question && f.people?.length === 1)
			push('short', { type: 'short_answer', prompt: f.question, answer, accept });
		if (f.span) {
			const swap = f.people!.length > 1 ? swapOne(f, ctx.pool.people) : wrong[0];
			const falseText = tfFalse && swap ? swapped(f, swap) : undefined;
			push('tf', {
				type: 'true_false',
				prompt: falseText ?? f.statement,
				answer: falseText ? 'False' : 'True'
			});
		}
		return out;
	}

	// Entity facts: the gap keeps the article's own wording around the answer.
	if (cloze) {
		push('cloze', { type: 'cloze', prompt: `Fill in the gap: ${cloze}`, answer, accept });
		if (wrong.length >= 2) {
			const prompt = f.question ?? `Choose the option that fills the gap: ${cloze}`;
			push('mcq', { type: 'mcq', prompt, answer, options: options(answer, wrong, seed) });
		}
	}
	if (f.question)
		push('short', {
			type: 'short_answer',
			prompt: f.question,
			answer: capitalize(answer),
			accept: accept.length ? [answer, ...accept] : [answer]
		});
	// Swapping one named document for another rarely gives a sentence that reads as a real claim.
	const swap = f.mention?.amount ? farthest(wrong, f.mention.amount.value) : wrong[0];
	const falseText = tfFalse && swap && f.answerKind !== 'document' ? swapped(f, swap) : undefined;
	if (falseText && !ctx.statements.has(normalize(falseText)))
		push('tf', { type: 'true_false', prompt: falseText, answer: 'False' });
	else push('tf', { type: 'true_false', prompt: f.statement, answer: 'True' });
	return out;
}

const bound =
	/\b(?:less than|fewer than|under|more than|over|at least|at most|up to|nearly|almost|no more than|as many as|as much as)\s*$/i;
const steady =
	/\b(?:stayed|stay|stays|remained|remain|remains|unchanged|held steady|steady|flat)\b/i;

/**
 * Whether changing the mention can leave the statement true: a number under "less than" (less
 * than two hours is also less than three), a year after "since" ("the first drop since 2012" is
 * also the first since 2013), a date by which something had happened, a month when something
 * "stayed" at a level (it was there before too).
 */
export function staysTrue(m: Mention, before: string, statement: string): boolean {
	if (m.amount && (bound.test(`${before}${m.amount.prefix}`) || bound.test(before))) return true;
	if (m.kind === 'date' && /\bsince\s*$/i.test(before)) return true;
	// "By August 9, … had confirmed 31 cases" is still true by August 12; a deadline is not.
	if (
		/^(?:date|weekday|month)$/.test(m.kind) &&
		/\bby\s*$/i.test(before) &&
		/\bhad\b/.test(statement)
	)
		return true;
	if ((m.kind === 'month' || m.kind === 'date') && steady.test(statement)) return true;
	return false;
}

/** For a false statement, the wrong amount furthest from the answer: clearly false, not a near miss. */
function farthest(wrong: string[], value: number): string | undefined {
	const distance = (w: string) => {
		const n = /\d[\d,]*(?:\.\d+)?/.exec(w);
		const x = n ? Number(n[0].replace(/,/g, '')) : NaN;
		return Number.isFinite(x) && x > 0 && value > 0 ? Math.abs(Math.log(x / value)) : -1;
	};
	let best = wrong[0];
	for (const w of wrong) if (distance(w) > distance(best ?? '')) best = w;
	return best;
}

/** "Harbour City coach", "chief economist at Fjordline Bank": a title qualified by lower-case words. */
const qualifiedRole = (role: string) => /(?:^|\s)(?!(?:of|the|and|for)\b)\p{Ll}/u.test(role);

/**
 * Other roles written the same way as the answer: titles with titles ("Striker", "Goalkeeper"),
 * qualified roles with qualified roles ("Rivermouth captain"). A bare title also takes the head
 * of a qualified one ("Harbour City coach" gives "Coach"), so the options stay parallel.
 */
export function parallelRoles(answer: string, roles: readonly string[]): string[] {
	const qualified = qualifiedRole(answer);
	const out: string[] = [];
	const seen = new Set([normalize(answer)]);
	const add = (r: string) => {
		if (seen.has(normalize(r))) return;
		seen.add(normalize(r));
		out.push(r);
	};
	for (const r of roles) if (qualifiedRole(r) === qualified) add(r);
	if (!qualified)
		for (const r of roles) {
			const head = /^(?:\p{Lu}[\p{L}.'’-]*\s+)+(\p{Ll}+)$/u.exec(r)?.[1];
			if (head) add(capitalize(head));
		}
	return out;
}

/** "Kishida and Blinken agreed …": one member of the pair replaced by someone else in the article. */
function swapOne(f: FactDraft, people: Person[]): string | undefined {
	const group = f.people ?? [];
	const other = people.find((p) => !group.includes(p) && !f.sentence.text.includes(p.surname));
	if (!other || !f.span) return undefined;
	const current = f.statement.slice(f.span.start, f.span.end);
	const full = group.some((p) => current.includes(p.name));
	const changed = [...group.slice(0, -1), other].map((p) => (full ? p.name : p.surname));
	return joinNames(changed);
}

export { numericVariants };
