import type { Decimal } from '@jixiao/core';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';
import { EvaluationKind } from '../../projects/models/enums.js';

export enum EvaluationStatus {
  draft = 'draft',
  submitted = 'submitted',
}
registerEnumType(EvaluationStatus, { name: 'EvaluationStatus', description: 'draft 草稿 / submitted 已提交 (frozen).' });

@ObjectType({ description: '评价组成员' })
export class EvaluationTeamMember {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: '职务' })
  title: string | null;

  @Field({ description: 'lead 组长 / deputyLead 副组长 / member 成员' })
  role: string;
}

@ObjectType({
  description:
    'The frozen record of a submitted evaluation. While it exists, the project\'s scoreCard, indicators and auditFindings are read from it, not recomputed.',
})
export class EvaluationSnapshot {
  @Field({ description: 'SHA-256 (hex) of the canonical JSON (RFC 8785) of the stored content.' })
  contentHash: string;

  @Field({ description: 'True when the stored content still hashes to contentHash.' })
  hashVerified: boolean;

  @Field(() => Int, { description: 'The project version the submission produced.' })
  projectVersion: number;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'The project\'s evaluation as recorded, with what its authors claimed.' })
export class Evaluation {
  @Field(() => EvaluationKind)
  kind: EvaluationKind;

  @Field()
  frameworkId: string;

  @Field()
  frameworkName: string;

  @Field(() => EvaluationStatus)
  status: EvaluationStatus;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  evaluatedAt: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '总分 as claimed.' })
  claimedTotalScore: Decimal | null;

  @Field(() => String, { nullable: true, description: '评级 as written by the evaluation (优秀, 良, …).' })
  claimedGrade: string | null;

  @Field(() => [EvaluationTeamMember])
  team: EvaluationTeamMember[];

  @Field(() => EvaluationSnapshot, { nullable: true, description: 'The frozen record while submitted; null for a draft.' })
  snapshot: EvaluationSnapshot | null;
}
