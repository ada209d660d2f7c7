import type { ProjectMetric } from './intent.js';

/**
 * The words staff use, from the chat-platforms README ("How staff ask") and the glossary. Order matters: the
 * first metric whose pattern matches wins, so specific phrases (为什么是红灯, 序时进度) come before general ones
 * (红灯, 进度).
 */
export const METRIC_PATTERNS: readonly (readonly [ProjectMetric, RegExp])[] = [
  ['auditFindings', /(审核|审计|核查)(发现|查出)?了?的?(什么|哪些|啥)?(问题|结果|发现)?|发现了?(什么|哪些|啥)问题|(有|存在)(什么|哪些|啥)问题|不一致/],
  ['lostPoints', /(为什么|为啥|怎么|什么原因)(会)?扣分|扣分(的)?原因|扣了?(哪些|什么)分|(在)?哪(里|儿)?扣(了)?分|扣分(项|在哪)|丢分|扣了?多少分/],
  ['selfScore', /自评分?|自己(打|评)的?分|申报.{0,2}分|重算|核算.{0,2}分|复核.{0,2}分|算出来的分/],
  ['indicatorDeviations', /偏差原因|偏差的原因|为什么有偏差|偏差说明|偏差分析|(有|存在)(哪些|什么|啥)偏差|指标.{0,2}偏差|偏差.{0,2}指标/],
  ['whyAlert', /(为什么|为啥|怎么会|什么原因|原因).{0,4}([红黄][灯色]?|预警)|(红灯|黄灯|预警)的?(原因|为什么|为啥)/],
  ['failedIndicators', /指标.{0,4}(没|未|不)有?(达标|完成|达到|实现)|(没|未|不)(达标|完成)的?指标|绩效目标|目标.{0,2}(完成|实现|达成)|(?<!率)达标(?!率)/],
  ['deviation', /偏差|偏离|(比|与|和|跟)序时进?度?.{0,2}(比|相比|快|慢|差|落后|超前)|差了?多少个?百分点|落后于?序时|超前|滞后/],
  ['timeProgress', /序时进度|序时|时间进度/],
  ['fundingRate', /到位率|到位情况|资金到位|到位|拨付|下达/],
  ['remaining', /还剩|剩余|剩下|结余|余额|没花|未花|未支出|还没(花|支出|用)|未使用|没用完|还有多少/],
  ['spent', /花了|花掉|花费|花多少|已支出|支出了|实际支出|已支付|支付了|付了|用了|用掉|支出多少|支出金额|花销/],
  ['executionRate', /执行率|执行进度|支出进度|执行情况|执行得?怎么样|执行到|执行了|执行|进度/],
  ['alert', /预警|红灯|黄灯|绿灯|什么灯|亮灯|红黄绿|什么颜色|监控状态/],
  ['grade', /评级|等级|评价结果|评为|优良中差|什么档/],
  ['score', /得分|分数|多少分|几分|评分|打分|总分|分值|score/],
  ['budget', /预算|安排了?多少|批了?多少|总额|多少钱|资金规模|金额/],
  ['overview', /怎么样|如何|咋样|情况|状态|绩效/],
];

/** Politeness and question words around a name; removed only at the edges so names keep their inner characters. */
export const LEADING_FILLERS = /^(那么|那|哪些|哪几个|哪个|请问|请|帮我|帮忙|麻烦|我想知道|想知道|问一下|问下|查一下|查下|查查|查询|查|看看|看一下|看下|告诉我|说说|说一下)+/;
export const TRAILING_FILLERS =
  /(是多少|为多少|多少了|多少|怎么样了?|如何|情况|咋样|了吗|没有|吗|呢|了|的|啊|呀|吧|么|是|有|这个项目|项目|达到|到了|完成|现在|百分之?|%|几|啥|什么)+$/;

/** Words by which staff refer to their own unit (我们委今年预算执行到多少了). */
export const OWN_UNIT = /我们的?(委|局|单位|部门|办)|咱们?的?(委|局|单位|部门|办)|我(委|局|办)|本(单位|部门|委|局)|我单位|我部门/;

/** Markers that a question is about the unit as a whole rather than one project. */
export const UNIT_WHOLE = /整体|总体|总的|全部项目|所有项目|全部|汇总|总共|一共|全委|全局|整个|总盘子/;

/** Markers that the answer is a list of projects. */
export const PLURAL = /哪些|哪几个|哪个项目|有几个|几个项目|多少个|列出|列一下|清单|排名|排行|前\s*[\d一二两三四五六七八九十]{1,3}\s*[个名项位]?|[\d一二两三四五六七八九十]{1,3}\s*个项目|倒数|所有|的项目(有哪些)?$|项目有/;

/** A region as a whole (leaders): 全州整体执行率, 全市有几个红灯. */
export const REGION_WHOLE = /全州|全市|全县|全区|全地区|本地区|本州|本市|我们州|我们市|我们县|全辖区|辖区/;

/** Counties (县市) compared: 哪个县最低, 各县市执行率排名. */
export const REGION_RANK = /哪个县市?|哪些县市?|哪个市|各县市?|县市(排名|排行|对比|比较)|哪个地区|各地区?(排名|对比)?/;

/** Units compared: 哪个单位执行率最低, 各单位排名. */
export const UNIT_RANK = /哪个单位|哪些单位|各单位|单位(排名|排行)|哪个部门|哪些部门|各部门/;

/** Red or amber counts asked of a region: 有几个红色预警, 红灯多少个. */
export const ALERT_COUNT = /(几个|多少个?)(红|黄)?(灯|色预警|预警)|(红|黄)(灯|色预警)?.{0,2}(几个|多少)|预警.{0,2}(几个|多少)|红(色)?预警|黄(色)?预警/;

/** How many projects a unit has (政法委有几个项目): its summary, which leads with the count. */
export const PROJECT_COUNT = /有几个项目|有多少个?项目|几个项目|多少个项目|项目(个)?数|项目总数/;

/** A ranking of projects by execution (哪个项目执行率最低, 本单位项目排名). */
export const EXECUTION_RANK = /(执行率?|执行进度|支出进度)?.{0,3}(最低|最慢|最差|倒数第一)|(最低|最慢)的?.{0,3}执行|排名|排行|(执行率?|进度).{0,3}(最高|最快|最好)/;

/** "详细" after an answer: the same answer in full. */
export const DETAIL = /^(详细|详情|详细点|详细一点|详细些|说详细点|展开|展开说说|更多|具体点|具体一点|全部明细|明细)$/;
