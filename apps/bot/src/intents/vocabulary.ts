import type { ProjectMetric } from './intent.js';

/**
 * The words staff use, from the chat-platforms README ("How staff ask") and the glossary. Order matters: the
 * first metric whose pattern matches wins, so specific phrases (为什么是红灯, 序时进度) come before general ones
 * (红灯, 进度).
 */
export const METRIC_PATTERNS: readonly (readonly [ProjectMetric, RegExp])[] = [
  ['whyAlert', /(为什么|为啥|怎么会|什么原因|原因).{0,4}([红黄][灯色]?|预警)|(红灯|黄灯|预警)的?(原因|为什么|为啥)/],
  ['failedIndicators', /指标.{0,4}(没|未|不)有?(达标|完成|达到|实现)|(没|未|不)(达标|完成)的?指标|绩效目标|目标.{0,2}(完成|实现|达成)|达标/],
  ['deviation', /偏差|偏离|(比|与|和|跟)序时进?度?.{0,2}(比|相比|快|慢|差|落后|超前)|差了?多少个?百分点|落后于?序时|超前|滞后/],
  ['timeProgress', /序时进度|序时|时间进度/],
  ['fundingRate', /到位率|到位情况|资金到位|到位|拨付|下达/],
  ['remaining', /还剩|剩余|剩下|结余|余额|没花|未花|未支出|还没(花|支出|用)|未使用|没用完|还有多少/],
  ['spent', /花了|花掉|花费|花多少|已支出|支出了|实际支出|已支付|支付了|付了|用了|用掉|支出多少|支出金额|花销/],
  ['executionRate', /执行率|执行进度|支出进度|执行情况|执行得?怎么样|执行到|执行了|执行|进度/],
  ['alert', /预警|红灯|黄灯|绿灯|什么灯|亮灯|红黄绿|什么颜色|监控状态/],
  ['grade', /评级|等级|评价结果|评为|优良中差|什么档/],
  ['score', /得分|分数|多少分|几分|评分|打分|总分|分值/],
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
