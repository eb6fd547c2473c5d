/**
 * Where the catalog lives. `content/` by default; `CATALOG_DIR` points the build and the check at
 * another catalog in the same format (tests use a fixture; a province keeps its own repository).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env['CATALOG_DIR']?.trim();
  return dir ? dir : 'content';
}
