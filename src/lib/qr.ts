// QR codes for links, drawn module by module so every module is a whole number of pixels: a code
// projected across a classroom scans only when its edges are sharp. The qrcode library loads only
// when a code is asked for.

/** A QR code's modules, row by row: `dark[y * size + x]`. */
export interface QrMatrix {
	size: number;
	dark: boolean[];
}

/** The light border around a code, in modules: the four the QR standard asks for. */
export const qrMargin = 4;

/** The modules of the QR code for `text`; throws when the text is too long for any QR code. */
export async function qrMatrix(
	text: string,
	errorCorrectionLevel: 'L' | 'M' = 'L'
): Promise<QrMatrix> {
	const QRCode = await import('qrcode');
	const { modules } = QRCode.create(text, { errorCorrectionLevel });
	return { size: modules.size, dark: Array.from(modules.data, (bit) => bit === 1) };
}

/** Modules across, border included. */
export const qrSpan = (matrix: QrMatrix): number => matrix.size + 2 * qrMargin;

/** The largest whole number of pixels per module that fits `pixels` (at least 1). */
export const moduleScale = (matrix: QrMatrix, pixels: number): number =>
	Math.max(1, Math.floor(pixels / qrSpan(matrix)));

/** The code as an SVG file: one path of unit squares, drawn with crisp edges at any size. */
export function qrSvg(matrix: QrMatrix): string {
	const span = qrSpan(matrix);
	let path = '';
	for (let y = 0; y < matrix.size; y++) {
		for (let x = 0; x < matrix.size; x++) {
			if (matrix.dark[y * matrix.size + x]) path += `M${x + qrMargin} ${y + qrMargin}h1v1h-1z`;
		}
	}
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${span} ${span}" ` +
		`width="${span * 8}" height="${span * 8}" shape-rendering="crispEdges">` +
		`<rect width="${span}" height="${span}" fill="#fff"/><path fill="#000" d="${path}"/></svg>\n`
	);
}

/**
 * Draws the code on `canvas` with `scale` canvas pixels per module, dark on white, no smoothing.
 * The canvas is sized to fit the code exactly.
 */
export function drawQr(canvas: HTMLCanvasElement, matrix: QrMatrix, scale: number): void {
	const side = qrSpan(matrix) * scale;
	canvas.width = side;
	canvas.height = side;
	const context = canvas.getContext('2d');
	if (!context) return;
	context.imageSmoothingEnabled = false;
	context.fillStyle = '#fff';
	context.fillRect(0, 0, side, side);
	context.fillStyle = '#000';
	for (let y = 0; y < matrix.size; y++) {
		for (let x = 0; x < matrix.size; x++) {
			if (matrix.dark[y * matrix.size + x]) {
				context.fillRect((x + qrMargin) * scale, (y + qrMargin) * scale, scale, scale);
			}
		}
	}
}
