import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'The code a work-chat platform returned to the dashboard\'s /login/chat/<platform> page.' })
export class ChatSignInInput {
  @Field({ description: 'dingtalk / feishu / wecom (one of signInOptions.chatPlatforms)' })
  platform: string;

  @Field({ description: 'The authorization code (DingTalk calls it authCode).' })
  code: string;

  @Field({ description: 'The redirect URI the code was issued for (Feishu checks it).' })
  redirectUri: string;
}
