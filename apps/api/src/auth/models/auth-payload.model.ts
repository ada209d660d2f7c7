import { Field, ObjectType } from '@nestjs/graphql';
import { User } from './user.model.js';

@ObjectType({ description: 'The answer to a successful login.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`. Short-lived: log in again when it expires.' })
  accessToken: string;

  @Field({ description: 'When the token expires (ISO 8601).' })
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
