/**
 * The shipped graph's settled layout, computed at build time by scripts/prerender-plugin.ts
 * (see app/features/graph/engine/shipped-layout.ts).
 */
declare module 'virtual:shipped-layout' {
  import type { ShippedLayout } from '@/features/graph/engine/shipped-layout';
  const layout: ShippedLayout | null;
  export default layout;
}
