import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '地区 / 行政区划 (GB/T 2260).' })
export class Region {
  @Field({ description: 'Six-digit GB/T 2260 code, e.g. "652300".' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'The region above (a county\'s prefecture).' })
  parentCode: string | null;

  @Field(() => Int, { description: '2 = prefecture (地级), 3 = county (县级).' })
  level: number;
}
