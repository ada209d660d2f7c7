import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AlertColour } from '../../projects/models/enums.js';

export enum MonitoringAlertKind {
  execution = 'execution',
  indicatorProgress = 'indicatorProgress',
  scoreRate = 'scoreRate',
}
registerEnumType(MonitoringAlertKind, {
  name: 'MonitoringAlertKind',
  description: 'execution 预算执行预警 / indicatorProgress 指标进度预警 / scoreRate 得分率高于执行率 (交叉核验).',
});

@ObjectType({ description: '预警 of 绩效运行监控 (“双监控”: money and targets together), at the project\'s monitoring date.' })
export class MonitoringAlert {
  @Field(() => MonitoringAlertKind)
  kind: MonitoringAlertKind;

  @Field(() => AlertColour)
  colour: AlertColour;

  @Field({ description: 'Chinese explanation with the numbers.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The indicator (its key) for indicator progress alerts.' })
  indicatorKey: string | null;
}
