/**
 * Jest runs in native ESM mode (Payload is ESM-only; CommonJS jest cannot load
 * it), so `npm test` sets NODE_OPTIONS=--experimental-vm-modules. @swc/jest
 * transpiles TypeScript with legacy decorators and their metadata, which
 * type-graphql reads; it is about twice as fast as ts-jest.
 */
import { fileURLToPath } from 'node:url'
import { suiteKinds } from './tests/setup/suiteKinds.js'

const { fast, slow } = suiteKinds(fileURLToPath(new URL('.', import.meta.url)))

const project = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
}

export default {
  // Two projects: `npm run test:fast` runs the first (see tests/setup/suiteKinds.js), `npm test` both.
  projects: [
    { ...project, displayName: 'fast', testMatch: fast },
    { ...project, displayName: 'slow', testMatch: slow },
  ],
  globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
  // Suites start real servers; two workers match the two cores of the reference machine.
  maxWorkers: 2,
  testTimeout: 120_000,
}
