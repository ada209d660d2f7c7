import { existsSync } from 'node:fs';

/**
 * Where Debian/Ubuntu (`apt-get install fonts-noto-cjk`), Alpine, macOS and Windows keep a CJK
 * font. resvg draws no glyph for a character no loaded font has, so a chart with Chinese labels
 * needs one of these; `JIXIAO_CJK_FONT` names another file.
 */
const CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
];

export function findCjkFontFiles(env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = env.JIXIAO_CJK_FONT;
  if (configured && existsSync(configured)) return [configured];
  return CANDIDATES.filter((path) => existsSync(path));
}
