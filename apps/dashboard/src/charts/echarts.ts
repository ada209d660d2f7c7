/**
 * The one place ECharts is assembled: only the charts and components the dashboard draws are
 * registered, so the bundle carries them and nothing else (full `import 'echarts'` is about twice
 * the size). The score card is drawn as bars (not the radar the shared builder also offers) and
 * charts are described by the panel's aria-label, so neither radar nor aria is registered.
 * Adding a series or component type here means adding its option type in ./types.ts.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  // `grid.containLabel` (long Chinese unit names on the category axis) is opt-in since ECharts 6.
  LegacyGridContainLabel,
  CanvasRenderer,
]);
