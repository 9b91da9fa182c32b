import type { NodeKind } from '@/model/schema';

/** Shape by kind, so kind never rests on colour alone: circle, rounded square, hexagon. */
export function NodeShape({
  kind,
  r,
  className,
}: {
  kind: NodeKind;
  r: number;
  className?: string;
}) {
  if (kind === 'organisation') {
    const s = r * 1.75;
    return <rect className={className} x={-s / 2} y={-s / 2} width={s} height={s} rx={4} />;
  }
  if (kind === 'region') {
    const points = Array.from({ length: 6 }, (_, i) => {
      const a = (Math.PI / 3) * i;
      return `${(r * 1.1 * Math.cos(a)).toFixed(1)},${(r * 1.1 * Math.sin(a)).toFixed(1)}`;
    }).join(' ');
    return <polygon className={className} points={points} />;
  }
  return <circle className={className} r={r} />;
}
