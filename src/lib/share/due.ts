// A set's due date, read on the student's device and checked when a teacher builds the set. A due
// date is a day ("2026-03-02"): the set is on time until that day ends where the device is.

/** The day `at` falls on where this device is, as "YYYY-MM-DD". */
export function localDay(at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const dayNumber = (day: string) => {
	const [y, m, d] = day.split('-').map(Number);
	return Date.UTC(y!, m! - 1, d!) / 86_400_000;
};

export interface DueStatus {
	when: 'ahead' | 'today' | 'passed';
	/** Whole days between the due date and `day`, never negative. */
	days: number;
}

/** Where `day` stands against the due date `due`. */
export function dueStatus(due: string, day: string): DueStatus {
	const diff = dayNumber(day) - dayNumber(due);
	return { when: diff < 0 ? 'ahead' : diff === 0 ? 'today' : 'passed', days: Math.abs(diff) };
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** How far away the due date is, for a student about to start: "in 3 days", "today", "2 days ago". */
export function dueDistance(status: DueStatus): string {
	if (status.when === 'today') return 'today';
	return status.when === 'ahead' ? `in ${days(status.days)}` : `${days(status.days)} ago`;
}

/** An attempt finished on `day` after the due date: how late, else undefined. */
export function lateness(due: string | undefined, day: string): string | undefined {
	if (!due) return undefined;
	const status = dueStatus(due, day);
	return status.when === 'passed' ? `${days(status.days)} after the due date` : undefined;
}
