/**
 * The geography and departments of the synthetic demo set: 昌吉回族自治州 (652300) and its seven
 * county-level divisions (GB/T 2260), with 25 implementing units. The names are real places and
 * plausible departments; every project, amount and score generated for them is synthetic.
 */
export interface DemoRegion {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly level: number;
}

export interface DemoUnit {
  readonly name: string;
  readonly regionCode: string;
  readonly supervisingDepartment: string;
  /** Keys of the project themes the unit runs (see project-themes.ts). */
  readonly themes: readonly string[];
}

export const PREFECTURE_CODE = '652300';

export const DEMO_REGIONS: readonly DemoRegion[] = [
  { code: '652300', name: '昌吉回族自治州', parentCode: '650000', level: 2 },
  { code: '652301', name: '昌吉市', parentCode: '652300', level: 3 },
  { code: '652302', name: '阜康市', parentCode: '652300', level: 3 },
  { code: '652323', name: '呼图壁县', parentCode: '652300', level: 3 },
  { code: '652324', name: '玛纳斯县', parentCode: '652300', level: 3 },
  { code: '652325', name: '奇台县', parentCode: '652300', level: 3 },
  { code: '652327', name: '吉木萨尔县', parentCode: '652300', level: 3 },
  { code: '652328', name: '木垒哈萨克自治县', parentCode: '652300', level: 3 },
];

/** The unit of the real sample project (昌吉州 综治工作经费 2022). */
export const SAMPLE_UNIT_NAME = '昌吉州党委政法委';

const prefectureUnit = (name: string, themes: string[]): DemoUnit => ({
  name,
  regionCode: PREFECTURE_CODE,
  supervisingDepartment: name,
  themes,
});

const countyUnit = (county: string, code: string, department: string, themes: string[]): DemoUnit => ({
  name: `${county}${department}`,
  regionCode: code,
  supervisingDepartment: `昌吉州${department}`,
  themes,
});

export const DEMO_UNITS: readonly DemoUnit[] = [
  prefectureUnit(SAMPLE_UNIT_NAME, ['safety', 'legal']),
  prefectureUnit('昌吉州财政局', ['finance']),
  prefectureUnit('昌吉州教育局', ['education']),
  prefectureUnit('昌吉州卫生健康委员会', ['health']),
  prefectureUnit('昌吉州农业农村局', ['agriculture', 'rural']),
  prefectureUnit('昌吉州水利局', ['water']),
  prefectureUnit('昌吉州交通运输局', ['transport']),
  prefectureUnit('昌吉州生态环境局', ['environment']),
  prefectureUnit('昌吉州民政局', ['welfare']),
  prefectureUnit('昌吉州人力资源和社会保障局', ['employment']),
  prefectureUnit('昌吉州文化体育广电和旅游局', ['culture']),
  prefectureUnit('昌吉州住房和城乡建设局', ['housing']),
  prefectureUnit('昌吉州公安局', ['safety']),
  prefectureUnit('昌吉州司法局', ['legal']),
  countyUnit('昌吉市', '652301', '教育局', ['education']),
  countyUnit('昌吉市', '652301', '农业农村局', ['agriculture', 'rural']),
  countyUnit('阜康市', '652302', '水利局', ['water']),
  countyUnit('阜康市', '652302', '民政局', ['welfare']),
  countyUnit('呼图壁县', '652323', '卫生健康委员会', ['health']),
  countyUnit('呼图壁县', '652323', '农业农村局', ['agriculture']),
  countyUnit('玛纳斯县', '652324', '交通运输局', ['transport']),
  countyUnit('奇台县', '652325', '农业农村局', ['agriculture', 'rural']),
  countyUnit('奇台县', '652325', '教育局', ['education']),
  countyUnit('吉木萨尔县', '652327', '水利局', ['water']),
  countyUnit('木垒哈萨克自治县', '652328', '民政局', ['welfare']),
];
