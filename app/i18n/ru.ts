// Русский: the Russian interface. Typed as Catalogue, so it has exactly en.ts's keys.
// Glossary (keep consistent): evidence — свидетельства; passage — цитата; source — источник;
// tour — экскурсия; supports — подтверждает; qualifies — уточняет; our summary — наше резюме.
import { ruData } from './data-ru';
import type { Catalogue } from './en';
import { orList, plural, quote } from './format';

export const ru: Catalogue = {
  meta: {
    title: 'Внешние связи и безопасность Казахстана — карта по источникам',
  },

  language: {
    label: 'Язык',
    quotedInOriginal: 'Цитата на языке оригинала — английском',
    asStatedInOriginal: 'Как указано в тексте, по-английски',
  },

  relation: {
    ally: 'союзник',
    'strategic-partner': 'стратегический партнёр',
    'constructive-partner': 'конструктивный партнёр',
    member: 'член',
    'regional-cooperation': 'региональное сотрудничество',
    'conflict-settlement': 'урегулирование конфликта',
    engagement: 'взаимодействие',
  },

  kind: {
    country: 'Страна',
    organisation: 'Организация',
    region: 'Регион или группа',
  },

  notice: {
    badSelect: () => 'Выбор из ссылки не удалось прочитать, поэтому ничего не выбрано.',
    noSuchId: (ids: string[]) => `На этой карте нет ${orList('ru', ids)}.`,
    noRelation: (a: string, b: string) => `На этой карте нет такой связи: ${a} — ${b}.`,
    tooMany: () => 'В выборе названо слишком много объектов, чтобы показать их сразу.',
    badSource: () => 'Источник из ссылки не удалось прочитать, поэтому источник не открыт.',
    noSuchSource: (id: string) => `На этой карте нет источника ${quote('ru', id)}.`,
    badFilters: () =>
      'Некоторые фильтры из ссылки не соответствуют ничему на этой карте и были пропущены.',
    badStance: () => 'Фильтр «подтверждает / уточняет» из ссылки не удалось прочитать.',
    badTour: () => 'Экскурсию из ссылки не удалось прочитать, поэтому она не открыта.',
    badStep: () =>
      'Шаг экскурсии из ссылки не удалось прочитать, поэтому экскурсия начинается с шага 1.',
    noSuchTour: (id: string) => `На этой карте нет экскурсии ${quote('ru', id)}.`,
    stepClamped: (count: number) =>
      `В этой экскурсии ${plural('ru', count, { one: '# шаг', few: '# шага', many: '# шагов', other: '# шага' })}, поэтому она открывается на последнем.`,
    badLang: () =>
      'Языка из ссылки на этой карте нет (есть английский, казахский и русский), поэтому используется язык браузера.',
    langUnavailable: () =>
      'Интерфейс на этом языке не удалось загрузить, поэтому язык не изменился.',
  },

  error: {
    graphNetwork: () => 'Данные карты не удалось загрузить: сетевой запрос не выполнен.',
    graphHttp: (status: number) => `Данные карты не удалось загрузить (HTTP ${status}).`,
    graphTooLarge: () =>
      'Данные карты слишком велики для подготовленного графа, поэтому они не прочитаны.',
    graphJson: () => 'Данные карты — некорректный JSON.',
    graphShape: () => 'У данных карты неожиданная структура.',
    toursNetwork: () => 'Экскурсии не удалось загрузить: сетевой запрос не выполнен.',
    toursHttp: (status: number) => `Экскурсии не удалось загрузить (HTTP ${status}).`,
    toursTooLarge: () => 'Файл экскурсий слишком велик.',
    toursJson: () => 'Файл экскурсий — некорректный JSON.',
    toursShape: () => 'У файла экскурсий неожиданная структура.',
    sourceNetwork: () => 'Текст источника не удалось загрузить: сетевой запрос не выполнен.',
    sourceHttp: (status: number) => `Текст источника не удалось загрузить (HTTP ${status}).`,
    sourceTooLarge: () => 'Текст источника слишком велик, чтобы его показать.',
    unknown: () => 'При загрузке что-то пошло не так.',
  },

  // ── shell: app/shell/*, app/app.tsx (header, classroom tools, reading toolbar, load states, skip link)
  shell: {
    dismissNotice: 'Закрыть уведомление',
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

export const ruCatalogue = { ui: ru, data: ruData };
