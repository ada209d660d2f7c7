import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  userId: string;

  @Field({ description: 'A temporary password (password policy) to tell the user; they must change it at next sign-in.' })
  password: string;
}
