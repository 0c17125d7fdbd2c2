// The SCORM 1.2 run-time API an LMS gives a package (RTE 3.3): found on a parent frame or the
// opener, spoken to only through strings.

/** The eight functions of SCORM 1.2's `API` object. */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** What API discovery reads of a window: its `API`, its parent and opener. */
export interface ApiWindow {
	API?: unknown;
	parent: ApiWindow | null;
	opener?: ApiWindow | null;
}

const isApi = (value: unknown): value is Scorm12Api =>
	!!value &&
	typeof value === 'object' &&
	typeof (value as Partial<Scorm12Api>).LMSInitialize === 'function' &&
	typeof (value as Partial<Scorm12Api>).LMSSetValue === 'function';

/** A window's `API`, or undefined when it has none or belongs to another origin. */
function apiOf(win: ApiWindow): Scorm12Api | undefined {
	try {
		return isApi(win.API) ? win.API : undefined;
	} catch {
		return undefined;
	}
}

/** How many frames up ADL's own discovery script looks before giving up. */
const maxDepth = 7;

function searchUp(start: ApiWindow): Scorm12Api | undefined {
	let win: ApiWindow = start;
	for (let depth = 0; depth <= maxDepth; depth++) {
		const api = apiOf(win);
		if (api) return api;
		let parent: ApiWindow | null;
		try {
			parent = win.parent;
		} catch {
			return undefined;
		}
		if (!parent || parent === win) return undefined;
		win = parent;
	}
	return undefined;
}

/**
 * The LMS's API as SCORM 1.2 packages find it: this window and its parents first, then the
 * window that opened this one (an LMS that launches packages in a pop-up) and its parents.
 */
export function findApi(win: ApiWindow): Scorm12Api | undefined {
	const found = searchUp(win);
	if (found) return found;
	let opener: ApiWindow | null | undefined;
	try {
		opener = win.opener;
	} catch {
		return undefined;
	}
	return opener ? searchUp(opener) : undefined;
}

/** A call the LMS refused, with its error code and message. */
export class LmsError extends Error {
	constructor(
		readonly call: string,
		readonly code: string,
		detail: string
	) {
		super(`the course system refused ${call} (error ${code}${detail ? `: ${detail}` : ''})`);
	}
}

/** One session with the LMS, from LMSInitialize to LMSFinish. */
export class LmsSession {
	#api: Scorm12Api;
	#open = false;

	private constructor(api: Scorm12Api) {
		this.#api = api;
	}

	/** Opens the session; throws LmsError when the LMS refuses it. */
	static open(api: Scorm12Api): LmsSession {
		const session = new LmsSession(api);
		session.#check('LMSInitialize', api.LMSInitialize(''));
		session.#open = true;
		return session;
	}

	get open(): boolean {
		return this.#open;
	}

	#check(call: string, result: string) {
		if (String(result) === 'true') return;
		const code = String(this.#api.LMSGetLastError());
		throw new LmsError(call, code, String(this.#api.LMSGetErrorString(code) ?? ''));
	}

	/** A value, or '' when the LMS does not keep that element. */
	get(element: string): string {
		const value = this.#api.LMSGetValue(element);
		return typeof value === 'string' ? value : String(value ?? '');
	}

	set(element: string, value: string) {
		this.#check(`LMSSetValue("${element}")`, this.#api.LMSSetValue(element, value));
	}

	commit() {
		this.#check('LMSCommit', this.#api.LMSCommit(''));
	}

	/** Ends the session; later calls are not made. */
	finish() {
		if (!this.#open) return;
		this.#open = false;
		this.#check('LMSFinish', this.#api.LMSFinish(''));
	}
}

/** A timespan as SCORM 1.2 writes it (CMITimeSpan): HHHH:MM:SS.SS. */
export function cmiTimespan(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.min(9999, Math.floor(centis / 360000));
	const minutes = Math.floor(centis / 6000) % 60;
	const seconds = (centis % 6000) / 100;
	const two = (n: number) => String(n).padStart(2, '0');
	return `${String(hours).padStart(4, '0')}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** A time of day as SCORM 1.2 writes it (CMITime): HH:MM:SS. */
export function cmiTime(date: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
