import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * Reads the QR code in a PNG screenshot with jsQR, a QR reader independent of the library that
 * draws the codes. The browser only turns the PNG into RGBA pixels.
 */
export async function readQrScreenshot(page: Page, png: Buffer): Promise<string> {
	const { width, height, rgba } = await page.evaluate(async (data) => {
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const pixels = context.getImageData(0, 0, image.width, image.height).data;
		let binary = '';
		for (let i = 0; i < pixels.length; i++) binary += String.fromCharCode(pixels[i]!);
		return { width: image.width, height: image.height, rgba: btoa(binary) };
	}, png.toString('base64'));
	const pixels = new Uint8ClampedArray(Buffer.from(rgba, 'base64'));
	const code = jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' });
	if (!code) throw new Error(`no QR code could be read in the ${width}×${height} screenshot`);
	return code.data;
}
