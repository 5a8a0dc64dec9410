/**
 * `npm run bench:registry`: how long the registry takes to take in 10,000
 * teachers, three ways, measured side by side in one run on a fresh embedded
 * database: pushed through the graph over HTTP in batches of 1,000; imported
 * from a CSV file; and a raw driver insertMany of the same documents (the
 * floor: no validation, no report, no provenance).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import { createPayloadConfig } from '../../../cms/config/createPayloadConfig.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { seedTeachers } from '../../../seeds/registry/teachers.ts'
import { startHub } from '../../app.ts'
import { hubVersion } from '../../config/hubVersion.ts'
import { limits } from '../../config/limits.ts'
import { AUDIENCES, EMPLOYMENTS, POOL_LEVELS, TOPICS } from '../../domain/vocabulary.ts'
import { detectServer } from '../../database/flavor.ts'
import { launchDatabase } from '../../database/launcher.ts'
import { connectMongo, withDatabaseName } from '../../database/mongo.ts'
import { importRegistry } from '../../registry/import/importRegistry.ts'
import { readImportFile } from '../../registry/import/readImportFile.ts'
import { REGISTRY_COLLECTIONS } from '../../registry/shared/collections.ts'
import { contentHash } from '../../registry/push/contentHash.ts'
import type { TeacherInput } from '../../registry/teachers/teacher.input.ts'
import { validateTeacher } from '../../registry/teachers/validateTeacher.ts'
import { PlacesDirectory } from '../../registry/places/placesDirectory.ts'

const TOTAL = 10_000
const BATCH = limits.registry.maxPushBatch

function tenThousandTeachers(): TeacherInput[] {
  const base = seedTeachers()
  return Array.from({ length: TOTAL }, (_, index) => {
    const teacher = base[index % base.length]!
    return {
      ...teacher,
      externalId: `bench-${index}`,
      name: `${teacher.name}${index}`,
      institution: teacher.institution ? `seed:${teacher.institution}` : null,
    }
  })
}

function toCsv(teachers: TeacherInput[]): string {
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  const rows = teachers.map((t) =>
    [
      t.externalId,
      t.name,
      POOL_LEVELS[t.poolLevel].zh,
      t.institution ?? '',
      t.street ?? '',
      EMPLOYMENTS[t.employment].zh,
      t.topics.map((k) => TOPICS[k].zh).join('、'),
      t.audiences.map((k) => AUDIENCES[k].zh).join('、'),
      t.bio ?? '',
      (t.languages ?? []).join('、'),
      t.phone ?? '',
      t.email ?? '',
      t.active === false ? '否' : '是',
    ]
      .map(cell)
      .join(','),
  )
  return (
    '\uFEFF编号,姓名,师资库层级,所在机构,街道,任职方式,擅长主题,授课对象,简介,授课语言,电话,邮箱,在库\n' +
    rows.join('\n') +
    '\n'
  )
}

const seconds = (ms: number) => (ms / 1000).toFixed(2)

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'canal-hub-bench-'))
const database = await launchDatabase({ dataDir, port: 0, readyTimeoutMs: limits.database.readyTimeoutMs })
try {
  const teachers = tenThousandTeachers()
  const results: [string, number][] = []

  // 1. Through the graph, over HTTP, as a signed-in editor.
  {
    const uri = withDatabaseName(database.uri, 'bench_push')
    const mongo = await connectMongo(uri)
    await seedRegistry(mongo.db)
    const { flavor } = await detectServer(mongo.db)
    const payload = await getPayload({
      config: createPayloadConfig({ databaseUri: uri, flavor, secret: 'bench', logLevel: 'error', jobs: false }),
      key: 'bench',
    })
    await payload.create({
      collection: 'users',
      data: { email: 'bench@example.org', password: 'bench password', role: 'editor' },
      overrideAccess: true,
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'bench@example.org', password: 'bench password' },
    })
    const hub = await startHub({ db: mongo.db, payload, hubVersion }, { port: 0, host: '127.0.0.1' })
    const mutation =
      'mutation($source: String!, $records: [TeacherInput!]!) { pushTeachers(source: $source, records: $records) { created rejected } }'
    const started = performance.now()
    let created = 0
    for (let start = 0; start < TOTAL; start += BATCH) {
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          query: mutation,
          variables: { source: 'bench', records: teachers.slice(start, start + BATCH) },
        }),
      })
      const body = (await response.json()) as {
        data?: { pushTeachers: { created: number; rejected: number } }
        errors?: unknown
      }
      if (!body.data) throw new Error(JSON.stringify(body.errors))
      created += body.data.pushTeachers.created
    }
    results.push([
      `pushTeachers over HTTP, ${TOTAL / BATCH} batches of ${BATCH} (created ${created})`,
      performance.now() - started,
    ])

    const again = performance.now()
    for (let start = 0; start < TOTAL; start += BATCH) {
      await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          query: mutation,
          variables: { source: 'bench', records: teachers.slice(start, start + BATCH) },
        }),
      })
    }
    results.push(['the same push again (all unchanged, nothing written)', performance.now() - again])
    await hub.stop()
    await payload.destroy()
    await mongo.close()
  }

  // 2. From a CSV file, through the importer.
  {
    const mongo = await connectMongo(withDatabaseName(database.uri, 'bench_csv'))
    await seedRegistry(mongo.db)
    const file = path.join(dataDir, 'teachers.csv')
    writeFileSync(file, toCsv(teachers))
    const started = performance.now()
    const report = await importRegistry(mongo.db, await readImportFile(file), {
      source: 'bench',
      pusher: { label: 'bench', role: 'admin', street: null, sourceSystem: null },
    })
    results.push([
      `CSV import of the same (created ${report.created}, rejected ${report.rejected})`,
      performance.now() - started,
    ])
    await mongo.close()
  }

  // 3. The floor: the same documents with a raw insertMany.
  {
    const mongo = await connectMongo(withDatabaseName(database.uri, 'bench_raw'))
    await seedRegistry(mongo.db)
    const places = await PlacesDirectory.load(mongo.db)
    const now = new Date()
    const documents = teachers.map((teacher, index) => {
      const content = validateTeacher(teacher, `records.${index}`, { source: 'bench', places }).content!
      return {
        _id: `bench:${teacher.externalId}`,
        ...content,
        source: 'bench',
        externalId: teacher.externalId,
        pushedBy: 'bench',
        pushedAt: now,
        pushId: 'raw',
        contentHash: contentHash(content),
        createdAt: now,
      }
    })
    const started = performance.now()
    await mongo.db
      .collection<{ _id: string }>(`${REGISTRY_COLLECTIONS.teachers}_raw`)
      .insertMany(documents, { ordered: false })
    results.push(['raw driver insertMany of the same documents', performance.now() - started])
    await mongo.close()
  }

  const floor = results.at(-1)![1]
  const firstPush = results[0]![1]
  console.log(`\n${TOTAL} teachers on ${database.kind} (${database.uri})\n`)
  console.log('| how | seconds | × raw insertMany | × the first push |')
  console.log('| --- | ---: | ---: | ---: |')
  for (const [label, ms] of results)
    console.log(`| ${label} | ${seconds(ms)} | ${(ms / floor).toFixed(2)} | ${(ms / firstPush).toFixed(2)} |`)
} finally {
  await database.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
