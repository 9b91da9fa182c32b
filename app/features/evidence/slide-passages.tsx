// Presentation mode's evidence is a slide: the claim (given by the caller), then the one to
// three passages that carry it, large and above the fold, and "All passages" as a separate,
// visible action. One clicker press is one step: nothing here scrolls.
//
// How many of the three fit depends on the projector, the language and the passages' lengths,
// so the slide measures: it lays out all three, then keeps those that end above the panel's
// fold (always the first). The measuring pass is a layout effect, so it never paints.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import type { Passage } from '@/model/schema';
import { useUi } from '@/store/store';
import { keyPassages, MAX_KEY_PASSAGES } from './key-passages';
import { PassageFigure } from './passage-figure';
import './slide.css';

/** Passages laid out to choose from. */
const CANDIDATES = 6;

export function SlidePassages(props: {
  passages: Passage[];
  index: GraphIndex;
  /** The claim the passages carry, above them. */
  children?: ReactNode;
  /** The full evidence, shown by "All passages". */
  all: ReactNode;
}) {
  const { index } = props;
  const t = useT();
  const stance = useUi((s) => s.filters.stance);
  const passages = stance ? props.passages.filter((p) => p.stance === stance) : props.passages;
  // More candidates than a slide shows, firmest first: the slide keeps those that fit.
  const key = keyPassages(passages, index.source, CANDIDATES);
  const [showAll, setShowAll] = useState(false);
  // Laid out again for other passages, another language, a new projector size or the web font.
  const lang = useUi((s) => s.lang);
  const [tick, setTick] = useState(0);
  const want = `${key.map((p) => p.text).join('\n')}|${lang}|${tick}`;
  const [measured, setMeasured] = useState<{ want: string; fit: number[] } | null>(null);
  const measuring = measured?.want !== want;
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = list.current;
    if (!measuring || !el) return;
    const body = el.closest<HTMLElement>('.panel-body') ?? el;
    const top = body.getBoundingClientRect().top - body.scrollTop;
    const fold = body.clientHeight;
    const figures = [...el.children];
    const first = figures[0]?.getBoundingClientRect().top ?? 0;
    // Greedy, in order of firmness: each passage whose words still end above the fold, up to
    // three (its caption may run on below); the firmest alone when none does.
    let room = fold - (first - top);
    const fit: number[] = [];
    figures.forEach((f, i) => {
      const at = f.getBoundingClientRect();
      const words = (f.querySelector('blockquote') ?? f).getBoundingClientRect().bottom - at.top;
      const next = figures[i + 1]?.getBoundingClientRect().top ?? at.bottom;
      if (fit.length < MAX_KEY_PASSAGES && words <= room + 1) {
        fit.push(i);
        room -= next - at.top;
      }
    });
    if (!fit.length) fit.push(0);
    setMeasured({ want, fit });
  }, [measuring, want]);
  useEffect(() => {
    const body = list.current?.closest('.panel-body');
    if (!body || typeof ResizeObserver !== 'function') return;
    const again = () => setTick((n) => n + 1);
    const observer = new ResizeObserver(again);
    observer.observe(body);
    void document.fonts?.ready.then(again);
    return () => observer.disconnect();
  }, []);

  const shown = measuring || !measured ? key : measured.fit.map((i) => key[i]!);
  const more = passages.length > shown.length;
  return (
    <div className="slide">
      {props.children}
      <div className="slide-bar">
        <p className="passage-count">
          {showAll
            ? t.evidence.passagesFromSources(
                passages.length,
                new Set(passages.map((p) => p.source)).size,
              )
            : t.present.keyOf(shown.length, passages.length)}
        </p>
        {more || showAll ? (
          <button
            type="button"
            className="button slide-all"
            aria-expanded={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t.present.keyOnly : t.present.allPassages(passages.length)}
          </button>
        ) : null}
      </div>
      {showAll ? (
        props.all
      ) : (
        <div className="slide-passages" ref={list}>
          {shown.map((p) => {
            const source = index.source.get(p.source);
            return source ? <PassageFigure key={p.text} passage={p} source={source} /> : null;
          })}
        </div>
      )}
    </div>
  );
}
