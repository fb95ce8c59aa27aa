/**
 * Vite plugin: the first entry, src/boot.ts, as its own tiny chunk, named in
 * index.html as an async module script ahead of the app's entry, so it runs as soon
 * as it arrives — while the main chunk is still being fetched and evaluated — and
 * opens the relay socket of a map opened from a link (issue 18). Its tag carries the
 * chunks other pages preload (`data-preload`, vitePlugin.ts). In dev the source file
 * is named instead.
 */
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { preloadHrefs } from './vitePlugin';

const BOOT = fileURLToPath(new URL('../boot.ts', import.meta.url));

interface ChunkLike {
  readonly type: string;
  readonly fileName: string;
  readonly facadeModuleId?: string | null;
}

/** The `<script>` tag for the boot chunk in `bundle` (none when it is missing). */
export function bootTags(
  bundle: Readonly<Record<string, ChunkLike>>,
  base: string,
): HtmlTagDescriptor[] {
  const chunk = Object.values(bundle).find(
    (c) => c.type === 'chunk' && c.facadeModuleId?.replace(/\\/g, '/').endsWith('/src/boot.ts'),
  );
  const preload = preloadHrefs(bundle, base).join(' ');
  return chunk ? [scriptTag(`${base}${chunk.fileName}`, preload)] : [];
}

function scriptTag(src: string, preload = ''): HtmlTagDescriptor {
  return {
    tag: 'script',
    attrs: {
      type: 'module',
      async: true,
      crossorigin: true,
      src,
      ...(preload ? { 'data-preload': preload } : {}),
    },
    injectTo: 'head-prepend',
  };
}

export function bootEntryPlugin(): Plugin {
  let base = '/';
  let building = false;
  return {
    name: 'journeyboard-boot-entry',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    buildStart() {
      if (building) this.emitFile({ type: 'chunk', id: BOOT, name: 'boot' });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        ctx.bundle ? bootTags(ctx.bundle, base) : [scriptTag(`${base}src/boot.ts`)],
    },
  };
}
