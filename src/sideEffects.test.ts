// vite.config.ts builds src/ as free of side effects on import (only styles have them),
// so a module reached only through an unused barrel re-export is left out of the
// bundle. A bare `import './x'` of one of our scripts would then run nothing: none may
// exist (packages keep their side effects).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `import './x'` / `import 'pkg'` statements of a source: imports run only for their effects. */
export function bareImports(source: string): string[] {
  return [...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('side-effect-free sources', () => {
  it('finds bare imports', () => {
    expect(bareImports("import './a.css';\nimport { x } from './y';\n import \"./z\";")).toEqual([
      './a.css',
      './z',
    ]);
  });

  it('imports nothing but styles for its effects', () => {
    const offenders = sources(join(__dirname)).flatMap((file) =>
      bareImports(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.') && !spec.endsWith('.css'))
        .map((spec) => `${file}: import '${spec}'`),
    );
    expect(offenders).toEqual([]);
  });
});
