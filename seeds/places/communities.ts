/**
 * Four communities (社区) per street give the bottom level of the three-level
 * network something to hang community citizen schools, teachers and venues on.
 * Names follow real Gongshu communities where known and are plausible
 * otherwise; populations are split from the street's figure so that they
 * always add up to it, even after the street figure is corrected.
 */
import type { CommunitySeed } from '../../server/registry/places/communities.repository.ts'
import { GONGSHU_STREETS } from './streets.ts'

/** [id suffix (pinyin), name, relative share of the street's residents]. */
type CommunityRow = readonly [slug: string, name: string, share: number]

const COMMUNITIES_BY_STREET: Readonly<Record<string, readonly CommunityRow[]>> = {
  mishixiang: [
    ['zuojiaxincun', '左家新村社区', 29],
    ['zhuertan', '珠儿潭社区', 26],
    ['datangxiang', '大塘巷社区', 24],
    ['jingduyuan', '京都苑社区', 21],
  ],
  hushu: [
    ['maiyuqiao', '卖鱼桥社区', 28],
    ['dadoulu', '大兜路社区', 22],
    ['hushuxincun', '湖墅新村社区', 27],
    ['xinyifang', '信义坊社区', 23],
  ],
  xiaohe: [
    ['changzhengqiao', '长征桥社区', 30],
    ['xiaohexincun', '小河新村社区', 25],
    ['qilun', '汽轮社区', 22],
    ['xiaohewan', '小河湾社区', 23],
  ],
  hemu: [
    ['hemuxincun', '和睦新村社区', 31],
    ['ruanjiaqiao', '阮家桥社区', 24],
    ['huafeng', '华丰社区', 23],
    ['dengyun', '登云社区', 22],
  ],
  gongchenqiao: [
    ['qiaoxi', '桥西社区', 26],
    ['ruyili', '如意里社区', 25],
    ['jixiangsi', '吉祥寺社区', 27],
    ['hangsi', '杭丝社区', 22],
  ],
  daguan: [
    ['daguanxiyuan', '大关西苑社区', 27],
    ['daguannanyuan', '大关南苑社区', 25],
    ['daguandongyuan', '大关东苑社区', 26],
    ['deshengxincun', '德胜新村社区', 22],
  ],
  shangtang: [
    ['jiashanxincun', '假山新村社区', 28],
    ['caima', '蔡马社区', 24],
    ['guashan', '瓜山社区', 26],
    ['gaotingba', '皋亭坝社区', 22],
  ],
  xiangfu: [
    ['xiangfuqiao', '祥符桥社区', 27],
    ['kongjiadai', '孔家埭社区', 24],
    ['qinfeng', '勤丰社区', 25],
    ['huayuangang', '花园岗社区', 24],
  ],
  banshan: [
    ['banshanqiao', '半山桥社区', 26],
    ['tianyuan', '田园社区', 25],
    ['hanggangbeiyuan', '杭钢北苑社区', 27],
    ['yonghe', '永和社区', 22],
  ],
  kangqiao: [
    ['kangqiao', '康桥社区', 29],
    ['kangyuan', '康园社区', 25],
    ['sanbao', '三宝社区', 23],
    ['pinganqiao', '平安桥社区', 23],
  ],
  shiqiao: [
    ['shiqiao', '石桥社区', 28],
    ['yangjia', '杨家社区', 24],
    ['yongfeng', '永丰社区', 25],
    ['huazhong', '华中社区', 23],
  ],
  dongxin: [
    ['dongxinyuan', '东新园社区', 27],
    ['datieguan', '打铁关社区', 25],
    ['xintiandi', '新天地社区', 26],
    ['dongyuan', '东园社区', 22],
  ],
  wenhui: [
    ['zhongshanhuayuan', '中山花园社区', 28],
    ['chaowang', '潮王社区', 25],
    ['wangma', '王马社区', 24],
    ['xiandaicheng', '现代城社区', 23],
  ],
  zhaohui: [
    ['zhaohuiyiqu', '朝晖一区社区', 26],
    ['zhaohuiwuqu', '朝晖五区社区', 25],
    ['zhaohuibaqu', '朝晖八区社区', 27],
    ['hedong', '河东社区', 22],
  ],
  chaoming: [
    ['xinhuafang', '新华坊社区', 27],
    ['zhizunong', '知足弄社区', 24],
    ['genshanmen', '艮山门社区', 26],
    ['chaomingsixiang', '潮鸣寺巷社区', 23],
  ],
  changqing: [
    ['qingchunfang', '青春坊社区', 28],
    ['baijingfang', '百井坊社区', 25],
    ['liushuiyuan', '流水苑社区', 24],
    ['fengqiyuan', '凤起苑社区', 23],
  ],
  wulin: [
    ['zhuganxiang', '竹竿巷社区', 27],
    ['huazangsixiang', '华藏寺巷社区', 24],
    ['wulinmen', '武林门社区', 26],
    ['huanchengbeilu', '环城北路社区', 23],
  ],
  tianshui: [
    ['xianlinqiao', '仙林桥社区', 27],
    ['haierxiang', '孩儿巷社区', 24],
    ['dengxinxiang', '灯芯巷社区', 25],
    ['tianshuiyuan', '天水苑社区', 24],
  ],
}

function buildCommunities(): CommunitySeed[] {
  const result: CommunitySeed[] = []
  for (const street of GONGSHU_STREETS) {
    const rows = COMMUNITIES_BY_STREET[street.id]
    if (!rows || rows.length !== 4) throw new Error(`communities: street ${street.id} needs exactly 4 communities`)
    const totalShare = rows.reduce((sum, [, , share]) => sum + share, 0)
    let assigned = 0
    rows.forEach(([slug, name, share], index) => {
      // Round to tens; the last community takes the remainder so the street sums exactly.
      const residentPopulation =
        index === rows.length - 1
          ? street.residentPopulation - assigned
          : Math.round((street.residentPopulation * share) / totalShare / 10) * 10
      assigned += residentPopulation
      result.push({ id: `${street.id}-${slug}`, streetId: street.id, name, residentPopulation })
    })
  }
  return result
}

export const GONGSHU_COMMUNITIES: readonly CommunitySeed[] = Object.freeze(buildCommunities())
