/** Access rule: nobody, whatever their role (what only the system may do). */
import type { Access } from 'payload'

export const nobody: Access = () => false
