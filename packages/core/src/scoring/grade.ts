import type { Grade, GradeBand } from '../frameworks/framework.js';
import type { Decimal } from '../money/decimal.js';

/** The band a total falls in; bands are sorted from the highest down and the last starts at 0. */
export function gradeOf(total: Decimal, bands: readonly GradeBand[]): GradeBand {
  const band = bands.find((b) => total.gte(b.min)) ?? bands[bands.length - 1];
  if (!band) throw new Error('a framework needs at least one grade band');
  return band;
}

/** The ways reports write grades: 优 / 优秀, 良 / 良好, 中 / 中等 / 合格, 差 / 较差 / 不合格. */
const GRADE_WORDS: ReadonlyMap<string, Grade> = new Map<string, Grade>([
  ['优', 'excellent'],
  ['优秀', 'excellent'],
  ['良', 'good'],
  ['良好', 'good'],
  ['中', 'fair'],
  ['中等', 'fair'],
  ['合格', 'fair'],
  ['一般', 'fair'],
  ['差', 'poor'],
  ['较差', 'poor'],
  ['不合格', 'poor'],
]);

export function readGrade(text: string): Grade | undefined {
  // Most files write the bare word: looked up before any trimming (an audit reads one per project).
  return GRADE_WORDS.get(text) ?? GRADE_WORDS.get(gradeWord(text));
}

/** The grade word without quotes, spaces or 级: “优”, 优级 → 优. */
export function gradeWord(text: string): string {
  return text.trim().replace(/^[“"「]|[”"」]$/g, '').replace(/级$/, '');
}

/** The word table readGrade uses, per band label: “优 = 优 / 优秀；良 = 良 / 良好；…”, for messages that relied on it. */
export function gradeWordTable(bands: readonly GradeBand[]): string {
  return bands
    .map((band) => {
      const words = [...GRADE_WORDS].filter(([, grade]) => grade === band.grade).map(([word]) => word);
      return `${band.label} = ${words.join(' / ')}`;
    })
    .join('；');
}
