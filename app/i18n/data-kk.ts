// Kazakh for our own words in data/graph.json and data/tours.json, keyed by the English text
// (entity names, short names, descriptions, summaries, notes, source labels, tour captions),
// and our translations of the words drawn on each line (a line's label is its source's own
// words: translate them faithfully, never stronger). Never a passage, and never metadata a
// text states about itself: those stay as written.
// localize.test.ts fails when an English text has no entry here, or an entry is stale.
// A source's own words (a title, a phrase it uses) stay in English inside «», with Kazakh beside
// them, never a translation dressed as a quotation.
export const kkData: Record<string, string> = {
  'Commentary on the National Security Strategy 2021-2025':
    '2021-2025 жылдарға арналған Ұлттық қауіпсіздік стратегиясы туралы түсініктеме',
  Commentary: 'Түсініктеме',
  'The author is named in the last paragraph. The outlet is named only in the closing newsletter line (“Get The Astana Times stories sent directly to you!”), which we take as naming the outlet, not as evidence about relations. The text gives no date. It names no foreign partner, so its passages describe Kazakhstan’s own security posture and sit on the Kazakhstan node.':
    'Автор соңғы абзацта аталады. Басылым тек соңындағы жаңалықтар таратылымы жолында («Get The Astana Times stories sent directly to you!») аталады; біз оны басылымның атауы деп қабылдаймыз, бірақ байланыстар туралы дәлел деп санамаймыз. Мәтінде күні көрсетілмеген. Онда бірде-бір шетелдік серіктес аталмайды, сондықтан оның үзінділері Қазақстанның өз қауіпсіздік ұстанымын сипаттайды және Қазақстан түйінінде тұр.',
  'Report on the foreign policy strategy 2020-2030':
    '2020-2030 жылдарға арналған сыртқы саясат стратегиясы туралы мақала',
  'News report': 'Жаңалық мақаласы',
  'Byline at the top; dateline NUR-SULTAN. The text says the document was published on March 9 but gives no year and no publication date of its own, so no date is recorded. The two photo captions (Kazakh soldiers at the Best Warrior 2020 competition in Arizona; Donald Tusk greeting President Tokayev) and the comment-form lines at the end are not evidence. Quoted strategy text is attributed to “the document”.':
    'Автордың аты басында, хабар берілген жер ретінде NUR-SULTAN көрсетілген. Мәтінде құжат 9 наурызда жарияланғаны айтылады, бірақ жылы да, мақаланың өз жарияланған күні де көрсетілмеген, сондықтан күні жазылмады. Екі фотосурет жазуы (Аризонадағы Best Warrior 2020 жарысындағы қазақстандық әскерилер; Дональд Тусктің Президент Тоқаевпен амандасуы) және соңындағы пікір қалдыру формасының жолдары дәлел емес. Стратегиядан келтірілген мәтін «the document» (құжат) дегенге телінеді.',
  'Essay on countering regional threats to Kazakhstan’s security':
    'Қазақстан қауіпсіздігіне төнетін өңірлік қатерлерге қарсы іс-қимыл туралы эссе',
  'Analytical essay': 'Талдамалы эссе',
  'The opening epigraph by Mirzhakyp Dulatuly is not evidence. The title is recorded as printed, odd apostrophe included. The whole essay is in the author’s own voice; “CA” stands for Central Asia. The English is awkward in places and is quoted as it stands.':
    'Басындағы Міржақып Дулатұлының эпиграфы дәлел емес. Тақырып басылған күйінде, оғаш апострофымен қоса жазылды. Эссе толығымен автордың өз атынан жазылған; «CA» — Орталық Азия (Central Asia). Ағылшын тілі кей жерде олақ, дәйексөздер сол күйінде келтірілді.',
  'Report on the ‘On Territorial Defense’ law':
    '«On Territorial Defense» (Аумақтық қорғаныс туралы) заңы жөніндегі мақала',
  'Unattributed report': 'Авторлығы көрсетілмеген мақала',
  'The text has no title, byline, outlet or date, and the people it quotes (a senior ministry official, Colonel Akmaral Kassymova, Dr. Elena Petrova, Ambassador Michael Chen) appear in no other text, so none of them can be checked; it even quotes the President verbatim from a “closed-door meeting” without saying how the writer knows the words. It never names Kazakhstan’s President, so neither do we. Every passage from it is marked unverified.':
    'Мәтінде тақырып, автор, басылым және күні жоқ, ал ол сөзін келтіретін адамдар (министрліктің жоғары лауазымды қызметкері, полковник Ақмарал Қасымова, доктор Елена Петрова, елші Майкл Чен) басқа бірде-бір мәтінде кездеспейді, сондықтан олардың ешқайсысын тексеру мүмкін емес; мәтін тіпті Президенттің «closed-door meeting» (жабық кездесу) кезіндегі сөзін сөзбе-сөз келтіреді, бірақ автор бұл сөздерді қайдан білетінін айтпайды. Онда Қазақстан Президентінің аты аталмайды, сондықтан біз де атамаймыз. Бұл мәтіннен алынған әр үзінді тексерілмеген деп белгіленген.',
  'News item on Tokayev’s article on Central Asian security':
    'Тоқаевтың Орталық Азия қауіпсіздігі туралы мақаласы жөнінде қысқа хабар',
  'News item': 'Қысқа хабар',
  'Summarises and quotes Kassym-Jomart Tokayev’s article “Renaissance of Central Asia: Towards Sustainable Development and Prosperity”. Kazakhstanskaya Pravda is the newspaper where that article appeared, not this item’s outlet, which the text does not name. The “Categories Kazakhstan” line and the repeated headline are page debris, not evidence.':
    'Қасым-Жомарт Тоқаевтың «Renaissance of Central Asia: Towards Sustainable Development and Prosperity» (Орталық Азияның қайта өрлеуі: тұрақты даму мен өркендеу жолында) мақаласын қысқаша баяндап, одан дәйексөз келтіреді. «Казахстанская правда» — сол мақала жарияланған газет, бұл хабардың басылымы емес; хабардың басылымы мәтінде аталмайды. «Categories Kazakhstan» жолы мен қайталанған тақырып — беттегі артық жолдар, дәлел емес.',
  Kazakhstan: 'Қазақстан',
  'The Central Asian country whose foreign and security relations this map draws from the five texts.':
    'Орталық Азия елі; бұл карта оның сыртқы саясат пен қауіпсіздік саласындағы байланыстарын бес мәтін бойынша көрсетеді.',
  'The next sentence attributes this to Nursultan Nazarbayev.':
    'Келесі сөйлем бұл сөзді Нұрсұлтан Назарбаевқа телиді.',
  'An analyst’s words: mediation on global security, nuclear-weapon-free zones and hybrid wars.':
    'Сарапшының сөзі: жаһандық қауіпсіздік мәселелеріндегі делдалдық, ядролық қарудан азат аймақтар және гибридті соғыстар.',
  'The rest of the sentence is the writer’s own comment, not the President’s; it is listed next.':
    'Сөйлемнің қалған бөлігі — Президенттің емес, автордың өз түсініктемесі; ол келесі болып берілген.',
  'The unattributed writer’s comment on the President’s remark.':
    'Аты көрсетілмеген автордың Президент сөзіне түсініктемесі.',
  Russia: 'Ресей',
  'Country with which one essay says Kazakhstan should maintain allied relations; an unverified report quotes officials speaking of strategic partnerships, particularly with Russia, and calling it a partner.':
    'Бір эссеге сәйкес, Қазақстан онымен одақтастық қатынастарды сақтауы керек ел; тексерілмеген мақала стратегиялық серіктестіктер, әсіресе Ресеймен серіктестік туралы айтып, оны серіктес деп атайтын ресми тұлғалардың сөзін келтіреді.',
  China: 'Қытай',
  'Country with which one essay says Kazakhstan should maintain strategic cooperation.':
    'Бір эссеге сәйкес, Қазақстан онымен стратегиялық ынтымақтастықты сақтауы керек ел.',
  'United States': 'АҚШ',
  'Country with which an essay calls for constructive interaction, and the foreign policy strategy, as reported, for an expanded strategic partnership.':
    'Эссе онымен конструктивті өзара іс-қимылға, ал сыртқы саясат стратегиясы, хабарланғандай, стратегиялық серіктестікті кеңейтуге шақыратын ел.',
  'European Union': 'Еуропалық Одақ',
  'Union of European states; an essay calls for constructive interaction with the EU countries, and the foreign policy strategy, as reported, for expanded partnership and co-operation with the EU.':
    'Еуропа мемлекеттерінің одағы; эссе ЕО елдерімен конструктивті өзара іс-қимылға, ал сыртқы саясат стратегиясы, хабарланғандай, ЕО-мен серіктестік пен ынтымақтастықты кеңейтуге шақырады.',
  'Collective Security Treaty Organization': 'Ұжымдық қауіпсіздік туралы шарт ұйымы',
  CSTO: 'ҰҚШҰ',
  'Organisation an essay names among the intergovernmental mutual-security organisations in which Kazakhstan has a role.':
    'Эссе Қазақстанның рөлі бар өзара қауіпсіздік жөніндегі үкіметаралық ұйымдар қатарында атайтын ұйым.',
  'Shanghai Cooperation Organization': 'Шанхай ынтымақтастық ұйымы',
  SCO: 'ШЫҰ',
  'Organisation an essay names among the mutual-security organisations in which Kazakhstan has a role; an unverified report names it as a setting for Kazakhstan’s cooperation with Russia.':
    'Эссе Қазақстанның рөлі бар өзара қауіпсіздік ұйымдары қатарында атайтын ұйым; тексерілмеген мақала оны Қазақстанның Ресеймен ынтымақтастық алаңы ретінде атайды.',
  'Conference on Interaction and Confidence Building Measures in Asia':
    'Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес',
  CICA: 'АӨСШК',
  'Asian forum an essay names among the mutual-security organisations in which Kazakhstan has a role; the foreign policy strategy, as reported, proposes turning it into a regional organisation.':
    'Эссе Қазақстанның рөлі бар өзара қауіпсіздік ұйымдары қатарында атайтын азиялық форум; сыртқы саясат стратегиясы, хабарланғандай, оны өңірлік ұйымға айналдыруды ұсынады.',
  'Describes CICA itself, as the analyst puts it.': 'АӨСШК-нің өзін сарапшының сөзімен сипаттайды.',
  'Eurasian Economic Union': 'Еуразиялық экономикалық одақ',
  EEU: 'ЕАЭО',
  'Economic union that only an unverified report names, as a setting for Kazakhstan’s cooperation with Russia.':
    'Тек тексерілмеген мақала ғана Қазақстанның Ресеймен ынтымақтастық алаңы ретінде атайтын экономикалық одақ.',
  'North Atlantic Treaty Organization': 'Солтүстік Атлант шарты ұйымы',
  NATO: 'НАТО',
  'Organisation with which one essay calls for constructive interaction.':
    'Бір эссе онымен конструктивті өзара іс-қимылға шақыратын ұйым.',
  'Organization for Security and Co-operation in Europe':
    'Еуропадағы қауіпсіздік және ынтымақтастық ұйымы',
  OSCE: 'ЕҚЫҰ',
  'United Nations': 'Біріккен Ұлттар Ұйымы',
  UN: 'БҰҰ',
  'International organisation with which, a news item reports, Kazakhstan’s President stressed the importance of active engagement.':
    'Халықаралық ұйым; қысқа хабарға сәйкес, Қазақстан Президенті онымен белсенді өзара іс-қимылдың маңызын атап өткен.',
  'Central Asia': 'Орталық Азия',
  'The region Kazakhstan belongs to, whose states the texts urge to coordinate their security efforts.':
    'Қазақстан кіретін өңір; мәтіндер оның мемлекеттерін қауіпсіздік саласындағы күш-жігерін үйлестіруге шақырады.',
  Afghanistan: 'Ауғанстан',
  'Country one essay names as a conflict zone adjacent to the Central Asian states.':
    'Бір эссе Орталық Азия мемлекеттеріне іргелес қақтығыс аймағы ретінде атайтын ел.',
  'The West': 'Батыс',
  'The grouping an unverified report calls “the West” or “Western powers”; a diplomat it quotes ties Kazakhstan’s prosperity to balancing relationships with Russia and the West.':
    'Тексерілмеген мақала «the West» (Батыс) немесе «Western powers» (Батыс державалары) деп атайтын топ; онда сөзі келтірілген дипломат Қазақстанның өркендеуін Ресеймен және Батыспен қатынастарды теңгеруге байланыстырады.',
  'allied relations': 'одақтастық қатынастар',
  'An essay says Kazakhstan should maintain allied relations with Russia. An unverified report quotes officials speaking of strategic partnerships, particularly with Russia, and calling Russia a partner; in the same report an analyst suggests the new law may signal a shift in Kazakhstan’s long-standing reliance on Russian military support, the President dismisses such interpretations, and a diplomat speaks of balancing relationships with Russia and the West.':
    'Бір эссе Қазақстан Ресеймен одақтастық қатынастарды сақтауы керек дейді. Тексерілмеген мақала стратегиялық серіктестіктер, әсіресе Ресеймен серіктестік туралы айтып, Ресейді серіктес деп атайтын ресми тұлғалардың сөзін келтіреді; сол мақалада сарапшы жаңа заң Қазақстанның Ресейдің әскери қолдауына ұзақ уақыт арқа сүйеуіндегі өзгерістің белгісі болуы мүмкін деп болжайды, Президент мұндай түсіндірмелерді жоққа шығарады, ал дипломат Ресеймен және Батыспен қатынастарды теңгеру туралы айтады.',
  'Other words than those drawn on the line: strategic partnerships, not allied relations.':
    'Сызықта жазылған сөздерден басқа сөздер: одақтастық қатынастар емес, стратегиялық серіктестіктер.',
  'Speaks of a partner, not an ally, and answers fears about the new law.':
    'Одақтас емес, серіктес туралы айтады және жаңа заңға қатысты алаңдаушылыққа жауап береді.',
  'Continues the spokesperson’s remark about Russia.':
    'Ресми өкілдің Ресей туралы сөзінің жалғасы.',
  'Rejects readings such as the analyst’s, that the law may signal a shift in reliance on Russian military support.':
    'Заң Ресейдің әскери қолдауына арқа сүйеудегі өзгерістің белгісі болуы мүмкін деген сарапшы түсіндірмесі сияқты пайымдарды жоққа шығарады.',
  'Names no ally; listed here only because it answers the analyst’s remark on reliance on Russian military support.':
    'Ешбір одақтас аталмайды; мұнда тек сарапшының Ресейдің әскери қолдауына арқа сүйеу туралы пікіріне жауап болғандықтан келтірілді.',
  'The partners are not named here.': 'Мұнда серіктестер аталмайды.',
  'Ties Kazakhstan’s prosperity to balancing relationships with both Russia and the West.':
    'Қазақстанның өркендеуін Ресеймен де, Батыспен де қатынастарды теңгеруге байланыстырады.',
  'strategic cooperation': 'стратегиялық ынтымақтастық',
  'One essay says that, to preserve its security, Kazakhstan must maintain strategic cooperation with China.':
    'Бір эссеге сәйкес, өз қауіпсіздігін сақтау үшін Қазақстан Қытаймен стратегиялық ынтымақтастықты сақтап отыруы тиіс.',
  'The essay speaks of strategic cooperation; no text calls China a strategic partner in so many words.':
    'Эссе стратегиялық ынтымақтастық туралы айтады; бірде-бір мәтін Қытайды дәл осы сөзбен стратегиялық серіктес деп атамайды.',
  'strategic partnership': 'стратегиялық серіктестік',
  'The foreign policy strategy, as a news report quotes it, calls for an expanded strategic partnership with the United States, the words drawn on the line; an essay calls for constructive interaction with the USA.':
    'Сыртқы саясат стратегиясы, жаңалық мақаласындағы дәйексөз бойынша, Америка Құрама Штаттарымен стратегиялық серіктестікті кеңейтуге шақырады, сызықта осы сөздер жазылған; эссе АҚШ-пен конструктивті өзара іс-қимылға шақырады.',
  'Its words are drawn on the line: an official document is the firmest voice on it.':
    'Сызықта осы үзіндінің сөздері жазылған: ресми құжат — бұл сызықтағы ең берік дауыс.',
  'partnership and co-operation': 'серіктестік пен ынтымақтастық',
  'An essay calls for constructive interaction with the EU countries; the foreign policy strategy, as a news report quotes it, calls for expanded partnership and co-operation with the EU and its member states.':
    'Эссе ЕО елдерімен конструктивті өзара іс-қимылға шақырады; сыртқы саясат стратегиясы, жаңалық мақаласындағы дәйексөз бойынша, ЕО-мен және оған мүше мемлекеттермен серіктестік пен ынтымақтастықты кеңейтуге шақырады.',
  'Speaks of the EU countries rather than of the Union itself.':
    'Одақтың өзі туралы емес, ЕО елдері туралы айтады.',
  'role of our Republic': 'Республикамыздың рөлі',
  'An essay says Kazakhstan’s role in the CSTO, CICA and SCO is high and that security should be provided through these organisations; an unverified report says the Ministry of Defense places Kazakhstan’s cooperation with Russia within the CSTO. No text calls Kazakhstan a member.':
    'Бір эссе Қазақстанның ҰҚШҰ, АӨСШК және ШЫҰ-дағы рөлі жоғары екенін және қауіпсіздік осы ұйымдар арқылы қамтамасыз етілуі керек екенін айтады; тексерілмеген мақалаға сәйкес, Қорғаныс министрлігі Қазақстанның Ресеймен ынтымақтастығын ҰҚШҰ аясында қарастырады. Бірде-бір мәтін Қазақстанды мүше деп атамайды.',
  'An essay says Kazakhstan’s role in the CSTO, CICA and SCO is high and that security should be provided through these organisations; an unverified report places Kazakhstan’s cooperation with Russia, and its role as a bridge between Western and Eastern powers, within the SCO. No text calls Kazakhstan a member.':
    'Бір эссе Қазақстанның ҰҚШҰ, АӨСШК және ШЫҰ-дағы рөлі жоғары екенін және қауіпсіздік осы ұйымдар арқылы қамтамасыз етілуі керек екенін айтады; тексерілмеген мақала Қазақстанның Ресеймен ынтымақтастығын және оның Батыс пен Шығыс державалары арасындағы көпір рөлін ШЫҰ аясында қарастырады. Бірде-бір мәтін Қазақстанды мүше деп атамайды.',
  'advocates transforming': 'айналдыруды жақтайды',
  'An essay says Kazakhstan’s role in the CSTO, CICA and SCO is high; the foreign policy strategy, as a news report quotes it, advocates turning CICA into a regional organisation, which an analyst says could bear fruit if its member states make a genuine effort. No text calls Kazakhstan a member.':
    'Бір эссе Қазақстанның ҰҚШҰ, АӨСШК және ШЫҰ-дағы рөлі жоғары екенін айтады; сыртқы саясат стратегиясы, жаңалық мақаласындағы дәйексөз бойынша, АӨСШК-ні өңірлік ұйымға айналдыруды жақтайды, ал сарапшының айтуынша, егер оған мүше мемлекеттер шынайы күш салса, бұл жемісін беруі мүмкін. Бірде-бір мәтін Қазақстанды мүше деп атамайды.',
  'Makes the success of Kazakhstan’s proposal conditional on the efforts of CICA’s member states.':
    'Қазақстан ұсынысының табысын АӨСШК-ге мүше мемлекеттердің күш-жігеріне байланысты етеді.',
  'cooperation within multilateral organizations': 'көпжақты ұйымдар аясындағы ынтымақтастық',
  'Only an unverified report places Kazakhstan’s cooperation with Russia, and its role as a bridge, within the EEU; a news report says the new foreign policy strategy no longer treats Eurasian integration, a broader idea, as a fundamental long-term goal. No text calls Kazakhstan a member.':
    'Тек тексерілмеген мақала ғана Қазақстанның Ресеймен ынтымақтастығын және оның көпір рөлін ЕАЭО аясында қарастырады; жаңалық мақаласына сәйкес, жаңа сыртқы саясат стратегиясы еуразиялық интеграцияны (бұл кеңірек ұғым) бұдан былай түбегейлі ұзақ мерзімді мақсат деп санамайды. Бірде-бір мәтін Қазақстанды мүше деп атамайды.',
  'The text speaks of Eurasian integration, a broader idea than the EEU itself; we read it as bearing on the EEU relation without the text naming the union.':
    'Мәтін ЕАЭО-ның өзінен кеңірек ұғым — еуразиялық интеграция туралы айтады; мәтінде одақ аталмаса да, біз мұны ЕАЭО-мен байланысқа қатысты деп түсінеміз.',
  'constructive interaction': 'конструктивті өзара іс-қимыл',
  'One essay calls for constructive interaction with NATO to preserve Kazakhstan’s security.':
    'Бір эссе Қазақстанның қауіпсіздігін сақтау үшін НАТО-мен конструктивті өзара іс-қимылға шақырады.',
  'One essay calls for constructive interaction with the OSCE to preserve Kazakhstan’s security.':
    'Бір эссе Қазақстанның қауіпсіздігін сақтау үшін ЕҚЫҰ-мен конструктивті өзара іс-қимылға шақырады.',
  'active engagement': 'белсенді өзара іс-қимыл',
  'A news item reports that Kazakhstan’s President stressed the importance of active engagement with the United Nations to enhance regional security.':
    'Қысқа хабарға сәйкес, Қазақстан Президенті өңірлік қауіпсіздікті нығайту үшін Біріккен Ұлттар Ұйымымен белсенді өзара іс-қимылдың маңызын атап өткен.',
  'strategic relations': 'стратегиялық қатынастар',
  'An essay calls for joint security efforts of the Central Asian states, and a news item on Tokayev’s article for closer collaboration among them and a regional security architecture; the foreign policy strategy, as a news report quotes it, calls for strategic relations with them. The essay also names the complication of relations between those states and calls Kazakhstan the leader by the number of steps it has taken to strengthen security; the news report says Kazakhstan is positioning itself as the leader of the Central Asian states.':
    'Эссе Орталық Азия мемлекеттерінің қауіпсіздік саласындағы бірлескен күш-жігеріне, ал Тоқаевтың мақаласы туралы қысқа хабар олардың тығызырақ ынтымақтастығына және өңірлік қауіпсіздік архитектурасына шақырады; сыртқы саясат стратегиясы, жаңалық мақаласындағы дәйексөз бойынша, олармен стратегиялық қатынастарға шақырады. Эссе сондай-ақ бұл мемлекеттер арасындағы қатынастардың күрделенуін атайды және Қазақстанды қауіпсіздікті нығайту жөнінде жасаған қадамдарының саны бойынша көшбасшы дейді; жаңалық мақаласы Қазақстан өзін Орталық Азия мемлекеттерінің көшбасшысы ретінде көрсетіп отыр дейді.',
  'Names the complication of mutual relations between the Central Asian states as one of the most important problems, one that can escalate conflicts.':
    'Орталық Азия мемлекеттері арасындағы өзара қатынастардың күрделенуін қақтығыстарды ушықтыруы мүмкін ең маңызды мәселелердің бірі ретінде атайды.',
  'Calls Kazakhstan the leader by the number of steps taken to strengthen security, in the region and worldwide.':
    'Қазақстанды өңірде де, бүкіл әлемде де қауіпсіздікті нығайту жөнінде жасалған қадамдар саны бойынша көшбасшы деп атайды.',
  'Reports that Kazakhstan is positioning itself as the leader of the Central Asian states.':
    'Қазақстан өзін Орталық Азия мемлекеттерінің көшбасшысы ретінде көрсетіп отыр дейді.',
  'The news item’s own reading of Tokayev’s remarks (the item has no byline), not his words.':
    'Қысқа хабардың (авторы көрсетілмеген) Тоқаев сөзін өзінше түсіндіруі, оның өз сөзі емес.',
  'settlement of conflict situations': 'қақтығыс жағдайларын реттеу',
  'One essay lists helping to settle conflicts in zones adjacent to Central Asia, especially in Afghanistan, among the most essential directions of Kazakhstan’s foreign policy.':
    'Бір эссе Орталық Азияға іргелес аймақтардағы, әсіресе Ауғанстандағы қақтығыстарды реттеуге көмектесуді Қазақстан сыртқы саясатының ең маңызды бағыттары қатарында атайды.',
  'balancing relationships': 'қатынастарды теңгеру',
  'Only an unverified report: in its own words Kazakhstan is a bridge between Western and Eastern powers, and a diplomat it quotes says the President understands that Kazakhstan’s prosperity depends on balancing relationships with Russia and the West.':
    'Тек тексерілмеген мақала: оның өз сөзімен айтқанда, Қазақстан — Батыс пен Шығыс державалары арасындағы көпір, ал онда сөзі келтірілген дипломат Президент Қазақстанның өркендеуі Ресеймен де, Батыспен де қатынастарды теңгеруге байланысты екенін түсінеді дейді.',
  'Only an unverified report: the Ministry, as the report relays it, says Kazakhstan’s relationship with Russia is defined by cooperation within the CSTO, which places Russia in it.':
    'Тек тексерілмеген мақала: мақаланың баяндауынша, министрлік Қазақстанның Ресеймен қатынасы ҰҚШҰ аясындағы ынтымақтастықпен айқындалады дейді; бұл Ресейді де осы ұйым аясында көрсетеді.',
  'The text places Russia in these organisations alongside Kazakhstan; it says nothing more about Russia’s own place in them.':
    'Мәтін Ресейді осы ұйымдарда Қазақстанмен қатар көрсетеді; Ресейдің олардағы өз орны туралы бұдан артық ештеңе айтпайды.',
  'Only an unverified report: the Ministry, as the report relays it, says Kazakhstan’s relationship with Russia is defined by cooperation within the SCO, which places Russia in it.':
    'Тек тексерілмеген мақала: мақаланың баяндауынша, министрлік Қазақстанның Ресеймен қатынасы ШЫҰ аясындағы ынтымақтастықпен айқындалады дейді; бұл Ресейді де осы ұйым аясында көрсетеді.',
  'Only an unverified report: the Ministry, as the report relays it, says Kazakhstan’s relationship with Russia is defined by cooperation within the EEU, which places Russia in it.':
    'Тек тексерілмеген мақала: мақаланың баяндауынша, министрлік Қазақстанның Ресеймен қатынасы ЕАЭО аясындағы ынтымақтастықпен айқындалады дейді; бұл Ресейді де осы одақ аясында көрсетеді.',
  'Kazakhstan – former USSR (nuclear inheritance)': 'Қазақстан — бұрынғы КСРО (ядролық мұра)',
  'The essay says Kazakhstan inherited nuclear weapons from the former USSR; that is history, not a current relation.':
    'Эссеге сәйкес, Қазақстанға ядролық қару бұрынғы КСРО-дан мұра болып қалған; бұл — қазіргі байланыс емес, тарих.',
  'Kazakhstan – nuclear powers (security guarantees)':
    'Қазақстан — ядролық державалар (қауіпсіздік кепілдіктері)',
  'The essay mentions security guarantees given by nuclear powers but names no specific state.':
    'Эссе ядролық державалар берген қауіпсіздік кепілдіктерін атап өтеді, бірақ нақты бір мемлекетті атамайды.',
  'Kazakhstan – neighbouring countries (border tensions)':
    'Қазақстан — көрші елдер (шекарадағы шиеленіс)',
  'The unverified territorial-defense report mentions tensions with neighboring countries in border regions but names none of them.':
    'Тексерілмеген аумақтық қорғаныс туралы мақала шекаралас өңірлердегі көрші елдермен шиеленісті атап өтеді, бірақ олардың ешқайсысын атамайды.',
  'Kazakhstan – Eastern powers': 'Қазақстан — Шығыс державалары',
  'The unverified territorial-defense report calls Kazakhstan a bridge between Western and Eastern powers but does not say who the Eastern powers are, so no node is drawn for them.':
    'Тексерілмеген аумақтық қорғаныс туралы мақала Қазақстанды Батыс пен Шығыс державалары арасындағы көпір деп атайды, бірақ Шығыс державаларының кім екенін айтпайды, сондықтан олар үшін түйін сызылмаған.',
  'Kazakhstan – Eurasian integration (as its own node)':
    'Қазақстан — еуразиялық интеграция (жеке түйін ретінде)',
  'The foreign-policy report speaks of Eurasian integration, a broader idea than the EEU; it is cited as qualifying the EEU relation rather than drawn as an entity.':
    'Сыртқы саясат туралы мақала ЕАЭО-дан кеңірек ұғым — еуразиялық интеграция туралы айтады; ол жеке нысан ретінде сызылмай, ЕАЭО-мен байланысты шектейтін үзінді ретінде келтірілген.',
  'China – Russia, and other relations not involving Kazakhstan':
    'Қытай — Ресей және Қазақстан қатыспайтын басқа байланыстар',
  'No text states a relation between two other named states; the only such links drawn are Russia’s place in the CSTO, SCO and EEU, which only the unverified territorial-defense report implies.':
    'Бірде-бір мәтін басқа екі аталған мемлекет арасындағы байланысты айтпайды; мұндай байланыстардан тек Ресейдің ҰҚШҰ, ШЫҰ және ЕАЭО-дағы орны сызылған, оны тек тексерілмеген аумақтық қорғаныс туралы мақала жанама түрде білдіреді.',
  'Kazakhstan – Kazakhstanskaya Pravda': 'Қазақстан — «Казахстанская правда»',
  'A newspaper where Tokayev’s article appeared, not a relation.':
    'Тоқаевтың мақаласы жарияланған газет; байланыс емес.',
  'Kazakhstan – United States (Best Warrior 2020 competition in Arizona)':
    'Қазақстан — Америка Құрама Штаттары (Аризонадағы Best Warrior 2020 жарысы)',
  'Only in a photo caption of the foreign-policy report, which is not evidence; the United States relation rests on other passages.':
    'Тек сыртқы саясат туралы мақаладағы фотосурет жазуында кездеседі, ал ол дәлел емес; Америка Құрама Штаттарымен байланыс басқа үзінділерге негізделген.',
  'Kazakhstan – European Council (Donald Tusk’s greeting)':
    'Қазақстан — Еуропалық кеңес (Дональд Тусктің амандасуы)',
  'Only in a photo caption of the foreign-policy report, which is not evidence.':
    'Тек сыртқы саясат туралы мақаладағы фотосурет жазуында кездеседі, ал ол дәлел емес.',
  'Kazakhstan – United States (through Ambassador Michael Chen)':
    'Қазақстан — Америка Құрама Штаттары (елші Майкл Чен арқылы)',
  'Chen is a U.S. diplomat quoted on the President’s approach; his words state no Kazakhstan–United States relation.':
    'Чен — Президенттің ұстанымы туралы сөзі келтірілген АҚШ дипломаты; оның сөздерінде Қазақстан мен Америка Құрама Штаттары арасындағы байланыс айтылмайды.',
  'Kazakhstan – the global community (counter-terrorism coalition)':
    'Қазақстан — әлемдік қоғамдастық (терроризмге қарсы коалиция)',
  'The foreign-policy report speaks of joining forces with the global community and a broad international counter-terrorism coalition without naming any partner.':
    'Сыртқы саясат туралы мақала әлемдік қоғамдастықпен және терроризмге қарсы кең халықаралық коалициямен күш біріктіру туралы айтады, бірақ бірде-бір серіктесті атамайды.',
  'Kazakhstan – Turkey, Iran, Kyrgyzstan, Uzbekistan and other states':
    'Қазақстан — Түркия, Иран, Қырғызстан, Өзбекстан және басқа мемлекеттер',
  'None of the texts names them.': 'Мәтіндердің ешқайсысы оларды атамайды.',
  'Kazakhstan – Central Asia (the President as a key figure in Central Asian geopolitics)':
    'Қазақстан — Орталық Азия (Президент Орталық Азия геосаясатындағы басты тұлға ретінде)',
  'The unverified territorial-defense report says this of the President’s personal standing, not of cooperation between states, so it is not cited for the regional-cooperation line.':
    'Тексерілмеген аумақтық қорғаныс туралы мақала мұны мемлекеттер арасындағы ынтымақтастық туралы емес, Президенттің жеке беделі туралы айтады, сондықтан ол өңірлік ынтымақтастық сызығы үшін келтірілмейді.',
  'Kazakhstan’s relations: a classroom tour': 'Қазақстанның байланыстары: сабаққа арналған шолу',
  'Russia as an ally, China and the United States as strategic partners, the EU as a constructive partner, Kazakhstan taking part in four organisations: the tour asks each of these framings as a question. Who says it, in what words, how firmly, and which passages qualify it?':
    'Ресей одақтас ретінде, Қытай мен АҚШ стратегиялық серіктестер ретінде, Еуропалық Одақ конструктивті серіктес ретінде, Қазақстанның төрт ұйымға қатысуы: шолу осы тұжырымдардың әрқайсысын сұрақ ретінде қояды. Оны кім, қандай сөздермен, қаншалықты нық айтады және қай үзінділер оны шектейді не ескертпе жасайды?',
  'Kazakhstan at the centre: what do the texts say about it?':
    'Орталықта — Қазақстан: мәтіндер ол туралы не дейді?',
  'Every line on this map rests on passages quoted from the source texts. A heavier line rests on two or more verifiable sources, a thin one on one, a dotted one only on a text we cannot verify; such a text never counts as a second source. We start with Kazakhstan and what the texts say about it.':
    'Бұл картадағы әр сызық дереккөз мәтіндерінен келтірілген үзінділерге негізделген. Жуанырақ сызық екі не одан көп тексерілетін дереккөзге, жіңішкесі бір дереккөзге, нүктелісі тек біз тексере алмайтын мәтінге сүйенеді; мұндай мәтін ешқашан екінші дереккөз ретінде саналмайды. Қазақстаннан және мәтіндердің ол туралы не айтатынынан бастаймыз.',
  'Russia as an ally — who says so, and how firmly?':
    'Ресей одақтас па — мұны кім және қаншалықты нық айтады?',
  'One verifiable text, an essay, recommends allied relations with Russia: those words are on the line. Officials quoted in an unverified report speak of strategic partnerships and of Russia as a partner; that report is not a second source. Passages marked Qualifies are more guarded.':
    'Тек бір тексерілетін мәтін — эссе Ресеймен одақтастық қатынастарды ұсынады: сызықтағы сөздер осы. Тексерілмеген мақала сөзін келтіретін ресми тұлғалар стратегиялық серіктестік туралы және Ресейді серіктес деп айтады; бұл мақала екінші дереккөз ретінде саналмайды. «Ескертпемен» белгісі бар үзінділер сақтырақ.',
  'China as a strategic partner — in whose words?':
    'Қытай стратегиялық серіктес пе — кімнің сөзімен?',
  'A single passage from one essay supports this line: it recommends strategic cooperation with China.':
    'Бұл сызықты бір эсседен алынған жалғыз үзінді растайды: ол Қытаймен стратегиялық ынтымақтастықты ұсынады.',
  'The United States as a partner — strategic or constructive, and in whose words?':
    'АҚШ серіктес пе — стратегиялық па, конструктивті ме, және кімнің сөзімен?',
  'The foreign policy strategy, as a news report quotes it, calls for an expanded strategic partnership with the United States; those words are drawn on the line. An essay calls for constructive interaction with the USA.':
    'Сыртқы саясат стратегиясы, жаңалық мақаласындағы дәйексөз бойынша, Америка Құрама Штаттарымен стратегиялық серіктестікті кеңейтуге шақырады; сызықта осы сөздер жазылған. Эссе АҚШ-пен конструктивті өзара іс-қимылға шақырады.',
  'The European Union as a constructive partner — what do the texts say?':
    'Еуропалық Одақ конструктивті серіктес пе — мәтіндер не дейді?',
  'An essay calls for constructive interaction with the EU countries; the foreign policy strategy, as reported, for expanded partnership and co-operation with the EU and its member states, the words drawn on the line.':
    'Эссе ЕО елдерімен конструктивті өзара іс-қимылға шақырады, ал сыртқы саясат стратегиясы, хабарланғандай, ЕО-мен және оған мүше мемлекеттермен серіктестік пен ынтымақтастықты кеңейтуге шақырады — сызықта осы сөздер жазылған.',
  'Taking part in the CSTO — who says so?': 'ҰҚШҰ-ға қатысу — мұны кім айтады?',
  'The first of four organisations. An essay says Kazakhstan’s role in it is high; no text calls Kazakhstan a member. An unverified report places Russia’s cooperation with Kazakhstan in it too, so a dotted line runs from Russia as well.':
    'Төрт ұйымның біріншісі. Бір эссе Қазақстанның ондағы рөлі жоғары дейді; бірде-бір мәтін Қазақстанды мүше деп атамайды. Тексерілмеген мақала Ресейдің Қазақстанмен ынтымақтастығын да осы ұйым аясында қарастырады, сондықтан Ресейден де нүктелі сызық тартылған.',
  'Taking part in the SCO — who says so?': 'ШЫҰ-ға қатысу — мұны кім айтады?',
  'An essay names it among the mutual-security organisations in which Kazakhstan has a role.':
    'Эссе оны Қазақстанның рөлі бар өзара қауіпсіздік ұйымдары қатарында атайды.',
  'Taking part in CICA — what does the strategy propose?':
    'АӨСШК-ге қатысу — стратегия не ұсынады?',
  'Kazakhstan’s foreign policy strategy, as reported, proposes turning CICA into a regional organisation. An analyst’s condition qualifies that plan.':
    'Қазақстанның сыртқы саясат стратегиясы, хабарланғандай, АӨСШК-ні өңірлік ұйымға айналдыруды ұсынады. Сарапшы қойған шарт бұл жоспарды шектейді.',
  'Taking part in the Eurasian Economic Union — who says so?':
    'Еуразиялық экономикалық одаққа қатысу — мұны кім айтады?',
  'Only an unverified report supports this line. Two passages from a news report qualify it: they say the new foreign policy strategy no longer treats Eurasian integration, a broader idea that does not name the EEU, as a fundamental long-term goal.':
    'Бұл сызықты тек тексерілмеген мақала растайды. Жаңалық мақаласынан алынған екі үзінді оны шектейді: оларға сәйкес, жаңа сыртқы саясат стратегиясы ЕАЭО-ны атамайтын кеңірек ұғым — еуразиялық интеграцияны бұдан былай түбегейлі ұзақ мерзімді мақсат деп санамайды.',
  'A balance between Russia and the West — who speaks of it?':
    'Ресей мен Батыс арасындағы теңгерім — ол туралы кім айтады?',
  'Only an unverified report describes Kazakhstan as a bridge between Western and Eastern powers, and quotes a diplomat who ties its prosperity to balancing relationships with Russia and the West. Compare it with the qualifying passages on the Russia line.':
    'Тек тексерілмеген мақала ғана Қазақстанды Батыс пен Шығыс державалары арасындағы көпір ретінде сипаттайды және оның өркендеуін Ресеймен және Батыспен қатынастарды теңгеруге байланыстыратын дипломаттың сөзін келтіреді. Мұны Ресей сызығындағы ескертпелі үзінділермен салыстырыңыз.',
  'Closer to home: what do the texts say about Central Asia?':
    'Өз өңірінде: мәтіндер Орталық Азия туралы не дейді?',
  'The relation with the most passages: joint security efforts among the Central Asian states, the complications between them, and Kazakhstan positioning itself as the region’s leader.':
    'Үзінділері ең көп байланыс: Орталық Азия мемлекеттерінің қауіпсіздік саласындағы бірлескен күш-жігері, олардың арасындағы қатынастардың күрделенуі және өзін өңір көшбасшысы ретінде көрсететін Қазақстан.',
};
