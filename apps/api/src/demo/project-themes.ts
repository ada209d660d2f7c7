/**
 * Project themes of the synthetic set: project names and the wording of their indicators, so that
 * lists and charts read like a real prefecture's portfolio. Quantities are drawn per project.
 */
export interface ProjectTheme {
  readonly projects: readonly string[];
  /** 数量指标: name, unit, range of the annual target. */
  readonly quantity: { readonly name: string; readonly unit: string; readonly min: number; readonly max: number };
  readonly quality: string;
  readonly timeliness: string;
  readonly cost: string;
  readonly social: string;
  readonly sustainability: string;
  readonly satisfaction: string;
  /** Expense categories of the payments. */
  readonly categories: readonly string[];
}

const theme = (t: ProjectTheme): ProjectTheme => t;

export const PROJECT_THEMES: Readonly<Record<string, ProjectTheme>> = {
  safety: theme({
    projects: ['平安建设专项经费', '社会治安综合治理经费', '网格化服务管理经费'],
    quantity: { name: '开展平安创建督导次数', unit: '次', min: 4, max: 24 },
    quality: '平安建设考核达标率',
    timeliness: '专项任务完成及时率',
    cost: '宣传及培训费用',
    social: '群众安全感',
    sustainability: '基层治理能力',
    satisfaction: '群众满意度',
    categories: ['宣传费', '差旅费', '培训费', '通信链路费', '设备维护费'],
  }),
  legal: theme({
    projects: ['法治宣传教育经费', '人民调解工作经费', '法律援助专项经费'],
    quantity: { name: '办理法律援助案件数', unit: '件', min: 80, max: 600 },
    quality: '案件办结率',
    timeliness: '案件办理及时率',
    cost: '案件补贴支出',
    social: '群众法治意识',
    sustainability: '矛盾纠纷化解长效机制',
    satisfaction: '受援群众满意度',
    categories: ['办案补贴', '宣传费', '差旅费', '印刷费'],
  }),
  finance: theme({
    projects: ['预算绩效管理工作经费', '财政信息化运维经费'],
    quantity: { name: '开展重点绩效评价项目数', unit: '个', min: 10, max: 60 },
    quality: '评价报告合格率',
    timeliness: '评价任务按期完成率',
    cost: '第三方评价费用',
    social: '财政资金使用效益',
    sustainability: '预算绩效管理水平',
    satisfaction: '预算单位满意度',
    categories: ['委托业务费', '软件运维费', '差旅费'],
  }),
  education: theme({
    projects: ['义务教育薄弱环节改善资金', '学前教育发展资金', '学生资助补助经费', '教师培训专项经费'],
    quantity: { name: '受益学生人数', unit: '人', min: 800, max: 12000 },
    quality: '校舍安全达标率',
    timeliness: '资金拨付及时率',
    cost: '生均改造成本',
    social: '适龄儿童入学率',
    sustainability: '办学条件持续改善',
    satisfaction: '学生及家长满意度',
    categories: ['维修改造费', '设备购置费', '培训费', '资助补助'],
  }),
  health: theme({
    projects: ['基本公共卫生服务补助资金', '医疗救助补助资金', '重大疾病防控经费'],
    quantity: { name: '建立居民健康档案数', unit: '份', min: 5000, max: 60000 },
    quality: '健康档案规范化电子建档率',
    timeliness: '补助资金发放及时率',
    cost: '人均服务成本',
    social: '居民健康素养水平',
    sustainability: '基层医疗服务能力',
    satisfaction: '服务对象满意度',
    categories: ['卫生服务补助', '药品耗材费', '培训费', '差旅费'],
  }),
  agriculture: theme({
    projects: ['高标准农田建设补助资金', '农业技术推广经费', '耕地地力保护补贴'],
    quantity: { name: '建设高标准农田面积', unit: '亩', min: 2000, max: 30000 },
    quality: '工程验收合格率',
    timeliness: '项目按期完工率',
    cost: '亩均建设成本',
    social: '农民人均增收',
    sustainability: '耕地质量持续提升',
    satisfaction: '受益农户满意度',
    categories: ['工程建设费', '技术服务费', '补贴发放', '监理费'],
  }),
  rural: theme({
    projects: ['农村人居环境整治资金', '乡村振兴衔接资金'],
    quantity: { name: '改造农村户厕数', unit: '户', min: 300, max: 5000 },
    quality: '改厕验收合格率',
    timeliness: '年度任务完成率',
    cost: '户均改造成本',
    social: '村容村貌改善',
    sustainability: '长效管护机制',
    satisfaction: '农户满意度',
    categories: ['工程建设费', '材料费', '补贴发放'],
  }),
  water: theme({
    projects: ['农村饮水安全巩固提升资金', '水利工程维修养护经费', '河湖长制工作经费'],
    quantity: { name: '维修养护渠道长度', unit: '公里', min: 20, max: 300 },
    quality: '工程质量合格率',
    timeliness: '汛前完工率',
    cost: '公里养护成本',
    social: '农村自来水普及率',
    sustainability: '水利工程良性运行',
    satisfaction: '受益群众满意度',
    categories: ['工程维修费', '材料费', '监测费', '差旅费'],
  }),
  transport: theme({
    projects: ['农村公路养护资金', '公路安全生命防护工程资金'],
    quantity: { name: '养护农村公路里程', unit: '公里', min: 50, max: 800 },
    quality: '路面技术状况优良率',
    timeliness: '养护任务按期完成率',
    cost: '公里养护成本',
    social: '群众出行条件',
    sustainability: '路网通行能力',
    satisfaction: '沿线群众满意度',
    categories: ['养护工程费', '材料费', '机械租赁费'],
  }),
  environment: theme({
    projects: ['大气污染防治资金', '生态环境监测经费'],
    quantity: { name: '完成污染治理项目数', unit: '个', min: 5, max: 40 },
    quality: '监测数据有效率',
    timeliness: '治理项目按期完成率',
    cost: '单个项目治理成本',
    social: '空气质量优良天数比率',
    sustainability: '生态环境持续改善',
    satisfaction: '周边群众满意度',
    categories: ['治理工程费', '监测费', '设备购置费'],
  }),
  welfare: theme({
    projects: ['城乡低保补助资金', '困难群众救助补助资金', '养老服务体系建设资金'],
    quantity: { name: '保障困难群众人数', unit: '人', min: 500, max: 9000 },
    quality: '补助资金发放准确率',
    timeliness: '救助资金按月发放率',
    cost: '人均补助成本',
    social: '困难群众基本生活保障',
    sustainability: '社会救助体系',
    satisfaction: '救助对象满意度',
    categories: ['救助补助', '运营补贴', '设备购置费'],
  }),
  employment: theme({
    projects: ['就业补助资金', '职业技能提升行动资金'],
    quantity: { name: '开展职业技能培训人次', unit: '人次', min: 500, max: 8000 },
    quality: '培训合格率',
    timeliness: '补贴发放及时率',
    cost: '人均培训成本',
    social: '城镇新增就业人数',
    sustainability: '劳动者就业能力',
    satisfaction: '参训人员满意度',
    categories: ['培训补贴', '社保补贴', '宣传费'],
  }),
  culture: theme({
    projects: ['公共文化服务体系建设资金', '全民健身工程经费'],
    quantity: { name: '开展文化惠民演出场次', unit: '场', min: 20, max: 200 },
    quality: '演出活动达标率',
    timeliness: '活动按期开展率',
    cost: '场均演出成本',
    social: '群众文化生活丰富程度',
    sustainability: '公共文化服务能力',
    satisfaction: '观众满意度',
    categories: ['演出费', '设备购置费', '场地租赁费'],
  }),
  housing: theme({
    projects: ['老旧小区改造补助资金', '农村危房改造补助资金'],
    quantity: { name: '改造老旧小区户数', unit: '户', min: 200, max: 4000 },
    quality: '改造工程验收合格率',
    timeliness: '开工及时率',
    cost: '户均改造成本',
    social: '居住条件改善',
    sustainability: '小区长效管理',
    satisfaction: '居民满意度',
    categories: ['工程建设费', '监理费', '设计费'],
  }),
};
