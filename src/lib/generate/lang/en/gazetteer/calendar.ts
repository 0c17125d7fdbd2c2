export const months: readonly string[] = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Abbreviations as news style writes them before a day number ("Jan. 13"). */
export const monthAbbreviations: Readonly<Record<string, number>> = {
	'Jan.': 0,
	'Feb.': 1,
	'Mar.': 2,
	'Apr.': 3,
	'Aug.': 7,
	'Sep.': 8,
	'Sept.': 8,
	'Oct.': 9,
	'Nov.': 10,
	'Dec.': 11
};

/** Sunday first, as Date.getUTCDay counts. */
export const weekdays: readonly string[] = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];
