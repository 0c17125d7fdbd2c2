/** Optimal-string-alignment Damerau-Levenshtein distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	const width = b.length + 1;
	let prevPrev = new Array<number>(width).fill(0);
	let prev = Array.from({ length: width }, (_, j) => j);
	let row = new Array<number>(width).fill(0);
	for (let i = 1; i <= a.length; i++) {
		row[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, prevPrev[j - 2]! + 1);
			}
			row[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > limit) return limit + 1;
		[prevPrev, prev, row] = [prev, row, prevPrev];
	}
	return prev[b.length]!;
}
