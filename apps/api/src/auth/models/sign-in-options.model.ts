import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What the login page may say before anyone signs in.' })
export class SignInOptions {
  @Field({ description: 'The demo users (password `jixiao-demo`) exist: never in production.' })
  demoUsers: boolean;
}
