// Russian for our own words in data/graph.json and data/tours.json, keyed by the English text
// (entity names, short names, descriptions, summaries, notes, source labels, tour captions),
// and our translations of the words drawn on each line (a line's label is its source's own
// words: translate them faithfully, never stronger). Never a passage, and never metadata a
// text states about itself: those stay as written.
// localize.test.ts fails when an English text has no entry here, or an entry is stale.
export const ruData: Record<string, string> = {
  'Commentary on the National Security Strategy 2021-2025':
    'Комментарий к Стратегии национальной безопасности на 2021–2025 годы',
  Commentary: 'Комментарий',
  'The author is named in the last paragraph. The outlet is named only in the closing newsletter line (“Get The Astana Times stories sent directly to you!”), which we take as naming the outlet, not as evidence about relations. The text gives no date. It names no foreign partner, so its passages describe Kazakhstan’s own security posture and sit on the Kazakhstan node.':
    'Автор назван в последнем абзаце. Издание названо только в строке рассылки в конце («Get The Astana Times stories sent directly to you!»); мы принимаем её как название издания, но не как свидетельство о связях. Дата в тексте не указана. Иностранные партнёры в нём не названы, поэтому его цитаты описывают собственную позицию Казахстана в сфере безопасности и отнесены к узлу Казахстана.',
  'Report on the foreign policy strategy 2020-2030':
    'Материал о внешнеполитической стратегии на 2020–2030 годы',
  'News report': 'Новостной материал',
  'Byline at the top; dateline NUR-SULTAN. The text says the document was published on March 9 but gives no year and no publication date of its own, so no date is recorded. The two photo captions (Kazakh soldiers at the Best Warrior 2020 competition in Arizona; Donald Tusk greeting President Tokayev) and the comment-form lines at the end are not evidence. Quoted strategy text is attributed to “the document”.':
    'Подпись автора — в начале текста; место выпуска — «NUR-SULTAN» (Нур-Султан). По тексту, документ опубликован 9 марта, но год не указан, как и дата публикации самого материала, поэтому дата не записана. Две подписи к фотографиям (казахстанские военные на конкурсе Best Warrior 2020 в Аризоне; Дональд Туск приветствует президента Токаева) и строки формы комментариев в конце свидетельствами не являются. Цитаты из стратегии текст приписывает «the document», то есть самому документу.',
  'Essay on countering regional threats to Kazakhstan’s security':
    'Эссе о противодействии региональным угрозам безопасности Казахстана',
  'Analytical essay': 'Аналитическое эссе',
  'The opening epigraph by Mirzhakyp Dulatuly is not evidence. The title is recorded as printed, odd apostrophe included. The whole essay is in the author’s own voice; “CA” stands for Central Asia. The English is awkward in places and is quoted as it stands.':
    'Эпиграф Миржакыпа Дулатулы в начале текста свидетельством не является. Заголовок записан так, как напечатан, вместе со странным апострофом. Всё эссе написано от лица автора; «CA» означает Центральную Азию. Английский язык текста местами неуклюж; он цитируется как есть.',
  'Report on the ‘On Territorial Defense’ law':
    'Материал о законе «On Territorial Defense» (о территориальной обороне)',
  'Unattributed report': 'Материал без указания авторства',
  'The text has no title, byline, outlet or date, and the people it quotes (a senior ministry official, Colonel Akmaral Kassymova, Dr. Elena Petrova, Ambassador Michael Chen) appear in no other text, so none of them can be checked; it even quotes the President verbatim from a “closed-door meeting” without saying how the writer knows the words. It never names Kazakhstan’s President, so neither do we. Every passage from it is marked unverified.':
    'В тексте нет заголовка, подписи автора, названия издания и даты, а люди, которых он цитирует (высокопоставленный сотрудник министерства, полковник Акмарал Касымова, д-р Елена Петрова, посол Майкл Чен), не встречаются ни в одном другом тексте, поэтому никого из них проверить нельзя; текст даже дословно цитирует президента с «closed-door meeting» (закрытой встречи), не объясняя, откуда автору известны эти слова. Президент Казахстана в нём ни разу не назван по имени — не называем его и мы. Каждая цитата из этого текста помечена как непроверенная.',
  'News item on Tokayev’s article on Central Asian security':
    'Заметка о статье Токаева о безопасности в Центральной Азии',
  'News item': 'Новостная заметка',
  'Summarises and quotes Kassym-Jomart Tokayev’s article “Renaissance of Central Asia: Towards Sustainable Development and Prosperity”. Kazakhstanskaya Pravda is the newspaper where that article appeared, not this item’s outlet, which the text does not name. The “Categories Kazakhstan” line and the repeated headline are page debris, not evidence.':
    'Пересказывает и цитирует статью Касым-Жомарта Токаева «Renaissance of Central Asia: Towards Sustainable Development and Prosperity» — о возрождении Центральной Азии на пути к устойчивому развитию и процветанию. «Казахстанская правда» — газета, где вышла та статья, а не издание этой заметки: оно в тексте не названо. Строка «Categories Kazakhstan» и повторённый заголовок — остатки вёрстки страницы, а не свидетельства.',
  Kazakhstan: 'Казахстан',
  'The Central Asian country whose foreign and security relations this map draws from the five texts.':
    'Страна Центральной Азии; карта показывает её внешнеполитические связи и связи в сфере безопасности по пяти текстам.',
  'The next sentence attributes this to Nursultan Nazarbayev.':
    'Следующее предложение приписывает эту мысль Нурсултану Назарбаеву.',
  'An analyst’s words: mediation on global security, nuclear-weapon-free zones and hybrid wars.':
    'Слова аналитика: посредничество в вопросах глобальной безопасности, зоны, свободные от ядерного оружия, и гибридные войны.',
  'The rest of the sentence is the writer’s own comment, not the President’s; it is listed next.':
    'Окончание предложения — собственный комментарий автора текста, а не слова президента; оно приведено следующим.',
  'The unattributed writer’s comment on the President’s remark.':
    'Комментарий автора без подписи к словам президента.',
  Russia: 'Россия',
  'Country with which one essay says Kazakhstan should maintain allied relations; an unverified report quotes officials speaking of strategic partnerships, particularly with Russia, and calling it a partner.':
    'Страна, с которой, по словам одного эссе, Казахстану следует поддерживать союзнические отношения; непроверенный материал цитирует официальных лиц, которые говорят о стратегических партнёрствах, особенно с Россией, и называют её партнёром.',
  China: 'Китай',
  'Country with which one essay says Kazakhstan should maintain strategic cooperation.':
    'Страна, с которой, по словам одного эссе, Казахстану следует поддерживать стратегическое сотрудничество.',
  'United States': 'США',
  'Country with which an essay calls for constructive interaction, and the foreign policy strategy, as reported, for an expanded strategic partnership.':
    'Страна, с которой эссе призывает к конструктивному взаимодействию, а внешнеполитическая стратегия, как сообщается, — к расширению стратегического партнёрства.',
  'European Union': 'Европейский союз',
  'Union of European states; an essay calls for constructive interaction with the EU countries, and the foreign policy strategy, as reported, for expanded partnership and co-operation with the EU.':
    'Объединение европейских государств; эссе призывает к конструктивному взаимодействию со странами ЕС, а внешнеполитическая стратегия, как сообщается, — к расширению партнёрства и сотрудничества с ЕС.',
  'Collective Security Treaty Organization': 'Организация Договора о коллективной безопасности',
  CSTO: 'ОДКБ',
  'Organisation an essay names among the intergovernmental mutual-security organisations in which Kazakhstan has a role.':
    'Организация, которую эссе называет среди межправительственных организаций взаимной безопасности, в которых Казахстан играет роль.',
  'Shanghai Cooperation Organization': 'Шанхайская организация сотрудничества',
  SCO: 'ШОС',
  'Organisation an essay names among the mutual-security organisations in which Kazakhstan has a role; an unverified report names it as a setting for Kazakhstan’s cooperation with Russia.':
    'Организация, которую эссе называет среди организаций взаимной безопасности, в которых Казахстан играет роль; непроверенный материал называет её площадкой сотрудничества Казахстана с Россией.',
  'Conference on Interaction and Confidence Building Measures in Asia':
    'Совещание по взаимодействию и мерам доверия в Азии',
  CICA: 'СВМДА',
  'Asian forum an essay names among the mutual-security organisations in which Kazakhstan has a role; the foreign policy strategy, as reported, proposes turning it into a regional organisation.':
    'Азиатский форум, который эссе называет среди организаций взаимной безопасности, в которых Казахстан играет роль; внешнеполитическая стратегия, как сообщается, предлагает превратить его в региональную организацию.',
  'Describes CICA itself, as the analyst puts it.':
    'Описывает само СВМДА — в формулировке аналитика.',
  'Eurasian Economic Union': 'Евразийский экономический союз',
  EEU: 'ЕАЭС',
  'Economic union that only an unverified report names, as a setting for Kazakhstan’s cooperation with Russia.':
    'Экономический союз, который называет только непроверенный материал — как площадку сотрудничества Казахстана с Россией.',
  'North Atlantic Treaty Organization': 'Организация Североатлантического договора',
  NATO: 'НАТО',
  'Organisation with which one essay calls for constructive interaction.':
    'Организация, с которой одно эссе призывает к конструктивному взаимодействию.',
  'Organization for Security and Co-operation in Europe':
    'Организация по безопасности и сотрудничеству в Европе',
  OSCE: 'ОБСЕ',
  'United Nations': 'Организация Объединённых Наций',
  UN: 'ООН',
  'International organisation with which, a news item reports, Kazakhstan’s President stressed the importance of active engagement.':
    'Международная организация; как сообщает новостная заметка, президент Казахстана подчеркнул важность активного взаимодействия с ней.',
  'Central Asia': 'Центральная Азия',
  'The region Kazakhstan belongs to, whose states the texts urge to coordinate their security efforts.':
    'Регион, к которому относится Казахстан; тексты призывают государства региона координировать усилия в сфере безопасности.',
  Afghanistan: 'Афганистан',
  'Country one essay names as a conflict zone adjacent to the Central Asian states.':
    'Страна, которую одно эссе называет зоной конфликта, прилегающей к государствам Центральной Азии.',
  'The West': 'Запад',
  'The grouping an unverified report calls “the West” or “Western powers”; a diplomat it quotes ties Kazakhstan’s prosperity to balancing relationships with Russia and the West.':
    'Группа стран, которую непроверенный материал называет «the West» или «Western powers» (Запад, западные державы); цитируемый в нём дипломат связывает процветание Казахстана с балансом в отношениях с Россией и Западом.',
  'allied relations': 'союзнические отношения',
  'An essay says Kazakhstan should maintain allied relations with Russia. An unverified report quotes officials speaking of strategic partnerships, particularly with Russia, and calling Russia a partner; in the same report an analyst suggests the new law may signal a shift in Kazakhstan’s long-standing reliance on Russian military support, the President dismisses such interpretations, and a diplomat speaks of balancing relationships with Russia and the West.':
    'Эссе говорит, что Казахстану следует поддерживать союзнические отношения с Россией. Непроверенный материал цитирует официальных лиц, которые говорят о стратегических партнёрствах, особенно с Россией, и называют Россию партнёром; в том же материале аналитик предполагает, что новый закон может говорить о сдвиге в давней опоре Казахстана на российскую военную поддержку, президент отвергает такие толкования, а дипломат говорит о балансе в отношениях с Россией и Западом.',
  'Other words than those drawn on the line: strategic partnerships, not allied relations.':
    'Не те слова, что стоят на линии: стратегические партнёрства, а не союзнические отношения.',
  'Speaks of a partner, not an ally, and answers fears about the new law.':
    'Говорит о партнёре, а не о союзнике, и отвечает на опасения по поводу нового закона.',
  'Continues the spokesperson’s remark about Russia.':
    'Продолжает слова официального представителя о России.',
  'Rejects readings such as the analyst’s, that the law may signal a shift in reliance on Russian military support.':
    'Отвергает толкования вроде мнения аналитика о том, что закон может говорить о сдвиге в опоре на российскую военную поддержку.',
  'Names no ally; listed here only because it answers the analyst’s remark on reliance on Russian military support.':
    'Ни один союзник не назван; реплика приведена здесь лишь потому, что отвечает на слова аналитика об опоре на российскую военную поддержку.',
  'The partners are not named here.': 'Партнёры здесь не названы.',
  'Ties Kazakhstan’s prosperity to balancing relationships with both Russia and the West.':
    'Связывает процветание Казахстана с балансом в отношениях и с Россией, и с Западом.',
  'strategic cooperation': 'стратегическое сотрудничество',
  'One essay says that, to preserve its security, Kazakhstan must maintain strategic cooperation with China.':
    'Одно эссе говорит, что для сохранения своей безопасности Казахстан должен поддерживать стратегическое сотрудничество с Китаем.',
  'The essay speaks of strategic cooperation; no text calls China a strategic partner in so many words.':
    'Эссе говорит о стратегическом сотрудничестве; ни один текст прямо не называет Китай стратегическим партнёром.',
  'strategic partnership': 'стратегическое партнёрство',
  'The foreign policy strategy, as a news report quotes it, calls for an expanded strategic partnership with the United States, the words drawn on the line; an essay calls for constructive interaction with the USA.':
    'Внешнеполитическая стратегия, как её цитирует новостной материал, призывает к расширению стратегического партнёрства с Соединёнными Штатами — эти слова и стоят на линии; эссе призывает к конструктивному взаимодействию с США.',
  'Its words are drawn on the line: an official document is the firmest voice on it.':
    'На линии стоят слова этой цитаты: официальный документ — самый твёрдый голос на ней.',
  'partnership and co-operation': 'партнёрство и сотрудничество',
  'An essay calls for constructive interaction with the EU countries; the foreign policy strategy, as a news report quotes it, calls for expanded partnership and co-operation with the EU and its member states.':
    'Эссе призывает к конструктивному взаимодействию со странами ЕС; внешнеполитическая стратегия, как её цитирует новостной материал, призывает к расширению партнёрства и сотрудничества с ЕС и его государствами-членами.',
  'Speaks of the EU countries rather than of the Union itself.':
    'Говорит о странах ЕС, а не о самом Союзе.',
  'role of our Republic': 'роль нашей Республики',
  'An essay says Kazakhstan’s role in the CSTO, CICA and SCO is high and that security should be provided through these organisations; an unverified report says the Ministry of Defense places Kazakhstan’s cooperation with Russia within the CSTO. No text calls Kazakhstan a member.':
    'Эссе говорит, что роль Казахстана в ОДКБ, СВМДА и ШОС высока и что безопасность следует обеспечивать через эти организации; непроверенный материал сообщает, что Министерство обороны помещает сотрудничество Казахстана с Россией в рамки ОДКБ. Ни один текст не называет Казахстан членом.',
  'An essay says Kazakhstan’s role in the CSTO, CICA and SCO is high and that security should be provided through these organisations; an unverified report places Kazakhstan’s cooperation with Russia, and its role as a bridge between Western and Eastern powers, within the SCO. No text calls Kazakhstan a member.':
    'Эссе говорит, что роль Казахстана в ОДКБ, СВМДА и ШОС высока и что безопасность следует обеспечивать через эти организации; непроверенный материал помещает в рамки ШОС сотрудничество Казахстана с Россией и его роль моста между западными и восточными державами. Ни один текст не называет Казахстан членом.',
  'advocates transforming': 'выступает за преобразование',
  'An essay says Kazakhstan’s role in the CSTO, CICA and SCO is high; the foreign policy strategy, as a news report quotes it, advocates turning CICA into a regional organisation, which an analyst says could bear fruit if its member states make a genuine effort. No text calls Kazakhstan a member.':
    'Эссе говорит, что роль Казахстана в ОДКБ, СВМДА и ШОС высока; внешнеполитическая стратегия, как её цитирует новостной материал, выступает за превращение СВМДА в региональную организацию, что, по словам аналитика, может принести плоды, если государства — члены СВМДА приложат настоящие усилия. Ни один текст не называет Казахстан членом.',
  'Makes the success of Kazakhstan’s proposal conditional on the efforts of CICA’s member states.':
    'Ставит успех предложения Казахстана в зависимость от усилий государств — членов СВМДА.',
  'cooperation within multilateral organizations':
    'сотрудничество в рамках многосторонних организаций',
  'Only an unverified report places Kazakhstan’s cooperation with Russia, and its role as a bridge, within the EEU; a news report says the new foreign policy strategy no longer treats Eurasian integration, a broader idea, as a fundamental long-term goal. No text calls Kazakhstan a member.':
    'Только непроверенный материал помещает в рамки ЕАЭС сотрудничество Казахстана с Россией и его роль моста; новостной материал сообщает, что новая внешнеполитическая стратегия больше не считает евразийскую интеграцию — понятие более широкое — фундаментальной долгосрочной целью. Ни один текст не называет Казахстан членом.',
  'The text speaks of Eurasian integration, a broader idea than the EEU itself; we read it as bearing on the EEU relation without the text naming the union.':
    'Текст говорит о евразийской интеграции — понятии более широком, чем сам ЕАЭС; мы относим это к связи с ЕАЭС, хотя союз в тексте не назван.',
  'constructive interaction': 'конструктивное взаимодействие',
  'One essay calls for constructive interaction with NATO to preserve Kazakhstan’s security.':
    'Одно эссе призывает к конструктивному взаимодействию с НАТО ради сохранения безопасности Казахстана.',
  'One essay calls for constructive interaction with the OSCE to preserve Kazakhstan’s security.':
    'Одно эссе призывает к конструктивному взаимодействию с ОБСЕ ради сохранения безопасности Казахстана.',
  'active engagement': 'активное взаимодействие',
  'A news item reports that Kazakhstan’s President stressed the importance of active engagement with the United Nations to enhance regional security.':
    'Новостная заметка сообщает, что президент Казахстана подчеркнул важность активного взаимодействия с Организацией Объединённых Наций для укрепления региональной безопасности.',
  'strategic relations': 'стратегические отношения',
  'An essay calls for joint security efforts of the Central Asian states, and a news item on Tokayev’s article for closer collaboration among them and a regional security architecture; the foreign policy strategy, as a news report quotes it, calls for strategic relations with them. The essay also names the complication of relations between those states and calls Kazakhstan the leader by the number of steps it has taken to strengthen security; the news report says Kazakhstan is positioning itself as the leader of the Central Asian states.':
    'Эссе призывает к совместным усилиям государств Центральной Азии в сфере безопасности, а заметка о статье Токаева — к более тесному сотрудничеству между ними и к региональной архитектуре безопасности; внешнеполитическая стратегия, как её цитирует новостной материал, призывает к стратегическим отношениям с ними. Эссе также указывает на осложнение отношений между этими государствами и называет Казахстан лидером по числу шагов, предпринятых для укрепления безопасности; новостной материал сообщает, что Казахстан позиционирует себя как лидер государств Центральной Азии.',
  'Names the complication of mutual relations between the Central Asian states as one of the most important problems, one that can escalate conflicts.':
    'Называет осложнение взаимоотношений между государствами Центральной Азии одной из важнейших проблем, способной привести к эскалации конфликтов.',
  'Calls Kazakhstan the leader by the number of steps taken to strengthen security, in the region and worldwide.':
    'Называет Казахстан лидером по числу шагов, предпринятых для укрепления безопасности в регионе и во всём мире.',
  'Reports that Kazakhstan is positioning itself as the leader of the Central Asian states.':
    'Сообщает, что Казахстан позиционирует себя как лидер государств Центральной Азии.',
  'The news item’s own reading of Tokayev’s remarks (the item has no byline), not his words.':
    'Собственное толкование слов Токаева в заметке (без подписи автора), а не его слова.',
  'settlement of conflict situations': 'урегулирование конфликтных ситуаций',
  'One essay lists helping to settle conflicts in zones adjacent to Central Asia, especially in Afghanistan, among the most essential directions of Kazakhstan’s foreign policy.':
    'Одно эссе называет среди важнейших направлений внешней политики Казахстана содействие урегулированию конфликтов в зонах, прилегающих к Центральной Азии, особенно в Афганистане.',
  'balancing relationships': 'баланс в отношениях',
  'Only an unverified report: in its own words Kazakhstan is a bridge between Western and Eastern powers, and a diplomat it quotes says the President understands that Kazakhstan’s prosperity depends on balancing relationships with Russia and the West.':
    'Только непроверенный материал: по его собственным словам, Казахстан — мост между западными и восточными державами, а цитируемый в нём дипломат говорит, что президент понимает: процветание Казахстана зависит от баланса в отношениях с Россией и Западом.',
  'Only an unverified report: the Ministry, as the report relays it, says Kazakhstan’s relationship with Russia is defined by cooperation within the CSTO, which places Russia in it.':
    'Только непроверенный материал: министерство, в пересказе материала, говорит, что отношения Казахстана с Россией определяются сотрудничеством в рамках ОДКБ, и тем самым указывает на участие в ней России.',
  'The text places Russia in these organisations alongside Kazakhstan; it says nothing more about Russia’s own place in them.':
    'Текст указывает на участие России в этих организациях наряду с Казахстаном; о месте самой России в них он больше ничего не говорит.',
  'Only an unverified report: the Ministry, as the report relays it, says Kazakhstan’s relationship with Russia is defined by cooperation within the SCO, which places Russia in it.':
    'Только непроверенный материал: министерство, в пересказе материала, говорит, что отношения Казахстана с Россией определяются сотрудничеством в рамках ШОС, и тем самым указывает на участие в ней России.',
  'Only an unverified report: the Ministry, as the report relays it, says Kazakhstan’s relationship with Russia is defined by cooperation within the EEU, which places Russia in it.':
    'Только непроверенный материал: министерство, в пересказе материала, говорит, что отношения Казахстана с Россией определяются сотрудничеством в рамках ЕАЭС, и тем самым указывает на участие в нём России.',
  'Kazakhstan – former USSR (nuclear inheritance)': 'Казахстан — бывший СССР (ядерное наследие)',
  'The essay says Kazakhstan inherited nuclear weapons from the former USSR; that is history, not a current relation.':
    'В эссе сказано, что Казахстан унаследовал ядерное оружие от бывшего СССР; это история, а не нынешняя связь.',
  'Kazakhstan – nuclear powers (security guarantees)':
    'Казахстан — ядерные державы (гарантии безопасности)',
  'The essay mentions security guarantees given by nuclear powers but names no specific state.':
    'В эссе упомянуты гарантии безопасности, данные ядерными державами, но ни одно конкретное государство не названо.',
  'Kazakhstan – neighbouring countries (border tensions)':
    'Казахстан — соседние страны (напряжённость на границах)',
  'The unverified territorial-defense report mentions tensions with neighboring countries in border regions but names none of them.':
    'В непроверенном материале о территориальной обороне упомянута напряжённость с соседними странами в приграничных районах, но ни одна из них не названа.',
  'Kazakhstan – Eastern powers': 'Казахстан — восточные державы',
  'The unverified territorial-defense report calls Kazakhstan a bridge between Western and Eastern powers but does not say who the Eastern powers are, so no node is drawn for them.':
    'Непроверенный материал о территориальной обороне называет Казахстан мостом между западными и восточными державами, но не говорит, какие это восточные державы, поэтому узла для них нет.',
  'Kazakhstan – Eurasian integration (as its own node)':
    'Казахстан — евразийская интеграция (как отдельный узел)',
  'The foreign-policy report speaks of Eurasian integration, a broader idea than the EEU; it is cited as qualifying the EEU relation rather than drawn as an entity.':
    'Материал о внешнеполитической стратегии говорит о евразийской интеграции — понятии более широком, чем ЕАЭС; эта цитата приведена как оговорка к связи с ЕАЭС, а не показана отдельным объектом.',
  'China – Russia, and other relations not involving Kazakhstan':
    'Китай — Россия и другие связи без участия Казахстана',
  'No text states a relation between two other named states; the only such links drawn are Russia’s place in the CSTO, SCO and EEU, which only the unverified territorial-defense report implies.':
    'Ни один текст не говорит о связи между двумя другими названными государствами; единственные такие линии — место России в ОДКБ, ШОС и ЕАЭС, на которое лишь косвенно указывает непроверенный материал о территориальной обороне.',
  'Kazakhstan – Kazakhstanskaya Pravda': 'Казахстан — «Казахстанская правда»',
  'A newspaper where Tokayev’s article appeared, not a relation.':
    'Газета, в которой вышла статья Токаева, а не связь.',
  'Kazakhstan – United States (Best Warrior 2020 competition in Arizona)':
    'Казахстан — Соединённые Штаты Америки (конкурс Best Warrior 2020 в Аризоне)',
  'Only in a photo caption of the foreign-policy report, which is not evidence; the United States relation rests on other passages.':
    'Только в подписи к фотографии в материале о внешнеполитической стратегии, а она свидетельством не является; связь с Соединёнными Штатами опирается на другие цитаты.',
  'Kazakhstan – European Council (Donald Tusk’s greeting)':
    'Казахстан — Европейский совет (приветствие Дональда Туска)',
  'Only in a photo caption of the foreign-policy report, which is not evidence.':
    'Только в подписи к фотографии в материале о внешнеполитической стратегии, а она свидетельством не является.',
  'Kazakhstan – United States (through Ambassador Michael Chen)':
    'Казахстан — Соединённые Штаты Америки (через посла Майкла Чена)',
  'Chen is a U.S. diplomat quoted on the President’s approach; his words state no Kazakhstan–United States relation.':
    'Чен — американский дипломат, которого текст цитирует о подходе президента; в его словах нет связи между Казахстаном и Соединёнными Штатами.',
  'Kazakhstan – the global community (counter-terrorism coalition)':
    'Казахстан — мировое сообщество (антитеррористическая коалиция)',
  'The foreign-policy report speaks of joining forces with the global community and a broad international counter-terrorism coalition without naming any partner.':
    'Материал о внешнеполитической стратегии говорит об объединении усилий с мировым сообществом и о широкой международной антитеррористической коалиции, не называя ни одного партнёра.',
  'Kazakhstan – Turkey, Iran, Kyrgyzstan, Uzbekistan and other states':
    'Казахстан — Турция, Иран, Кыргызстан, Узбекистан и другие государства',
  'None of the texts names them.': 'Ни один из текстов их не называет.',
  'Kazakhstan – Central Asia (the President as a key figure in Central Asian geopolitics)':
    'Казахстан — Центральная Азия (президент как ключевая фигура центральноазиатской геополитики)',
  'The unverified territorial-defense report says this of the President’s personal standing, not of cooperation between states, so it is not cited for the regional-cooperation line.':
    'Непроверенный материал о территориальной обороне говорит это о личном положении президента, а не о сотрудничестве между государствами, поэтому для линии регионального сотрудничества он не цитируется.',
  'Kazakhstan’s relations: a classroom tour': 'Связи Казахстана: учебная экскурсия',
  'Russia as an ally, China and the United States as strategic partners, the EU as a constructive partner, Kazakhstan taking part in four organisations: the tour asks each of these framings as a question. Who says it, in what words, how firmly, and which passages qualify it?':
    'Россия как союзник, Китай и США как стратегические партнёры, Европейский союз как конструктивный партнёр, участие Казахстана в четырёх организациях: экскурсия ставит каждую из этих формулировок как вопрос. Кто так говорит, какими словами, насколько твёрдо и какие цитаты это ограничивают или оговаривают?',
  'Kazakhstan at the centre: what do the texts say about it?':
    'Казахстан в центре: что о нём говорят тексты?',
  'Every line on this map rests on passages quoted from the source texts. A heavier line rests on two or more verifiable sources, a thin one on one, a dotted one only on a text we cannot verify; such a text never counts as a second source. We start with Kazakhstan and what the texts say about it.':
    'Каждая линия на этой карте опирается на цитаты из исходных текстов. Более толстая линия опирается на два проверяемых источника или больше, тонкая — на один, точечная — только на текст, который мы не можем проверить; такой текст никогда не считается вторым источником. Начнём с Казахстана и того, что о нём говорят тексты.',
  'Russia as an ally — who says so, and how firmly?':
    'Россия как союзник — кто так говорит и насколько твёрдо?',
  'One verifiable text, an essay, recommends allied relations with Russia: those words are on the line. Officials quoted in an unverified report speak of strategic partnerships and of Russia as a partner; that report is not a second source. Passages marked Qualifies are more guarded.':
    'Лишь один проверяемый текст, эссе, рекомендует союзнические отношения с Россией: эти слова — на линии. Официальные лица, которых цитирует непроверенный материал, говорят о стратегическом партнёрстве и о России как о партнёре; этот материал не считается вторым источником. Цитаты с пометкой «С оговоркой» осторожнее.',
  'China as a strategic partner — in whose words?':
    'Китай как стратегический партнёр — чьими словами?',
  'A single passage from one essay supports this line: it recommends strategic cooperation with China.':
    'Эту линию подтверждает единственная цитата из одного эссе: в ней рекомендуется стратегическое сотрудничество с Китаем.',
  'The United States as a partner — strategic or constructive, and in whose words?':
    'США как партнёр — стратегический или конструктивный, и чьими словами?',
  'The foreign policy strategy, as a news report quotes it, calls for an expanded strategic partnership with the United States; those words are drawn on the line. An essay calls for constructive interaction with the USA.':
    'Внешнеполитическая стратегия, как её цитирует новостной материал, призывает к расширению стратегического партнёрства с Соединёнными Штатами; эти слова и стоят на линии. Эссе призывает к конструктивному взаимодействию с США.',
  'The European Union as a constructive partner — what do the texts say?':
    'Европейский союз как конструктивный партнёр — что говорят тексты?',
  'An essay calls for constructive interaction with the EU countries; the foreign policy strategy, as reported, for expanded partnership and co-operation with the EU and its member states, the words drawn on the line.':
    'Эссе призывает к конструктивному взаимодействию со странами ЕС, а внешнеполитическая стратегия, как сообщается, — к расширению партнёрства и сотрудничества с ЕС и его государствами-членами; эти слова и стоят на линии.',
  'Taking part in the CSTO — who says so?': 'Участие в ОДКБ — кто так говорит?',
  'The first of four organisations. An essay says Kazakhstan’s role in it is high; no text calls Kazakhstan a member. An unverified report places Russia’s cooperation with Kazakhstan in it too, so a dotted line runs from Russia as well.':
    'Первая из четырёх организаций. Эссе говорит, что роль Казахстана в ней высока; ни один текст не называет Казахстан членом. Непроверенный материал помещает в неё и сотрудничество России с Казахстаном, поэтому от России тоже идёт точечная линия.',
  'Taking part in the SCO — who says so?': 'Участие в ШОС — кто так говорит?',
  'An essay names it among the mutual-security organisations in which Kazakhstan has a role.':
    'Эссе называет её среди организаций взаимной безопасности, в которых Казахстан играет роль.',
  'Taking part in CICA — what does the strategy propose?':
    'Участие в СВМДА — что предлагает стратегия?',
  'Kazakhstan’s foreign policy strategy, as reported, proposes turning CICA into a regional organisation. An analyst’s condition qualifies that plan.':
    'Внешнеполитическая стратегия Казахстана, как сообщается, предлагает превратить СВМДА в региональную организацию. Условие аналитика служит оговоркой к этому плану.',
  'Taking part in the Eurasian Economic Union — who says so?':
    'Участие в Евразийском экономическом союзе — кто так говорит?',
  'Only an unverified report supports this line. Two passages from a news report qualify it: they say the new foreign policy strategy no longer treats Eurasian integration, a broader idea that does not name the EEU, as a fundamental long-term goal.':
    'Эту линию подтверждает только непроверенный материал. Две цитаты из новостного материала делают к ней оговорку: по их словам, новая внешнеполитическая стратегия больше не считает евразийскую интеграцию — более широкое понятие, в котором ЕАЭС не назван, — фундаментальной долгосрочной целью.',
  'A balance between Russia and the West — who speaks of it?':
    'Баланс между Россией и Западом — кто о нём говорит?',
  'Only an unverified report describes Kazakhstan as a bridge between Western and Eastern powers, and quotes a diplomat who ties its prosperity to balancing relationships with Russia and the West. Compare it with the qualifying passages on the Russia line.':
    'Только непроверенный материал описывает Казахстан как мост между западными и восточными державами и цитирует дипломата, связывающего его процветание с балансом в отношениях с Россией и Западом. Сравните это с цитатами с оговоркой на линии к России.',
  'Closer to home: what do the texts say about Central Asia?':
    'Ближе к дому: что тексты говорят о Центральной Азии?',
  'The relation with the most passages: joint security efforts among the Central Asian states, the complications between them, and Kazakhstan positioning itself as the region’s leader.':
    'Связь с наибольшим числом цитат: совместные усилия государств Центральной Азии в сфере безопасности, осложнения в отношениях между ними и Казахстан, позиционирующий себя как лидер региона.',
};
