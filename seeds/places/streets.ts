/**
 * Gongshu District's 18 streets (街道). Resident populations are rounded
 * seed figures of the right order (the district has about 1.18 million
 * residents); the registry lets the office correct them.
 */
export interface StreetSeed {
  id: string
  name: string
  nameEn: string
  residentPopulation: number
}

export const GONGSHU_STREETS: readonly StreetSeed[] = [
  { id: 'mishixiang', name: '米市巷', nameEn: 'Mishixiang', residentPopulation: 61_000 },
  { id: 'hushu', name: '湖墅', nameEn: 'Hushu', residentPopulation: 58_000 },
  { id: 'xiaohe', name: '小河', nameEn: 'Xiaohe', residentPopulation: 52_000 },
  { id: 'hemu', name: '和睦', nameEn: 'Hemu', residentPopulation: 49_000 },
  { id: 'gongchenqiao', name: '拱宸桥', nameEn: 'Gongchenqiao', residentPopulation: 63_000 },
  { id: 'daguan', name: '大关', nameEn: 'Daguan', residentPopulation: 55_000 },
  { id: 'shangtang', name: '上塘', nameEn: 'Shangtang', residentPopulation: 57_000 },
  { id: 'xiangfu', name: '祥符', nameEn: 'Xiangfu', residentPopulation: 92_000 },
  { id: 'banshan', name: '半山', nameEn: 'Banshan', residentPopulation: 68_000 },
  { id: 'kangqiao', name: '康桥', nameEn: 'Kangqiao', residentPopulation: 71_000 },
  { id: 'shiqiao', name: '石桥', nameEn: 'Shiqiao', residentPopulation: 84_000 },
  { id: 'dongxin', name: '东新', nameEn: 'Dongxin', residentPopulation: 76_000 },
  { id: 'wenhui', name: '文晖', nameEn: 'Wenhui', residentPopulation: 59_000 },
  { id: 'zhaohui', name: '朝晖', nameEn: 'Zhaohui', residentPopulation: 74_000 },
  { id: 'chaoming', name: '潮鸣', nameEn: 'Chaoming', residentPopulation: 62_000 },
  { id: 'changqing', name: '长庆', nameEn: 'Changqing', residentPopulation: 45_000 },
  { id: 'wulin', name: '武林', nameEn: 'Wulin', residentPopulation: 53_000 },
  { id: 'tianshui', name: '天水', nameEn: 'Tianshui', residentPopulation: 41_000 },
]
