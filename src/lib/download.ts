/** Saves text (or a zip's bytes) as a file through the browser's download, with nothing sent anywhere. */
export function downloadText(
	fileName: string,
	content: string | Uint8Array<ArrayBuffer>,
	type: string
): void {
	downloadBlob(fileName, new Blob([content], { type }));
}

/** Saves a blob (an image drawn on the page) as a file through the browser's download. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
