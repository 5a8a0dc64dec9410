/**
 * Which graph type a node is, for unions (a collection's items, search hits).
 * Nodes are plain objects, so type-graphql's default `instanceof` check
 * cannot tell them apart; each union member is tagged when it is built.
 */
const KIND = Symbol('graphKind')

export type NodeKind =
  | 'Course'
  | 'LectureSeries'
  | 'Session'
  | 'CourseCollection'
  | 'Institution'
  | 'Teacher'
  | 'Venue'
  | 'Street'
  | 'Community'

export function tagged<T extends object>(kind: NodeKind, node: T): T {
  Object.defineProperty(node, KIND, { value: kind, enumerable: false })
  return node
}

export function kindOf(node: object): NodeKind | undefined {
  return (node as { [KIND]?: NodeKind })[KIND]
}
