/**
 * The action menus of the workflows (review, submission, purchase) list only
 * the steps the save would accept for this user on this document, computed
 * by the same pure rule the save runs; with none open, the menu is not shown.
 * The save still runs the rule: the menu only spares people a refusal.
 */
import type { Condition, Option, PayloadRequest } from 'payload'
import type { User } from '../payload-types.ts'

/** Who the menu is for: the signed-in account, as Payload's generated User. */
export type MenuUser = Pick<User, 'id' | 'role'>

/** The actions open to `user` on the document as the form holds it. */
export type LegalActions = (data: Record<string, unknown>, user: MenuUser) => readonly string[]

const optionValue = (option: Option) => (typeof option === 'string' ? option : option.value)

export function legalActionMenu(legal: LegalActions): {
  filterOptions: (args: { data: Record<string, unknown>; options: Option[]; req: PayloadRequest }) => Option[]
  condition: Condition
} {
  const open = (data: Record<string, unknown> | undefined, user: MenuUser | null | undefined) =>
    user?.id ? legal(data ?? {}, user) : []
  return {
    filterOptions: ({ data, options, req }) => {
      const allowed = open(data, req.user)
      return options.filter((option) => allowed.includes(optionValue(option)))
    },
    condition: (data, _siblingData, { user }) => open(data, user).length > 0,
  }
}
