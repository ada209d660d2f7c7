import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TodoItem } from './project-lifecycle.model.js';

@ObjectType({ description: '待办: what waits for the signed-in user, overdue first, then by due date.' })
export class TodoList {
  @Field(() => Int, { description: 'All the waiting steps, of which items lists the first.' })
  totalCount: number;

  @Field(() => [TodoItem])
  items: TodoItem[];
}
