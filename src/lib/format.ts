const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "2023-01-14" as "14 January 2023", the same on the server and in every browser. */
export function formatDate(isoDate: string): string {
	return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}
