/**
 * Gongshu District's 18 streets (街道): the district's fixed administrative
 * divisions, which the desk offers in its street selects and the registry's
 * streets are seeded from. Ids and names only; figures that change (resident
 * populations) live in the registry, where the office corrects them.
 */
export interface GongshuStreet {
  /** The registry id. */
  id: string
  name: string
  nameEn: string
}

export const GONGSHU_STREETS: readonly GongshuStreet[] = [
  { id: 'mishixiang', name: '米市巷', nameEn: 'Mishixiang' },
  { id: 'hushu', name: '湖墅', nameEn: 'Hushu' },
  { id: 'xiaohe', name: '小河', nameEn: 'Xiaohe' },
  { id: 'hemu', name: '和睦', nameEn: 'Hemu' },
  { id: 'gongchenqiao', name: '拱宸桥', nameEn: 'Gongchenqiao' },
  { id: 'daguan', name: '大关', nameEn: 'Daguan' },
  { id: 'shangtang', name: '上塘', nameEn: 'Shangtang' },
  { id: 'xiangfu', name: '祥符', nameEn: 'Xiangfu' },
  { id: 'banshan', name: '半山', nameEn: 'Banshan' },
  { id: 'kangqiao', name: '康桥', nameEn: 'Kangqiao' },
  { id: 'shiqiao', name: '石桥', nameEn: 'Shiqiao' },
  { id: 'dongxin', name: '东新', nameEn: 'Dongxin' },
  { id: 'wenhui', name: '文晖', nameEn: 'Wenhui' },
  { id: 'zhaohui', name: '朝晖', nameEn: 'Zhaohui' },
  { id: 'chaoming', name: '潮鸣', nameEn: 'Chaoming' },
  { id: 'changqing', name: '长庆', nameEn: 'Changqing' },
  { id: 'wulin', name: '武林', nameEn: 'Wulin' },
  { id: 'tianshui', name: '天水', nameEn: 'Tianshui' },
]
