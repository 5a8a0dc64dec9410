/** The Submission type: a partner's course proposal as its partner sees it (never reviewers' notes or scores). */
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql'
import type { Submission as SubmissionRecord } from '../../cms/payload-types.ts'
import { STATE_NAMES, SUBMISSION_STATES } from '../domain/collect/submissionRules.ts'
import type { Audience, LearningMode, Topic } from '../domain/vocabulary.ts'
import { ConnectionType } from '../graphql/pagination/connection.ts'
import { AudienceEnum, LearningModeEnum, TopicEnum } from '../registry/shared/registryEnums.ts'

export const SubmissionStateEnum = Object.fromEntries(
  SUBMISSION_STATES.map((state) => [state.toUpperCase(), state.toUpperCase()]),
) as Record<string, string>

registerEnumType(SubmissionStateEnum, {
  name: 'SubmissionState',
  description: '申报的状态。Where a submission stands.',
  valuesConfig: Object.fromEntries(
    SUBMISSION_STATES.map((state) => [
      state.toUpperCase(),
      { description: `${STATE_NAMES[state].zh}。${STATE_NAMES[state].en}.` },
    ]),
  ),
})

@ObjectType({ description: '申报的一次处理记录。One step in a submission’s history.' })
export class SubmissionEvent {
  @Field(() => String, { description: '操作（submit、accept 等）。The action taken (submit, accept, ...).' })
  action!: string

  @Field(() => SubmissionStateEnum, { description: '操作后的状态。The state it led to.' })
  state!: string

  @Field(() => String, {
    nullable: true,
    description: '操作人：姓名或角色，从不显示邮箱。Who acted: a name or a role, never an email address.',
  })
  by!: string | null

  @Field(() => Date, { description: '时间。When.' })
  at!: Date

  @Field(() => String, {
    nullable: true,
    description: '说明（决定理由等）。The comment given, e.g. the reason for a decision.',
  })
  comment!: string | null
}

@ObjectType({ description: '合作机构的课程申报。A partner institution’s course submission.' })
export class Submission {
  @Field(() => ID, { description: '申报编号。Submission id.' })
  id!: string

  @Field(() => String, { description: '课程名称。Course title.' })
  title!: string

  @Field(() => String, { nullable: true, description: '简介。Summary.' })
  summary!: string | null

  @Field(() => SubmissionStateEnum, { description: '状态。State.' })
  state!: string

  @Field(() => ID, { nullable: true, description: '应征的征集编号（未应征则为空）。The call answered, if any.' })
  callId!: string | null

  @Field(() => String, { description: '申报机构的登记编号。Registry id of the submitting institution.' })
  institutionId!: string

  @Field(() => [TopicEnum], { description: '主题。Topics.' })
  topics!: Topic[]

  @Field(() => [AudienceEnum], { description: '学习对象。Audiences.' })
  audiences!: Audience[]

  @Field(() => LearningModeEnum, { nullable: true, description: '学习方式。Mode.' })
  mode!: LearningMode | null

  @Field(() => Float, { nullable: true, description: '学时。Credit hours.' })
  creditHours!: number | null

  @Field(() => String, {
    nullable: true,
    description: '决定及退回的理由。The reason given with a decision or a request for changes.',
  })
  decisionReason!: string | null

  @Field(() => [SubmissionEvent], { description: '处理记录，按时间先后。History, oldest first.' })
  history!: SubmissionEvent[]

  @Field(() => Date, { description: '创建时间。Created.' })
  createdAt!: Date

  @Field(() => Date, { description: '最后更新。Last updated.' })
  updatedAt!: Date
}

export const SubmissionConnection = ConnectionType(Submission, 'Submission', '申报列表。A page of submissions.')

/** A submission as Payload's Local API returns it to its partner (the generated type, the fields this type reads). */
export type SubmissionDoc = Pick<
  SubmissionRecord,
  | 'id'
  | 'title'
  | 'summary'
  | 'state'
  | 'call'
  | 'institution'
  | 'topics'
  | 'audiences'
  | 'mode'
  | 'creditHours'
  | 'decisionReason'
  | 'history'
  | 'createdAt'
  | 'updatedAt'
>

export function toSubmission(doc: SubmissionDoc): Submission {
  const call = doc.call && typeof doc.call === 'object' ? doc.call.id : doc.call
  return {
    id: String(doc.id),
    title: doc.title,
    summary: doc.summary ?? null,
    state: (doc.state ?? 'draft').toUpperCase(),
    callId: call === null || call === undefined ? null : String(call),
    institutionId: doc.institution ?? '',
    topics: doc.topics ?? [],
    audiences: doc.audiences ?? [],
    mode: doc.mode ?? null,
    creditHours: doc.creditHours ?? null,
    decisionReason: doc.decisionReason ?? null,
    history: (doc.history ?? []).map((event) => ({
      action: event.action ?? '',
      state: (event.state ?? 'draft').toUpperCase(),
      by: event.by ?? null,
      at: new Date(event.at ?? doc.updatedAt),
      comment: event.comment ?? null,
    })),
    createdAt: new Date(doc.createdAt),
    updatedAt: new Date(doc.updatedAt),
  }
}
