/** The PushReport type: what happened to each record of a push. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import type { RecordStatus } from './pushRecords.ts'

export enum PushStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

registerEnumType(PushStatus, {
  name: 'PushStatus',
  description: '一条记录的推送结果。What a push did with one record.',
  valuesConfig: {
    CREATED: { description: '新建。Added to the registry.' },
    UPDATED: { description: '已更新。Changed.' },
    UNCHANGED: { description: '无变化，未写入。Identical to what was there; nothing written.' },
    REJECTED: { description: '被拒绝，未写入任何内容。Refused; nothing of it was written.' },
  },
})

@ObjectType({ description: '一个问题：哪个字段，为什么。One problem: which field, and why.' })
export class FieldProblemType {
  @Field(() => String, { description: '字段路径，如 records.3.capacity。Field path, e.g. records.3.capacity.' })
  path!: string

  @Field(() => String, { description: '原因。Reason.' })
  reason!: string
}

@ObjectType({ description: '一条记录的结果。The outcome for one record.' })
export class PushRecordResult {
  @Field(() => Int, { description: '在本批中的位置（从 0 开始）。Position in the batch, from 0.' })
  index!: number

  @Field(() => String, { nullable: true, description: '来源编号。externalId as pushed.' })
  externalId!: string | null

  @Field(() => ID, { nullable: true, description: '登记编号（被拒绝时为空）。Registry id; null when rejected.' })
  id!: string | null

  @Field(() => PushStatus, { description: '结果。Status.' })
  status!: RecordStatus

  @Field(() => [FieldProblemType], { description: '被拒绝的原因。Why it was rejected.' })
  problems!: FieldProblemType[]
}

@ObjectType({ description: '推送报告。What a push did.' })
export class PushReport {
  @Field(() => ID, { description: '推送编号（见推送日志）。Push id, as in the push log.' })
  pushId!: string

  @Field(() => String, { description: '来源系统。Source system.' })
  source!: string

  @Field(() => Int, { description: '新建数。Created.' })
  created!: number

  @Field(() => Int, { description: '更新数。Updated.' })
  updated!: number

  @Field(() => Int, { description: '无变化数。Unchanged.' })
  unchanged!: number

  @Field(() => Int, { description: '拒绝数。Rejected.' })
  rejected!: number

  @Field(() => [PushRecordResult], { description: '逐条结果，顺序与输入一致。One result per record, in input order.' })
  records!: PushRecordResult[]
}
