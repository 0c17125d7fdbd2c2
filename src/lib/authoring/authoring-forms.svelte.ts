// The two forms of /teach/new as state: the pasted article, and the question the teacher adds.
import type { Span } from '../schema/article';
import type { AddableType, AddForm } from './draft-selection';
import type { Article } from '../schema/article';
import type { PasteInput } from './paste';

export class PastedArticle {
	title = $state('');
	publisher = $state('');
	/** A date, `YYYY-MM-DD`. */
	published = $state('');
	byline = $state('');
	url = $state('');
	body = $state('');

	constructor(today: string) {
		this.published = today;
	}

	/** The form as the paste check reads it: the optional fields only when filled in. */
	get input(): PasteInput {
		return {
			title: this.title,
			publisher: this.publisher,
			published: this.published,
			body: this.body,
			...(this.byline.trim() ? { byline: this.byline } : {}),
			...(this.url.trim() ? { url: this.url } : {})
		};
	}

	/** Shows an article already pasted (a review resumed, a bank reopened). */
	fill(article: Article) {
		({ title: this.title, publisher: this.publisher, published: this.published } = article);
		this.body = article.body;
		this.byline = article.byline ?? '';
		this.url = article.url ?? '';
	}
}

export class AdditionForm {
	/** Words selected in the article, while the answer is still them. */
	selected = $state<Span>();
	type = $state<AddableType>('cloze');
	answer = $state('');
	prompt = $state('');
	/** The wrong options of a multiple-choice question, one per line. */
	options = $state('');
	/** Why the last question could not be added. */
	problem = $state('');

	/** Takes the words of `body` at `span` as the answer. */
	take(span: Span, body: string) {
		this.selected = span;
		this.answer = body.slice(span.start, span.end).trim();
		this.problem = '';
	}

	get value(): AddForm {
		return {
			type: this.type,
			answer: this.answer,
			prompt: this.prompt,
			options: this.options,
			...(this.selected ? { selected: this.selected } : {})
		};
	}

	/** Empties the form for the next question; the form (its type) stays. */
	clear() {
		this.selected = undefined;
		this.answer = this.prompt = this.options = '';
	}
}
