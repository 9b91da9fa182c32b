import { describe, expect, it } from 'vitest';
import type { Notice } from '@/i18n/message';
import { NO_FILTERS } from '@/model/filters';
import { edgeSelection, nodeSelection } from '@/model/selection';
import { isReplacingHistory } from './history';
import type { UiState } from './state';
import { createUiStore } from './store';
import { parseUrl } from './url-codec';

/** A fresh store, and the history mode each change was made in, as the URL subscriber sees it. */
function setup() {
  const store = createUiStore();
  const changes: ('push' | 'replace')[] = [];
  store.subscribe(() => changes.push(isReplacingHistory() ? 'replace' : 'push'));
  return { store, ui: () => store.getState(), changes };
}

describe('selection', () => {
  it('a reader’s selection pushes; the same selection again changes nothing', () => {
    const { ui, changes } = setup();
    ui().select(nodeSelection('russia'));
    const first = ui().selection;
    ui().select(nodeSelection('russia'));
    expect(ui().selection).toBe(first);
    expect(changes).toEqual(['push']);
    ui().select(edgeSelection('russia', 'kazakhstan'));
    expect(ui().selection).toEqual({ kind: 'edge', ids: ['russia', 'kazakhstan'] });
    ui().select(null);
    expect(ui().selection).toBeNull();
    expect(changes).toEqual(['push', 'push', 'push']);
  });

  it('a tour step’s selection replaces the history entry', () => {
    const { ui, changes } = setup();
    ui().showStep(edgeSelection('kazakhstan', 'china'));
    expect(ui().selection).toEqual(edgeSelection('kazakhstan', 'china'));
    expect(changes).toEqual(['replace']);
    expect(isReplacingHistory()).toBe(false);
  });

  it('a selection naming nothing is dropped with one notice, replacing the entry', () => {
    const { ui, changes } = setup();
    ui().select(nodeSelection('atlantis'));
    const notice: Notice = { key: 'noSuchId', args: [['atlantis']] };
    ui().dropSelection(notice);
    ui().dropSelection(notice);
    expect(ui().selection).toBeNull();
    expect(ui().notices).toEqual([notice]);
    expect(changes).toEqual(['push', 'replace', 'replace']);
  });
});

describe('tour', () => {
  it('starts the default tour at step 1 and steps within its length', () => {
    const { ui } = setup();
    ui().step(3, 5); // no tour open: nothing to step
    expect(ui().tour).toBeNull();
    ui().startTour();
    expect(ui().tour).toEqual({ id: 'classroom', step: 1 });
    ui().step(3, 5);
    expect(ui().tour).toEqual({ id: 'classroom', step: 3 });
    ui().step(9, 5);
    expect(ui().tour?.step).toBe(5);
    ui().step(0, 5);
    expect(ui().tour?.step).toBe(1);
  });

  it('leaving the tour ends presenting and unblanks the screen', () => {
    const { ui } = setup();
    ui().startTour('classroom', 2);
    ui().present();
    ui().setBlanked(true);
    ui().leaveTour();
    expect(ui()).toMatchObject({ tour: null, presenting: false, blanked: false });
  });

  it('present and the toggle switch presentation mode, unblanking', () => {
    const { ui } = setup();
    ui().present();
    expect(ui().presenting).toBe(true);
    ui().setBlanked(true);
    ui().togglePresenting();
    expect(ui()).toMatchObject({ presenting: false, blanked: false });
    ui().togglePresenting();
    expect(ui().presenting).toBe(true);
  });

  it('once the tours load: presenting opens the default tour', () => {
    const { ui } = setup();
    ui().present();
    ui().checkTour(null);
    expect(ui().tour).toEqual({ id: 'classroom', step: 1 });
  });

  it('once the tours load: an unknown tour is left with a notice', () => {
    const { ui } = setup();
    ui().startTour('atlantis');
    ui().present();
    ui().checkTour(null);
    expect(ui()).toMatchObject({ tour: null, presenting: false });
    expect(ui().notices).toEqual([{ key: 'noSuchTour', args: ['atlantis'] }]);
  });

  it('once the tours load: a step past the end moves to the last, with a notice', () => {
    const { ui } = setup();
    ui().startTour('classroom', 40);
    ui().checkTour(6);
    expect(ui().tour).toEqual({ id: 'classroom', step: 6 });
    expect(ui().notices).toEqual([{ key: 'stepClamped', args: [6] }]);
    ui().checkTour(6); // nothing more to correct
    expect(ui().notices).toHaveLength(1);
  });
});

