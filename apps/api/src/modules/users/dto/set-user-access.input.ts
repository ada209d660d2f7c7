import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '../../../auth/role.js';

@InputType({ description: 'The whole access of a user, set at once (an omitted unit or region means none).' })
export class SetUserAccessInput {
  @Field(() => ID)
  userId: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => String, { nullable: true })
  regionCode?: string;
}
