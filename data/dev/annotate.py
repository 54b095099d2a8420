#!/usr/bin/env python3
"""Writes tune_gold.json and devtest_gold.json (seeds_gold.json format) from the compact
hand annotation below, and checks that every alias occurs in its article.

Line format: TYPE | canonical | alias;alias;... | English | flags
flags: 'D' = doubtful (optional for scoring), 'role=...', 'title=...', 'note=...'.
Aliases are as written in the article (without proclitics); the canonical is always
an alias too.  Run: python3 data/dev/annotate.py
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

ANN = {
"tune/00_aawsat_2015-08-01_127.txt": """
ORG | الجيش اللبناني | الجيش اللبناني | Lebanese Armed Forces |
PER | جان قهوجي | جان قهوجي;قهوجي | Jean Kahwaji | title=العماد;role=قائد الجيش اللبناني
LOC | إسرائيل | إسرائيل | Israel |
ORG | جبهة النصرة | جبهة النصرة | al-Nusra Front |
ORG | داعش | داعش | Islamic State (ISIS) |
LOC | صغبين | صغبين | Saghbine |
LOC | طرابلس | طرابلس;مرفأ طرابلس | Tripoli (Lebanon) | note=in 'مرفأ طرابلس' (the port of Tripoli)
LOC | لبنان | لبنان | Lebanon |
PER | ديفيد هيل | ديفيد هيل;هيل | David Hale | role=السفير الأميركي في بيروت
LOC | بيروت | بيروت | Beirut |
PER | تمام سلام | تمام سلام | Tammam Salam | role=رئيس الحكومة
LOC | الولايات المتحدة الأميركية | الولايات المتحدة الأميركية;الولايات المتحدة | United States |
""",
"tune/01_aawsat_2015-08-06_193.txt": """
PER | مولود تشاوش اوغلو | مولود تشاوش اوغلو;تشاوش اوغلو | Mevlut Cavusoglu | role=وزير الخارجية التركي
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | سوريا | سوريا | Syria |
PER | جون كيري | جون كيري | John Kerry | role=نظيره الاميركي
LOC | ماليزيا | ماليزيا | Malaysia |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | رابطة دول جنوب شرقي آسيا | رابطة دول جنوب شرقي آسيا;اسيان | ASEAN |
LOC | جنوب شرقي آسيا | جنوب شرقي آسيا | Southeast Asia | D;note=only inside ASEAN's name
LOC | كوالالمبور | كوالالمبور | Kuala Lumpur |
LOC | واشنطن | واشنطن | Washington, D.C. |
LOC | تركيا | تركيا | Turkey |
LOC | انقرة | انقرة | Ankara |
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
LOC | العراق | العراق | Iraq |
LOC | قاعدة انجرليك الجوية | قاعدة انجرليك الجوية;قاعدة انجرليك;انجرليك | Incirlik Air Base |
""",
"tune/03_aleqtisadiya_2015-08-08_234.txt": """
LOC | الولايات المتحدة الأمريكية | الولايات المتحدة الأمريكية;الولايات المتحدة | United States |
LOC | السعودية | السعودية;المملكة | Saudi Arabia | note='المملكة' = the Kingdom
ORG | الحوثيين | الحوثيين;ميليشيا الحوثي;الحوثي | Houthis (Ansar Allah) |
PER | مارك تونر | مارك تونر;تونر | Mark Toner | role=المتحدث باسم وزارة الخارجية الأمريكية
ORG | وزارة الخارجية الأمريكية | وزارة الخارجية الأمريكية | United States Department of State |
ORG | قوات التحالف | قوات التحالف | Saudi-led coalition | D;note='قوات التحالف بقيادة السعودية': descriptive
ORG | الحكومة اليمنية | الحكومة اليمنية | Government of Yemen | D;note=adjectival national institution
LOC | اليمن | اليمن | Yemen |
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
""",
"tune/04_aljazirah_2015-07-23_274.txt": """
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز;محمد بن سلمان | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
LOC | جدة | جدة | Jeddah |
PER | اشتون كارتر | اشتون كارتر | Ashton Carter | role=وزير الدفاع الأمريكي
LOC | الشرق الأوسط | الشرق الأوسط;منطقة الشرق الأوسط | Middle East |
PER | محمد العايش | محمد العايش | Mohammed Al-Ayesh | role=مساعد وزير الدفاع
ORG | هيئة الأركان العامة | هيئة الأركان العامة | General Staff (Saudi Arabia) | D;note=only inside a role
PER | عبدالرحمن البنيان | عبدالرحمن البنيان | Abdulrahman Al-Bunyan | title=الفريق أول ركن;role=رئيس هيئة الأركان العامة
PER | يوسف الحربي | يوسف الحربي | Yousef Al-Harbi | title=العميد طيار ركن;role=الملحق العسكري السعودي في واشنطن
LOC | واشنطن | واشنطن | Washington, D.C. |
PER | إريك روزينباخ | إريك روزينباخ | Eric Rosenbach | role=رئيس الأركان بمكتب وزير الدفاع
PER | رونالد لويس | رونالد لويس | Ronald Lewis | role=كبير المساعدين العسكريين
PER | أليسا سلوتكين | أليسا سلوتكين | Elissa Slotkin |
PER | اندرو اكسوم | اندرو اكسوم | Andrew Exum |
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
""",
"tune/06_almadina_2015-07-24_1228.txt": """
PER | باراك أوباما | باراك أوباما;أوباما | Barack Obama | role=الرئيس الأمريكي
PER | رجب طيب أردوغان | رجب طيب أردوغان;أردوغان | Recep Tayyip Erdogan | role=نظيره التركي
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | سوريا | سوريا | Syria |
LOC | العراق | العراق | Iraq |
ORG | البيت الأبيض | البيت الأبيض | White House |
LOC | تركيا | تركيا | Turkey |
LOC | سروج | سروج;سوروتش | Suruc |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
""",
"tune/07_alweeam_2015-07-26_1068.txt": """
PER | تميم بن حمد آل ثاني | تميم بن حمد آل ثاني;تميم بن حمد | Tamim bin Hamad Al Thani | title=الشيخ;role=أمير دولة قطر
LOC | قطر | قطر;دولة قطر | Qatar |
PER | عادل بن أحمد الجبير | عادل بن أحمد الجبير | Adel al-Jubeir | role=وزير الخارجية
PER | سلمان بن عبدالعزيز آل سعود | سلمان بن عبدالعزيز آل سعود | King Salman | title=الملك;role=خادم الحرمين الشريفين
PER | محمد بن نايف بن عبدالعزيز | محمد بن نايف بن عبدالعزيز | Muhammad bin Nayef | title=الأمير;role=ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد
PER | خالد بن محمد العطية | خالد بن محمد العطية | Khalid bin Mohammad Al Attiyah | role=وزير الخارجية بدولة قطر
PER | خالد الجندان | خالد الجندان | Khalid Al-Jandan | role=وكيل وزارة الخارجية للعلاقات الثنائية
PER | أسامة نقلي | أسامة نقلي | Osama Nugali | title=السفير;role=رئيس الإدارة الإعلامية
PER | محمد الكلابي | محمد الكلابي | Mohammed Al-Kalabi | title=السفير
ORG | وزارة الخارجية | وزارة الخارجية | Ministry of Foreign Affairs (Saudi Arabia) | D;note=only inside a role
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"tune/08_alweeam_2015-07-23_953.txt": """
LOC | تركيا | تركيا | Turkey |
LOC | قاعدة انجرليك الجوية | قاعدة انجرليك الجوية;قاعدة انجرليك | Incirlik Air Base |
ORG | التحالف الدولي | التحالف الدولي | Global Coalition against ISIS |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
PER | رجب طيب أردوغان | رجب طيب أردوغان | Recep Tayyip Erdogan |
PER | باراك أوباما | باراك أوباما | Barack Obama |
LOC | أضنة | أضنة;إقليم أضنة | Adana Province |
ORG | البيت الأبيض | البيت الأبيض | White House |
LOC | سورية | سورية | Syria |
ORG | الإدارة الأمريكية | الإدارة الأمريكية | United States administration | D;note=adjectival
ORG | حريت | حريت | Hurriyet (newspaper) |
ORG | حلف شمال الأطلسي | حلف شمال الأطلسي;ناتو | NATO |
ORG | الالمانية | الالمانية | Deutsche Presse-Agentur (dpa) | D;note='وفقا للالمانية' = according to the German (agency)
LOC | أنقرة | أنقرة | Ankara |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"tune/09_alyaum_2015-07-27_1100.txt": """
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
PER | مولود تشاوش اوغلو | مولود تشاوش اوغلو;تشاوش اوغلو | Mevlut Cavusoglu | role=وزير الخارجية التركي
LOC | لشبونة | لشبونة | Lisbon |
PER | روي ماشيتي | روي ماشيتي | Rui Machete | role=نظيره
PER | رجب طيب اردوغان | رجب طيب اردوغان | Recep Tayyip Erdogan | role=الرئيس
PER | عبد الله اوجلان | عبد الله اوجلان | Abdullah Ocalan | role=زعيم حزب العمال الكردستاني
LOC | تركيا | تركيا | Turkey |
ORG | داعش | داعش | Islamic State (ISIS) |
LOC | سوريا | سوريا | Syria |
LOC | العراق | العراق | Iraq |
ORG | حزب الشعب الديموقراطي | حزب الشعب الديموقراطي | Peoples' Democratic Party (HDP) |
""",
"tune/11_sabq_2015-07-27_1390.txt": """
ORG | رويترز | رويترز | Reuters | note=byline 'رويترز- إسطنبول'
LOC | إسطنبول | إسطنبول | Istanbul |
PER | أحمد داود أوغلو | أحمد داود أوغلو;أوغلو | Ahmet Davutoglu | role=رئيس الوزراء التركي
LOC | تركيا | تركيا | Turkey |
LOC | سوريا | سوريا | Syria |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | المعارضة السورية | المعارضة السورية | Syrian opposition | D;note=descriptive
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | التحالف | التحالف;قوات التحالف | US-led coalition | D;note='التحالف الذي تقوده الولايات المتحدة': descriptive
LOC | العراق | العراق | Iraq |
LOC | واشنطن | واشنطن | Washington, D.C. |
ORG | حريت | حريت | Hurriyet (newspaper) |
ORG | الجيش السوري الحر | الجيش السوري الحر | Free Syrian Army |
ORG | حزب الاتحاد الديمقراطي | حزب الاتحاد الديمقراطي;حزب الاتحاد الديمقراطي الكردي;حزب الاتحاد الديمقراطي الكردي السوري | Democratic Union Party (PYD) |
PER | بشار الأسد | بشار الأسد | Bashar al-Assad | role=الرئيس السوري
""",
"tune/12_alriyadh_2015-07-27_774.txt": """
PER | بشار الأسد | بشار الاسد;الاسد;الأسد | Bashar al-Assad | role=الرئيس السوري
LOC | قصر الشعب | قصر الشعب | People's Palace (Damascus) | D;note=a building
ORG | التلفزيون السوري | التلفزيون السوري | Syrian state television | D;note=adjectival national institution
""",
"tune/13_3alyoum_2015-07-24_695.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – نيويورك'
LOC | نيويورك | نيويورك | New York City |
ORG | مجلس الأمن الدولي | مجلس الأمن الدولي;مجلس الأمن | United Nations Security Council |
EVENT | الاتفاق النووي الإيراني | الاتفاق النووي الإيراني | Joint Comprehensive Plan of Action |
LOC | إيران | إيران;الجمهورية الإسلامية | Iran |
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
LOC | طهران | طهران | Tehran |
LOC | فيينا | فيينا | Vienna |
ORG | القوى الست الدولية | القوى الست الدولية | P5+1 | D;note=descriptive
ORG | وكالة تسنيم الإيرانية للأنباء | وكالة تسنيم الإيرانية للأنباء;وكالة تسنيم;تسنيم | Tasnim News Agency |
PER | محمد علي جعفري | محمد علي جعفري | Mohammad Ali Jafari | role=قائد الحرس الثوري الإيراني
ORG | الحرس الثوري الإيراني | الحرس الثوري الإيراني;الحرس الثوري | Islamic Revolutionary Guard Corps (IRGC) | note=only inside Jafari's role, but a proper name
""",
"tune/15_aljazirah_2015-08-03_378.txt": """
LOC | ليبيا | ليبيا | Libya |
LOC | أجدابيا | أجدابيا | Ajdabiya |
LOC | البريقة | البريقة;ميناء البريقة | Brega | note=in 'ميناء البريقة النفطي'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
PER | معمر القذافي | معمر القذافي;القذافي | Muammar Gaddafi |
LOC | طرابلس | طرابلس | Tripoli (Libya) |
LOC | طبرق | طبرق | Tobruk |
LOC | سرت | سرت | Sirte |
ORG | المؤتمر الوطني العام الليبي | المؤتمر الوطني العام الليبي;المؤتمر الوطني العام | General National Congress (Libya) |
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
PER | صالح المخزوم | صالح المخزوم | Saleh al-Makhzoum | role=نائب رئيس المؤتمر الوطني العام
ORG | بعثة الأمم المتحدة إلى ليبيا | بعثة الأمم المتحدة إلى ليبيا | United Nations Support Mission in Libya (UNSMIL) |
""",
"tune/16_okaz_2015-07-21_2530.txt": """
LOC | تركيا | تركيا | Turkey |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
PER | أحمد داود أوغلو | أحمد داود أوغلو | Ahmet Davutoglu | role=رئيس الحكومة التركية
LOC | سوروتش | سوروتش | Suruc |
LOC | أنقرة | أنقرة | Ankara |
ORG | وزارة الداخلية | وزارة الداخلية | Ministry of the Interior (Turkey) | D;note=bare, country from context
LOC | كوباني | كوباني | Kobani |
ORG | وحدات حماية الشعب | وحدات حماية الشعب;وحدات حماية الشعب الكردية;وحدات حماية الشعب الكردية السورية | People's Protection Units (YPG) |
ORG | منظمة التعاون الإسلامي | منظمة التعاون الإسلامي | Organisation of Islamic Cooperation |
PER | إياد مدني | إياد مدني | Iyad Madani | role=الأمين العام لمنظمة التعاون الإسلامي
""",
"devtest/02_aleqtisadiya_2015-08-06_483.txt": """
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
PER | دانيلي بيل | دانيلي بيل;بيل | Danielle Bell | role=مديرة مهمة مساعدة الأمم المتحدة في أفغانستان
ORG | مهمة مساعدة الأمم المتحدة في أفغانستان | مهمة مساعدة الأمم المتحدة في أفغانستان | United Nations Assistance Mission in Afghanistan (UNAMA) |
LOC | أفغانستان | أفغانستان | Afghanistan |
ORG | طالبان | طالبان;تنظيم طالبان;حركة طالبان | Taliban |
ORG | التحالف الدولي | التحالف الدولي;قوات التحالف الدولي | International coalition (ISAF/Resolute Support) |
ORG | القوات الأفغانية | القوات الأفغانية | Afghan National Security Forces | D;note=adjectival national institution
LOC | إقليم قندز | إقليم قندز | Kunduz Province |
LOC | قندز | قندز;مدينة قندز | Kunduz (city) | note='العاصمة مدينة قندز'
""",
"devtest/05_aljazirah_2015-08-04_381.txt": """
ORG | الجيش المصري | الجيش المصري | Egyptian Army | note=headline subject
LOC | سيناء | سيناء | Sinai |
LOC | محافظة شمال سيناء | محافظة شمال سيناء;شمال سيناء | North Sinai Governorate |
LOC | العريش | العريش | Arish |
LOC | الشيخ زويد | الشيخ زويد | Sheikh Zuweid |
LOC | رفح | رفح | Rafah |
LOC | قطاع غزة | قطاع غزة | Gaza Strip |
LOC | البحر المتوسط | البحر المتوسط | Mediterranean Sea |
LOC | ضاحية السلام | ضاحية السلام | Dahiyat al-Salam (Arish square) | D
LOC | المالح | المالح | al-Maleh (Arish square) | D
PER | محمد سلمى سواركة | محمد سلمى سواركة | Mohammed Salmy Sawarka | D;note=namesake of a square
LOC | ميدان الجورة | ميدان الجورة | al-Joura square | D
LOC | ميدان الماسورة | ميدان الماسورة | al-Masoura square | D
LOC | القنطرة | القنطرة | El Qantara |
LOC | بالوظة | بالوظة | Balouza |
LOC | بئر العبد | بئر العبد | Bir al-Abd |
LOC | الميدان | الميدان | al-Midan (North Sinai) | D
""",
"devtest/10_sabq_2015-08-03_1293.txt": """
ORG | سبق | سبق | Sabq (news website) | note=byline 'سبق- متابعة'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | قاعدة العند الجوية | قاعدة العند الجوية;قاعدة العند;مطار العند;مطار قاعدة العند | Al Anad Air Base |
LOC | لحج | لحج | Lahij |
ORG | اللواء حزم واحد | اللواء حزم واحد;اللواء الأول حزم | 1st Hazm Brigade |
ORG | العربية | العربية | Al Arabiya | note=قناة "العربية"
ORG | التحالف | التحالف | Saudi-led coalition | D;note='طيران التحالف'
LOC | عدن | عدن | Aden |
PER | فضل حسن | فضل حسن | Fadl Hassan | title=العميد
ORG | الصبيحة | الصبيحة;قبائل الصبيحة | al-Subeiha tribes | D
LOC | سيلة المخراج | سيلة المخراج | Sailat al-Makhraj |
LOC | ردفان | ردفان | Radfan |
LOC | المثلث | المثلث | al-Muthallath | D
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | D
ORG | الحوثي | الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) |
PER | صالح | صالح | Ali Abdullah Saleh | note='المخلوع "صالح"'
LOC | المدينة الخضراء | المدينة الخضراء | al-Madina al-Khadra (Aden) | D
LOC | الحوطة | الحوطة;مدينة الحوطة | Al Houta |
""",
"devtest/14_was_2015-08-11_1663.txt": """
LOC | العراق | العراق | Iraq |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
LOC | الدوحة | الدوحة | Doha |
PER | عادل الجبير | عادل الجبير | Adel al-Jubeir | role=وزير الخارجية
LOC | الشرق الأوسط | الشرق الأوسط | Middle East |
""",
"devtest/17_alwatan_2015-07-22_1366.txt": """
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد
LOC | جدة | جدة | Jeddah |
LOC | الشيشان | الشيشان;جمهورية الشيشان | Chechnya |
PER | رمضان أحمد قاديروف | رمضان أحمد قاديروف;قاديروف | Ramzan Kadyrov | role=رئيس جمهورية الشيشان
PER | مساعد العيبان | مساعد العيبان | Musaed Al-Aiban | role=وزير الدولة عضو مجلس الوزراء
PER | عادل الجبير | عادل الجبير | Adel al-Jubeir | role=وزير الخارجية
ORG | حزب القوات اللبنانية | حزب القوات اللبنانية;القوات اللبنانية | Lebanese Forces |
PER | سمير جعجع | سمير جعجع;جعجع | Samir Geagea | role=رئيس حزب القوات اللبنانية
PER | سيف يوسف أحمد الفلاسي | سيف يوسف أحمد الفلاسي | Saif Yousef Ahmed Al Falasi | title=الرقيب أول
ORG | القوة الإماراتية | القوة الإماراتية | UAE contingent | D;note=adjectival
ORG | تحالف دعم الشرعية في اليمن | تحالف دعم الشرعية في اليمن;التحالف | Coalition to Restore Legitimacy in Yemen |
ORG | قيادة القوات المشتركة | قيادة القوات المشتركة | Joint Forces Command (of the coalition) | D
LOC | اليمن | اليمن | Yemen | D;note=only inside the coalition's name
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside roles
""",
}

DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(s):
    s = DIAC.sub("", unicodedata.normalize("NFKC", s))
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    s = re.sub(r"[\"'«»“”‘’()\[\]]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def parse(block):
    out = []
    for line in block.strip().splitlines():
        t, canon, aliases, eng, flags = [x.strip() for x in line.split("|")]
        e = {"type": t, "canonical": canon, "aliases": [a for a in aliases.split(";") if a],
             "english": eng, "doubtful": False}
        for f in [f for f in flags.split(";") if f]:
            if f == "D":
                e["doubtful"] = True
            else:
                k, v = f.split("=", 1)
                e[k] = v
        out.append(e)
    return out


def main():
    errors = 0
    for split in ("tune", "devtest"):
        gold = []
        for path, block in ANN.items():
            if not path.startswith(split + "/"):
                continue
            text = norm(open(os.path.join(HERE, path), encoding="utf-8").read())
            ents = parse(block)
            for e in ents:
                for a in e["aliases"]:
                    n = norm(a)
                    # ل + ال contracts to لل (للمملكة): the alias is written without the clitic
                    if n not in text and not (n.startswith("ال") and "لل" + n[2:] in text):
                        print(f"{path}: alias not in text: {a}")
                        errors += 1
            gold.append({"file": os.path.basename(path), "entities": ents})
        with open(os.path.join(HERE, f"{split}_gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n = sum(len(d["entities"]) for d in gold)
        print(f"{split}: {len(gold)} documents, {n} entities")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
