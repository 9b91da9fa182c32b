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
    heading: 'Внешние связи и безопасность Казахстана',
    standfirst:
      'Карта по источникам: каждая линия опирается на дословные цитаты из исходных текстов.',
    skipToMap: 'Перейти к карте',
    theme: 'Тема',
    themeSystem: 'Как в системе',
    themeLight: 'Светлая',
    themeDark: 'Тёмная',
    themeContrast: 'Высокий контраст',
    classroom: 'Для урока',
    startTour: 'Начать экскурсию',
    present: 'Показ',
    exportSvg: 'Экспорт SVG',
    exportPng: 'Экспорт PNG',
    printHandout: 'Печать для раздачи',
    exportPreparing: (format: string) => `Готовим ${format}…`,
    exportDone: (format: string) => `Файл ${format} скачан.`,
    exportFailed: 'Не удалось экспортировать карту.',
    readingTools: 'Поиск, фильтры и цитирование',
    table: 'Таблица',
    sources: 'Источники',
    openingSource: 'Открываем источник…',
    loading: 'Загружаем карту…',
    loadFailed: 'Не удалось показать карту',
    tryAgain: 'Повторить',
    tryingAgain: 'Повторяем…',
  },

  // ── graph: app/features/graph/* (map, legend, zoom, canvas view)
  graph: {
    region: 'Граф связей',
    svgLabel: 'Граф внешних связей и безопасности Казахстана',
    keysHint: 'На объекте стрелки переходят между его соседями; стрелка вверх возвращает назад.',
    neighboursHint: (name: string) =>
      `${name}. Стрелки вправо и влево переходят между его соседями.`,
    noNeighbours: (name: string) => `${name}: нет показанных соседей.`,
    neighbour: (name: string, relation: string, position: number, count: number, hub: string) =>
      `${name}: ${relation}; сосед ${position} из ${count}, центр: ${hub}.`,
    backTo: (name: string) => `Назад: ${name}.`,
    legend: 'Легенда',
    entityKinds: 'Типы участников',
    relationKinds: 'Типы связей',
    zoom: 'Масштаб',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    fit: 'Вписать',
    fitLabel: 'Вписать в окно',
    fitTitle: 'Показать всю карту',
    canvasLabel: (entities: number, relations: number) =>
      `Граф связей: ${plural('ru', entities, { one: '# участник', few: '# участника', many: '# участников', other: '# участника' })} и ${plural('ru', relations, { one: '# связь', few: '# связи', many: '# связей', other: '# связи' })}; выберите участника в списке ниже`,
    canvasEntities: 'Участники графа',
  },

  // ── search: app/features/search/*
  search: {
    label: 'Поиск по участникам и цитатам',
    placeholder: 'Поиск: ЕАЭС, Россия, «security»…',
    results: 'Результаты поиска',
    alsoCalled: (alias: string) => `также ${quote('ru', alias)}`,
    passageFor: (what: string) => `Цитата · ${what}`,
    noMatch: (query: string) => `На карте нет совпадений с ${quote('ru', query)}.`,
    count: (n: number) =>
      plural('ru', n, {
        one: '# результат',
        few: '# результата',
        many: '# результатов',
        other: '# результата',
      }),
  },

  // ── filters: app/features/filters/*
  filters: {
    summary: 'Фильтры',
    summaryOn: (n: number) => `Фильтры (вкл.: ${n})`,
    relationTypes: 'Типы связей',
    entityKinds: 'Типы участников',
    evidence: 'Свидетельства',
    anyPassage: 'Любые цитаты',
    supporting: 'Есть подтверждающие цитаты',
    qualifying: 'Есть уточняющие цитаты',
    hint: 'Если в группе ничего не отмечено, показано всё.',
    clear: 'Сбросить фильтры',
    showing: (shown: number, total: number) =>
      `Показано ${shown} из ${plural('ru', total, { one: '# связи', other: '# связей' })}.`,
  },

  // ── tour: app/features/tour/*
  tour: {
    region: 'Экскурсия',
    stepOf: (step: number, count: number) => `Шаг ${step} из ${count}`,
    showing: (what: string) => `Показано: ${what}.`,
    ourTitle: 'наш заголовок',
    ourCaption: 'Наша подпись',
    previous: '← Назад',
    next: 'Далее →',
    present: 'Показ',
    end: 'Завершить экскурсию',
    keys: 'Клавиши: → или PageDown — далее · ← или PageUp — назад · Home/End · B — пустой экран · F — показ · Esc — выход',
    loadFailed: 'Не удалось загрузить экскурсию.',
    tryAgain: 'Повторить',
    close: 'Закрыть экскурсию',
    loading: 'Загружаем экскурсию…',
    blanked: 'Экран погашен. Нажмите B, точку или любую клавишу слайдов, чтобы вернуть его.',
  },

  // ── embed: app/features/embed/*
  embed: {
    button: 'Встроить',
    dialogTitle: 'Встроить эту карту',
    introSelection:
      'Вставьте этот код в статью. Карта откроется на текущем выборе, сама подстроит высоту благодаря строке со скриптом и не будет обращаться к другим сайтам.',
    introWhole:
      'Вставьте этот код в статью. Карта откроется целиком, сама подстроит высоту благодаря строке со скриптом и не будет обращаться к другим сайтам.',
    code: 'Код для встраивания',
    copy: 'Копировать',
    close: 'Закрыть',
    copied: 'Скопировано в буфер обмена.',
    copyBlocked: 'Копирование заблокировано; код выделен — нажмите Ctrl+C или ⌘C.',
    openFullView: 'Открыть полную версию',
    iframeTitle: 'Внешние связи и безопасность Казахстана: карта по источникам',
  },

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
