/** A QR code for a link as a data URL; the qrcode library loads only when one is asked for. */
export async function qrDataUrl(
	text: string,
	width: number,
	errorCorrectionLevel: 'L' | 'M' = 'L'
): Promise<string> {
	const QRCode = await import('qrcode');
	return QRCode.toDataURL(text, { errorCorrectionLevel, margin: 2, width });
}
