/** The Teacher type: a teacher of the pool (师资库). */
import { Field, ID, ObjectType } from 'type-graphql'
import type { Audience, Employment, PoolLevel, Topic } from '../../domain/vocabulary.ts'
import { ConnectionType } from '../../graphql/pagination/connection.ts'
import { AudienceEnum, EmploymentEnum, PoolLevelEnum, TopicEnum } from '../shared/registryEnums.ts'
import type { TeacherDocument } from './teacher.content.ts'

@ObjectType({ description: '教师联系方式（仅编辑可见）。Contact details, for editors only.' })
export class TeacherContact {
  @Field(() => String, { nullable: true, description: '电话。Phone.' })
  phone!: string | null

  @Field(() => String, { nullable: true, description: '邮箱。Email.' })
  email!: string | null
}

@ObjectType({ description: '教师：师资库中的一位老师。A teacher of the pool.' })
export class Teacher {
  @Field(() => ID, { description: '登记编号。Registry id.' })
  id!: string

  @Field(() => String, { description: '姓名。Name.' })
  name!: string

  @Field(() => PoolLevelEnum, { description: '师资库层级。Pool level.' })
  poolLevel!: PoolLevel

  @Field(() => EmploymentEnum, { description: '任职方式。Employment.' })
  employment!: Employment

  @Field(() => [TopicEnum], { description: '擅长主题。Expertise topics.' })
  topics!: Topic[]

  @Field(() => [AudienceEnum], { description: '授课对象。Audiences taught.' })
  audiences!: Audience[]

  @Field(() => String, { nullable: true, description: '简介。Short bio.' })
  bio!: string | null

  @Field(() => [String], { description: '授课语言。Teaching languages.' })
  languages!: string[]

  @Field(() => Boolean, { description: '是否在库。Whether the teacher is active.' })
  active!: boolean

  institutionId!: string | null
  streetId!: string | null
  document!: TeacherDocument
}

export function toTeacher(document: TeacherDocument): Teacher {
  const { _id, name, poolLevel, employment, topics, audiences, bio, languages, active, institutionId, streetId } =
    document
  return {
    id: _id,
    name,
    poolLevel,
    employment,
    topics,
    audiences,
    bio,
    languages,
    active,
    institutionId,
    streetId,
    document,
  }
}

export const TeacherConnection = ConnectionType(Teacher, 'Teacher', '教师列表。A page of teachers.')
