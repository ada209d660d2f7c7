import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One sign-in of a user (a browser), open or ended.' })
export class UserSession {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field({ description: 'When it ends unless refreshed before.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'logout, ended, disabled, accessChanged, passwordChanged, refreshReused.' })
  endReason: string | null;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  ipAddress: string | null;

  @Field({ description: 'Open: not ended and not expired.' })
  open: boolean;
}
