// Русский: the Russian interface. Typed as Catalogue, so it has exactly en.ts's keys.
// Glossary (keep consistent): evidence — свидетельства; passage — цитата; source — источник;
// tour — экскурсия; supports — подтверждает; qualifies — с оговоркой (ограничивает или оговаривает
// связь; never «уточняет», which loses the hedge); our summary — наше резюме; a line's label is
// its firmest claim's words, translated (data-ru.ts), after «На карте:»; the family of relation
// (the line's colour) is ours; member — участие (no text says “member”).
import { ruData } from './data-ru';
import type { LangBundle } from './lang-bundle';
import type { Catalogue } from './en';
import { localizeGraph } from './localize';
import { plural } from './format';
import { orList, quote } from './quotes';

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
    ally: 'союз',
    'strategic-partner': 'стратегические связи',
    'constructive-partner': 'конструктивные связи',
    member: 'участие',
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
    badStance: () => 'Фильтр «подтверждает / с оговоркой» из ссылки не удалось прочитать.',
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
    sourceNotText: () =>
      'Для этого источника пришёл не простой текст (возможно, веб-страница вместо него), поэтому он не показан как источник.',
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
    exportTimedOut: (format: string) =>
      `Подготовка ${format} заняла слишком много времени и была остановлена. Попробуйте ещё раз или воспользуйтесь экспортом SVG.`,
    readingTools: 'Поиск, фильтры и цитирование',
    table: 'Таблица',
    sources: 'Источники',
    downloadData: 'Скачать данные',
    openingSource: 'Открываем источник…',
    loading: 'Загружаем карту…',
    loadFailed: 'Не удалось показать карту',
    tryAgain: 'Повторить',
    tryingAgain: 'Повторяем…',
  },

  // ── graph: app/features/graph/* (map, legend, zoom, canvas view)
  graph: {
    region: 'Граф связей',
    empty: 'Пока рисовать нечего: на карте нет ни одного участника.',
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
    fitLabel: 'Вписать в окно',
    fitTitle: 'Показать всю карту',
    canvasLabel: (entities: number, relations: number) =>
      `Граф связей: ${plural('ru', entities, { one: '# участник', few: '# участника', many: '# участников', other: '# участника' })} и ${plural('ru', relations, { one: '# связь', few: '# связи', many: '# связей', other: '# связи' })}; выберите участника в списке ниже`,
    canvasEntities: 'Участники графа',
    canvasRelations: 'Связи графа',
    // Map legend: colour families and the strength of evidence.
    relationColours: 'Цвета: группа слов, которыми говорят тексты',
    strength: 'Надёжность свидетельств',
    strengthSeveral: 'два и более проверяемых источника',
    strengthSingle: 'один проверяемый источник',
    strengthUnverified: 'только непроверенный текст',
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
    qualifying: 'Есть цитаты с оговоркой',
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
  evidence: {
    panel: 'Свидетельства',
    details: 'Подробности свидетельств',
    close: 'Закрыть свидетельства',
    closeTitle: 'Закрыть (Esc)',
    relationIs: 'На карте:',
    embedHint:
      'Выберите страну, организацию или линию, чтобы прочитать цитаты, на которых она основана.',
    intro: (lineSources: number, sources: number, passages: number) =>
      `Выберите страну, организацию или линию между ними, чтобы прочитать цитаты, на которых она основана. Каждая линия опирается на слова, дословно приведённые из исходных текстов (текстов: ${lineSources} из ${sources}; разных цитат: ${passages}, некоторые приведены при нескольких линиях); цитаты, которые оговаривают или ограничивают связь, помечены:`,
    focalRelations: (name: string) => `Связи: ${name}`,
    relations: 'Связи',
    otherTies: 'Другие связи, названные в источниках',
    focalKicker: 'Страна, которой посвящена карта',
    ourDescription: 'Наше описание',
    ourSummary: 'Наше резюме',
    ourNote: 'Наше примечание',
    relationsInMap: (n: number) => `Связи на этой карте (${n})`,
    aboutItself: (name: string) => `Что источники говорят о самом участнике: ${name}`,
    selectedNode: (name: string) => `Выбрано: ${name}.`,
    selectedEdge: (name: string, passages: number) =>
      `Выбрано: ${name}, ${plural('ru', passages, { one: '# цитата', few: '# цитаты', many: '# цитат', other: '# цитаты' })}.`,
    passages: (n: number) =>
      plural('ru', n, { one: '# цитата', few: '# цитаты', many: '# цитат', other: '# цитаты' }),
    passagesFromSources: (passages: number, sources: number) =>
      `${plural('ru', passages, { one: '# цитата', few: '# цитаты', many: '# цитат', other: '# цитаты' })} из ${plural('ru', sources, { one: '# источника', few: '# источников', many: '# источников', other: '# источника' })}`,
    stanceSplit: (supports: number, qualifies: number) =>
      `подтверждают: ${supports}, с оговоркой: ${qualifies}`,
    hiddenSupporting: (n: number) => `скрыто фильтром подтверждающих: ${n}`,
    hiddenQualifying: (n: number) => `скрыто фильтром цитат с оговоркой: ${n}`,
    qualifyingCount: (n: number) => `(с оговоркой: ${n})`,
    showAll: (n: number) => `Показать все цитаты (${n})`,
    fromSource: (label: string) => `Из источника: ${label}`,
    stanceBadge: { supports: 'Подтверждает', qualifies: 'С оговоркой' },
    stance: { supports: 'Подтверждает связь', qualifies: 'Ограничивает или оговаривает связь' },
    speaker: { quoted: 'Говорит:', reported: 'Позиция в пересказе:' },
    source: 'Источник:',
    readInSource: 'Читать в источнике',
    copyCitation: 'Копировать цитату',
    citationCopied: 'Цитата скопирована',
    copyFailed: 'Не удалось скопировать: выделите текст вручную',
    citeView: 'Ссылка на этот вид',
    linkCopied: 'Ссылка скопирована',
    linkCopyFailed: 'Не удалось скопировать ссылку',
    notStated: 'не указано',
    untitled: '(без названия; наша подпись)',
    author: 'Автор',
    outlet: 'Издание',
    date: 'Дата',
    kindOurs: 'Жанр (наша оценка)',
    citation: {
      reportedPosition: (who: string) => `Позиция в пересказе: ${who}`,
      sourceLine: (parts: string) => `Источник: ${parts}`,
    },
  },

  /** Who speaks in a passage, how firmly, how solid a line's basis is. */
  honesty: {
    /** The row in a source's metadata that gives our reliability note. */
    provenance: 'Происхождение (наша оценка)',
    voice: {
      document: 'официальный документ',
      official: 'названное по имени официальное лицо',
      'official-unnamed': 'неназванное официальное лицо',
      analyst: 'аналитик',
      journalist: 'собственная подача журналиста',
      unattributed: 'автор без подписи',
    },
    // Present tense, so the verb agrees with any voice: «аналитик рекомендует».
    modality: {
      states: 'заявляет',
      reports: 'сообщает',
      recommends: 'рекомендует',
      hedges: 'оговаривается или отрицает',
    },
    voiceLine: (voice: string, modality: string) => `Чьи слова: ${voice} · ${modality}`,
    reliability: {
      attributed: 'С указанием авторства: в тексте назван автор или издание',
      unattributed:
        'Без указания авторства: нет ни подписи автора, ни издания; люди, которых цитирует текст, встречаются и в других текстах',
      unverified:
        'Непроверенный: нет ни подписи автора, ни издания, ни даты, а людей, которых цитирует текст, нельзя проверить по другим текстам',
    },
    mark: { unattributed: 'Текст без указания авторства', unverified: 'Непроверенный текст' },
    basis: 'Насколько прочна эта линия',
    level: {
      several: 'Два проверяемых источника или больше',
      single: 'Один проверяемый источник',
      unverified: 'Только непроверенный текст',
    },
    firmest: (voice: string, modality: string, source: string) =>
      `Самое твёрдое подтверждение: ${voice}, ${modality} (${source})`,
    noSupport:
      'Ни одна цитата не подтверждает эту линию без оговорок; каждая её ограничивает или оговаривает.',
    unverifiedCount: (n: number, total: number) =>
      n === total
        ? 'Все цитаты взяты из непроверенного текста.'
        : `${n} из ${plural('ru', total, { one: '# цитаты', other: '# цитат' })} — из непроверенного текста.`,
    voices: 'Как это формулируют разные голоса',
    contested: 'Голоса расходятся.',
    contestedWhy:
      'Тексты называют эту связь словами разного рода, или второй текст делает к ней оговорку: сравните их, прежде чем опираться на линию.',
    drawnOnLine: 'самое твёрдое: эти слова на линии',
    plusUnverified: (n: number) =>
      n === 1 ? 'плюс один непроверенный текст' : `плюс непроверенных текстов: ${n}`,
    contestedShort: 'голоса расходятся',
    // After the term and a dash, like voiceLine: «… — чьи слова: аналитик, рекомендует».
    aboutLine: 'Слова текстов и наше резюме',
  },

  // ── sources: app/features/sources/*
  sources: {
    back: '← Назад к карте',
    all: 'Все источники',
    allCount: (n: number) => `Все источники (${n})`,
    ourLabel: '(наша подпись)',
    relationsIn: (label: string) => `Связи в источнике: ${label}`,
    supportsCount: (n: number) => `подтверждает: ${n}`,
    qualifiesCount: (n: number) => `с оговоркой: ${n}`,
    ours: 'Наше',
    noneUsed: 'Ни одна цитата из этого текста не используется на карте.',
    kicker: 'Текст источника в полученном виде',
    quotedAndMarked: (n: number) => `Цитаты из этого текста на карте (${n}) отмечены:`,
    noneQuoted: 'Ни одна цитата из этого текста не приведена на карте.',
    markSupports: 'подтверждает',
    markQualifies: 'с оговоркой',
    markCurrent: 'цитата, с которой вы пришли',
    goToPassage: 'Перейти к этой цитате',
    loading: 'Загрузка текста…',
    tryAgain: 'Повторить',
    notLocated: (n: number) =>
      `Не удалось найти в этой копии текста ${plural('ru', n, { one: '# цитату', few: '# цитаты', many: '# цитат', other: '# цитаты' })}.`,
  },

  // ── table: app/features/table/*
  table: {
    title: 'Связи в виде таблицы',
    scrollLabel: 'Таблица связей, прокручивается',
    filtered: (shown: number, total: number) => `Связи: ${shown} из ${total} (фильтры включены).`,
    all: (total: number) => `Все связи на карте: ${total}.`,
    choose: 'Выберите пару, чтобы прочитать свидетельства.',
    entities: 'Участники',
    relation: 'Связь',
    passages: 'Цитаты',
    sources: 'Источники',
    empty: 'Ни одна связь не подходит под фильтры. Снимите фильтр, чтобы увидеть больше.',
  },

  // ── handout: app/features/handout/*
  handout: {
    mapTitle: 'Внешние связи и безопасность Казахстана',
    label: 'Раздаточный материал',
    heading: (title: string) => `${title}: раздаточный материал`,
    intro:
      'Каждая связь на карте опирается на цитаты, дословно приведённые из текстов источников (источники пронумерованы в конце). Резюме и примечания с пометкой «наше» — наши слова.',
    relations: 'Связи и свидетельства',
    sources: 'Источники',
    sourceRef: (n: number) => `Источник [${n}]:`,
    exportSource: (
      title: string,
      where: string,
      sources: number,
      passages: number,
      titles: string,
    ) =>
      `Источник: ${title} — карта по источникам (${where}). Каждая линия опирается на цитаты, дословно приведённые из текстов источников (источников: ${sources}, разных цитат: ${passages}): ${titles}.`,
    exported: (date: string) =>
      `Экспортировано ${date}. Цвета линий и резюме — наши; слова на линиях и цитаты — слова источников (перевод наш).`,
  },

  // ── openData: app/features/open-data/*
  openData: {
    intro:
      'Все связи и цитаты — для других программ. Можно свободно использовать со ссылкой на источник (CC BY 4.0); цитаты остаются словами их авторов.',
    jgf: 'JSON Graph Format: сущности и связи с числом свидетельств.',
    gexf: 'GEXF для Gephi и Gephi Lite: тип связи, число подтверждающих и оговаривающих цитат, надёжность основания.',
    graphml: 'GraphML для yEd, Cytoscape, NetworkX и igraph.',
    csv: 'Таблица (CSV): строка на каждую пару «связь — цитата», кто говорит и насколько твёрдо.',
    csl: 'Пять исходных текстов как библиографические записи (CSL-JSON, для Zotero и Pandoc).',
    annotations:
      'Каждая цитата как W3C Web Annotation, привязанная к своему месту в исходном тексте.',
    about: 'Об этих файлах: описание набора данных (schema.org)',
  },

  // ── present: presentation-mode page (app/features/tour/*)
  present: {
    tools: 'Инструменты',
    toolsHint: 'Показать поиск, фильтры и легенду',
    keyOf: (shown: number, total: number) =>
      shown >= total
        ? plural('ru', total, {
            one: 'Единственная цитата',
            few: 'Все # цитаты',
            many: 'Все # цитат',
            other: 'Все # цитаты',
          })
        : `${shown} из ${total} ${plural('ru', total, { one: 'цитаты', few: 'цитат', many: 'цитат', other: 'цитаты' })}, сначала самые весомые`,
    allPassages: (n: number) => `Все цитаты (${n})`,
    keyOnly: 'Только главные цитаты',
    region: 'Презентация',
  },

  // ── surfaces (skip to evidence, embed credit line, filters in the panel)
  surfaces: {
    skipToEvidence: 'Перейти к свидетельствам',
    /** After the credit line: the relations and their passages as a spreadsheet. */
    embedData: 'Скачать данные (CSV)',
    embedCredit: (sources: number, passages: number) =>
      `Источник: внешние связи и безопасность Казахстана, карта по источникам. Каждая линия опирается на ${plural('ru', passages, { one: '# разную цитату', few: '# разные цитаты', many: '# разных цитат', other: '# разной цитаты' })}, дословно приведённые из ${plural('ru', sources, { one: '# текста', other: '# текстов' })}:`,
    hiddenByFilters: (n: number) =>
      plural('ru', n, {
        one: 'Ещё # связь скрыта фильтрами.',
        few: 'Ещё # связи скрыты фильтрами.',
        many: 'Ещё # связей скрыто фильтрами.',
        other: 'Ещё # связи скрыты фильтрами.',
      }),
  },
};

export const ruCatalogue: LangBundle = {
  ui: ru,
  data: ruData,
  localize: (graph) => localizeGraph(graph, ruData),
};
