// Қазақша: the Kazakh interface. Typed as Catalogue, so it has exactly en.ts's keys.
// Glossary (keep consistent): evidence — дәлелдер; passage — үзінді; source — дереккөз;
// tour — шолу; supports — растайды; qualifies — ескертпемен (байланысты шектейді не ескертпе
// жасайды; never «нақтылайды», which loses the hedge); our summary — біздің түйіндеме; a line's
// label is its firmest claim's words, translated (data-kk.ts), after «Картада:»; the family of
// relation (the line's colour) is ours; member — қатысу (no text says “member”).
import { kkData } from './data-kk';
import type { LangBundle } from './lang-bundle';
import type { Catalogue } from './en';
import { localizeGraph } from './localize';
import { orList, quote } from './quotes';

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
    ally: 'одақ',
    'strategic-partner': 'стратегиялық байланыстар',
    'constructive-partner': 'сындарлы байланыстар',
    member: 'қатысу',
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
    badStance: () => 'Сілтемедегі «растайды / ескертпемен» сүзгісі оқылмады.',
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
    sourceNotText: () =>
      'Бұл дереккөз үшін келген жауап қарапайым мәтін емес (орнында веб-бет болуы мүмкін), сондықтан ол дереккөз ретінде көрсетілмейді.',
    unknown: () => 'Жүктеу кезінде қате шықты.',
  },

  // ── shell: app/shell/*, app/app.tsx (header, classroom tools, reading toolbar, load states, skip link)
  shell: {
    dismissNotice: 'Хабарламаны жабу',
    heading: 'Қазақстанның сыртқы және қауіпсіздік байланыстары',
    standfirst:
      'Дәлелдер картасы: әр сызық дереккөз мәтіндерінен сөзбе-сөз алынған үзінділерге негізделген.',
    skipToMap: 'Картаға өту',
    theme: 'Безендіру',
    themeSystem: 'Жүйедегідей',
    themeLight: 'Ашық',
    themeDark: 'Күңгірт',
    themeContrast: 'Жоғары контраст',
    classroom: 'Сабақ құралдары',
    startTour: 'Шолуды бастау',
    present: 'Көрсетілім',
    exportSvg: 'SVG экспорттау',
    exportPng: 'PNG экспорттау',
    printHandout: 'Үлестірмені басып шығару',
    exportPreparing: (format: string) => `${format} дайындалуда…`,
    exportDone: (format: string) => `${format} файлы жүктеп алынды.`,
    exportFailed: 'Картаны экспорттау мүмкін болмады.',
    exportTimedOut: (format: string) =>
      `${format} дайындау тым ұзаққа созылып, тоқтатылды. Қайталап көріңіз немесе SVG экспорттауды қолданыңыз.`,
    readingTools: 'Іздеу, сүзгілер және сілтеме беру',
    table: 'Кесте',
    sources: 'Дереккөздер',
    downloadData: 'Деректерді жүктеу',
    openingSource: 'Дереккөз ашылуда…',
    loading: 'Карта жүктелуде…',
    loadFailed: 'Картаны көрсету мүмкін болмады',
    tryAgain: 'Қайталау',
    tryingAgain: 'Қайталануда…',
  },

  // ── graph: app/features/graph/* (map, legend, zoom, canvas view)
  graph: {
    region: 'Байланыстар графы',
    empty: 'Әзірге салатын ештеңе жоқ: бұл картада нысан жоқ.',
    svgLabel: 'Қазақстанның сыртқы және қауіпсіздік байланыстарының графы',
    keysHint:
      'Нысанда тұрғанда көрсеткі пернелер оның көршілеріне ауыстырады; жоғары көрсеткі кері қайтарады.',
    neighboursHint: (name: string) =>
      `${name}. Көршілер арасында оңға не солға көрсеткімен жылжыңыз.`,
    noNeighbours: (name: string) => `${name}: көрсетілген көршілері жоқ.`,
    neighbour: (name: string, relation: string, position: number, count: number, hub: string) =>
      `${name}: ${relation}; көрші ${position} / ${count}, орталық: ${hub}.`,
    backTo: (name: string) => `Кері оралу: ${name}.`,
    legend: 'Шартты белгілер',
    entityKinds: 'Нысан түрлері',
    relationKinds: 'Байланыс түрлері',
    zoom: 'Масштаб',
    zoomIn: 'Үлкейту',
    zoomOut: 'Кішірейту',
    fitLabel: 'Терезеге сыйғызу',
    fitTitle: 'Бүкіл картаны көрсету',
    canvasLabel: (entities: number, relations: number) =>
      `Байланыстар графы: ${entities} нысан және ${relations} байланыс; төмендегі тізімнен нысанды таңдаңыз`,
    canvasEntities: 'Графтағы нысандар',
    canvasRelations: 'Графтағы байланыстар',
    // Map legend: colour families and the strength of evidence.
    relationColours: 'Түстер: мәтіндердегі сөздердің тобы',
    strength: 'Дәлелдің беріктігі',
    strengthSeveral: 'екі не одан көп тексерілетін дереккөз',
    strengthSingle: 'бір тексерілетін дереккөз',
    strengthUnverified: 'тек тексерілмеген мәтін',
  },

  // ── search: app/features/search/*
  search: {
    label: 'Нысандар мен үзінділерді іздеу',
    placeholder: 'Іздеу: ЕАЭО, Ресей, «security»…',
    results: 'Іздеу нәтижелері',
    alsoCalled: (alias: string) => `басқа атауы ${quote('kk', alias)}`,
    passageFor: (what: string) => `Үзінді · ${what}`,
    noMatch: (query: string) => `Картада ${quote('kk', query)} сұрауына сәйкес ештеңе жоқ.`,
    count: (n: number) => `${n} нәтиже`,
  },

  // ── filters: app/features/filters/*
  filters: {
    summary: 'Сүзгілер',
    summaryOn: (n: number) => `Сүзгілер (қосулы: ${n})`,
    relationTypes: 'Байланыс түрлері',
    entityKinds: 'Нысан түрлері',
    evidence: 'Дәлелдер',
    anyPassage: 'Кез келген үзінді',
    supporting: 'Растайтын үзінділері бар',
    qualifying: 'Ескертпелі үзінділері бар',
    hint: 'Топта ештеңе белгіленбесе, бәрі көрсетіледі.',
    clear: 'Сүзгілерді тазарту',
    showing: (shown: number, total: number) => `Көрсетілгені: ${shown} / ${total} байланыс.`,
  },

  // ── tour: app/features/tour/*
  tour: {
    region: 'Шолу',
    stepOf: (step: number, count: number) => `Қадам ${step} / ${count}`,
    showing: (what: string) => `Көрсетілуде: ${what}.`,
    ourTitle: 'біздің тақырып',
    ourCaption: 'Біздің түсініктеме',
    previous: '← Алдыңғы',
    next: 'Келесі →',
    present: 'Көрсетілім',
    end: 'Шолуды аяқтау',
    keys: 'Пернелер: → не PageDown — келесі · ← не PageUp — алдыңғы · Home/End · B — бос экран · F — көрсетілім · Esc — аяқтау',
    loadFailed: 'Шолуды жүктеу мүмкін болмады.',
    tryAgain: 'Қайталау',
    close: 'Шолуды жабу',
    loading: 'Шолу жүктелуде…',
    blanked: 'Экран бос. Қайта көрсету үшін B, нүкте немесе кез келген слайд пернесін басыңыз.',
  },

  // ── embed: app/features/embed/*
  embed: {
    button: 'Ендіру',
    dialogTitle: 'Бұл картаны ендіру',
    introSelection:
      'Мұны мақалаға қойыңыз. Карта ағымдағы таңдаудан ашылады, скрипт жолының көмегімен биіктігін өзі реттейді және басқа сайттарға сұрау жібермейді.',
    introWhole:
      'Мұны мақалаға қойыңыз. Карта толық күйінде ашылады, скрипт жолының көмегімен биіктігін өзі реттейді және басқа сайттарға сұрау жібермейді.',
    code: 'Ендіру коды',
    copy: 'Көшіру',
    close: 'Жабу',
    copied: 'Алмасу буферіне көшірілді.',
    copyBlocked: 'Көшіру бұғатталды; код белгіленді, Ctrl+C немесе ⌘C басыңыз.',
    openFullView: 'Толық нұсқасын ашу',
    iframeTitle: 'Қазақстанның сыртқы және қауіпсіздік байланыстары: дәлелдер картасы',
  },

  // ── evidence: app/features/evidence/*, app/features/citations/*
  evidence: {
    panel: 'Дәлелдер',
    details: 'Дәлелдер толығырақ',
    close: 'Дәлелдерді жабу',
    closeTitle: 'Жабу (Esc)',
    relationIs: 'Картада:',
    embedHint: 'Негіздейтін үзінділерді оқу үшін елді, ұйымды немесе сызықты таңдаңыз.',
    intro: (lineSources: number, sources: number, passages: number) =>
      `Негіздейтін үзінділерді оқу үшін елді, ұйымды немесе олардың арасындағы сызықты таңдаңыз. Әр сызық дереккөз мәтіндерінен сөзбе-сөз алынған дәйексөздерге сүйенеді (мәтін: ${lineSources} / ${sources}; әртүрлі үзінді: ${passages}, кейбірі бірнеше сызықта қайталанады); байланысты шектейтін не ескертпе жасайтын үзінділердің белгісі:`,
    focalRelations: (name: string) => `Байланыстар: ${name}`,
    relations: 'Байланыстар',
    otherTies: 'Дереккөздер атаған басқа байланыстар',
    focalKicker: 'Бұл карта арналған ел',
    ourDescription: 'Біздің сипаттама',
    ourSummary: 'Біздің түйіндеме',
    ourNote: 'Біздің ескертпе',
    relationsInMap: (n: number) => `Осы картадағы байланыстар (${n})`,
    aboutItself: (name: string) => `Дереккөздер нысанның өзі туралы не дейді: ${name}`,
    selectedNode: (name: string) => `Таңдалды: ${name}.`,
    selectedEdge: (name: string, passages: number) => `Таңдалды: ${name}, ${passages} үзінді.`,
    passages: (n: number) => `${n} үзінді`,
    passagesFromSources: (passages: number, sources: number) =>
      `${passages} үзінді, ${sources} дереккөзден`,
    stanceSplit: (supports: number, qualifies: number) =>
      `растайды: ${supports}, ескертпемен: ${qualifies}`,
    hiddenSupporting: (n: number) => `сүзгі жасырған растайтын үзінді: ${n}`,
    hiddenQualifying: (n: number) => `сүзгі жасырған ескертпелі үзінді: ${n}`,
    qualifyingCount: (n: number) => `(ескертпелі: ${n})`,
    showAll: (n: number) => `Барлық үзіндіні көрсету (${n})`,
    fromSource: (label: string) => `Дереккөз: ${label}`,
    stanceBadge: { supports: 'Растайды', qualifies: 'Ескертпемен' },
    stance: {
      supports: 'Байланысты растайды',
      qualifies: 'Байланысты шектейді не ескертпе жасайды',
    },
    speaker: { quoted: 'Сөйлеуші:', reported: 'Жанама баяндалған ұстаным:' },
    source: 'Дереккөз:',
    readInSource: 'Дереккөзден оқу',
    copyCitation: 'Дәйексөзді көшіру',
    citationCopied: 'Дәйексөз көшірілді',
    copyFailed: 'Көшіру мүмкін болмады: мәтінді өзіңіз белгілеңіз',
    citeView: 'Осы көрініске сілтеме',
    linkCopied: 'Сілтеме көшірілді',
    linkCopyFailed: 'Сілтемені көшіру мүмкін болмады',
    notStated: 'көрсетілмеген',
    untitled: '(атауы жоқ; біздің белгі)',
    author: 'Авторы',
    outlet: 'Басылым',
    date: 'Күні',
    kindOurs: 'Жанры (біздің баға)',
    citation: {
      reportedPosition: (who: string) => `Жанама баяндалған ұстаным: ${who}`,
      sourceLine: (parts: string) => `Дереккөз: ${parts}`,
    },
  },

  /** Who speaks in a passage, how firmly, how solid a line's basis is. */
  honesty: {
    /** The row in a source's metadata that gives our reliability note. */
    provenance: 'Шығу тегі (біздің бағамыз)',
    voice: {
      document: 'ресми құжат',
      official: 'аты аталған ресми тұлға',
      'official-unnamed': 'аты аталмаған ресми тұлға',
      analyst: 'сарапшы',
      journalist: 'журналистің өз баяндауы',
      unattributed: 'аты көрсетілмеген автор',
    },
    modality: {
      states: 'мәлімдейді',
      reports: 'хабарлайды',
      recommends: 'ұсынады',
      hedges: 'ескертпемен айтады не жоққа шығарады',
    },
    voiceLine: (voice: string, modality: string) => `Кімнің сөзі: ${voice} · ${modality}`,
    reliability: {
      attributed: 'Авторлығы көрсетілген: мәтін авторын не басылымын атайды',
      unattributed:
        'Авторлығы көрсетілмеген: автор да, басылым да жоқ; мәтін сөзін келтіретін адамдар басқа мәтіндерде де кездеседі',
      unverified:
        'Тексерілмеген: автор, басылым және күні жоқ, ал мәтін сөзін келтіретін адамдарды басқа мәтіндер бойынша тексеру мүмкін емес',
    },
    mark: { unattributed: 'Авторлығы көрсетілмеген мәтін', unverified: 'Тексерілмеген мәтін' },
    basis: 'Бұл сызық қаншалықты берік',
    level: {
      several: 'Екі не одан көп тексерілетін дереккөз',
      single: 'Бір тексерілетін дереккөз',
      unverified: 'Тек тексерілмеген мәтін',
    },
    firmest: (voice: string, modality: string, source: string) =>
      `Ең берік растау: ${voice}, ${modality} (${source})`,
    noSupport:
      'Бұл сызықты бірде-бір үзінді ескертпесіз растамайды; әр үзінді оны шектейді не ескертпе жасайды.',
    unverifiedCount: (n: number, total: number) =>
      n === total
        ? 'Барлық үзінді тексерілмеген мәтіннен алынған.'
        : `Тексерілмеген мәтіннен алынған үзінділер: ${n} / ${total}.`,
    voices: 'Дауыстар мұны қалай айтады',
    contested: 'Дауыстар әртүрлі.',
    contestedWhy:
      'Мәтіндер бұл байланысты әр текті сөздермен атайды немесе екінші мәтін оған ескертпе жасайды: сызыққа сүйенбес бұрын оларды салыстырыңыз.',
    drawnOnLine: 'ең берік: сызықтағы сөздер осы',
    plusUnverified: (n: number) =>
      n === 1 ? 'оған қоса бір тексерілмеген мәтін' : `оған қоса тексерілмеген мәтін: ${n}`,
    contestedShort: 'дауыстар әртүрлі',
    // After the term and a dash, like voiceLine: «… — кімнің сөзі: сарапшы, ұсынады».
    aboutLine: 'Мәтіндердің сөздері және біздің түйіндеме',
  },

  // ── sources: app/features/sources/*
  sources: {
    back: '← Картаға оралу',
    all: 'Барлық дереккөз',
    allCount: (n: number) => `Барлық дереккөз (${n})`,
    ourLabel: '(біздің белгі)',
    relationsIn: (label: string) => `Дереккөздегі байланыстар: ${label}`,
    supportsCount: (n: number) => `растайды: ${n}`,
    qualifiesCount: (n: number) => `ескертпемен: ${n}`,
    ours: 'Біздікі',
    noneUsed: 'Бұл мәтіннен картада бірде-бір үзінді қолданылмаған.',
    kicker: 'Дереккөз мәтіні, алынған күйінде',
    quotedAndMarked: (n: number) =>
      `Бұл мәтіннен картада келтірілген үзінділер (${n}) белгіленген:`,
    noneQuoted: 'Бұл мәтіннен картада бірде-бір үзінді келтірілмеген.',
    markSupports: 'растайды',
    markQualifies: 'ескертпемен',
    markCurrent: 'сіз келген үзінді',
    goToPassage: 'Сол үзіндіге өту',
    loading: 'Мәтін жүктелуде…',
    tryAgain: 'Қайталау',
    notLocated: (n: number) => `Мәтіннің осы көшірмесінен ${n} үзінді табылмады.`,
  },

  // ── table: app/features/table/*
  table: {
    title: 'Байланыстар кесте түрінде',
    scrollLabel: 'Байланыстар кестесі, айналдырылады',
    filtered: (shown: number, total: number) =>
      `Байланыстар: ${shown} / ${total} (сүзгілер қосулы).`,
    all: (total: number) => `Картадағы барлық байланыс: ${total}.`,
    choose: 'Дәлелдерін оқу үшін жұпты таңдаңыз.',
    entities: 'Нысандар',
    relation: 'Байланыс',
    passages: 'Үзінділер',
    sources: 'Дереккөздер',
    empty: 'Сүзгілерге сай байланыс жоқ. Көбірек көру үшін сүзгіні алып тастаңыз.',
  },

  // ── handout: app/features/handout/*
  handout: {
    mapTitle: 'Қазақстанның сыртқы және қауіпсіздік байланыстары',
    label: 'Үлестірме материал',
    heading: (title: string) => `${title}: үлестірме материал`,
    intro:
      'Картадағы әр байланыс дереккөз мәтіндерінен сөзбе-сөз алынған үзінділерге сүйенеді (дереккөздер соңында нөмірленген). «Біздің» деп белгіленген түйіндемелер мен ескертпелер — біздің сөзіміз.',
    relations: 'Байланыстар және олардың дәлелдері',
    sources: 'Дереккөздер',
    sourceRef: (n: number) => `Дереккөз [${n}]:`,
    exportSource: (
      title: string,
      where: string,
      sources: number,
      passages: number,
      titles: string,
    ) =>
      `Дереккөз: ${title}, дәлелдер картасы (${where}). Әр сызық дереккөз мәтіндерінен сөзбе-сөз алынған үзінділерге сүйенеді (дереккөз: ${sources}, әртүрлі үзінді: ${passages}): ${titles}.`,
    exported: (date: string) =>
      `Экспортталды: ${date}. Сызық түстері мен түйіндемелер — біздікі; сызықтағы сөздер мен үзінділер — дереккөздердің сөзі (аудармасы біздікі).`,
  },

  // ── openData: app/features/open-data/*
  openData: {
    intro:
      'Барлық байланыс пен үзінді — басқа құралдар үшін. Дереккөзін көрсетіп, еркін пайдалануға болады (CC BY 4.0); үзінділер — авторларының өз сөзі.',
    jgf: 'JSON Graph Format: нысандар мен байланыстар, әрқайсысының дәлелдер саны.',
    gexf: 'Gephi мен Gephi Lite үшін GEXF: байланыс түрі, ұстанымдар саны, негіздің беріктігі.',
    graphml: 'yEd, Cytoscape, NetworkX және igraph үшін GraphML.',
    csv: 'Кесте (CSV): әр байланыс пен үзінді үшін бір жол — кім айтады, қаншалықты нық.',
    csl: 'Бес дереккөз мәтіні библиографиялық жазба ретінде (CSL-JSON, Zotero мен Pandoc үшін).',
    annotations: 'Әр үзінді — дереккөз мәтініндегі орнына байланған W3C Web Annotation.',
    about: 'Бұл файлдар туралы: деректер жинағының сипаттамасы (schema.org)',
  },

  // ── present: presentation-mode page (app/features/tour/*)
  present: {
    tools: 'Құралдар',
    toolsHint: 'Іздеуді, сүзгілерді және шартты белгілерді көрсету',
    keyOf: (shown: number, total: number) =>
      shown >= total
        ? total === 1
          ? 'Жалғыз үзінді'
          : `Барлық үзінді (${total})`
        : `${total} үзіндінің ${shown}, ең берігі алдымен`,
    allPassages: (n: number) => `Барлық үзінді (${n})`,
    keyOnly: 'Тек негізгі үзінділер',
    region: 'Көрсетілім',
  },

  // ── surfaces (skip to evidence, embed credit line, filters in the panel)
  surfaces: {
    skipToEvidence: 'Дәлелдерге өту',
    /** After the credit line: the relations and their passages as a spreadsheet. */
    embedData: 'Деректерді жүктеу (CSV)',
    embedCredit: (sources: number, passages: number) =>
      `Дереккөз: Қазақстанның сыртқы және қауіпсіздік байланыстары, дәлелдер картасы. Әр сызық ${sources} мәтіннен сөзбе-сөз алынған ${passages} әртүрлі үзіндіге сүйенеді:`,
    hiddenByFilters: (n: number) => `Тағы ${n} байланыс сүзгілермен жасырылған.`,
  },
};

export const kkCatalogue: LangBundle = {
  ui: kk,
  data: kkData,
  localize: (graph) => localizeGraph(graph, kkData),
};
