import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../auth/role.js';

@ObjectType({ description: 'A user account as administrators manage it (no secrets).' })
export class UserAccount {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true, description: 'The unit\'s name, for lists.' })
  unitName: string | null;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field({ description: 'Disabled accounts cannot sign in; their sessions were ended.' })
  disabled: boolean;

  @Field({ description: 'The next sign-in must change the password (after a reset, or for a new account).' })
  mustChangePassword: boolean;

  @Field(() => Date, { nullable: true, description: 'Locked after failed logins until then.' })
  lockedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Int, { description: 'Sessions open now.' })
  openSessions: number;

  @Field()
  createdAt: Date;
}
