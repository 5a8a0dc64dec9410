/**
 * The registry's streets as first seeded: Gongshu's 18 streets (from the
 * domain's list) with resident populations, rounded seed figures of the right
 * order (the district has about 1.18 million residents); the registry lets the
 * office correct them.
 */
import { GONGSHU_STREETS as STREETS } from '../../server/domain/places/gongshuStreets.ts'
import type { StreetSeed } from '../../server/registry/places/streets.repository.ts'

const RESIDENTS: Readonly<Record<string, number>> = {
  mishixiang: 61_000,
  hushu: 58_000,
  xiaohe: 52_000,
  hemu: 49_000,
  gongchenqiao: 63_000,
  daguan: 55_000,
  shangtang: 57_000,
  xiangfu: 92_000,
  banshan: 68_000,
  kangqiao: 71_000,
  shiqiao: 84_000,
  dongxin: 76_000,
  wenhui: 59_000,
  zhaohui: 74_000,
  chaoming: 62_000,
  changqing: 45_000,
  wulin: 53_000,
  tianshui: 41_000,
}

export const GONGSHU_STREETS: readonly StreetSeed[] = STREETS.map((street) => ({
  ...street,
  residentPopulation: RESIDENTS[street.id]!,
}))
