// Kazakh for our own words in data/graph.json and data/tours.json, keyed by the English text
// (entity names, short names, descriptions, summaries, notes, source labels, tour captions).
// Never a passage, and never metadata a text states about itself: those stay as written.
// localize.test.ts fails when an English text has no entry here, or an entry is stale.
// A source's own words (a title, a phrase it uses) stay in English inside «», with Kazakh beside
// them, never a translation dressed as a quotation.
export const kkData: Record<string, string> = {
  'Commentary on the National Security Strategy 2021-2025':
    '2021-2025 жылдарға арналған Ұлттық қауіпсіздік стратегиясы туралы түсініктеме',
  'Opinion commentary': 'Пікір-түсініктеме',
  'The author is named in the last paragraph; the outlet only in the closing newsletter sign-up line, which is not evidence. The text gives no date. It names no foreign partner, so its passages describe Kazakhstan’s own security posture and sit on the Kazakhstan node.':
    'Автор соңғы абзацта аталады, ал басылым тек соңындағы жаңалықтар таратылымына жазылу жолында көрсетілген, ол дәлел емес. Мәтінде күні көрсетілмеген. Онда бірде-бір шетелдік серіктес аталмайды, сондықтан оның үзінділері Қазақстанның өз қауіпсіздік ұстанымын сипаттайды және Қазақстан түйінінде тұр.',
  'Report on the foreign policy concept 2020-2030':
    '2020-2030 жылдарға арналған сыртқы саясат тұжырымдамасы туралы мақала',
  'News report': 'Жаңалық мақаласы',
  'Byline at the top; dateline NUR-SULTAN. The text says the document was published on March 9 but gives no year and no publication date of its own, so no date is recorded. The two photo captions (Kazakh soldiers at the Best Warrior 2020 competition in Arizona; Donald Tusk greeting President Tokayev) and the comment-form lines at the end are not evidence. Quoted strategy text is attributed to “the document”.':
    'Автордың аты басында, хабар берілген жер ретінде NUR-SULTAN көрсетілген. Мәтінде құжат 9 наурызда жарияланғаны айтылады, бірақ жылы да, мақаланың өз жарияланған күні де көрсетілмеген, сондықтан күні жазылмады. Екі фотосурет жазуы (Аризонадағы Best Warrior 2020 жарысындағы қазақстандық әскерилер; Дональд Тусктің Президент Тоқаевпен амандасуы) және соңындағы пікір қалдыру формасының жолдары дәлел емес. Стратегиядан келтірілген мәтін «the document» (құжат) сөзімен беріледі.',
  'Essay on countering regional threats to Kazakhstan’s security':
    'Қазақстан қауіпсіздігіне төнетін өңірлік қатерлерге қарсы іс-қимыл туралы эссе',
  'Analytical essay': 'Талдамалы эссе',
  'The opening epigraph by Mirzhakyp Dulatuly is not evidence. The title is recorded as printed, odd apostrophe included. The whole essay is in the author’s own voice; “CA” stands for Central Asia. The English is awkward in places and is quoted as it stands.':
    'Басындағы Міржақып Дулатұлының эпиграфы дәлел емес. Тақырып басылған күйінде, оғаш апострофымен қоса жазылды. Эссе толығымен автордың өз атынан жазылған; «CA» — Орталық Азия (Central Asia). Ағылшын тілі кей жерде олақ, дәйексөздер сол күйінде келтірілді.',
  'Report on the ‘On Territorial Defense’ law':
    '«On Territorial Defense» (Аумақтық қорғаныс туралы) заңы жөніндегі мақала',
  'The text has no title, byline, outlet or date. It never names Kazakhstan’s President, so neither do we. It quotes a senior ministry official, Colonel Akmaral Kassymova, Dr. Elena Petrova and Ambassador Michael Chen, and reports positions of the Ministry of Defense and the President.':
    'Мәтінде тақырып, автор, басылым және күні жоқ. Онда Қазақстан Президентінің аты аталмайды, сондықтан біз де атамаймыз. Мәтін министрліктің жоғары лауазымды қызметкерінің, полковник Ақмарал Қасымованың, доктор Елена Петрованың және елші Майкл Ченнің сөздерін келтіреді, сондай-ақ Қорғаныс министрлігі мен Президенттің ұстанымдарын баяндайды.',
  'News item on Tokayev’s article on Central Asian security':
    'Тоқаевтың Орталық Азия қауіпсіздігі туралы мақаласы жөнінде қысқа хабар',
  'News item': 'Қысқа хабар',
  'Summarises and quotes Kassym-Jomart Tokayev’s article “Renaissance of Central Asia: Towards Sustainable Development and Prosperity”. Kazakhstanskaya Pravda is the newspaper where that article appeared, not this item’s outlet, which the text does not name. The “Categories Kazakhstan” line and the repeated headline are page debris, not evidence.':
    'Қасым-Жомарт Тоқаевтың «Renaissance of Central Asia: Towards Sustainable Development and Prosperity» (Орталық Азияның қайта өрлеуі: тұрақты даму мен өркендеу жолында) мақаласын қысқаша баяндап, одан дәйексөз келтіреді. «Казахстанская правда» — сол мақала жарияланған газет, бұл хабардың басылымы емес; хабардың басылымы мәтінде аталмайды. «Categories Kazakhstan» жолы мен қайталанған тақырып — беттегі артық жолдар, дәлел емес.',
  Kazakhstan: 'Қазақстан',
  'The Central Asian country whose foreign and security relations this map draws from the five texts.':
    'Орталық Азия елі; бұл карта оның сыртқы саясат пен қауіпсіздік саласындағы байланыстарын бес мәтін бойынша көрсетеді.',
  'Describes Kazakhstan’s own security posture rather than a relation with another party. The next sentence attributes this to Nursultan Nazarbayev.':
    'Басқа тараппен байланысты емес, Қазақстанның өз қауіпсіздік ұстанымын сипаттайды. Келесі сөйлем бұл сөзді Нұрсұлтан Назарбаевқа телиді.',
  'Describes Kazakhstan’s own security posture rather than a relation with another party.':
    'Басқа тараппен байланысты емес, Қазақстанның өз қауіпсіздік ұстанымын сипаттайды.',
  Russia: 'Ресей',
  'Country the texts describe as Kazakhstan’s ally and strategic partner, cooperating with it in the CSTO, SCO and EEU.':
    'Мәтіндер Қазақстанның одақтасы әрі стратегиялық серіктесі деп сипаттайтын ел; ол Қазақстанмен ҰҚШҰ, ШЫҰ және ЕАЭО аясында ынтымақтасады.',
  China: 'Қытай',
  'Country with which one text says Kazakhstan should maintain strategic cooperation.':
    'Бір мәтінге сәйкес, Қазақстан онымен стратегиялық ынтымақтастықты жалғастыруы тиіс ел.',
  'United States': 'АҚШ',
  'Country with which the texts call for constructive interaction and an expanded strategic partnership.':
    'Мәтіндер онымен конструктивті өзара іс-қимылға және стратегиялық серіктестікті кеңейтуге шақыратын ел.',
  'European Union': 'Еуропалық Одақ',
  'Union of European states with which the texts call for constructive interaction and expanded partnership.':
    'Еуропа мемлекеттерінің одағы; мәтіндер онымен конструктивті өзара іс-қимылға және серіктестікті кеңейтуге шақырады.',
  'Collective Security Treaty Organization': 'Ұжымдық қауіпсіздік туралы шарт ұйымы',
  CSTO: 'ҰҚШҰ',
  'Organisation the texts name as one of Kazakhstan’s intergovernmental mutual-security organisations.':
    'Мәтіндер Қазақстан қатысатын өзара қауіпсіздік жөніндегі үкіметаралық ұйымдардың бірі ретінде атайтын ұйым.',
  'Shanghai Cooperation Organization': 'Шанхай ынтымақтастық ұйымы',
  SCO: 'ШЫҰ',
  'Organisation the texts name as one of Kazakhstan’s mutual-security organisations and a setting for its cooperation with Russia.':
    'Мәтіндер Қазақстанның өзара қауіпсіздік ұйымдарының бірі әрі оның Ресеймен ынтымақтастық алаңы ретінде атайтын ұйым.',
  'Conference on Interaction and Confidence Building Measures in Asia':
    'Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес',
  CICA: 'АӨСШК',
  'Asian forum the texts name among Kazakhstan’s mutual-security organisations, which Kazakhstan proposes to turn into a regional organisation.':
    'Мәтіндер Қазақстанның өзара қауіпсіздік ұйымдары қатарында атайтын азиялық форум; Қазақстан оны өңірлік ұйымға айналдыруды ұсынады.',
  'Describes CICA itself, as the analyst puts it.': 'АӨСШК-нің өзін сарапшының сөзімен сипаттайды.',
  'Eurasian Economic Union': 'Еуразиялық экономикалық одақ',
  EEU: 'ЕАЭО',
  'Economic union that one text names as a setting for Kazakhstan’s cooperation with Russia.':
    'Бір мәтін Қазақстанның Ресеймен ынтымақтастық алаңы ретінде атайтын экономикалық одақ.',
  'North Atlantic Treaty Organization': 'Солтүстік Атлант шарты ұйымы',
  NATO: 'НАТО',
  'Organisation with which one text calls for constructive interaction.':
    'Бір мәтін онымен конструктивті өзара іс-қимылға шақыратын ұйым.',
  'Organization for Security and Co-operation in Europe':
    'Еуропадағы қауіпсіздік және ынтымақтастық ұйымы',
  OSCE: 'ЕҚЫҰ',
  'United Nations': 'Біріккен Ұлттар Ұйымы',
  UN: 'БҰҰ',
  'International organisation with which Kazakhstan’s President calls for active engagement to enhance regional security.':
    'Қазақстан Президенті өңірлік қауіпсіздікті нығайту үшін онымен белсенді өзара іс-қимылға шақыратын халықаралық ұйым.',
  'Central Asia': 'Орталық Азия',
  'The region Kazakhstan belongs to, whose states the texts urge to coordinate their security efforts.':
    'Қазақстан кіретін өңір; мәтіндер оның мемлекеттерін қауіпсіздік саласындағы күш-жігерін үйлестіруге шақырады.',
  Afghanistan: 'Ауғанстан',
  'Country one text names as a conflict zone adjacent to the Central Asian states.':
    'Бір мәтін Орталық Азия мемлекеттеріне іргелес қақтығыс аймағы ретінде атайтын ел.',
  'The West': 'Батыс',
  'The grouping one text calls “the West” or “Western powers”, with which Kazakhstan is said to balance its relations.':
    'Бір мәтін «the West» (Батыс) немесе «Western powers» (Батыс державалары) деп атайтын топ; мәтін бойынша Қазақстан онымен қатынастарын теңгеріп отырады.',
  'The texts call Russia an ally and a foundational strategic partner of Kazakhstan, while officials call it a partner and an analyst and a diplomat see a shift toward self-reliance and a balance with the West.':
    'Мәтіндер Ресейді Қазақстанның одақтасы әрі іргелі стратегиялық серіктесі деп атайды; ал ресми тұлғалар оны серіктес дейді, сарапшы мен дипломат өз күшіне сүйенуге және Батыспен теңгерімге бет бұруды байқайды.',
  'Speaks of a partner, not an ally, and answers fears about the new law.':
    'Одақтас емес, серіктес туралы айтады және жаңа заңға қатысты алаңдаушылыққа жауап береді.',
  'Continues the spokesperson’s remark about Russia.':
    'Ресми өкілдің Ресей туралы сөзінің жалғасы.',
  'Rejects the reading that the law signals a move away from reliance on Russia.':
    'Заң Ресейге арқа сүйеуден алыстауды білдіреді деген түсіндірмені жоққа шығарады.',
  'The alliances are not named here; the remark answers the suggestion of a shift away from Russia.':
    'Мұнда одақтар аталмайды; бұл сөз Ресейден алшақтау туралы болжамға жауап ретінде айтылған.',
  'Places the relationship with Russia in a balance with the West.':
    'Ресеймен қатынасты Батыспен теңгерім аясында қарастырады.',
  'One text says Kazakhstan must maintain strategic cooperation with China to preserve its security.':
    'Бір мәтінге сәйкес, Қазақстан өз қауіпсіздігін сақтау үшін Қытаймен стратегиялық ынтымақтастықты жалғастыруы тиіс.',
  'The texts call for constructive interaction with the USA and an expanded strategic partnership with the United States.':
    'Мәтіндер АҚШ-пен конструктивті өзара іс-қимылға және Америка Құрама Штаттарымен стратегиялық серіктестікті кеңейтуге шақырады.',
  'The texts call for constructive interaction with the EU countries and expanded partnership and co-operation with the EU and its member states.':
    'Мәтіндер ЕО елдерімен конструктивті өзара іс-қимылға, сондай-ақ ЕО-мен және оған мүше мемлекеттермен серіктестік пен ынтымақтастықты кеңейтуге шақырады.',
  'The texts name the CSTO among the mutual-security organisations in which Kazakhstan plays a role and through which it cooperates with Russia.':
    'Мәтіндер ҰҚШҰ-ны Қазақстан рөл атқаратын және ол арқылы Ресеймен ынтымақтасатын өзара қауіпсіздік ұйымдарының қатарында атайды.',
  'The texts name the SCO among Kazakhstan’s mutual-security organisations, as a setting for its cooperation with Russia and for its role as a bridge between West and East.':
    'Мәтіндер ШЫҰ-ны Қазақстанның өзара қауіпсіздік ұйымдары қатарында, оның Ресеймен ынтымақтастығының және Батыс пен Шығыс арасындағы көпір рөлінің алаңы ретінде атайды.',
  'The texts name CICA among Kazakhstan’s mutual-security organisations, and Kazakhstan’s strategy proposes turning it into a regional organisation for security and development.':
    'Мәтіндер АӨСШК-ні Қазақстанның өзара қауіпсіздік ұйымдары қатарында атайды, ал Қазақстан стратегиясы оны қауіпсіздік пен даму жөніндегі өңірлік ұйымға айналдыруды ұсынады.',
  'Makes the success of Kazakhstan’s proposal conditional on the efforts of CICA’s member states.':
    'Қазақстан ұсынысының табысын АӨСШК-ге мүше мемлекеттердің күш-жігеріне байланысты етеді.',
  'One text places Kazakhstan’s cooperation with Russia within the EEU, while another says the new foreign policy strategy no longer treats Eurasian integration as a fundamental long-term goal.':
    'Бір мәтін Қазақстанның Ресеймен ынтымақтастығын ЕАЭО аясында қарастырады, ал екіншісіне сәйкес, жаңа сыртқы саясат стратегиясы еуразиялық интеграцияны бұдан былай түбегейлі ұзақ мерзімді мақсат деп санамайды.',
  'The text speaks of Eurasian integration, a broader idea than the EEU itself; we read it as bearing on the EEU relation without the text naming the union.':
    'Мәтін ЕАЭО-ның өзінен кеңірек ұғым — еуразиялық интеграция туралы айтады; мәтінде одақ аталмаса да, біз мұны ЕАЭО-мен байланысқа қатысты деп түсінеміз.',
  'One text calls for constructive interaction with NATO to preserve Kazakhstan’s security.':
    'Бір мәтін Қазақстанның қауіпсіздігін сақтау үшін НАТО-мен конструктивті өзара іс-қимылға шақырады.',
  'One text calls for constructive interaction with the OSCE to preserve Kazakhstan’s security.':
    'Бір мәтін Қазақстанның қауіпсіздігін сақтау үшін ЕҚЫҰ-мен конструктивті өзара іс-қимылға шақырады.',
  'Kazakhstan’s President stresses active engagement with the United Nations to enhance regional security.':
    'Қазақстан Президенті өңірлік қауіпсіздікті нығайту үшін Біріккен Ұлттар Ұйымымен белсенді өзара іс-қимылдың маңызын атап өтеді.',
  'The texts call for joint security efforts and a regional security architecture among the Central Asian states, with Kazakhstan presented as a leader in the region, amid strained relations between those states.':
    'Мәтіндер Орталық Азия мемлекеттерін қауіпсіздік саласында күш біріктіруге және өңірлік қауіпсіздік архитектурасын құруға шақырады; Қазақстан өңір көшбасшысы ретінде көрсетіледі, ал бұл мемлекеттердің арасындағы қатынастар шиеленісті.',
  'Names strained relations among the Central Asian states, which the essay gives as the problem regional cooperation must address.':
    'Орталық Азия мемлекеттері арасындағы шиеленісті қатынастарды атайды; эссе мұны өңірлік ынтымақтастық шешуге тиіс мәселе ретінде көрсетеді.',
  'Speaks of the President’s standing in the region rather than of cooperation as such.':
    'Ынтымақтастықтың өзі туралы емес, Президенттің өңірдегі беделі туралы айтады.',
  'One text lists helping to settle conflicts in zones adjacent to Central Asia, especially in Afghanistan, among Kazakhstan’s foreign policy directions.':
    'Бір мәтін Орталық Азияға іргелес аймақтардағы, әсіресе Ауғанстандағы қақтығыстарды реттеуге көмектесуді Қазақстанның сыртқы саясат бағыттарының қатарында атайды.',
  'One text describes Kazakhstan as a bridge between Western and Eastern powers that balances its relationships with Russia and the West.':
    'Бір мәтін Қазақстанды Батыс пен Шығыс державалары арасындағы, Ресеймен және Батыспен қатынастарын теңгеріп отыратын көпір ретінде сипаттайды.',
  'One text says Kazakhstan’s relationship with Russia is defined by cooperation within the CSTO, which places Russia in it.':
    'Бір мәтінге сәйкес, Қазақстанның Ресеймен қатынасы ҰҚШҰ аясындағы ынтымақтастықпен айқындалады; демек, Ресей де осы ұйымда.',
  'The text places Russia in these organisations alongside Kazakhstan; it says nothing more about Russia’s own membership.':
    'Мәтін Ресейді осы ұйымдарда Қазақстанмен қатар көрсетеді; Ресейдің өз мүшелігі туралы бұдан артық ештеңе айтпайды.',
  'One text says Kazakhstan’s relationship with Russia is defined by cooperation within the SCO, which places Russia in it.':
    'Бір мәтінге сәйкес, Қазақстанның Ресеймен қатынасы ШЫҰ аясындағы ынтымақтастықпен айқындалады; демек, Ресей де осы ұйымда.',
  'One text says Kazakhstan’s relationship with Russia is defined by cooperation within the EEU, which places Russia in it.':
    'Бір мәтінге сәйкес, Қазақстанның Ресеймен қатынасы ЕАЭО аясындағы ынтымақтастықпен айқындалады; демек, Ресей де осы ұйымда.',
  'Kazakhstan – former USSR (nuclear inheritance)': 'Қазақстан — бұрынғы КСРО (ядролық мұра)',
  'The essay says Kazakhstan inherited nuclear weapons from the former USSR; that is history, not a current relation.':
    'Эссеге сәйкес, Қазақстанға ядролық қару бұрынғы КСРО-дан мұра болып қалған; бұл — қазіргі байланыс емес, тарих.',
  'Kazakhstan – nuclear powers (security guarantees)':
    'Қазақстан — ядролық державалар (қауіпсіздік кепілдіктері)',
  'The essay mentions security guarantees given by nuclear powers but names no specific state.':
    'Эссе ядролық державалар берген қауіпсіздік кепілдіктерін атап өтеді, бірақ нақты бір мемлекетті атамайды.',
  'Kazakhstan – neighbouring countries (border tensions)':
    'Қазақстан — көрші елдер (шекарадағы шиеленіс)',
  'The territorial-defense report mentions tensions with neighboring countries in border regions but names none of them.':
    'Аумақтық қорғаныс туралы мақала шекаралас өңірлердегі көрші елдермен шиеленісті атап өтеді, бірақ олардың ешқайсысын атамайды.',
  'Kazakhstan – Eastern powers': 'Қазақстан — Шығыс державалары',
  'The territorial-defense report calls Kazakhstan a bridge between Western and Eastern powers but does not say who the Eastern powers are, so no node is drawn for them.':
    'Аумақтық қорғаныс туралы мақала Қазақстанды Батыс пен Шығыс державалары арасындағы көпір деп атайды, бірақ Шығыс державаларының кім екенін айтпайды, сондықтан олар үшін түйін сызылмаған.',
  'Kazakhstan – Eurasian integration (as its own node)':
    'Қазақстан — еуразиялық интеграция (жеке түйін ретінде)',
  'The foreign-policy report speaks of Eurasian integration, a broader idea than the EEU; it is cited as qualifying the EEU relation rather than drawn as an entity.':
    'Сыртқы саясат туралы мақала ЕАЭО-дан кеңірек ұғым — еуразиялық интеграция туралы айтады; ол жеке нысан ретінде сызылмай, ЕАЭО-мен байланысты нақтылайтын үзінді ретінде келтірілген.',
  'China – Russia, and other relations not involving Kazakhstan':
    'Қытай — Ресей және Қазақстан қатыспайтын басқа байланыстар',
  'No text states a relation between other states; the only such links drawn are Russia’s place in the CSTO, SCO and EEU, which the territorial-defense report states.':
    'Бірде-бір мәтін басқа мемлекеттер арасындағы байланысты айтпайды; мұндай байланыстардан тек Ресейдің ҰҚШҰ, ШЫҰ және ЕАЭО-дағы орны ғана сызылған, оны аумақтық қорғаныс туралы мақала айтады.',
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
  'Kazakhstan’s relations: a classroom tour': 'Қазақстанның байланыстары: сабаққа арналған шолу',
  'From the ally to the strategic partner, the constructive partners and the memberships, and the passages that qualify them.':
    'Одақтастан стратегиялық серіктеске, конструктивті серіктестер мен мүшеліктерге дейін, сондай-ақ оларды нақтылайтын үзінділер.',
  'Kazakhstan at the centre': 'Орталықта — Қазақстан',
  'Every line on this map rests on passages quoted from the source texts. We start with Kazakhstan and the relations the texts give it.':
    'Бұл картадағы әр сызық дереккөз мәтіндерінен келтірілген үзінділерге негізделген. Қазақстаннан және мәтіндер оған телитін байланыстардан бастаймыз.',
  'The ally: Russia': 'Одақтас: Ресей',
  'The texts call Russia an ally and a strategic partner. Look for the passages marked Qualifies: they describe the tie in more guarded terms.':
    'Мәтіндер Ресейді одақтас әрі стратегиялық серіктес деп атайды. «Нақтылайды» деп белгіленген үзінділерге назар аударыңыз: олар бұл байланысты сақтырақ сипаттайды.',
  'The strategic partner: China': 'Стратегиялық серіктес: Қытай',
  'A single passage supports this line: it speaks of strategic cooperation with China.':
    'Бұл сызықты жалғыз үзінді растайды: онда Қытаймен стратегиялық ынтымақтастық туралы айтылады.',
  'A constructive partner: the United States': 'Конструктивті серіктес: Америка Құрама Штаттары',
  'The texts call for constructive interaction with the United States.':
    'Мәтіндер Америка Құрама Штаттарымен конструктивті өзара іс-қимылға шақырады.',
  'A constructive partner: the European Union': 'Конструктивті серіктес: Еуропалық Одақ',
  'The texts call for constructive interaction and partnership with the EU and its member states.':
    'Мәтіндер ЕО-мен және оған мүше мемлекеттермен конструктивті өзара іс-қимыл мен серіктестікке шақырады.',
  'Membership: the CSTO': 'Мүшелік: ҰҚШҰ',
  'The first of four organisations. Russia belongs to it too, so the map draws a line from Russia as well.':
    'Төрт ұйымның біріншісі. Ресей де оған мүше, сондықтан картада Ресейден де сызық тартылған.',
  'Membership: the SCO': 'Мүшелік: ШЫҰ',
  'Named among Kazakhstan’s mutual-security organisations.':
    'Қазақстанның өзара қауіпсіздік ұйымдары қатарында аталады.',
  'Membership: CICA': 'Мүшелік: АӨСШК',
  'Kazakhstan’s strategy proposes turning CICA into a regional organisation. One passage qualifies that plan.':
    'Қазақстан стратегиясы АӨСШК-ні өңірлік ұйымға айналдыруды ұсынады. Бір үзінді бұл жоспарды нақтылайды.',
  'Membership: the Eurasian Economic Union': 'Мүшелік: Еуразиялық экономикалық одақ',
  'Two passages qualify this membership: they say the new foreign policy strategy no longer treats Eurasian integration as a fundamental long-term goal.':
    'Бұл мүшелікті екі үзінді нақтылайды: оларға сәйкес, жаңа сыртқы саясат стратегиясы еуразиялық интеграцияны бұдан былай түбегейлі ұзақ мерзімді мақсат деп санамайды.',
  'What qualifies them: balance': 'Оларды не нақтылайды: теңгерім',
  'One text describes Kazakhstan as a bridge that balances its relations with Russia and the West. Compare it with the qualifying passages on the Russia line.':
    'Бір мәтін Қазақстанды Ресеймен және Батыспен қатынастарын теңгеріп отыратын көпір ретінде сипаттайды. Мұны Ресей сызығындағы нақтылайтын үзінділермен салыстырыңыз.',
  'Closer to home: Central Asia': 'Өз өңірінде: Орталық Азия',
  'The relation with the most passages: joint security efforts among the Central Asian states, and the strains between them.':
    'Үзінділері ең көп байланыс: Орталық Азия мемлекеттерінің қауіпсіздік саласындағы бірлескен күш-жігері және олардың арасындағы шиеленіс.',
};
