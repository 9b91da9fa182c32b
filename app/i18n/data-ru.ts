// Russian for our own words in data/graph.json and data/tours.json, keyed by the English text
// (entity names, short names, descriptions, summaries, notes, source labels, tour captions).
// Never a passage, and never metadata a text states about itself: those stay as written.
// localize.test.ts fails when an English text has no entry here, or an entry is stale.
export const ruData: Record<string, string> = {
  'Commentary on the National Security Strategy 2021-2025':
    'Комментарий к Стратегии национальной безопасности на 2021–2025 годы',
  'Opinion commentary': 'Авторский комментарий',
  'The author is named in the last paragraph; the outlet only in the closing newsletter sign-up line, which is not evidence. The text gives no date. It names no foreign partner, so its passages describe Kazakhstan’s own security posture and sit on the Kazakhstan node.':
    'Автор назван в последнем абзаце, издание — только в строке подписки на рассылку в конце текста, а она свидетельством не является. Дата в тексте не указана. Иностранные партнёры в нём не названы, поэтому его цитаты описывают собственную позицию Казахстана в сфере безопасности и отнесены к узлу Казахстана.',
  'Report on the foreign policy concept 2020-2030':
    'Материал о Концепции внешней политики на 2020–2030 годы',
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
  'The text has no title, byline, outlet or date. It never names Kazakhstan’s President, so neither do we. It quotes a senior ministry official, Colonel Akmaral Kassymova, Dr. Elena Petrova and Ambassador Michael Chen, and reports positions of the Ministry of Defense and the President.':
    'В тексте нет заголовка, подписи автора, названия издания и даты. Президент Казахстана в нём ни разу не назван по имени — не называем его и мы. Текст цитирует высокопоставленного сотрудника министерства, полковника Акмарал Касымову, д-ра Елену Петрову и посла Майкла Чена и излагает позиции Министерства обороны и президента.',
  'News item on Tokayev’s article on Central Asian security':
    'Заметка о статье Токаева о безопасности в Центральной Азии',
  'News item': 'Новостная заметка',
  'Summarises and quotes Kassym-Jomart Tokayev’s article “Renaissance of Central Asia: Towards Sustainable Development and Prosperity”. Kazakhstanskaya Pravda is the newspaper where that article appeared, not this item’s outlet, which the text does not name. The “Categories Kazakhstan” line and the repeated headline are page debris, not evidence.':
    'Пересказывает и цитирует статью Касым-Жомарта Токаева «Renaissance of Central Asia: Towards Sustainable Development and Prosperity» — о возрождении Центральной Азии на пути к устойчивому развитию и процветанию. «Казахстанская правда» — газета, где вышла та статья, а не издание этой заметки: оно в тексте не названо. Строка «Categories Kazakhstan» и повторённый заголовок — остатки вёрстки страницы, а не свидетельства.',
  Kazakhstan: 'Казахстан',
  'The Central Asian country whose foreign and security relations this map draws from the five texts.':
    'Страна Центральной Азии; карта показывает её внешнеполитические связи и связи в сфере безопасности по пяти текстам.',
  'Describes Kazakhstan’s own security posture rather than a relation with another party. The next sentence attributes this to Nursultan Nazarbayev.':
    'Описывает собственную позицию Казахстана в сфере безопасности, а не связь с другой стороной. Следующее предложение приписывает эту мысль Нурсултану Назарбаеву.',
  'Describes Kazakhstan’s own security posture rather than a relation with another party.':
    'Описывает собственную позицию Казахстана в сфере безопасности, а не связь с другой стороной.',
  Russia: 'Россия',
  'Country the texts describe as Kazakhstan’s ally and strategic partner, cooperating with it in the CSTO, SCO and EEU.':
    'Страна, которую тексты называют союзником и стратегическим партнёром Казахстана; обе страны сотрудничают в ОДКБ, ШОС и ЕАЭС.',
  China: 'Китай',
  'Country with which one text says Kazakhstan should maintain strategic cooperation.':
    'Страна, с которой, по словам одного из текстов, Казахстану следует поддерживать стратегическое сотрудничество.',
  'United States': 'США',
  'Country with which the texts call for constructive interaction and an expanded strategic partnership.':
    'Страна, с которой тексты призывают к конструктивному взаимодействию и расширению стратегического партнёрства.',
  'European Union': 'Европейский союз',
  'Union of European states with which the texts call for constructive interaction and expanded partnership.':
    'Объединение европейских государств, с которым тексты призывают к конструктивному взаимодействию и расширению партнёрства.',
  'Collective Security Treaty Organization': 'Организация Договора о коллективной безопасности',
  CSTO: 'ОДКБ',
  'Organisation the texts name as one of Kazakhstan’s intergovernmental mutual-security organisations.':
    'Организация, которую тексты называют одной из межправительственных организаций взаимной безопасности с участием Казахстана.',
  'Shanghai Cooperation Organization': 'Шанхайская организация сотрудничества',
  SCO: 'ШОС',
  'Organisation the texts name as one of Kazakhstan’s mutual-security organisations and a setting for its cooperation with Russia.':
    'Организация, которую тексты называют одной из организаций взаимной безопасности с участием Казахстана и площадкой его сотрудничества с Россией.',
  'Conference on Interaction and Confidence Building Measures in Asia':
    'Совещание по взаимодействию и мерам доверия в Азии',
  CICA: 'СВМДА',
  'Asian forum the texts name among Kazakhstan’s mutual-security organisations, which Kazakhstan proposes to turn into a regional organisation.':
    'Азиатский форум, который тексты называют среди организаций взаимной безопасности с участием Казахстана; Казахстан предлагает превратить его в региональную организацию.',
  'Describes CICA itself, as the analyst puts it.':
    'Описывает само СВМДА — в формулировке аналитика.',
  'Eurasian Economic Union': 'Евразийский экономический союз',
  EEU: 'ЕАЭС',
  'Economic union that one text names as a setting for Kazakhstan’s cooperation with Russia.':
    'Экономический союз, который один из текстов называет площадкой сотрудничества Казахстана с Россией.',
  'North Atlantic Treaty Organization': 'Организация Североатлантического договора',
  NATO: 'НАТО',
  'Organisation with which one text calls for constructive interaction.':
    'Организация, с которой один из текстов призывает к конструктивному взаимодействию.',
  'Organization for Security and Co-operation in Europe':
    'Организация по безопасности и сотрудничеству в Европе',
  OSCE: 'ОБСЕ',
  'United Nations': 'Организация Объединённых Наций',
  UN: 'ООН',
  'International organisation with which Kazakhstan’s President calls for active engagement to enhance regional security.':
    'Международная организация; президент Казахстана призывает к активному взаимодействию с ней ради укрепления региональной безопасности.',
  'Central Asia': 'Центральная Азия',
  'The region Kazakhstan belongs to, whose states the texts urge to coordinate their security efforts.':
    'Регион, к которому относится Казахстан; тексты призывают государства региона координировать усилия в сфере безопасности.',
  Afghanistan: 'Афганистан',
  'Country one text names as a conflict zone adjacent to the Central Asian states.':
    'Страна, которую один из текстов называет зоной конфликта, прилегающей к государствам Центральной Азии.',
  'The West': 'Запад',
  'The grouping one text calls “the West” or “Western powers”, with which Kazakhstan is said to balance its relations.':
    'Группа стран, которую один из текстов называет «the West» или «Western powers» (Запад, западные державы); по словам текста, Казахстан выстраивает с ней баланс в отношениях.',
  'The texts call Russia an ally and a foundational strategic partner of Kazakhstan, while officials call it a partner and an analyst and a diplomat see a shift toward self-reliance and a balance with the West.':
    'Тексты называют Россию союзником и основополагающим стратегическим партнёром Казахстана; официальные лица говорят о ней как о партнёре, а аналитик и дипломат видят сдвиг к опоре на собственные силы и к балансу с Западом.',
  'Speaks of a partner, not an ally, and answers fears about the new law.':
    'Говорит о партнёре, а не о союзнике, и отвечает на опасения по поводу нового закона.',
  'Continues the spokesperson’s remark about Russia.':
    'Продолжает слова официального представителя о России.',
  'Rejects the reading that the law signals a move away from reliance on Russia.':
    'Отвергает толкование, будто закон означает отход от опоры на Россию.',
  'The alliances are not named here; the remark answers the suggestion of a shift away from Russia.':
    'Союзы здесь не названы; реплика отвечает на предположение об отдалении от России.',
  'Places the relationship with Russia in a balance with the West.':
    'Представляет отношения с Россией как часть баланса с Западом.',
  'One text says Kazakhstan must maintain strategic cooperation with China to preserve its security.':
    'Один из текстов говорит, что для сохранения своей безопасности Казахстан должен поддерживать стратегическое сотрудничество с Китаем.',
  'The texts call for constructive interaction with the USA and an expanded strategic partnership with the United States.':
    'Тексты призывают к конструктивному взаимодействию с США и к расширению стратегического партнёрства с Соединёнными Штатами.',
  'The texts call for constructive interaction with the EU countries and expanded partnership and co-operation with the EU and its member states.':
    'Тексты призывают к конструктивному взаимодействию со странами ЕС и к расширению партнёрства и сотрудничества с ЕС и его государствами-членами.',
  'The texts name the CSTO among the mutual-security organisations in which Kazakhstan plays a role and through which it cooperates with Russia.':
    'Тексты называют ОДКБ среди организаций взаимной безопасности, в которых Казахстан играет роль и через которые сотрудничает с Россией.',
  'The texts name the SCO among Kazakhstan’s mutual-security organisations, as a setting for its cooperation with Russia and for its role as a bridge between West and East.':
    'Тексты называют ШОС среди организаций взаимной безопасности с участием Казахстана — как площадку, где Казахстан сотрудничает с Россией и выступает мостом между Западом и Востоком.',
  'The texts name CICA among Kazakhstan’s mutual-security organisations, and Kazakhstan’s strategy proposes turning it into a regional organisation for security and development.':
    'Тексты называют СВМДА среди организаций взаимной безопасности с участием Казахстана, а казахстанская стратегия предлагает превратить его в региональную организацию по безопасности и развитию.',
  'Makes the success of Kazakhstan’s proposal conditional on the efforts of CICA’s member states.':
    'Ставит успех предложения Казахстана в зависимость от усилий государств — членов СВМДА.',
  'One text places Kazakhstan’s cooperation with Russia within the EEU, while another says the new foreign policy strategy no longer treats Eurasian integration as a fundamental long-term goal.':
    'Один текст помещает сотрудничество Казахстана с Россией в рамки ЕАЭС, а другой говорит, что новая внешнеполитическая стратегия больше не считает евразийскую интеграцию фундаментальной долгосрочной целью.',
  'The text speaks of Eurasian integration, a broader idea than the EEU itself; we read it as bearing on the EEU relation without the text naming the union.':
    'Текст говорит о евразийской интеграции — понятии более широком, чем сам ЕАЭС; мы относим это к связи с ЕАЭС, хотя союз в тексте не назван.',
  'One text calls for constructive interaction with NATO to preserve Kazakhstan’s security.':
    'Один из текстов призывает к конструктивному взаимодействию с НАТО ради сохранения безопасности Казахстана.',
  'One text calls for constructive interaction with the OSCE to preserve Kazakhstan’s security.':
    'Один из текстов призывает к конструктивному взаимодействию с ОБСЕ ради сохранения безопасности Казахстана.',
  'Kazakhstan’s President stresses active engagement with the United Nations to enhance regional security.':
    'Президент Казахстана подчёркивает важность активного взаимодействия с Организацией Объединённых Наций для укрепления региональной безопасности.',
  'The texts call for joint security efforts and a regional security architecture among the Central Asian states, with Kazakhstan presented as a leader in the region, amid strained relations between those states.':
    'Тексты призывают государства Центральной Азии к совместным усилиям в сфере безопасности и к созданию региональной архитектуры безопасности, представляя Казахстан лидером региона, — на фоне напряжённых отношений между этими государствами.',
  'Names strained relations among the Central Asian states, which the essay gives as the problem regional cooperation must address.':
    'Указывает на напряжённость в отношениях между государствами Центральной Азии — проблему, которую, как пишет автор эссе, должно решать региональное сотрудничество.',
  'Speaks of the President’s standing in the region rather than of cooperation as such.':
    'Говорит о положении президента в регионе, а не о сотрудничестве как таковом.',
  'One text lists helping to settle conflicts in zones adjacent to Central Asia, especially in Afghanistan, among Kazakhstan’s foreign policy directions.':
    'Один из текстов называет среди направлений внешней политики Казахстана содействие урегулированию конфликтов в зонах, прилегающих к Центральной Азии, особенно в Афганистане.',
  'One text describes Kazakhstan as a bridge between Western and Eastern powers that balances its relationships with Russia and the West.':
    'Один из текстов описывает Казахстан как мост между западными и восточными державами, уравновешивающий отношения с Россией и Западом.',
  'One text says Kazakhstan’s relationship with Russia is defined by cooperation within the CSTO, which places Russia in it.':
    'Один из текстов говорит, что отношения Казахстана с Россией определяются сотрудничеством в рамках ОДКБ, и тем самым указывает на участие в ней России.',
  'The text places Russia in these organisations alongside Kazakhstan; it says nothing more about Russia’s own membership.':
    'Текст указывает на участие России в этих организациях наряду с Казахстаном; о членстве самой России он больше ничего не говорит.',
  'One text says Kazakhstan’s relationship with Russia is defined by cooperation within the SCO, which places Russia in it.':
    'Один из текстов говорит, что отношения Казахстана с Россией определяются сотрудничеством в рамках ШОС, и тем самым указывает на участие в ней России.',
  'One text says Kazakhstan’s relationship with Russia is defined by cooperation within the EEU, which places Russia in it.':
    'Один из текстов говорит, что отношения Казахстана с Россией определяются сотрудничеством в рамках ЕАЭС, и тем самым указывает на участие в нём России.',
  'Kazakhstan – former USSR (nuclear inheritance)': 'Казахстан — бывший СССР (ядерное наследие)',
  'The essay says Kazakhstan inherited nuclear weapons from the former USSR; that is history, not a current relation.':
    'В эссе сказано, что Казахстан унаследовал ядерное оружие от бывшего СССР; это история, а не нынешняя связь.',
  'Kazakhstan – nuclear powers (security guarantees)':
    'Казахстан — ядерные державы (гарантии безопасности)',
  'The essay mentions security guarantees given by nuclear powers but names no specific state.':
    'В эссе упомянуты гарантии безопасности, данные ядерными державами, но ни одно конкретное государство не названо.',
  'Kazakhstan – neighbouring countries (border tensions)':
    'Казахстан — соседние страны (напряжённость на границах)',
  'The territorial-defense report mentions tensions with neighboring countries in border regions but names none of them.':
    'В материале о территориальной обороне упомянута напряжённость с соседними странами в приграничных районах, но ни одна из них не названа.',
  'Kazakhstan – Eastern powers': 'Казахстан — восточные державы',
  'The territorial-defense report calls Kazakhstan a bridge between Western and Eastern powers but does not say who the Eastern powers are, so no node is drawn for them.':
    'Материал о территориальной обороне называет Казахстан мостом между западными и восточными державами, но не говорит, какие это восточные державы, поэтому узла для них нет.',
  'Kazakhstan – Eurasian integration (as its own node)':
    'Казахстан — евразийская интеграция (как отдельный узел)',
  'The foreign-policy report speaks of Eurasian integration, a broader idea than the EEU; it is cited as qualifying the EEU relation rather than drawn as an entity.':
    'Материал о внешнеполитической концепции говорит о евразийской интеграции — понятии более широком, чем ЕАЭС; эта цитата приведена как уточняющая связь с ЕАЭС, а не показана отдельным объектом.',
  'China – Russia, and other relations not involving Kazakhstan':
    'Китай — Россия и другие связи без участия Казахстана',
  'No text states a relation between other states; the only such links drawn are Russia’s place in the CSTO, SCO and EEU, which the territorial-defense report states.':
    'Ни один текст не говорит о связях между другими государствами; единственные такие линии — место России в ОДКБ, ШОС и ЕАЭС, о котором говорится в материале о территориальной обороне.',
  'Kazakhstan – Kazakhstanskaya Pravda': 'Казахстан — «Казахстанская правда»',
  'A newspaper where Tokayev’s article appeared, not a relation.':
    'Газета, в которой вышла статья Токаева, а не связь.',
  'Kazakhstan – United States (Best Warrior 2020 competition in Arizona)':
    'Казахстан — Соединённые Штаты Америки (конкурс Best Warrior 2020 в Аризоне)',
  'Only in a photo caption of the foreign-policy report, which is not evidence; the United States relation rests on other passages.':
    'Только в подписи к фотографии в материале о внешнеполитической концепции, а она свидетельством не является; связь с Соединёнными Штатами опирается на другие цитаты.',
  'Kazakhstan – European Council (Donald Tusk’s greeting)':
    'Казахстан — Европейский совет (приветствие Дональда Туска)',
  'Only in a photo caption of the foreign-policy report, which is not evidence.':
    'Только в подписи к фотографии в материале о внешнеполитической концепции, а она свидетельством не является.',
  'Kazakhstan – United States (through Ambassador Michael Chen)':
    'Казахстан — Соединённые Штаты Америки (через посла Майкла Чена)',
  'Chen is a U.S. diplomat quoted on the President’s approach; his words state no Kazakhstan–United States relation.':
    'Чен — американский дипломат, которого текст цитирует о подходе президента; в его словах нет связи между Казахстаном и Соединёнными Штатами.',
  'Kazakhstan – the global community (counter-terrorism coalition)':
    'Казахстан — мировое сообщество (антитеррористическая коалиция)',
  'The foreign-policy report speaks of joining forces with the global community and a broad international counter-terrorism coalition without naming any partner.':
    'Материал о внешнеполитической концепции говорит об объединении усилий с мировым сообществом и о широкой международной антитеррористической коалиции, не называя ни одного партнёра.',
  'Kazakhstan – Turkey, Iran, Kyrgyzstan, Uzbekistan and other states':
    'Казахстан — Турция, Иран, Кыргызстан, Узбекистан и другие государства',
  'None of the texts names them.': 'Ни один из текстов их не называет.',
  'Kazakhstan’s relations: a classroom tour': 'Связи Казахстана: учебная экскурсия',
  'From the ally to the strategic partner, the constructive partners and the memberships, and the passages that qualify them.':
    'От союзника к стратегическому партнёру, конструктивным партнёрам и членству в организациях — и цитаты, которые уточняют эти связи.',
  'Kazakhstan at the centre': 'Казахстан в центре',
  'Every line on this map rests on passages quoted from the source texts. We start with Kazakhstan and the relations the texts give it.':
    'Каждая линия на этой карте опирается на цитаты из исходных текстов. Начнём с Казахстана и связей, которые ему приписывают тексты.',
  'The ally: Russia': 'Союзник: Россия',
  'The texts call Russia an ally and a strategic partner. Look for the passages marked Qualifies: they describe the tie in more guarded terms.':
    'Тексты называют Россию союзником и стратегическим партнёром. Обратите внимание на цитаты с пометкой «уточняет»: в них эта связь описана сдержаннее.',
  'The strategic partner: China': 'Стратегический партнёр: Китай',
  'A single passage supports this line: it speaks of strategic cooperation with China.':
    'Эту линию подтверждает единственная цитата: в ней говорится о стратегическом сотрудничестве с Китаем.',
  'A constructive partner: the United States': 'Конструктивный партнёр: Соединённые Штаты Америки',
  'The texts call for constructive interaction with the United States.':
    'Тексты призывают к конструктивному взаимодействию с Соединёнными Штатами Америки.',
  'A constructive partner: the European Union': 'Конструктивный партнёр: Европейский союз',
  'The texts call for constructive interaction and partnership with the EU and its member states.':
    'Тексты призывают к конструктивному взаимодействию и партнёрству с ЕС и его государствами-членами.',
  'Membership: the CSTO': 'Членство: ОДКБ',
  'The first of four organisations. Russia belongs to it too, so the map draws a line from Russia as well.':
    'Первая из четырёх организаций. В неё входит и Россия, поэтому на карте есть линия и от России.',
  'Membership: the SCO': 'Членство: ШОС',
  'Named among Kazakhstan’s mutual-security organisations.':
    'Названа среди организаций взаимной безопасности с участием Казахстана.',
  'Membership: CICA': 'Членство: СВМДА',
  'Kazakhstan’s strategy proposes turning CICA into a regional organisation. One passage qualifies that plan.':
    'Стратегия Казахстана предлагает превратить СВМДА в региональную организацию. Одна цитата уточняет этот план.',
  'Membership: the Eurasian Economic Union': 'Членство: Евразийский экономический союз',
  'Two passages qualify this membership: they say the new foreign policy strategy no longer treats Eurasian integration as a fundamental long-term goal.':
    'Две цитаты уточняют это членство: по их словам, новая внешнеполитическая стратегия больше не считает евразийскую интеграцию фундаментальной долгосрочной целью.',
  'What qualifies them: balance': 'Что их уточняет: баланс',
  'One text describes Kazakhstan as a bridge that balances its relations with Russia and the West. Compare it with the qualifying passages on the Russia line.':
    'Один из текстов описывает Казахстан как мост, уравновешивающий отношения с Россией и Западом. Сравните его с уточняющими цитатами на линии к России.',
  'Closer to home: Central Asia': 'Ближе к дому: Центральная Азия',
  'The relation with the most passages: joint security efforts among the Central Asian states, and the strains between them.':
    'Связь с наибольшим числом цитат: совместные усилия государств Центральной Азии в сфере безопасности и напряжённость между ними.',
};
