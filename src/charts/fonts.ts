// Skia draws no text without a registered font, and the host may have none: bundle DejaVu.
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

export const FONT_FAMILY = 'DejaVu Sans';

let registered = false;

/** Registers DejaVu Sans (regular and bold) once per process; resolved from node_modules so any cwd works. */
export function ensureFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    const path = require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
    if (GlobalFonts.registerFromPath(path) === null) {
      throw new Error(`Could not register chart font ${path}`);
    }
  }
  registered = true;
}
