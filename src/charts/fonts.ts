// Skia draws no text without a registered font, and the host may have none: bundle DejaVu for Latin
// and Noto Sans CJK (Traditional and Simplified subsets, OpenType/CFF from @embedpdf/fonts-tc and
// -sc) for Chinese. Skia does not fall back per glyph to a registered font that the CSS font list
// does not name (a Chinese title drew tofu boxes), so every chart font names the whole stack.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/** The family names the Noto files register under (their own name table, not ours to choose). */
export const CJK_FAMILIES = { 'zh-Hant': 'Noto Sans T Chinese', 'zh-Hans': 'Noto Sans S Chinese' } as const;

/**
 * A CSS font-family list: DejaVu first so Latin text and digits look the same in every language,
 * then the CJK faces for what DejaVu lacks. Traditional comes first: the Traditional subset holds
 * most characters both scripts share, and the Simplified face supplies the simplified-only ones.
 */
export const FONT_FAMILY = `"DejaVu Sans", "${CJK_FAMILIES['zh-Hant']}", "${CJK_FAMILIES['zh-Hans']}"`;

let registered = false;

/** Registers DejaVu Sans and Noto Sans T/S Chinese (regular and bold) once per process; resolved from node_modules so any cwd works. */
export function ensureFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const paths = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  // The @embedpdf packages export only their index module; the .otf files sit in ../fonts beside it.
  for (const [pkg, face] of [['@embedpdf/fonts-tc', 'NotoSansHant'], ['@embedpdf/fonts-sc', 'NotoSansHans']] as const) {
    const fonts = join(dirname(require.resolve(pkg)), '..', 'fonts');
    paths.push(join(fonts, `${face}-Regular.otf`), join(fonts, `${face}-Bold.otf`));
  }
  for (const path of paths) {
    if (GlobalFonts.registerFromPath(path) === null) {
      throw new Error(`Could not register chart font ${path}`);
    }
  }
  registered = true;
}
