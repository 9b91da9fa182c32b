// The architecture's import rules (docs/architecture.md "Layers"), as an ESLint rule, so a
// forbidden import fails `npm run lint`. A local rule rather than core no-restricted-imports:
// it resolves both `@/…` and relative paths to the folder they land in, so `../../store/store`
// is caught as surely as `@/store/store`, and one table states who may import whom.
import path from 'node:path';

const APP = path.resolve(import.meta.dirname, '..', 'app');

/** The i18n files that read the store (useT, and the data in the reader's language). */
const I18N_HOOKS = new Set([
  'i18n/catalogue.ts',
  'i18n/use-localized.ts',
  'i18n/use-localized-tours.ts',
]);

/** The layer of a file under app/ (path relative to app/, with forward slashes). */
export function layerOf(rel) {
  const [top, second] = rel.split('/');
  if (top === 'lib' || top === 'model' || top === 'store') return top;
  if (top === 'i18n') return I18N_HOOKS.has(rel) ? 'i18n-hooks' : 'i18n';
  if (top === 'features' && second) return `feature:${second}`;
  return 'shell'; // app/shell, app/app.tsx, app/main.tsx, entry files, styles
}

/** What each layer may import (besides itself). The shell composes everything. */
const MAY_IMPORT = {
  lib: ['lib', 'model'],
  model: ['lib', 'model'],
  i18n: ['lib', 'model'],
  store: ['lib', 'model', 'i18n'],
  'i18n-hooks': ['lib', 'model', 'i18n', 'store'],
  feature: ['lib', 'model', 'i18n', 'i18n-hooks', 'store'],
};

const WHY = {
  model: 'the model loads, parses and indexes data; it knows neither the store nor the language',
  lib: 'lib/ holds plain utilities that know no UI state or language',
  i18n: 'the catalogues know no UI state; only the i18n hooks (catalogue.ts, use-localized*.ts) read it',
  store: 'the store is below the features, the shell and the i18n hooks',
  'i18n-hooks': 'the i18n hooks sit below the features and the shell',
  feature: 'features do not import each other or the shell; the shell composes them',
};

/**
 * The map's wings (docs/architecture.md "The map"): each may import only those below it. The
 * engine knows no painter; the view is pure; the chrome (legend, zoom buttons) serves both
 * painters; the SVG and canvas painters never import each other; the face chooses a painter.
 */
const WING_RANK = { engine: 0, view: 1, chrome: 2, svg: 3, canvas: 3 };
const FACE_RANK = 4;

/** The wing of a file under app/features/graph/ (path relative to app/), else null. */
export function wingOf(rel) {
  const [top, feature, wing, rest] = rel.split('/');
  if (top !== 'features' || feature !== 'graph') return null;
  return rest !== undefined && Object.hasOwn(WING_RANK, wing) ? wing : 'face';
}

const rank = (wing) => WING_RANK[wing] ?? FACE_RANK;

function wingAllowed(from, to) {
  return from === to || rank(to) < rank(from);
}

function allowed(from, to) {
  if (from === to || from === 'shell') return true;
  const kind = from.startsWith('feature:') ? 'feature' : from;
  return MAY_IMPORT[kind].includes(to);
}

/** The path (relative to app/) an import specifier lands on, or null when it leaves app/. */
function targetRel(spec, filename) {
  let abs;
  if (spec.startsWith('@/')) abs = path.join(APP, spec.slice(2));
  else if (spec.startsWith('.')) abs = path.resolve(path.dirname(filename), spec);
  else return null;
  const rel = path.relative(APP, abs).split(path.sep).join('/');
  return rel.startsWith('..') ? null : rel;
}

/** The layer an import specifier lands in, or null when it leaves app/ (a package). */
function targetLayer(rel) {
  // An import names a module without its extension; the hooks' table has them with one.
  const withExt = [rel, `${rel}.ts`, `${rel}.tsx`].find((r) => I18N_HOOKS.has(r)) ?? rel;
  return layerOf(withExt);
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of docs/architecture.md' },
    messages: {
      layer: '{{from}} may not import {{to}} ({{spec}}): {{why}}.',
      wing: 'graph/{{from}} may not import graph/{{to}} ({{spec}}): {{why}}.',
    },
    schema: [],
  },
  create(context) {
    const filename = context.filename;
    const rel = path.relative(APP, filename).split(path.sep).join('/');
    if (rel.startsWith('..')) return {};
    const from = layerOf(rel);
    const fromWing = wingOf(rel);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      const toRel = targetRel(spec, filename);
      if (toRel === null) return;
      const toWing = wingOf(toRel);
      if (fromWing && toWing && !wingAllowed(fromWing, toWing)) {
        const why =
          "the map's wings import only downwards: engine < view < chrome < svg | canvas < face";
        context.report({
          node,
          messageId: 'wing',
          data: { from: fromWing, to: toWing, spec, why },
        });
        return;
      }
      const to = targetLayer(toRel);
      if (allowed(from, to)) return;
      const kind = from.startsWith('feature:') ? 'feature' : from;
      context.report({ node, messageId: 'layer', data: { from, to, spec, why: WHY[kind] } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layers: layersRule } };
