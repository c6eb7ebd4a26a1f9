import jsQR from 'jsqr';

/**
 * Decodes the QR code drawn by an SVG of the `qrcode` package: a viewBox of n×n modules and
 * one stroked path of `M x y.5`, `m dx dy` and `h len` commands (one horizontal run of dark
 * modules each). The runs are painted into a bitmap and read back with jsQR, so the test
 * proves the picture a phone would scan, not the text next to it.
 */
export function decodeSvgQr(svg: string, scale = 6): string | undefined {
  const size = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg);
  if (!size || !path) return undefined;
  const modules = Number(size[1]);
  const dark = new Uint8Array(modules * modules);
  let x = 0;
  let y = 0;
  const commands = path[1]?.match(/[MmHh][^MmHh]*/g) ?? [];
  for (const command of commands) {
    const op = command[0];
    const args = command
      .slice(1)
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (op === 'M') [x, y] = [args[0] ?? 0, args[1] ?? 0];
    else if (op === 'm') [x, y] = [x + (args[0] ?? 0), y + (args[1] ?? 0)];
    else if (op === 'h') {
      const row = Math.floor(y);
      for (let i = 0; i < (args[0] ?? 0); i++) dark[row * modules + x + i] = 1;
      x += args[0] ?? 0;
    } else return undefined;
  }
  const width = modules * scale;
  const rgba = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const on = dark[Math.floor(py / scale) * modules + Math.floor(px / scale)] === 1;
      const o = (py * width + px) * 4;
      rgba[o] = rgba[o + 1] = rgba[o + 2] = on ? 0 : 255;
      rgba[o + 3] = 255;
    }
  }
  return jsQR(rgba, width, width)?.data;
}