describe('reading', () => {
  it('opens a source at a passage, and merges filters', () => {
    const { ui } = setup();
    ui().openSource('regional-threats-essay', 'a passage');
    expect(ui()).toMatchObject({
      sourceOpen: 'regional-threats-essay',
      sourceHighlight: 'a passage',
    });
    ui().setFilters({ relations: ['ally'] });
    ui().setFilters({ stance: 'qualifies' });
    expect(ui().filters).toEqual({ relations: ['ally'], kinds: [], stance: 'qualifies' });
  });

  it('drops an unknown source with a notice, replacing the entry', () => {
    const { ui, changes } = setup();
    ui().openSource('nowhere', 'x');
    ui().dropSource({ key: 'noSuchSource', args: ['nowhere'] });
    expect(ui()).toMatchObject({ sourceOpen: null, sourceHighlight: null });
    expect(ui().notices).toEqual([{ key: 'noSuchSource', args: ['nowhere'] }]);
    expect(changes).toEqual(['push', 'replace']);
  });
});

describe('view', () => {
  it('shows each notice once until it is dismissed', () => {
    const { ui } = setup();
    ui().notify({ key: 'badSelect' });
    ui().notify({ key: 'badSelect' });
    ui().notify({ key: 'badTour' });
    expect(ui().notices).toEqual([{ key: 'badSelect' }, { key: 'badTour' }]);
    ui().dismissNotice({ key: 'badSelect' });
    expect(ui().notices).toEqual([{ key: 'badTour' }]);
  });

  it('switches language once its catalogue is loaded', async () => {
    const { ui } = setup();
    const switching = ui().chooseLang('ru', true);
    expect(ui().lang).toBe('en');
    await switching;
    expect(ui()).toMatchObject({ lang: 'ru', langChosen: true });
    await ui().chooseLang('en', false);
    expect(ui()).toMatchObject({ lang: 'en', langChosen: false });
  });
});

describe('reading a link', () => {
  const link =
    '?select=kazakhstan,russia&theme=dark&tour=classroom&step=2&present=1&source=x&view=table&stance=supports&relations=ally,enemy';

  it('applies everything the link says in one change, replacing the entry', () => {
    const { ui, changes } = setup();
    const { state, notices } = parseUrl(link);
    ui().applyUrl(state, notices);
    expect(ui()).toMatchObject<Partial<UiState>>({
      selection: edgeSelection('kazakhstan', 'russia'),
      theme: 'dark',
      tour: { id: 'classroom', step: 2 },
      presenting: true,
      sourceOpen: 'x',
      tableOpen: true,
      filters: { relations: ['ally'], kinds: [], stance: 'supports' },
      notices: [{ key: 'badFilters' }],
    });
    expect(changes).toEqual(['replace']);
  });

  it('keeps what the link leaves unchanged, so nothing is written back for it', () => {
    const { ui } = setup();
    const { state } = parseUrl(link);
    ui().applyUrl(state, []);
    const before = ui();
    ui().applyUrl(parseUrl(link).state, []);
    for (const key of ['selection', 'tour', 'filters'] as const)
      expect(ui()[key]).toBe(before[key]);
    ui().applyUrl(parseUrl('?theme=light').state, []);
    expect(ui()).toMatchObject({
      selection: null,
      tour: null,
      sourceOpen: null,
      filters: NO_FILTERS,
    });
  });
});
