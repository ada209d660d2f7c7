import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Project } from './project.model.js';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ObjectType({ description: 'A page of projects (cursor pagination).' })
export class ProjectConnection {
  @Field(() => [Project])
  nodes: Project[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All projects matching the filter, across pages.' })
  totalCount: number;
}
