import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field({ description: 'Password policy: at least 10 characters, not the username, not a common password.' })
  newPassword: string;
}
