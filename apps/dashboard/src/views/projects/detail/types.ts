import type { ProjectDetailQuery } from '@jixiao/contract';

export type ProjectDetail = NonNullable<ProjectDetailQuery['project']>;
export type DetailIndicator = ProjectDetail['indicators'][number];
export type DetailScoreCard = NonNullable<ProjectDetail['scoreCard']>;
