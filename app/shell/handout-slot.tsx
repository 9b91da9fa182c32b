// Where the printed handout (features/handout) joins the page: a lazy chunk, loaded when the
// page is first idle. A curated map's handout is mounted then and stays, hidden on screen,
// because a print dialog gives no time to fetch or render anything. A large map's is mounted
// only for printing: at 5,000 nodes it is ~6,000 relations and a 5,000-node drawing, 0.8-1.9 s
// of rendering in one task, which mounted at idle blocked the page while the map laid out.
// Printing still gets all of it: this chunk imports the handout itself (not React.lazy, which
// would suspend on that first render), so `beforeprint` renders it synchronously, while the
// live map still has the layout the handout's drawing is copied from.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { sizeClass } from '@/features/graph/engine/size-class';
import PrintHandout from '@/features/handout/print-handout';
import type { GraphPort } from '@/lib/graph-port';
import type { GraphIndex } from '@/model/graph-index';

export default function HandoutSlot(props: { index: GraphIndex; map: GraphPort | null }) {
  const large = sizeClass(props.index.data.nodes.length) === 'large';
  const printing = usePrinting(large);
  return !large || printing ? <PrintHandout {...props} /> : null;
}

/** True while the page prints (listened for only when `watch`). */
function usePrinting(watch: boolean): boolean {
  // Loaded while already printing: render at once.
  const [printing, setPrinting] = useState(() => matchMedia('print').matches);
  useEffect(() => {
    if (!watch) return;
    const print = matchMedia('print');
    // Rendered before the handler returns: the browser lays out the printed page right after.
    const set = (on: boolean) => flushSync(() => setPrinting(on));
    const before = () => set(true);
    const after = () => set(false);
    // Print media without a beforeprint event (a page emulating print): render then.
    const change = () => set(print.matches);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    print.addEventListener('change', change);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      print.removeEventListener('change', change);
    };
  }, [watch]);
  return printing;
}
