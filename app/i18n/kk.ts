// Қазақша: the Kazakh interface. Typed as Catalogue, so it has exactly en.ts's keys.
// Glossary (keep consistent): evidence — дәлелдер; passage — үзінді; source — дереккөз;
// tour — шолу; supports — растайды; qualifies — нақтылайды; our summary — біздің түйіндеме.
import { kkData } from './data-kk';
import type { Catalogue } from './en';
import { orList, quote } from './format';

export const kk: Catalogue = {
  meta: {
    title: 'Қазақстанның сыртқы және қауіпсіздік байланыстары — дәлелдер картасы',
  },

  language: {
    label: 'Тіл',
    quotedInOriginal: 'Дәйексөз түпнұсқа тілінде — ағылшынша',
    asStatedInOriginal: 'Мәтінде жазылғандай, ағылшынша',
  },

  relation: {
    ally: 'одақтас',
    'strategic-partner': 'стратегиялық серіктес',
    'constructive-partner': 'конструктивті серіктес',
    member: 'мүше',
    'regional-cooperation': 'өңірлік ынтымақтастық',
    'conflict-settlement': 'қақтығысты реттеу',
    engagement: 'өзара іс-қимыл',
  },

  kind: {
    country: 'Ел',
    organisation: 'Ұйым',
    region: 'Өңір немесе топ',
  },

  notice: {
    badSelect: () => 'Сілтемедегі таңдау оқылмады, сондықтан ештеңе таңдалмады.',
    noSuchId: (ids: string[]) => `Бұл картада ${orList('kk', ids)} жоқ.`,
    noRelation: (a: string, b: string) => `Бұл картада мұндай байланыс жоқ: ${a} — ${b}.`,
    tooMany: () => 'Бұл таңдауда бір мезгілде көрсетуге тым көп нәрсе аталған.',
    badSource: () => 'Сілтемедегі дереккөз оқылмады, сондықтан ешбір дереккөз ашылмады.',
    noSuchSource: (id: string) => `Бұл картада ${quote('kk', id)} дереккөзі жоқ.`,
    badFilters: () =>
      'Сілтемедегі кейбір сүзгілер бұл картада жоқ нәрсені атайды, сондықтан олар алынып тасталды.',
    badStance: () => 'Сілтемедегі «растайды / нақтылайды» сүзгісі оқылмады.',
    badTour: () => 'Сілтемедегі шолу оқылмады, сондықтан ешбір шолу ашылмады.',
    badStep: () => 'Сілтемедегі шолу қадамы оқылмады, сондықтан шолу 1-қадамнан басталады.',
    noSuchTour: (id: string) => `Бұл картада ${quote('kk', id)} шолуы жоқ.`,
    stepClamped: (count: number) =>
      `Бұл шолуда ${count} қадам бар, сондықтан ол соңғы қадамнан ашылады.`,
    badLang: () =>
      'Сілтемедегі тіл бұл картада жоқ (ағылшын, қазақ және орыс тілдері бар), сондықтан браузер тілі қолданылады.',
    langUnavailable: () => 'Бұл тілдегі интерфейс жүктелмеді, сондықтан тіл өзгермеді.',
  },

  error: {
    graphNetwork: () => 'Карта деректері жүктелмеді: желі сұрауы орындалмады.',
    graphHttp: (status: number) => `Карта деректері жүктелмеді (HTTP ${status}).`,
    graphTooLarge: () => 'Карта деректері іріктелген граф үшін тым үлкен, сондықтан олар оқылмады.',
    graphJson: () => 'Карта деректері жарамды JSON емес.',
    graphShape: () => 'Карта деректерінің құрылымы күтілгендей емес.',
    toursNetwork: () => 'Шолулар жүктелмеді: желі сұрауы орындалмады.',
    toursHttp: (status: number) => `Шолулар жүктелмеді (HTTP ${status}).`,
    toursTooLarge: () => 'Шолулар файлы оқуға тым үлкен.',
    toursJson: () => 'Шолулар файлы жарамды JSON емес.',
    toursShape: () => 'Шолулар файлының құрылымы күтілгендей емес.',
    sourceNetwork: () => 'Дереккөз мәтіні жүктелмеді: желі сұрауы орындалмады.',
    sourceHttp: (status: number) => `Дереккөз мәтіні жүктелмеді (HTTP ${status}).`,
    sourceTooLarge: () => 'Дереккөз мәтіні көрсетуге тым үлкен.',
    unknown: () => 'Жүктеу кезінде қате шықты.',
  },

  // ── shell: app/shell/*, app/app.tsx (header, classroom tools, reading toolbar, load states, skip link)
  shell: {
    dismissNotice: 'Хабарламаны жабу',
  },

  // ── graph: app/features/graph/* (map, legend, zoom, canvas view)
  graph: {},

  // ── search: app/features/search/*
  search: {},

  // ── filters: app/features/filters/*
  filters: {},

  // ── tour: app/features/tour/*
  tour: {},

  // ── embed: app/features/embed/*
  embed: {},

  // ── evidence: app/features/evidence/*, app/features/citations/*
  evidence: {},

  // ── sources: app/features/sources/*
  sources: {},

  // ── table: app/features/table/*
  table: {},

  // ── handout: app/features/handout/*
  handout: {},
};

export const kkCatalogue = { ui: kk, data: kkData };
