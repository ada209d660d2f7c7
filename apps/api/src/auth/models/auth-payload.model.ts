import { Field, ObjectType } from '@nestjs/graphql';
import { User } from './user.model.js';

@ObjectType({ description: 'The answer to a successful login.' })
export class AuthPayload {
  @Field({
    description:
      'Send as `Authorization: Bearer <accessToken>`. Short-lived: a browser gets a new one with `refreshSession` (the httpOnly refresh cookie set with this answer); other clients log in again.',
  })
  accessToken: string;

  @Field({ description: 'When the token expires (ISO 8601).' })
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
