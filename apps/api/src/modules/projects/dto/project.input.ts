import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { NullClears } from '../../../graphql/null-arguments.pipe.js';

@InputType()
export class GoalsInput {
  @Field(() => String, { nullable: true, description: '总体目标' })
  overall?: string | null;

  @Field(() => [String], { nullable: true, description: '阶段性目标' })
  phases?: string[];
}

@InputType({ description: 'A new project; its budget and indicators are set with setBudget and setIndicators.' })
export class CreateProjectInput {
  @Field(() => ID, { nullable: true, description: 'Required for admins; unit staff create in their own unit.' })
  unitId?: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => String, { nullable: true, description: '主管部门' })
  supervisingDepartment?: string | null;

  @Field(() => String, { nullable: true, description: '资金文件文号' })
  fundingDocument?: string | null;

  @Field(() => GoalsInput, { nullable: true })
  goals?: GoalsInput;
}

@InputType({ description: 'Fields to change; omitted fields stay, null or blank clears an optional one.' })
export class UpdateProjectInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  @NullClears()
  code?: string | null;

  @Field(() => String, { nullable: true })
  @NullClears()
  supervisingDepartment?: string | null;

  @Field(() => String, { nullable: true })
  @NullClears()
  fundingDocument?: string | null;

  @Field(() => GoalsInput, { nullable: true })
  goals?: GoalsInput;
}
