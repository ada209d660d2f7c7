import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum Severity {
  error = 'error',
  warning = 'warning',
  info = 'info',
}
registerEnumType(Severity, { name: 'Severity' });

@ObjectType({ description: 'One inconsistency the core\'s audit found between the evaluation\'s claims and the numbers.' })
export class AuditFinding {
  @Field({ description: 'Stable code, e.g. score.mismatch (docs/audit-findings.md).' })
  code: string;

  @Field(() => Severity)
  severity: Severity;

  @Field({ description: 'Chinese, says what is wrong and where.' })
  message: string;

  @Field({ description: 'JSON path into the project file, e.g. evaluation.indicators[7].claimed.score.' })
  path: string;

  @Field(() => String, { nullable: true, description: 'What was claimed (a decimal or a text).' })
  claimed: string | null;

  @Field(() => String, { nullable: true, description: 'What the numbers give.' })
  computed: string | null;
}
