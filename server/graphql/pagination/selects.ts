/**
 * Whether a query asked for a field directly under the current one (through
 * fragments too), so work such as counting is done only when asked for.
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql'

function selects(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  if (!selectionSet) return false
  return selectionSet.selections.some((selection) => {
    if (selection.kind === 'Field') return selection.name.value === name
    if (selection.kind === 'InlineFragment') return selects(selection.selectionSet, name, info)
    return selects(info.fragments[selection.name.value]?.selectionSet, name, info)
  })
}

export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, name, info))
}
