import { Field, InputType } from '@nestjs/graphql';
import { ApiError } from '../../common/errors/api-error.js';

@InputType()
export class LoginInput {
  @Field()
  username: string;

  @Field()
  password: string;
}

/** Bounds keep a megabyte-long password from tying up argon2. */
export function validateLogin(input: LoginInput): void {
  if (input.username.trim() === '') throw ApiError.badInput('input.username', 'empty', '请输入用户名');
  if (input.username.length > 64) throw ApiError.badInput('input.username', 'tooLong', '用户名过长');
  if (input.password === '') throw ApiError.badInput('input.password', 'empty', '请输入密码');
  if (input.password.length > 256) throw ApiError.badInput('input.password', 'tooLong', '密码过长');
}
