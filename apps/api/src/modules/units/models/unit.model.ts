import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '实施单位: the department that runs projects.' })
export class Unit {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Unit code in the budget system.' })
  code: string | null;

  @Field({ description: 'The region the unit belongs to (GB/T 2260).' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: '主管部门' })
  supervisingDepartment: string | null;
}
