import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../role.js';

@ObjectType({ description: 'A Jixiao user (what the token states; no secrets).' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The unit of a unitStaff user.' })
  unitId: string | null;

  @Field(() => String, { nullable: true, description: 'The region (GB/T 2260) a leader reads, with every region below it.' })
  regionCode: string | null;

  @Field({ description: 'The password was reset by an administrator: only `changePassword` and `me` work until it is changed.' })
  mustChangePassword: boolean;
}
