import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '../../../auth/role.js';

@InputType()
export class CreateUserInput {
  @Field({ description: '3–64 letters, digits, `.`, `_` or `-`; unique.' })
  username: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for unitStaff, refused for other roles.' })
  unitId?: string;

  @Field(() => String, { nullable: true, description: 'Required for leader, refused for other roles.' })
  regionCode?: string;

  @Field({ description: 'The initial password (password policy); the user must change it at first sign-in.' })
  password: string;
}
