/**
 * The numbers the policy fixes (拱墅区《关于大力推进终身教育工作的实施意见》,
 * in force from 2023-05-12), one constant per clause, quoted so that a change
 * of policy is a change of one line here.
 */
export const POLICY_THRESHOLDS = {
  /** 三（五）按照不少于常住人口的万分之零点五的比例配备专职社区教育工作者 */
  districtFullTimeWorkersPer10k: { clause: '三（五）', minPer10k: 0.5 },
  /** 三（五）街道社区教育分院专职教师和管理人员按当地常住人口的0.01%的比例配备，且每校最低不少于3人 */
  streetBranchFullTimeStaff: { clause: '三（五）', shareOfResidents: 0.0001, minimum: 3 },
  /** 三（五）各社区教学点（社区市民学校）按不少于1人配备管理人员或专职教师 */
  teachingPointStaff: { clause: '三（五）', minimum: 1 },
  /** 三（五）街道社区学校用房应达到500平方米以上 */
  streetSchoolFloorArea: { clause: '三（五）', minM2: 500 },
  /** 四（二）按常住人口数安排的社区教育经费不得少于4元/人 */
  fundingPerResident: { clause: '四（二）', minCny: 4 },
} as const
