/** PNG in the browser: the board SVG drawn onto a canvas. */

/** Rasterises an SVG document at `scale` pixels per SVG unit. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  // Browsers cap canvas size (about 16k px a side, ~268 M px area); shrink big boards to fit.
  const fit = Math.min(
    scale,
    16000 / Math.max(width, 1),
    16000 / Math.max(height, 1),
    Math.sqrt(200e6 / Math.max(1, width * height)),
  );
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the browser could not draw the SVG'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * fit);
    canvas.height = Math.ceil(height * fit);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas available');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
