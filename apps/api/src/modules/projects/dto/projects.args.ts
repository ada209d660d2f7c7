import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { AlertColour, Grade } from '../models/enums.js';

export enum ProjectSortField {
  name = 'name',
  fiscalYear = 'fiscalYear',
  budgetAmount = 'budgetAmount',
  spentAmount = 'spentAmount',
  executionRate = 'executionRate',
  totalScore = 'totalScore',
  updatedAt = 'updatedAt',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });

export enum SortDirection {
  asc = 'asc',
  desc = 'desc',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'All given conditions must hold.' })
export class ProjectFilter {
  @Field(() => Int, { nullable: true })
  fiscalYear?: number;

  @Field({ nullable: true, description: 'This region and the regions below it (GB/T 2260).' })
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => Grade, { nullable: true })
  grade?: Grade;

  @Field(() => AlertColour, { nullable: true, description: 'The execution alert at each project\'s monitoring date.' })
  alertColour?: AlertColour;

  @Field(() => AlertColour, {
    nullable: true,
    description: 'Projects with at least one indicator of this progress alert colour (指标进度预警; blue: far ahead) at each project\'s monitoring date.',
  })
  indicatorAlertColour?: AlertColour;

  @Field({ nullable: true, description: 'Part of the project name, project code or unit name.' })
  text?: string;
}

@InputType()
export class ProjectSort {
  @Field(() => ProjectSortField)
  field: ProjectSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.asc })
  direction: SortDirection;
}

@ArgsType()
export class ProjectsArgs {
  @Field(() => ProjectFilter, { nullable: true })
  filter?: ProjectFilter;

  @Field(() => ProjectSort, { nullable: true, description: 'Default: fiscal year descending, then name.' })
  sort?: ProjectSort;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  first: number;

  @Field({ nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;
}
