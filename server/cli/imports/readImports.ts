/**
 * Every import between the project's own files, read with TypeScript's
 * parser rather than a pattern, so multi-line imports, re-exports, dynamic
 * `import()` and type-only imports (erased at compile time) are told apart
 * exactly as the compiler tells them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { PACKAGE, type ImportEdge } from './importRules.ts'

const SOURCE = /\.(ts|tsx|mts|mjs|js|jsx)$/
const SKIP = new Set(['node_modules', '.next', 'generated', 'dist'])

function sourceFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir)
  if (!existsSync(full)) return []
  return readdirSync(full).flatMap((name) => {
    if (SKIP.has(name)) return []
    const rel = `${dir}/${name}`
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(root, rel)
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [rel] : []
  })
}

function resolve(root: string, from: string, specifier: string): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier))
  return [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(
    (candidate) => existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile(),
  )
}

/** The imports of one file's text: specifier and whether only types cross. */
export function importsIn(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    false,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  const found: { specifier: string; typeOnly: boolean }[] = []
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnly(node) })
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false })
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true
    return (
      !!node.exportClause &&
      ts.isNamedExports(node.exportClause) &&
      node.exportClause.elements.length > 0 &&
      node.exportClause.elements.every((element) => element.isTypeOnly)
    )
  }
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  if (clause.name) return false
  const bindings = clause.namedBindings
  return (
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

/** What one file imports: project files (relative imports that resolve to a file) and packages, as `package:<specifier>`. */
export function importEdgesOf(root: string, from: string): ImportEdge[] {
  const edges: ImportEdge[] = []
  for (const { specifier, typeOnly } of importsIn(from, readFileSync(path.join(root, from), 'utf8'))) {
    if (!specifier.startsWith('.')) {
      edges.push({ from, to: `${PACKAGE}${specifier}`, typeOnly })
      continue
    }
    const to = resolve(root, from, specifier)
    if (to) edges.push({ from, to, typeOnly })
  }
  return edges
}

/** Every source file under the given top-level folders. */
export function projectSourceFiles(
  root: string,
  folders: readonly string[] = ['server', 'cms', 'seeds', 'schema'],
): string[] {
  return folders.flatMap((folder) => sourceFiles(root, folder))
}

/** Every import from one project file to another under the given top-level folders. */
export function readImportEdges(root: string, folders?: readonly string[]): ImportEdge[] {
  return projectSourceFiles(root, folders).flatMap((from) => importEdgesOf(root, from))
}
