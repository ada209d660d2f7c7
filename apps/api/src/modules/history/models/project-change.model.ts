import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One field of a change: before → after, as display text.' })
export class FieldChangeModel {
  @Field({ description: 'Stable path, e.g. budget.lines.fiscal.receivedAmount, indicators.<key>.actual.' })
  field: string;

  @Field({ description: 'Chinese label, e.g. 预算（财政资金）·实际到位.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'null: the field was empty (or the row did not exist).' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'null: the field was cleared (or the row removed).' })
  after: string | null;
}

@ObjectType({ description: '变更记录: one write to a project — who, when, what.' })
export class ProjectChange {
  @Field(() => Int, { description: 'The project version this write produced.' })
  version: number;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true })
  actorId: string | null;

  @Field({ description: 'The actor\'s display name at the time.' })
  actorName: string;

  @Field({ description: 'The mutation, e.g. setBudget.' })
  operation: string;

  @Field({ description: 'The mutation in Chinese, e.g. 设置预算.' })
  operationLabel: string;

  @Field(() => String, { nullable: true, description: 'Why (always given for 退回).' })
  reason: string | null;

  @Field(() => [FieldChangeModel])
  fields: FieldChangeModel[];
}

@ObjectType({ description: 'A page of a project\'s history, newest first.' })
export class ProjectHistoryPage {
  @Field(() => [ProjectChange])
  nodes: ProjectChange[];

  @Field({ description: 'True when older changes remain: pass the last node\'s version as beforeVersion.' })
  hasMore: boolean;

  @Field(() => Int, { description: 'All changes matching the arguments, across pages.' })
  totalCount: number;
}
