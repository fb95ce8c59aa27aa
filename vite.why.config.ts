import base from './vite.config';
import type { Plugin } from 'vite';
const why: Plugin = {
  name: 'why',
  generateBundle(_o, bundle) {
    const entry = Object.values(bundle).find((c: any) => c.type === 'chunk' && c.isEntry && c.fileName.includes('index')) as any;
    const inEntry = new Set(Object.keys(entry.modules));
    const want = (process.env.WHY ?? '').split(',');
    for (const id of inEntry) {
      if (!want.some((w) => w && id.includes(w))) continue;
      const info = this.getModuleInfo(id)!;
      console.log('\n##', id.replace(/.*entry\//, ''), '<-', info.importers.map((i) => i.replace(/.*entry\//, '')).join(', '));
    }
  },
};
export default { ...base, plugins: [...(base as any).plugins, why] };
