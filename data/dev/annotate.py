#!/usr/bin/env python3
"""Writes the gold files of every split (tune, devtest, devtest2-15) (seeds_gold.json format) from the compact
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
"devtest2/20_aawsat_2015-07-31_270.txt": """
ORG | هيومن رايتس ووتش | هيومن رايتس ووتش;منظمة هيومن رايتس ووتش | Human Rights Watch |
ORG | الحوثيين | الحوثيين;الحوثيون;الحوثي | Houthis (Ansar Allah) |
LOC | اليمن | اليمن | Yemen |
LOC | عدن | عدن;مدينة عدن | Aden |
PER | أولي سولفانغ | أولي سولفانغ;سولفانغ | Ole Solvang | role=مسؤول حالات الطوارئ لدى هيومن رايتس ووتش
LOC | دار سعد | دار سعد;منطقة دار سعد | Dar Saad |
ORG | رويترز | رويترز | Reuters |
PER | علي عبد الله صالح | علي عبد الله صالح;صالح | Ali Abdullah Saleh | role=الرئيس السابق
ORG | وزارة الصحة | وزارة الصحة | Ministry of Public Health and Population (Yemen) | note='وزارة الصحة التابعة لحكومة اليمن'
ORG | حكومة اليمن | حكومة اليمن | Government of Yemen | D;note=descriptive
ORG | المقاومة | المقاومة | Popular Resistance (Yemen) | D;note=bare 'المقاومة التابعة للرئيس الشرعي'
PER | عبد ربه منصور هادي | عبد ربه منصور هادي | Abd Rabbuh Mansur Hadi | role=الرئيس الشرعي
""",
"devtest2/21_aawsat_2015-07-21_3.txt": """
LOC | أفغانستان | أفغانستان;افغانستان | Afghanistan |
ORG | حلف شمال الاطلسي | حلف شمال الاطلسي;الحلف الاطلسي | NATO |
LOC | كابل | كابل | Kabul |
ORG | قوات التحالف الدولية | قوات التحالف الدولية | International coalition (Resolute Support) |
PER | محمد رحيم امين | محمد رحيم امين | Mohammad Rahim Amin | role=حاكم منطقة بركي براك
LOC | بركي براك | بركي براك;بركي برك;منطقة بركي براك | Baraki Barak |
PER | دين محمد درويش | دين محمد درويش | Din Mohammad Darwish | role=المتحدث باسم حكومة الولاية
ORG | طالبان | طالبان;حركة طالبان | Taliban |
LOC | لوغار | لوغار;اقليم لوغار;ولاية لوغار | Logar Province |
PER | عبد الرازق | عبد الرازق | Abdul Razaq | title=الجنرال;role=القائد بالجيش الافغاني في لوغار
ORG | الجيش الافغاني | الجيش الافغاني | Afghan National Army | note=acts: 'وبات الجيش الافغاني وحده في الخطوط الامامية'
ORG | القوات الافغانية | القوات الافغانية | Afghan National Security Forces | D;note=adjectival national institution
ORG | ايساف | ايساف;قوة ايساف | International Security Assistance Force (ISAF) |
ORG | القوات الاطلسية | القوات الاطلسية | NATO forces | D;note=adjectival
""",
"devtest2/22_aljazirah_2015-08-10_362.txt": """
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | زنجبار | زنجبار;مدينة زنجبار | Zinjibar |
LOC | أبين | أبين;محافظة أبين | Abyan Governorate |
PER | عبدربه منصور هادي | عبدربه منصور هادي;هادي | Abd Rabbuh Mansur Hadi | role=الرئيس اليمني
ORG | الحوثيين | الحوثيين;الحوثيون | Houthis (Ansar Allah) |
LOC | عدن | عدن | Aden |
ORG | التحالف العربي | التحالف;التحالف العربي | Saudi-led coalition | D;note='طيران التحالف', 'قوات التحالف العربي بقيادة المملكة': descriptive
ORG | اللواء الـ(15) | اللواء الـ(15) | 15th Brigade | D;note=numbered brigade
LOC | لحج | لحج | Lahij |
LOC | قاعدة العند الجوية | قاعدة العند الجوية | Al Anad Air Base |
LOC | الضالع | الضالع | Dhale |
PER | الخضر لصور | الخضر لصور;لصور | al-Khidr Lasour | role=المسؤول الصحي في عدن
LOC | إب | إب;محافظة إب | Ibb Governorate |
LOC | صنعاء | صنعاء | Sanaa |
PER | علي عبدالله صالح | علي عبدالله صالح | Ali Abdullah Saleh | role=الرئيس السابق
ORG | وكالة فرانس برس | وكالة فرانس برس;فرانس برس | Agence France-Presse |
LOC | السدة | السدة | Al Saddah |
LOC | حزم العديد | حزم العديد | Hazm al-Udayn |
LOC | الرضمة | الرضمة;منطقة الرضمة | Ar Radmah |
LOC | يريم | يريم;منطقة يريم | Yarim |
LOC | اليمن | اليمن | Yemen |
LOC | المملكة | المملكة | Saudi Arabia | note='بقيادة المملكة'
LOC | لودر | لودر | Lawdar |
LOC | شقرة | شقرة;مدينة شقرة | Shuqrah |
""",
"devtest2/23_alriyadh_2015-07-31_961.txt": """
PER | عادل الجبير | عادل الجبير;الجبير | Adel al-Jubeir | role=وزير الخارجية
PER | سامح شكري | سامح شكري;شكري | Sameh Shoukry | role=وزير الخارجية المصري
EVENT | إعلان القاهرة | إعلان القاهرة | Cairo Declaration |
LOC | مصر | مصر | Egypt |
LOC | المملكة | المملكة | Saudi Arabia |
ORG | الرئاسة المصرية | الرئاسة المصرية | Egyptian Presidency | D;note=adjectival, 'بمقر الرئاسة المصرية'
PER | عبدالفتاح السيسي | عبدالفتاح السيسي;السيسي | Abdel Fattah el-Sisi | role=الرئيس المصري
PER | محمد بن سلمان | محمد بن سلمان | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
PER | سلمان بن عبدالعزيز | سلمان بن عبدالعزيز | King Salman | title=الملك;role=خادم الحرمين الشريفين
LOC | القاهرة | القاهرة | Cairo | D;note=only inside 'إعلان القاهرة'
ORG | القيادة العربية المشتركة | القيادة العربية المشتركة | Joint Arab Force command | D;note=a planned body
""",
"devtest2/24_alwatan_2015-08-11_949.txt": """
ORG | التحالف العربي | التحالف العربي;التحالف | Saudi-led coalition | D;note='طيران التحالف', 'طائرات التحالف العربي'
LOC | المملكة | المملكة | Saudi Arabia |
ORG | الحوثيين | الحوثيين;الحوثي | Houthis (Ansar Allah) |
PER | علي عبدالله صالح | علي عبدالله صالح;صالح | Ali Abdullah Saleh | role=الرئيس المخلوع
ORG | المركز الإعلامي للمقاومة | المركز الإعلامي للمقاومة | Resistance media centre |
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | ماس | ماس;جبهة ماس | Mas (Marib) |
LOC | مجزر | مجزر;جبهة مجزر | Majzar |
LOC | حلحلان | حلحلان;جبهة حلحلان | Halhalan |
LOC | صرواح | صرواح;جبهة صرواح | Sirwah |
LOC | مأرب | مأرب | Marib |
PER | المشن | المشن | al-Mashan | note=the rebel 'المتمرد "المشن"'
LOC | الزور | الزور;منطقة الزور | al-Zour |
LOC | الجقينة | الجقينة;منطقة الجقينة | al-Juqaynah |
LOC | الحديدة | الحديدة | Hodeidah |
LOC | إب | إب;محافظة إب | Ibb Governorate |
LOC | القفر | القفر;مديرية القفر | Al Qafr District |
LOC | الرضمة | الرضمة;منطقة الرضمة | Ar Radmah |
LOC | النادرة | النادرة;مديرية النادرة | An Nadirah District |
""",
"devtest2/25_alweeam_2015-08-10_1134.txt": """
PER | عبد اللطيف الزياني | عبد اللطيف الزياني;الزياني | Abdullatif bin Rashid Al Zayani | title=الدكتور;role=الأمين العام لمجلس التعاون لدول الخليج العربية
ORG | مجلس التعاون لدول الخليج العربية | مجلس التعاون لدول الخليج العربية;مجلس التعاون | Gulf Cooperation Council |
ORG | مجلس الأمن | مجلس الأمن | United Nations Security Council |
LOC | اليمن | اليمن | Yemen |
PER | خالد محفوظ بحاح | خالد محفوظ بحاح;خالد بحاح;بحاح | Khaled Bahah | role=نائب الرئيس اليمني رئيس مجلس الوزراء
LOC | الرياض | الرياض | Riyadh |
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | D
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
LOC | عدن | عدن;محافظة عدن | Aden |
LOC | لحج | لحج | Lahij |
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Yemen) | D;note=only inside a role
ORG | الحكومة اليمنية | الحكومة اليمنية | Government of Yemen | D;note=adjectival national institution
ORG | الميليشيات الحوثية | الميليشيات الحوثية | Houthis (Ansar Allah) | D;note=adjectival
PER | صالح | صالح | Ali Abdullah Saleh | note='الميليشيات الحوثية وصالح الانقلابية'
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest2/26_alyaum_2015-08-02_959.txt": """
PER | خالد محفوظ بحاح | خالد محفوظ بحاح;بحاح | Khaled Bahah | title=المهندس;role=نائب الرئيس اليمني
LOC | عدن | عدن;محافظة عدن;مدينة عدن | Aden |
ORG | الحكومة اليمنية | الحكومة اليمنية | Government of Yemen | D;note=adjectival national institution
PER | راجح بادي | راجح بادي;بادي | Rajeh Badi | role=الناطق الرسمي باسم الحكومة اليمنية
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
LOC | اليمن | اليمن | Yemen |
PER | إسماعيل ولد الشيخ أحمد | إسماعيل ولد الشيخ أحمد | Ismail Ould Cheikh Ahmed | role=مبعوث الأمم المتحدة إلى اليمن
ORG | الحوثي | الحوثي;مليشيات الحوثي | Houthis (Ansar Allah) |
PER | علي عبدالله صالح | علي عبدالله صالح;صالح | Ali Abdullah Saleh | role=المخلوع
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
ORG | الجيش اليمني | الجيش اليمني | Yemeni Army | D;note=adjectival national institution
ORG | التحالف العربي | التحالف العربي;قوات التحالف العربي | Saudi-led coalition | D;note=descriptive
""",
"devtest2/27_okaz_2015-07-31_1904.txt": """
ORG | الجيش الوطني اليمني | الجيش الوطني اليمني;الجيش الوطني | Yemeni National Army | note=acts: 'نجح الجيش الوطني اليمني'
LOC | قاعدة العند | قاعدة العند;قاعدة العند العسكرية | Al Anad Air Base |
LOC | لحج | لحج;محافظة لحج;مدينة لحج | Lahij |
ORG | عكاظ | عكاظ | Okaz (newspaper) |
ORG | الحوثي | الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) |
LOC | لودر | لودر;جبهة لودر | Lawdar |
LOC | أبين | أبين;محافظة أبين | Abyan Governorate |
LOC | بيحان | بيحان;مديرية بيحان | Bayhan District |
ORG | المقاومة | المقاومة | Popular Resistance (Yemen) | D;note=bare 'المقاومة في شبوة'
LOC | شبوة | شبوة | Shabwah Governorate |
LOC | وادي خر | وادي خر | Wadi Khar |
ORG | التحالف العربي | التحالف العربي;التحالف | Saudi-led coalition | D;note='طائرات التحالف العربي'
LOC | عدن | عدن;مدينة عدن | Aden |
LOC | اللحوم | اللحوم;منطقة اللحوم | al-Luhum |
LOC | صنعاء | صنعاء | Sanaa |
PER | صالح | صالح | Ali Abdullah Saleh | note='تحالف الحوثي وصالح'
ORG | اللواء الرابع | اللواء الرابع | 4th Brigade | note=a brigade fighting the Houthis
""",
"devtest2/28_sabq_2015-08-04_1330.txt": """
ORG | سبق | سبق | Sabq (news website) | note=byline 'سبق- وكالات'
LOC | بريطانيا | بريطانيا | United Kingdom |
PER | مايكل فالون | مايكل فالون;فالون | Michael Fallon | role=وزير الدفاع البريطاني
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | العراق | العراق | Iraq |
ORG | هيئة الإذاعة البريطانية | هيئة الإذاعة البريطانية;بي بي سي | BBC |
ORG | القوات العراقية | القوات العراقية | Iraqi forces | D;note=adjectival national institution
ORG | الحكومة العراقية | الحكومة العراقية | Government of Iraq | D;note=government + nationality adjective (data/dev/README), acts: 'الحكومة العراقية لم تطلب'
LOC | بغداد | بغداد | Baghdad |
""",
"devtest2/29_aleqtisadiya_2015-08-04_225.txt": """
PER | خالد بن محمد العطية | خالد بن محمد العطية;العطية | Khalid bin Mohammad Al Attiyah | title=الدكتور;role=وزير الخارجية بدولة قطر
LOC | قطر | قطر;دولة قطر | Qatar |
LOC | روسيا | روسيا | Russia |
PER | سيرغي لافروف | سيرغي لافروف;لافروف | Sergey Lavrov | role=وزير الخارجية الروسي
LOC | الدوحة | الدوحة | Doha |
LOC | سوريا | سوريا | Syria |
LOC | العراق | العراق | Iraq |
LOC | اليمن | اليمن | Yemen |
LOC | فلسطين | فلسطين | Palestine |
ORG | الجيش السوري | الجيش السوري | Syrian Arab Army | note=acts: 'ما يقوم به الجيش السوري'
EVENT | الاتفاق النووي الإيراني | الاتفاق النووي الإيراني | Joint Comprehensive Plan of Action |
LOC | الشرق الأوسط | الشرق الأوسط;منطقة الشرق الأوسط | Middle East |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | جبهة النصرة | جبهة النصرة | al-Nusra Front |
LOC | الخليج العربي | الخليج العربي;منطقة الخليج العربي | Persian Gulf |
PER | عادل بن أحمد الجبير | عادل بن أحمد الجبير | Adel al-Jubeir | title=الأستاذ;role=وزير الخارجية
PER | جون كيري | جون كيري | John Kerry | role=وزير الخارجية الأمريكي
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
PER | ستيفان دي مستورا | ستيفان دي مستورا | Staffan de Mistura | role=مبعوث الأمم المتحدة الخاص إلى سوريا
""",
"devtest2/30_3alyoum_2015-07-24_297.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – الطائف'
LOC | الطائف | الطائف | Taif |
EVENT | الصمصام 5 | الصمصام 5 | Al-Samsam 5 (exercise) |
ORG | القوات البرية الملكية السعودية | القوات البرية الملكية السعودية;القوات البرية السعودية | Royal Saudi Land Forces |
ORG | الجيش الباكستاني | الجيش الباكستاني | Pakistan Army | D;note=adjectival national institution
ORG | القوات الخاصة بالجيش الباكستاني | القوات الخاصة بالجيش الباكستاني | Pakistan Army Special Service Group | D;note=descriptive
ORG | منطقة الطائف العسكرية | منطقة الطائف العسكرية | Taif Military Region | D;note=only inside a role
PER | فارس بن عبدالله العمري | فارس بن عبدالله العمري | Fares bin Abdullah Al-Omari | title=اللواء ركن;role=قائد منطقة الطائف العسكرية
ORG | مركز الملك سلمان للحرب الجبلية | مركز الملك سلمان للحرب الجبلية | King Salman Centre for Mountain Warfare |
PER | سلمان | سلمان | King Salman | D;note=only inside the centre's name
LOC | شمرخ | شمرخ;ميدان شمرخ | Shamrakh range |
LOC | الباحة | الباحة;منطقة الباحة | Al Bahah |
PER | شائح بن عبدالله القرني | شائح بن عبدالله القرني;القرني | Shaeh bin Abdullah Al-Qarni | title=العميد ركن;role=مدير تمرين الصمصام 5
LOC | باكستان | باكستان;جمهورية باكستان الإسلامية | Pakistan |
ORG | القوات الجوية الملكية السعودية | القوات الجوية الملكية السعودية | Royal Saudi Air Force |
ORG | طيران القوات البرية | طيران القوات البرية | Royal Saudi Land Forces Aviation |
ORG | حرس الحدود | حرس الحدود | Border Guard (Saudi Arabia) |
""",
"devtest2/31_almadina_2015-08-08_576.txt": """
PER | روبيرت فورد | روبيرت فورد;فورد | Robert Ford | role=السفير الأمريكي السابق في سوريا
LOC | سوريا | سوريا | Syria |
PER | بشار الأسد | بشار الأسد;الأسد | Bashar al-Assad |
ORG | داعش | داعش | Islamic State (ISIS) |
ORG | سي ان ان | سي ان ان | CNN |
LOC | إيران | إيران | Iran |
LOC | دمشق | دمشق | Damascus |
LOC | العراق | العراق | Iraq |
LOC | طهران | طهران | Tehran |
LOC | أمريكا | أمريكا;الولايات المتحدة الأمريكية | United States |
LOC | تركيا | تركيا | Turkey |
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني;PKK | Kurdistan Workers' Party (PKK) |
ORG | نظام الأسد | نظام الأسد | Assad regime | D;note=descriptive
""",
"devtest3/40_3alyoum_2015-08-07_56.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – روما'
LOC | روما | روما | Rome |
PER | عادل بن أحمد الجبير | عادل بن أحمد الجبير | Adel al-Jubeir | role=وزير الخارجية
PER | باولو جينتيلوني | باولو جينتيلوني | Paolo Gentiloni | role=وزير الخارجية الإيطالي
ORG | وكالة الأنباء السعودية | وكالة الأنباء السعودية | Saudi Press Agency |
LOC | المملكة | المملكة | Saudi Arabia | note='بين المملكة وإيطاليا'
LOC | إيطاليا | إيطاليا | Italy |
LOC | لبنان | لبنان | Lebanon |
LOC | سوريا | سوريا | Syria |
LOC | العراق | العراق | Iraq |
LOC | إيران | إيران | Iran |
LOC | اليمن | اليمن | Yemen |
""",
"devtest3/41_aawsat_2015-07-22_16.txt": """
PER | عبد ربه منصور هادي | عبد ربه منصور هادي | Abd Rabbuh Mansur Hadi | role=الرئيس اليمني
ORG | المقاومة اليمنية | المقاومة اليمنية;المقاومة | Popular Resistance (Yemen) | D;note=bare or adjectival 'المقاومة'
LOC | عدن | عدن;مدينة عدن | Aden |
ORG | الشرق الأوسط | الشرق الأوسط | Asharq Al-Awsat (newspaper) | note='لـ«الشرق الأوسط»'
ORG | الحوثيين | الحوثيين;الحوثي | Houthis (Ansar Allah) |
LOC | لحج | لحج;محافظة لحج | Lahij |
PER | قائد نصر | قائد نصر | Qaed Nasr | role=المتحدث باسم جبهة ردفان العند
LOC | ردفان | ردفان | Radfan | D;note=only inside 'جبهة ردفان العند'
LOC | العند | العند;محور العند | Al Anad |
PER | ثابت جواس | ثابت جواس | Thabet Jawas | title=العميد
PER | صالح | صالح | Ali Abdullah Saleh | note='ميليشيات الحوثي وصالح'
LOC | تعز | تعز;محافظة تعز | Taiz |
LOC | المخاء | المخاء;مدينة المخاء | Mocha |
LOC | الحديدة | الحديدة;محافظة الحديدة | Al Hudaydah |
ORG | برنامج الأغذية | برنامج الأغذية | World Food Programme | note='برنامج الأغذية التابع للأمم المتحدة'
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
LOC | الإمارات العربية المتحدة | الإمارات العربية المتحدة;دولة الإمارات العربية المتحدة | United Arab Emirates |
""",
"devtest3/42_aleqtisadiya_2015-07-27_301.txt": """
ORG | الاقتصادية | الاقتصادية | Al Eqtisadiya (newspaper) | note='قال لـ"الاقتصادية"'
LOC | اليمن | اليمن | Yemen |
LOC | عدن | عدن;مطار عدن | Aden | note=also in 'مطار عدن' (Aden airport)
ORG | الحوثي | الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) |
PER | عبد الخالق الحوثي | عبد الخالق الحوثي | Abdulkhaliq al-Houthi |
PER | عبد الكريم الحوثي | عبد الكريم الحوثي | Abdulkarim al-Houthi |
PER | قناف | قناف | Qanaf | note='والقيادي العسكري قناف'
PER | مختار الرحبي | مختار الرحبي;الرحبي | Mokhtar al-Rahbi | role=السكرتير الصحافي في مكتب الرئيس اليمني
PER | عبد ربه منصور هادي | عبد ربه منصور هادي | Abd Rabbuh Mansur Hadi | role=الرئيس اليمني
ORG | الحكومة اليمنية | الحكومة اليمنية | Government of Yemen | D;note=adjectival national institution
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
LOC | كريتر | كريتر | Crater (Aden) |
LOC | التواهي | التواهي | Al Tawahi |
LOC | المعلا | المعلا | Al Mualla |
LOC | خور مكسر | خور مكسر | Khor Maksar |
LOC | قاعدة العند الجوية | قاعدة العند الجوية | Al Anad Air Base |
LOC | لحج | لحج;محافظة لحج | Lahij |
LOC | جيبوتي | جيبوتي | Djibouti |
""",
"devtest3/43_aljazirah_2015-07-24_1070.txt": """
LOC | سيناء | سيناء | Sinai Peninsula | note=also 'شمال سيناء'
ORG | القوات المسلحة المصرية | القوات المسلحة المصرية;القوات المسلحة;الجيش المصري;الجيش | Egyptian Armed Forces | note=acts: 'تستهدف القوات المسلحة المصرية', 'قام الجيش بإقصاء'; one institution, as in the gazetteer (الجيش المصري = Egyptian Armed Forces)
ORG | فيسبوك | فيسبوك | Facebook | D;note='موقع فيسبوك'
LOC | رفح | رفح;قطاع رفح | Rafah |
LOC | قطاع غزة | قطاع غزة | Gaza Strip |
ORG | ولاية سيناء | ولاية سيناء;انصار بيت المقدس | Sinai Province (ISIS; formerly Ansar Bayt al-Maqdis) | note='تنظيم انصار بيت المقدس الذي اصبح يسمي نفسه ولاية سيناء'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | تويتر | تويتر | Twitter | D;note='موقع تويتر'
PER | محمد مرسي | محمد مرسي;مرسي | Mohamed Morsi | role=الرئيس الاسلامي
ORG | الشرطة المصرية | الشرطة المصرية | Egyptian National Police | D;note=adjectival national institution
LOC | النيل | النيل | Nile |
LOC | القاهرة | القاهرة | Cairo |
""",
"devtest3/44_almadina_2015-07-25_593.txt": """
ORG | المعارضة السورية | المعارضة السورية;المعارضة المسلحة | Syrian opposition | D;note=descriptive
LOC | سوريا | سوريا | Syria |
ORG | قوات الأسد | قوات الأسد | Assad's forces | D;note=descriptive
PER | بشار الأسد | بشار الأسد;الأسد | Bashar al-Assad | role=الرئيس السوري
LOC | درعا | درعا;مدينة درعا | Daraa |
LOC | الأردن | الأردن | Jordan |
ORG | الجبهة الجنوبية | الجبهة الجنوبية | Southern Front (Syria) |
LOC | حلب | حلب | Aleppo |
PER | عصام الريس | عصام الريس | Issam al-Rayyes | role=الناطق باسم الجبهة الجنوبية
LOC | دمشق | دمشق | Damascus |
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان | Syrian Observatory for Human Rights |
ORG | الجيش السوري | الجيش السوري | Syrian Arab Army | note=acts: 'إن الجيش السوري هاجم'
LOC | الغارية الغربية | الغارية الغربية;بلدة الغارية الغربية | Al-Ghariyah al-Gharbiyah |
""",
"devtest3/45_alriyadh_2015-08-10_912.txt": """
ORG | وكالة أنباء الأناضول | وكالة أنباء الأناضول | Anadolu Agency |
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
LOC | العراق | العراق | Iraq |
LOC | تركيا | تركيا | Turkey |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | قوات الأمن التركية | قوات الأمن التركية | Turkish security forces | D;note=adjectival national institution
LOC | مديات | مديات;مدينة مديات | Midyat |
LOC | ماردين | ماردين;محافظة ماردين | Mardin Province |
PER | صلاح الدين دمرتاش | صلاح الدين دمرتاش | Selahattin Demirtas | role=زعيم الحزب المقرب من الأكراد في تركيا
ORG | الحكومة التركية | الحكومة التركية | Government of Turkey | D;note=adjectival national institution
LOC | سيلبوبي | سيلبوبي;مدينة سيلبوبي | Silopi |
""",
"devtest3/46_alwatan_2015-07-27_892.txt": """
LOC | قطر | قطر;دولة قطر | Qatar |
PER | تميم بن حمد | تميم بن حمد;الشيخ تميم بن حمد | Tamim bin Hamad Al Thani | title=الشيخ;role=أمير دولة قطر
PER | عادل الجبير | عادل الجبير;الجبير | Adel al-Jubeir | role=وزير الخارجية
PER | سلمان بن عبدالعزيز | سلمان بن عبدالعزيز | King Salman | title=الملك;role=خادم الحرمين الشريفين
PER | محمد بن نايف | محمد بن نايف | Muhammad bin Nayef | title=الأمير;role=ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية
PER | محمد بن سلمان | محمد بن سلمان | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
PER | خالد العطية | خالد العطية | Khalid bin Mohammad Al Attiyah | title=الدكتور;role=وزير الخارجية بدولة قطر
ORG | وزارة الخارجية | وزارة الخارجية | Ministry of Foreign Affairs (Saudi Arabia) | D;note=only inside a role
PER | خالد الجندان | خالد الجندان | Khalid Al-Jandan | title=الدكتور;role=وكيل وزارة الخارجية للعلاقات الثنائية
PER | أسامة نقلي | أسامة نقلي | Osama Nugali | title=السفير;role=رئيس الإدارة الإعلامية
PER | محمد الكلابي | محمد الكلابي | Mohammed Al-Kallabi | title=السفير;role=مدير مكتب الوزير
""",
"devtest3/47_alweeam_2015-08-07_1164.txt": """
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note=acts: 'قام الجيش الوطني'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة اليمنية;المقاومة | Popular Resistance (Yemen) |
LOC | زنجبار | زنجبار;مدينة زنجبار | Zinjibar |
LOC | أبين | أبين | Abyan Governorate |
ORG | الحوثيين | الحوثيين;الحوثي;الحوثين | Houthis (Ansar Allah) |
ORG | التحالف | التحالف | Saudi-led coalition | D;note='طيران التحالف': descriptive
ORG | سكاي نيوز عربية | سكاي نيوز عربية | Sky News Arabia |
LOC | لحج | لحج;محافظة لحج | Lahij |
LOC | جعار | جعار;مدينة جعار | Jaar |
LOC | السعودية | السعودية | Saudi Arabia |
LOC | مران | مران | Maran |
LOC | ساقين | ساقين | Saqayn |
LOC | صعدة | صعدة | Saada |
LOC | تعز | تعز;مدينة تعز | Taiz |
PER | علي عبد الله صالح | علي عبد الله صالح;صالح | Ali Abdullah Saleh |
LOC | النقطة الرابعة | النقطة الرابعة | al-Nuqta al-Rabia (Taiz) | D;note=a Taiz district named by common words
LOC | عصيفرة | عصيفرة | Usayfira (Taiz) |
LOC | الأربعين | الأربعين | al-Arbaeen (Taiz) | D;note=a Taiz street named by a number word
LOC | حوض الأشراف | حوض الأشراف | Hawd al-Ashraf (Taiz) |
LOC | البيضاء | البيضاء;محافظة البيضاء | Al Bayda Governorate |
LOC | الطفة | الطفة;منطقة الطفة | At Tafah |
LOC | آل حميقان | آل حميقان;منطقة آل حميقان | Al Humayqan |
LOC | اليمن | اليمن | Yemen |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest3/48_alyaum_2015-07-23_1101.txt": """
LOC | أفغانستان | أفغانستان;افغانستان | Afghanistan |
PER | أحمد جاويد بيدار | أحمد جاويد بيدار | Ahmad Jawed Bedar | role=المتحدث باسم حاكم إقليم فارياب
LOC | فارياب | فارياب;إقليم فارياب;فرياب;ولاية فرياب | Faryab Province |
LOC | المار | المار;منطقة المار | Almar District |
LOC | تركمانستان | تركمانستان | Turkmenistan |
ORG | طالبان | طالبان;حركة طالبان | Taliban |
PER | سيف | سيف | Saif | role=قائد الشرطة المحلية
ORG | فرانس برس | فرانس برس | Agence France-Presse |
LOC | كامب تشابمان | كامب تشابمان | Camp Chapman |
ORG | الحلف الاطلسي | الحلف الاطلسي | NATO |
LOC | خوست | خوست;ولاية خوست | Khost Province |
LOC | باكستان | باكستان | Pakistan |
ORG | بعثة الامم المتحدة في افغانستان | بعثة الامم المتحدة في افغانستان | United Nations Assistance Mission in Afghanistan |
ORG | الامم المتحدة | الامم المتحدة | United Nations | D;note=only inside the mission's name
ORG | القوات الافغانية | القوات الافغانية | Afghan National Security Forces | D;note=adjectival national institution
""",
"devtest3/49_okaz_2015-08-04_1234.txt": """
PER | عبدالملك الحوثي | عبدالملك الحوثي;الحوثي | Abdul-Malik al-Houthi | note='الحوثي' here is the man ('أيها الحوثي')
LOC | اليمن | اليمن | Yemen |
PER | فهيم الحامد | فهيم الحامد | Fahim Al-Hamid | note=the author's signature
""",
"devtest3/50_sabq_2015-07-25_1512.txt": """
PER | قاسم الخبراني | قاسم الخبراني | Qasim Al-Khabrani | note=byline
ORG | سبق | سبق | Sabq (news website) | note=byline 'قاسم الخبراني- سبق- جازان'
LOC | جازان | جازان;منطقة جازان | Jazan |
LOC | الخوجرة | الخوجرة;قرية الخوجرة | Al-Khawjarah |
LOC | الطوال | الطوال;محافظة الطوال;منفذ الطوال | Al-Tuwal | note=also 'منفذ الطوال' (the border crossing)
ORG | الحوثيين | الحوثيين;الحوثي;مليشيات الحوثيين;مليشيات الحوثي | Houthis (Ansar Allah) |
PER | علي صالح | علي صالح;صالح | Ali Abdullah Saleh | role=المخلوع
LOC | اليمن | اليمن | Yemen |
ORG | العربية | العربية;قناة العربية | Al Arabiya | note='قناة العربية' (written unquoted, so a form of the name, like حركة طالبان)
ORG | القوات السعودية | القوات السعودية | Saudi Armed Forces | D;note=adjectival national institution
ORG | التحالف | التحالف;قوات التحالف | Saudi-led coalition | D;note='طيران قوات التحالف': descriptive
""",
"devtest3/51_was_2015-08-10_1562.txt": """
LOC | بغداد | بغداد | Baghdad |
ORG | واس | واس | Saudi Press Agency | note=byline
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | العراق | العراق | Iraq |
ORG | قيادة العمليات المشتركة | قيادة العمليات المشتركة | Joint Operations Command (Iraq) |
LOC | البوشجل | البوشجل | Al-Bushajal |
LOC | الملاحمة | الملاحمة | Al-Malahimah |
LOC | الانبار | الانبار;محافظة الانبار | Anbar Governorate |
ORG | خلية الإعلام الحربي | خلية الإعلام الحربي;خلية الإعلام الحربي العراقية | War Media Cell (Iraq) |
LOC | مكيشيفة | مكيشيفة | Mukayshifah |
LOC | سامراء | سامراء;مدينة سامراء | Samarra |
LOC | صلاح الدين | صلاح الدين;محافظة صلاح الدين | Saladin Governorate |
ORG | قيادة عمليات بغداد | قيادة عمليات بغداد | Baghdad Operations Command |
LOC | الفلوجة | الفلوجة | Fallujah |
""",
"devtest4/60_3alyoum_2015-07-24_352.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – جدة'
LOC | جدة | جدة | Jeddah | note=byline place
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | التواهي | التواهي;منطقة التواهي | Tawahi |
LOC | عدن | عدن;مدينة عدن | Aden |
ORG | الحوثيين | الحوثيين;ميليشيات الحوثيين | Houthis (Ansar Allah) |
LOC | اليمن | اليمن | Yemen |
ORG | مجلس قيادة المقاومة الشعبية الجنوبية | مجلس قيادة المقاومة الشعبية الجنوبية | Southern Popular Resistance leadership council |
PER | علي الأحمدي | علي الأحمدي;الأحمدي | Ali al-Ahmadi | role=الناطق الرسمي باسم مجلس قيادة المقاومة الشعبية الجنوبية
ORG | سكاي نيوز العربية | سكاي نيوز العربية | Sky News Arabia |
LOC | قصر 22 مايو الجمهوري | قصر 22 مايو الجمهوري | 22 May Republican Palace (Aden) | D;note=a palace named by a date
ORG | قيادة المنطقة العسكرية الرابعة | قيادة المنطقة العسكرية الرابعة | 4th Military Region command (Yemen) |
PER | علي عبد الله صالح | علي عبد الله صالح;علي صالح;صالح | Ali Abdullah Saleh | role=الرئيس اليمني السابق;note='قوات صالح', and 'علي صالح' in the tag line
LOC | صنعاء | صنعاء | Sanaa |
""",
"devtest4/61_aawsat_2015-08-07_150.txt": """
LOC | إيران | إيران | Iran |
LOC | أنقرة | أنقرة | Ankara |
PER | حسن روحاني | حسن روحاني;روحاني | Hassan Rouhani | role=الرئيس الإيراني
PER | رجب طيب إردوغان | رجب طيب إردوغان;إردوغان | Recep Tayyip Erdogan | role=نظيره التركي
ORG | وكالة الأنباء الرسمية الإيرانية | وكالة الأنباء الرسمية الإيرانية;إيرنا | Islamic Republic News Agency (IRNA) | note='وكالة «إيرنا»'
LOC | تركيا | تركيا | Turkey |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | حرييت | حرييت | Hurriyet | note=صحيفة «حرييت»
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
ORG | الجيش التركي | الجيش التركي | Turkish Armed Forces | note=acts: 'ينفذ الجيش التركي غارات'
LOC | العراق | العراق | Iraq |
""",
"devtest4/62_aleqtisadiya_2015-07-23_250.txt": """
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة;المقاومة الشعبية اليمنية | Popular Resistance (Yemen) |
LOC | وادي عقان | وادي عقان | Wadi Aqqan |
LOC | لحج | لحج;مدينة لحج | Lahij |
LOC | قاعدة العند الجوية | قاعدة العند الجوية;قاعدة العند | Al Anad Air Base |
LOC | تعز | تعز;مدينة تعز | Taiz |
ORG | وكالة الأنباء الألمانية | وكالة الأنباء الألمانية | Deutsche Presse-Agentur (dpa) |
ORG | الحوثيين | الحوثيين;الحوثيون | Houthis (Ansar Allah) |
PER | علي صالح | علي صالح;صالح | Ali Abdullah Saleh | role=الرئيس السابق
LOC | العند | العند;منطقة العند | Al Anad |
ORG | قوات التحالف | قوات التحالف | Saudi-led coalition | D;note='قوات التحالف الذي تقوده السعودية': descriptive
LOC | السعودية | السعودية | Saudi Arabia |
LOC | عدن | عدن | Aden |
LOC | مأرب | مأرب;مدينة مأرب | Marib |
LOC | الجفينة | الجفينة;جبهة الجفينة | al-Jufaina (Marib) | note='جبهة الجفينة' (the al-Jufaina front)
""",
"devtest4/63_aljazirah_2015-08-04_380.txt": """
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان;المرصد السوري;المرصد | Syrian Observatory for Human Rights |
LOC | أريحا | أريحا;بلدة أريحا | Ariha |
LOC | إدلب | إدلب;محافظة إدلب | Idlib Governorate |
LOC | بريطانيا | بريطانيا | United Kingdom |
ORG | الجيش السوري | الجيش السوري | Syrian Arab Army | note=acts: 'لم يرد تعقيب من الجيش السوري'
LOC | تركيا | تركيا | Turkey |
LOC | اللاذقية | اللاذقية;محافظة اللاذقية | Latakia Governorate |
PER | بشار الأسد | بشار الأسد | Bashar al-Assad | role=الرئيس السوري
LOC | البحر المتوسط | البحر المتوسط | Mediterranean Sea |
LOC | دمشق | دمشق | Damascus |
ORG | المعارضة السورية | المعارضة السورية;قوات المعارضة;المعارضة | Syrian opposition | D;note=descriptive
LOC | درعا | درعا;مدينة درعا | Daraa |
ORG | تحالف الجبهة الجنوبية | تحالف الجبهة الجنوبية;الجبهة الجنوبية | Southern Front (Syria) |
ORG | الائتلاف الوطني السوري | الائتلاف الوطني السوري;الائتلاف | National Coalition for Syrian Revolutionary and Opposition Forces |
PER | خالد خوجة | خالد خوجة | Khaled Khoja | role=الرئيس
PER | محمد يحيى مكتبي | محمد يحيى مكتبي | Mohammad Yahya Maktabi | role=الأمين العام
PER | هشام مروة | هشام مروة | Hisham Marwah | role=نواب الرئيس
PER | مصطفى أوسو | مصطفى أوسو | Mustafa Osso | role=نواب الرئيس
PER | نغم غادري | نغم غادري | Nagham Ghadri | role=نواب الرئيس
""",
"devtest4/64_almadina_2015-07-25_591.txt": """
LOC | تونس | تونس | Tunisia |
ORG | وزارة الداخلية التونسية | وزارة الداخلية التونسية;الداخلية التونسية | Ministry of the Interior (Tunisia) |
ORG | قوات الامن التونسية | قوات الامن التونسية | Tunisian security forces | D;note=adjectival national institution
LOC | بنزرت | بنزرت;منطقة بنزرت | Bizerte |
ORG | القوات التونسية | القوات التونسية | Tunisian forces | D;note=adjectival national institution
LOC | سجنان | سجنان;مدينة سجنان | Sejnane |
LOC | منزل بورقيبة | منزل بورقيبة;مدينة منزل بورقيبة | Menzel Bourguiba |
LOC | متحف باردو | متحف باردو | Bardo National Museum |
LOC | سوسة | سوسة | Sousse |
ORG | تنظيم الدولة الاسلامية | تنظيم الدولة الاسلامية | Islamic State (ISIS) |
ORG | وكالة تونس الرسمية للأنباء | وكالة تونس الرسمية للأنباء | Tunis Afrique Presse (TAP) |
LOC | سوريا | سوريا | Syria |
PER | ابراهيم الفواري | ابراهيم الفواري | Ibrahim al-Fawari | role=قنصلا عاما
LOC | دمشق | دمشق | Damascus |
ORG | وزارة الشؤون الخارجية | وزارة الشؤون الخارجية | Ministry of Foreign Affairs (Tunisia) |
PER | بشار الأسد | بشار الأسد | Bashar al-Assad | role=الرئيس السوري
""",
"devtest4/65_alriyadh_2015-08-02_664.txt": """
PER | محمد بن زايد آل نهيان | محمد بن زايد آل نهيان;محمد بن زايد | Mohamed bin Zayed Al Nahyan | title=الشيخ;role=ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة بدولة الإمارات العربية المتحدة
LOC | أبوظبي | أبوظبي | Abu Dhabi |
LOC | الإمارات العربية المتحدة | الإمارات العربية المتحدة;دولة الإمارات العربية المتحدة;الإمارات | United Arab Emirates |
PER | عادل بن أحمد الجبير | عادل بن أحمد الجبير | Adel al-Jubeir | role=وزير الخارجية
PER | سلمان بن عبدالعزيز آل سعود | سلمان بن عبدالعزيز آل سعود | King Salman | title=الملك;role=خادم الحرمين الشريفين
PER | محمد بن نايف بن عبدالعزيز | محمد بن نايف بن عبدالعزيز | Muhammad bin Nayef | title=الأمير;role=ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
PER | خليفة بن زايد آل نهيان | خليفة بن زايد آل نهيان | Khalifa bin Zayed Al Nahyan | title=الشيخ;role=رئيس دولة الإمارات العربية المتحدة
LOC | السعودية | المملكة | Saudi Arabia | note='المملكة' = the Kingdom
ORG | التحالف العربي | التحالف العربي;التحالف العربي لإعادة الأمل في اليمن | Saudi-led coalition | D;note='التحالف العربي لإعادة الأمل في اليمن': descriptive (the name written as in 67 and 69)
LOC | اليمن | اليمن | Yemen | D;note=only inside the coalition phrase
LOC | سورية | سورية | Syria |
PER | طحنون بن زايد آل نهيان | طحنون بن زايد آل نهيان | Tahnoun bin Zayed Al Nahyan | title=الشيخ;role=نائب مستشار الأمن الوطني بدولة الإمارات العربية المتحدة
PER | عبدالله بن زايد آل نهيان | عبدالله بن زايد آل نهيان | Abdullah bin Zayed Al Nahyan | title=الشيخ;role=وزير الخارجية بدولة الإمارات العربية المتحدة
""",
"devtest4/66_alwatan_2015-08-01_801.txt": """
LOC | الفلوجة | الفلوجة | Fallujah |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | الأنبار | الأنبار;محافظة الأنبار | Anbar Governorate |
LOC | هيت | هيت;قضاء هيت | Hit |
LOC | القائم | القائم | Al-Qa'im |
ORG | الشرطة الاتحادية العراقية | الشرطة الاتحادية العراقية;قيادة الشرطة الاتحادية العراقية;الشرطة الاتحادية | Iraqi Federal Police |
LOC | الرمادي | الرمادي | Ramadi |
PER | رائد شاكر جودت | رائد شاكر جودت | Raed Shaker Jawdat | title=الفريق;role=قائد الشرطة الاتحادية
LOC | حصيبة الشرقية | حصيبة الشرقية;منطقة حصيبة الشرقية | Husaybah al-Sharqiya |
ORG | كتيبة الصواريخ الحرارية | كتيبة الصواريخ الحرارية | Thermal Missiles Battalion | D;note=a unit described by its weapon
LOC | كربلاء | كربلاء;محافظة كربلاء | Karbala Governorate |
PER | عبدالمهدي الكربلائي | عبدالمهدي الكربلائي;الكربلائي | Abdul-Mahdi al-Karbalai | role=خطيب صلاة الجمعة في محافظة كربلاء
ORG | الحكومة العراقية | الحكومة العراقية | Government of Iraq | D;note=adjectival national institution
LOC | العراق | العراق | Iraq |
""",
"devtest4/67_alweeam_2015-07-25_1132.txt": """
ORG | الحوثيين | الحوثيين;ميليشيات الحوثيين;الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) |
PER | علي عبد الله صالح | علي عبد الله صالح;صالح | Ali Abdullah Saleh | role=الرئيس السابق
LOC | عدن | عدن;مدينة عدن | Aden |
LOC | لحج | لحج;محافظة لحج | Lahij |
LOC | جعولة | جعولة | Ja'awla |
LOC | اللحوم | اللحوم | al-Luhum (Aden) | D;note=a district named by a common word
ORG | التحالف العربي | التحالف العربي;قوات التحالف العربي | Saudi-led coalition | note='التحالف العربي الذي تقوده السعودية' acts
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
PER | عبد ربه منصور هادي | عبد ربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس
LOC | السعودية | السعودية | Saudi Arabia |
LOC | اليمن | اليمن | Yemen |
ORG | سكاي نيوز | سكاي نيوز | Sky News Arabia |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest4/68_alyaum_2015-07-26_1227.txt": """
ORG | طالبان | طالبان;حركة طالبان | Taliban |
LOC | أفغانستان | أفغانستان | Afghanistan |
LOC | واردوج | واردوج;منطقة واردوج | Warduj District |
PER | جول محمد بيدار | جول محمد بيدار;بيدار | Gul Mohammad Bidar | role=نائب حاكم إقليم باداخشان
LOC | باداخشان | باداخشان;إقليم باداخشان | Badakhshan Province |
ORG | قوات الأمن الأفغانية | قوات الأمن الأفغانية;قوات الأمن الأفغاني | Afghan National Security Forces | D;note=adjectival national institution
PER | قاري ذبيح الله | قاري ذبيح الله | Qari Zabihullah | role=قائد طالبان في المنطقة
LOC | فارياب | فارياب;إقليم فارياب | Faryab Province |
ORG | القوات الأمريكية | القوات الأمريكية | United States Armed Forces | D;note=adjectival national institution
PER | عبدالستار باريز | عبدالستار باريز | Abdul Sattar Pariz | role=نائب حاكم الإقليم
LOC | ألمار | ألمار;منطقة ألمار | Almar District |
LOC | شيرين تاجاب | شيرين تاجاب | Shirin Tagab District |
LOC | كوهيستان | كوهيستان | Kohistan District |
""",
"devtest4/69_okaz_2015-08-03_1179.txt": """
PER | جون كيري | جون كيري;كيري | John Kerry | role=وزير الخارجية الأمريكي
ORG | مجلس التعاون الخيلجي | مجلس التعاون الخيلجي;مجلس التعاون لدول الخليج العربية | Gulf Cooperation Council | note='الخيلجي' is the article's typo
LOC | الدوحة | الدوحة | Doha |
LOC | سوريا | سوريا | Syria |
ORG | التحالف الدولي لمكافحة إرهاب داعش | التحالف الدولي | Global Coalition against Daesh | D;note=descriptive
ORG | داعش | داعش | Islamic State (ISIS) |
LOC | الشرق الأوسط | الشرق الأوسط | Middle East |
LOC | السعودية | المملكة | Saudi Arabia | note='المملكة' = the Kingdom
PER | عادل بن أحمد الجبير | عادل بن أحمد الجبير;عادل الجبير;الجبير | Adel al-Jubeir | role=وزير الخارجية
ORG | عكاظ | عكاظ | Okaz (newspaper) |
LOC | موسكو | موسكو | Moscow |
PER | خالد بن محمد العطية | خالد بن محمد العطية | Khalid bin Mohammad Al Attiyah | title=الدكتور;role=وزير الخارجية القطري
PER | عبداللطيف بن راشد الزياني | عبداللطيف بن راشد الزياني | Abdullatif bin Rashid Al Zayani | title=الدكتور;role=الأمين العام لمجلس التعاون لدول الخليج العربية
LOC | إيران | إيران | Iran |
LOC | طهران | طهران | Tehran |
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note='النجاحات التي حققها التحالف العربي' acts
LOC | اليمن | اليمن | Yemen |
LOC | عدن | عدن | Aden |
ORG | الحوثي | الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) |
PER | صالح | صالح | Ali Abdullah Saleh | note='ميليشيات الحوثي وصالح'
LOC | روسيا | روسيا | Russia |
PER | سيرجي لافروف | سيرجي لافروف;لافروف | Sergey Lavrov | role=وزير خارجية روسيا
ORG | وزارة الخارجية الروسية | وزارة الخارجية الروسية | Ministry of Foreign Affairs (Russia) |
""",
"devtest4/70_sabq_2015-07-25_1554.txt": """
PER | عمر عريبي | عمر عريبي | Omar Oraibi | note=byline
ORG | سبق | سبق | Sabq (news website) | note=byline 'عمر عريبي- سبق- جازان'
LOC | جازان | جازان;منطقة جازان | Jazan |
ORG | شرطة منطقة جازان | شرطة منطقة جازان | Jazan Region Police |
ORG | الأمن العام | الأمن العام | Public Security (Saudi Arabia) | note='افرع الأمن العام'
LOC | الطوال | الطوال;محافظة الطوال;منفذ الطوال | Al-Tuwal | note=also 'منفذ الطوال' (the border crossing)
PER | ناصر الدويسي | ناصر الدويسي | Nasser Al-Duwaisi | title=اللواء;role=مدير شرطة المنطقة رئيس اللجنة الأمنية بالمنطقة
ORG | حرس الحدود | حرس الحدود;قوات حرس الحدود | Border Guard (Saudi Arabia) |
ORG | القوات المسلحة | القوات المسلحة | Saudi Armed Forces | D;note='رجال القوات المسلحة', generic
ORG | اللجنة الأمنية | اللجنة الأمنية | Security committee (Jazan) | D;note=only inside a role
ORG | الجمارك | الجمارك | Saudi Customs | D;note='رجال الجمارك'
EVENT | عاصفة الحزم | عاصفة الحزم | Operation Decisive Storm |
EVENT | إعادة الأمل | إعادة الأمل | Operation Restoring Hope |
ORG | قوة جازان | قوة جازان | Jazan Force | D;note=only inside a role
PER | سعيد بن حسين الغامدي | سعيد بن حسين الغامدي | Saeed bin Hussein Al-Ghamdi | title=اللواء ركن;role=قائد قوة جازان
PER | محمد الحربي | محمد الحربي | Mohammed Al-Harbi | title=المقدم;role=الناطق الإعلامي بشرطة منطقة جازان
""",
"devtest4/71_was_2015-08-11_1665.txt": """
LOC | موسكو | موسكو | Moscow |
ORG | واس | واس | Saudi Press Agency | note=byline
PER | عادل بن أحمد الجبير | عادل بن أحمد الجبير | Adel al-Jubeir | role=وزير الخارجية
LOC | روسيا الاتحادية | روسيا الاتحادية;روسيا | Russia |
PER | سيرجي لافروف | سيرجي لافروف | Sergey Lavrov | role=وزير خارجية روسيا الاتحادية
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
LOC | السعودية | المملكة | Saudi Arabia | note='المملكة' = the Kingdom
LOC | سوريا | سوريا | Syria |
ORG | المعارضة السورية | المعارضة السورية | Syrian opposition | D;note=descriptive
LOC | جنيف | جنيف | Geneva | D;note=only inside 'إعلان (جنيف 1)'
PER | بشار الأسد | الأسد | Bashar al-Assad |
LOC | اليمن | اليمن | Yemen |
""",
"devtest5/80_3alyoum_2015-08-06_84.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – القاهرة'
LOC | القاهرة | القاهرة | Cairo | note=byline place
LOC | قناة السويس | قناة السويس;قناة السويس الجديدة | Suez Canal |
LOC | مصر | مصر | Egypt |
ORG | قوات الحرس الجمهوري | قوات الحرس الجمهوري;الحرس الجمهوري | Republican Guard (Egypt) | note=acts: 'تسلمت قوات الحرس الجمهوري'
ORG | الرئاسة المصرية | الرئاسة المصرية | Egyptian Presidency | note=acts: 'وقالت الرئاسة المصرية'
PER | فرانسوا هولاند | فرانسوا هولاند | Francois Hollande | role=الرئيس الفرنسي
PER | فلاديمير بوتن | فلاديمير بوتن | Vladimir Putin | role=الروسي
LOC | الكويت | الكويت | Kuwait |
PER | صباح الأحمد الصباح | صباح الأحمد الصباح | Sabah Al-Ahmad Al-Jaber Al-Sabah | title=الشيخ;role=أمير الكويت
PER | حمد بن عيسى آل خليفة | حمد بن عيسى آل خليفة | Hamad bin Isa Al Khalifa | title=الملك;role=العاهل البحريني
PER | عبد الله الثاني بن الحسين | عبد الله الثاني بن الحسين | Abdullah II of Jordan | title=الملك;role=العاهل الأردني
PER | فؤاد معصوم | فؤاد معصوم | Fuad Masum | role=الرئيس العراقي
PER | محمود عباس | محمود عباس | Mahmoud Abbas | role=الرئيس الفلسطيني
PER | عمر البشير | عمر البشير | Omar al-Bashir | role=الرئيس السوداني
PER | عبد ربه منصور هادي | عبد ربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس اليمني
LOC | أبوظبي | أبوظبي | Abu Dhabi |
PER | محمد بن زايد آل نهيان | محمد بن زايد آل نهيان | Mohamed bin Zayed Al Nahyan | role=ولي عهد أبوظبي
PER | محمد بن سلمان | محمد بن سلمان | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد السعودي
LOC | كرواتيا | كرواتيا | Croatia |
LOC | جزر المالديف | جزر المالديف | Maldives |
LOC | جنوب إفريقيا | جنوب إفريقيا | South Africa |
LOC | مالي | مالي | Mali |
LOC | توغو | توغو | Togo |
LOC | موريتانيا | موريتانيا | Mauritania |
LOC | جزر القمر | جزر القمر | Comoros |
LOC | النيجر | النيجر | Niger |
LOC | غينيا الاستوائية | غينيا الاستوائية | Equatorial Guinea |
LOC | الكونغو الديمقراطية | الكونغو الديمقراطية | Democratic Republic of the Congo |
ORG | مجلس الأمة الجزائري | مجلس الأمة الجزائري | Council of the Nation (Algeria) | D;note=only inside a role
LOC | روسيا | روسيا | Russia |
LOC | اليونان | اليونان | Greece |
ORG | البرلمان الليبي | البرلمان الليبي | House of Representatives (Libya) | D;note=adjectival, only inside a role
LOC | المجر | المجر | Hungary |
LOC | كوريا الشمالية | كوريا الشمالية | North Korea |
LOC | أوروغواي | أوروغواي | Uruguay |
LOC | نيكاراغوا | نيكاراغوا | Nicaragua |
LOC | تنزانيا | تنزانيا | Tanzania |
LOC | سويسرا | سويسرا | Switzerland |
LOC | أذربيجان | أذربيجان | Azerbaijan |
LOC | كوريا الجنوبية | كوريا الجنوبية | South Korea |
LOC | سنغافورة | سنغافورة | Singapore |
LOC | صربيا | صربيا | Serbia |
LOC | إسبانيا | إسبانيا | Spain |
LOC | هولندا | هولندا | Netherlands |
ORG | الديوان الرئاسي التونسي | الديوان الرئاسي التونسي | Tunisian Presidential Office | D;note=adjectival, only inside a role
LOC | البرتغال | البرتغال | Portugal |
LOC | مقدونيا | مقدونيا | North Macedonia |
ORG | الكونغرس الأميركي | الكونغرس الأميركي | United States Congress | note='وفد من الكونغرس الأميركي': a proper name
""",
"devtest5/81_aawsat_2015-08-06_404.txt": """
ORG | قوات الطوارئ الخاصة | قوات الطوارئ الخاصة;قوات الطوارئ السعودية;قوات الطوارئ;قوات طوارئ عسير | Special Emergency Forces (Saudi Arabia) |
LOC | عسير | عسير;منطقة عسير | Asir Region |
LOC | السعودية | المملكة | Saudi Arabia | note='جنوب المملكة' (السعودية is written only as an adjective)
ORG | وزارة الداخلية | وزارة الداخلية;وزارة الداخلية السعودية | Ministry of Interior (Saudi Arabia) | note=acts: its tweet
ORG | وكالة الأنباء السعودية | وكالة الأنباء السعودية;واس | Saudi Press Agency |
ORG | تويتر | تويتر | Twitter | D;note='موقع التواصل الاجتماعي "تويتر"'
""",
"devtest5/82_aleqtisadiya_2015-08-06_445.txt": """
PER | مولود جاويش أوغلو | مولود جاويش أوغلو | Mevlut Cavusoglu | role=وزير الخارجية التركي
LOC | قاعدة إنجيرليك | قاعدة إنجيرليك | Incirlik Air Base |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | وكالة أنباء الأناضول | وكالة أنباء الأناضول;الأناضول | Anadolu Agency | note='وكالة أنباء "الأناضول"'
LOC | أضنة | أضنة;ولاية أضنة | Adana Province |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | المعارضة السورية | المعارضة السورية;المعارضة السورية المعتدلة;المعارضة المعتدلة | Syrian opposition | D;note=descriptive
LOC | تركيا | تركيا | Turkey |
PER | بشار الأسد | الأسد | Bashar al-Assad | note='دون الأسد'
LOC | سورية | سورية | Syria |
""",
"devtest5/83_aljazirah_2015-08-07_376.txt": """
ORG | مجلس الأمن | مجلس الأمن;مجلس الأمن الدولي | United Nations Security Council |
LOC | سوريا | سوريا;سورية | Syria |
PER | جون كيري | جون كيري;كيري | John Kerry | role=وزير الخارجية الأمريكي
PER | سيرغي لافروف | سيرغي لافروف;لافروف | Sergey Lavrov | role=نظيره الروسي
LOC | ماليزيا | ماليزيا | Malaysia |
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
LOC | واشنطن | واشنطن | Washington, D.C. |
LOC | موسكو | موسكو | Moscow |
ORG | النظام السوري | النظام السوري | Syrian government | D;note=descriptive
ORG | الحكومة السورية | الحكومة السورية | Government of Syria | D;note=adjectival national institution
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان | Syrian Observatory for Human Rights |
LOC | بريطانيا | بريطانيا | United Kingdom |
PER | وليد المعلم | وليد المعلم;المعلم | Walid Muallem | role=وزير الخارجية السوري (written 'أذعن الخارجية السوري')
PER | بشار الأسد | الأسد | Bashar al-Assad | note='نظام الأسد'
LOC | سلطنة عمان | سلطنة عمان | Oman |
PER | يوسف بن علوي | يوسف بن علوي | Yusuf bin Alawi bin Abdullah | role=نظيره العماني
ORG | وكالة الأنباء السورية الرسمية | وكالة الأنباء السورية الرسمية;سانا | Syrian Arab News Agency (SANA) |
ORG | وكالة الأنباء العمانية الرسمية | وكالة الأنباء العمانية الرسمية | Oman News Agency |
""",
"devtest5/84_almadina_2015-07-24_1289.txt": """
LOC | تركيا | تركيا | Turkey |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | سوريا | سوريا | Syria |
LOC | انقرة | انقرة | Ankara |
ORG | وول ستريت جورنال | وول ستريت جورنال | The Wall Street Journal | note='صحيفة وول ستريت جورنال'
ORG | وزارة الدفاع | وزارة الدفاع | United States Department of Defense | D;note='مسؤولين في وزارة الدفاع', unqualified
ORG | الجيش الأمريكي | الجيش الأمريكي | United States Armed Forces | note=acts: 'السماح للجيش الأمريكي بشن ضربات'
LOC | إنجرليك | إنجرليك | Incirlik Air Base | note='قاعدة جوية أمريكية في إنجرليك التركية'
LOC | دياربكر | دياربكر;مدينة دياربكر | Diyarbakir |
ORG | الحكومة التركية | الحكومة التركية | Government of Turkey | D;note=government + nationality adjective (data/dev/README), acts: 'تبحث الحكومة التركية تنفيذ اجراءات'
ORG | رئاسة الاركان التركية | رئاسة الاركان التركية | Turkish General Staff | note=acts: 'وقالت رئاسة الاركان التركية في بيان'
LOC | كيليس | كيليس | Kilis |
ORG | الجيش التركي | الجيش التركي | Turkish Armed Forces | note='موقع متقدم للجيش التركي', 'واوضح الجيش في بيان'
""",
"devtest5/85_alriyadh_2015-08-06_1596.txt": """
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | لحج | لحج;محافظة لحج | Lahij |
ORG | الحوثيين | الحوثيين;ميليشيات الحوثي;الحوثي | Houthis (Ansar Allah) |
PER | علي صالح | علي صالح;صالح | Ali Abdullah Saleh | role=الرئيس اليمني السابق
LOC | الحوطة | الحوطة;مدينة الحوطة | Al Hawtah |
LOC | اليمن | اليمن | Yemen |
ORG | وكالة الأنباء الألمانية | وكالة الأنباء الألمانية | Deutsche Presse-Agentur (dpa) |
LOC | الرباط | الرباط;منطقة الرباط | al-Ribat (Lahij) |
LOC | الفيوش | الفيوش | al-Fayush (Lahij) |
ORG | اللواء الخامس | اللواء الخامس | 5th Brigade | D;note=numbered brigade, here its camp
LOC | المحلة | المحلة;منطقة المحلة | al-Mahalla (Lahij) |
LOC | جلاجل | جلاجل | Jalajil (Lahij) |
LOC | العند | العند;مثلث العند | Al Anad | note='مثلث العند' (the al-Anad triangle)
ORG | التحالف | التحالف;قوات التحالف | Saudi-led coalition | D;note='مقاتلات التحالف', 'قوات التحالف': descriptive
LOC | كرش | كرش;منطقة كرش | Karish (Lahij) |
LOC | الضالع | الضالع | Al Dhale |
LOC | عدن | عدن | Aden |
PER | عبد ربه منصور هادي | هادي | Abdrabbuh Mansur Hadi | role=الرئيس
""",
"devtest5/86_alwatan_2015-08-02_809.txt": """
LOC | فلسطين | فلسطين;دولة فلسطين | State of Palestine |
PER | أسعد دوابشة | أسعد دوابشة;أسعد | Saad Dawabsheh | role=والد الشهيد الرضيع علي
PER | علي | علي | Ali Dawabsheh | note=the baby, by his first name only
PER | رهام | رهام | Riham Dawabsheh | note=his mother, by her first name only
PER | أحمد | أحمد | Ahmed Dawabsheh | note=his brother, by his first name only
LOC | دوما | دوما;بلدة دوما;قرية دوما | Duma (West Bank) |
LOC | نابلس | نابلس | Nablus |
LOC | الضفة الغربية | الضفة الغربية | West Bank |
PER | ليث الخالدي | ليث الخالدي | Laith al-Khalidi |
LOC | مخيم الجلزون | مخيم الجلزون;الجلزون | Jalazone camp |
ORG | جيش الاحتلال | جيش الاحتلال;قوات الاحتلال | Israel Defense Forces | D;note=descriptive
LOC | القدس | القدس;مدينة القدس | Jerusalem |
ORG | مجلس الأمن | مجلس الأمن الدولي;مجلس الأمن | United Nations Security Council |
ORG | القيادة الفلسطينية | القيادة الفلسطينية | Palestinian leadership | note=acts: 'وقالت القيادة الفلسطينية'
LOC | قصرة | قصرة | Qusra |
LOC | جالود | جالود | Jalud |
ORG | اللجنة العربية | اللجنة العربية | Arab committee (Arab League) | D;note=descriptive
LOC | مصر | مصر | Egypt |
ORG | القمة العربية | القمة العربية | Arab League summit | D;note=only in 'رئيسة القمة العربية'
LOC | الأردن | المملكة الأردنية | Jordan | note='المملكة الأردنية'
LOC | المغرب | المملكة المغربية | Morocco | note='المملكة المغربية'
ORG | الجامعة العربية | الجامعة العربية | Arab League | note=only inside a role, but a proper name
LOC | القدس الشرقية | القدس الشرقية | East Jerusalem |
""",
"devtest5/87_alweeam_2015-08-03_898.txt": """
PER | جون كيري | كيري | John Kerry | role=وزير الخارجية الأمريكي;note=the first name is written alone ('جون،') in the lead
LOC | الدوحة | الدوحة | Doha |
LOC | الخليج | الخليج | Persian Gulf | note='وزراء خارجية دول الخليج' (title and link line)
ORG | مجلس التعاون الخليجي | مجلس التعاون الخليجي | Gulf Cooperation Council |
LOC | مصر | مصر | Egypt |
LOC | قطر | قطر | Qatar |
LOC | إيران | إيران | Iran |
LOC | الشرق الأوسط | الشرق الأوسط | Middle East |
LOC | فيينا | فيينا | Vienna | D;note=only in 'خطة فيينا'
ORG | مجموعة (5+1) | مجموعة (5+1) | P5+1 |
ORG | مجلس الأمن | مجلس الأمن | United Nations Security Council |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
LOC | بريطانيا | بريطانيا | United Kingdom |
LOC | فرنسا | فرنسا | France |
LOC | روسيا | روسيا | Russia |
LOC | الصين | الصين | China |
LOC | ألمانيا | ألمانيا | Germany |
PER | عادل الجبير | عادل الجبير | Adel al-Jubeir | role=وزير الخارجية السعودي
PER | سيرجي لافروف | سيرجي لافروف | Sergey Lavrov | role=الروسي
ORG | وزارة الخارجية الروسية | وزارة الخارجية الروسية | Ministry of Foreign Affairs (Russia) |
ORG | وكالة الأنباء القطرية | وكالة الأنباء القطرية | Qatar News Agency |
PER | خالد العطية | خالد العطية | Khalid bin Mohammad Al Attiyah | role=وزير الخارجية القطري
PER | آن باترسون | آن باترسون;باترسون | Anne W. Patterson | role=مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط
LOC | واشنطن | واشنطن | Washington, D.C. |
PER | عبدالله بن خليفة آل ثاني | عبدالله بن خليفة آل ثاني | Abdullah bin Nasser bin Khalifa Al Thani | title=الشيخ;role=رئيس الوزراء القطري
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest5/88_alyaum_2015-07-31_1672.txt": """
PER | عبدالفتاح السيسي | عبدالفتاح السيسي | Abdel Fattah el-Sisi | role=الرئيس المصري
LOC | مصر | مصر;جمهورية مصر العربية | Egypt |
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز;محمد بن سلمان | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
ORG | الكلية الحربية المصرية | الكلية الحربية المصرية;الكلية الحربية | Egyptian Military Academy |
LOC | القاهرة | القاهرة | Cairo |
ORG | الكلية الفنية العسكرية | الكلية الفنية العسكرية | Military Technical College (Egypt) |
ORG | المعهد الفني | المعهد الفني | Technical Institute (Egyptian Armed Forces) | D;note=generic
ORG | الشرطة العسكرية | الشرطة العسكرية | Military Police (Egypt) | D;note=generic, in a parade
ORG | القوات الخاصة المصرية | القوات الخاصة المصرية | Egyptian Special Forces | D;note=adjectival, in a parade
PER | عدلي منصور | عدلي منصور | Adly Mansour | title=المستشار;role=الرئيس المصري السابق
ORG | المجلس العسكري | المجلس العسكري | Supreme Council of the Armed Forces (Egypt) | D;note=only inside a role
PER | محمد حسين طنطاوي | محمد حسين طنطاوي | Mohamed Hussein Tantawi | title=المشير;role=رئيس المجلس العسكري الأسبق ووزير الدفاع الأسبق
PER | إبراهيم محلب | إبراهيم محلب | Ibrahim Mahlab | role=رئيس الوزراء المصري
ORG | القوات المسلحة | القوات المسلحة | Egyptian Armed Forces | D;note=only inside a role
PER | صدقي صبحي | صدقي صبحي | Sedki Sobhi | title=الفريق أول;role=القائد العام للقوات المسلحة وزير الدفاع والإنتاج
PER | عصمت مراد | عصمت مراد | Esmat Mourad | title=اللواء;role=مدير الكلية الحربية المصرية
LOC | السعودية | المملكة العربية السعودية | Saudi Arabia |
PER | سلمان بن عبدالعزيز آل سعود | سلمان بن عبدالعزيز آل سعود | King Salman | title=الملك;role=خادم الحرمين الشريفين
EVENT | حرب أكتوبر | حرب أكتوبر | October War (1973) |
""",
"devtest5/89_okaz_2015-08-08_1281.txt": """
ORG | الحوثيين | الحوثيين;الحوثي | Houthis (Ansar Allah) | note='الحوثي يفخخ', 'خطة الحوثي': the movement
LOC | صنعاء | صنعاء | Sanaa |
ORG | عكاظ | عكاظ | Okaz (newspaper) | note='علمت «عكاظ»'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
ORG | التحالف العربي | التحالف العربي;قوات التحالف | Saudi-led coalition | note=acts: 'على يد المقاومة الشعبية والتحالف العربي', 'التي دمرته قوات التحالف'
PER | عبدالملك الحوثي | عبدالملك الحوثي | Abdul-Malik al-Houthi | role=زعيم المتمردين
LOC | تعز | تعز | Taiz |
LOC | إب | إب | Ibb |
LOC | ذمار | ذمار | Dhamar |
ORG | مصنع اسمنت عمران | مصنع اسمنت عمران | Amran Cement Factory | D;note=a factory
LOC | عمران | عمران | Amran | D;note=only inside the factory's name
LOC | صعدة | صعدة | Saada | note='جبال صعدة'
""",
"devtest5/90_sabq_2015-07-31_2101.txt": """
PER | هاني مسهور | هاني مسهور;مسهور | Hani Mashour | role=المحلل السياسي اليمني
ORG | سبق | سبق | Sabq (news website) | note=byline 'محمد زامل ــ سبق ــ الرياض', and 'لـ"سبق"'
PER | محمد زامل | محمد زامل | Mohammed Zamil | note=byline
LOC | الرياض | الرياض | Riyadh | note=byline place
LOC | العند | العند;قاعدة العند;جبهة العند | Al Anad | note='قاعدة " العند "', 'جبهة العند'
LOC | اليمن | اليمن | Yemen |
LOC | عدن | عدن;مدينة عدن;محافظة عدن;مطار عدن | Aden | note=also 'مطار عدن' (its airport)
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة;المقاومة الجنوبية | Popular Resistance (Yemen) |
ORG | الجيش اليمني الوطني | الجيش اليمني الوطني | Yemeni National Army | note=acts: 'المعارك التي يشنها رجال المقاومة والجيش اليمني الوطني'
ORG | الحوثيين | الحوثيين;الميليشيات الحوثية;ميليشيات الحوثيين | Houthis (Ansar Allah) |
LOC | أبين | أبين;محافظة أبين | Abyan |
LOC | لودر | لودر;مدينة لودر | Lawdar |
LOC | الوهط | الوهط;مدينة الوهط | al-Waht |
LOC | لحج | لحج;محافظة لحج | Lahij |
ORG | التحالف العربي | التحالف العربي;التحالف | Saudi-led coalition | D;note='دول التحالف العربي', 'طيران التحالف': descriptive
ORG | مركز الملك سلمان للإغاثة | مركز الملك سلمان للإغاثة | King Salman Humanitarian Aid and Relief Centre |
PER | سلمان بن عبدالعزيز آل سعود | الملك سلمان | King Salman | D;note=only inside the centre's name
ORG | قوات النخبة السعودية | قوات النخبة السعودية | Saudi elite forces | D;note=descriptive
LOC | الضالع | الضالع | Al Dhale |
PER | نايف البكري | نايف البكري | Nayef al-Bakri | role=محافظ عدن
""",
"devtest5/91_was_2015-08-10_1528.txt": """
LOC | برلين | برلين | Berlin | note=byline place
ORG | واس | واس | Saudi Press Agency | note=byline
PER | عادل بن أحمد الجبير | عادل بن أحمد الجبير;الجبير | Adel al-Jubeir | title=الأستاذ;role=وزير الخارجية
LOC | السعودية | المملكة العربية السعودية;المملكة | Saudi Arabia |
LOC | إيران | إيران;ايران | Iran |
LOC | سوريا | سوريا | Syria |
LOC | العراق | العراق | Iraq |
LOC | لبنان | لبنان | Lebanon |
LOC | طهران | طهران | Tehran |
PER | بشار الأسد | بشار الأسد | Bashar al-Assad |
LOC | اليمن | اليمن | Yemen |
LOC | البحرين | البحرين | Bahrain |
PER | فرانك فالتر شتاينماير | فرانك فالتر شتاينماير | Frank-Walter Steinmeier | role=وزير الخارجية الألماني
ORG | منظمة برامج الطاقة النووية | منظمة برامج الطاقة النووية | International Atomic Energy Agency | D;note=a garbled name ('مفتشي منظمة برامج الطاقة النووية')
ORG | التحالف | التحالف | Saudi-led coalition | D;note='دول التحالف': descriptive
PER | عبدربه منصور هادي | عبدربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس الشرعي
PER | رائف بدوي | رائف بدوي | Raif Badawi |
""",
"devtest6/100_3alyoum_2015-07-27_63.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – صنعاء'
LOC | صنعاء | صنعاء | Sanaa | note=byline place, title, text and tag line
ORG | الحوثيين | الحوثيين;الحوثي | Houthis (Ansar Allah) | note='تعارض الحوثيين', 'قوات الحوثي'
LOC | مأرب | مأرب | Marib | note='محافظتي مأرب وتعز'
LOC | تعز | تعز | Taiz |
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note=acts: 'وأعلن التحالف العربي ... وقفا لإطلاق النار'
LOC | إيران | إيران | Iran |
LOC | جرينتش | جرينتش | Greenwich | D;note=only in 'بتوقيت جرينتش' (a time zone)
LOC | عدن | عدن | Aden |
ORG | الأمم المتحدة | الأمم المتحدة | United Nations | note='الأمين العام للأمم المتحدة': a proper name inside a role
PER | بان جي مون | بان جي مون | Ban Ki-moon | role=الأمين العام للأمم المتحدة
""",
"devtest6/101_aawsat_2015-07-21_8.txt": """
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | ليبيا | ليبيا | Libya |
LOC | البحر المتوسط | البحر المتوسط | Mediterranean Sea |
LOC | سرت | سرت;مدينة سرت | Sirte |
LOC | الهلال النفطي | الهلال النفطي | Libyan Oil Crescent | note='التي تعرف باسم «الهلال النفطي»': a named region
LOC | شمال أفريقيا | شمال أفريقيا | North Africa | note='المتخصص في شؤون شمال أفريقيا': a region, like الشرق الأوسط
ORG | مركز الأهرام للدراسات السياسية والاستراتيجية | مركز الأهرام للدراسات السياسية والاستراتيجية;الأهرام | Al-Ahram Center for Political and Strategic Studies | note='مركز «الأهرام» للدراسات السياسية والاستراتيجية'
PER | كامل عبد الله | كامل عبد الله | Kamel Abdallah | role=المحلل المتخصص في شؤون شمال أفريقيا في مركز الأهرام للدراسات السياسية والاستراتيجية
ORG | الشرق الأوسط | الشرق الأوسط | Asharq Al-Awsat (newspaper) | note='قائلا لـ«الشرق الأوسط»': the newspaper
LOC | العراق | العراق | Iraq |
LOC | سوريا | سوريا | Syria |
""",
"devtest6/102_aleqtisadiya_2015-07-25_319.txt": """
ORG | التحالف | التحالف;قوات التحالف | Saudi-led coalition | D;note='قوات التحالف بقيادة السعودية', 'طائرات التحالف': descriptive
LOC | السعودية | السعودية | Saudi Arabia |
ORG | الحوثيين | الحوثيين;الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) |
PER | علي صالح | علي صالح;صالح | Ali Abdullah Saleh | role=الرئيس المخلوع;note='ميليشيات الحوثي والمخلوع صالح'
LOC | لحج | لحج;مدينة لحج | Lahij |
LOC | اليمن | اليمن | Yemen |
ORG | وكالة الأنباء الألمانية | وكالة الأنباء الألمانية | Deutsche Presse-Agentur (dpa) |
LOC | قاعدة العند الجوية | قاعدة العند الجوية;قاعدة العند | Al Anad Air Base |
LOC | جسر الحسيني | جسر الحسيني | al-Husseini Bridge (Lahij) |
LOC | الحوطة | الحوطة | Al Hawtah | note='الحوطة عاصمة المحافظة'
LOC | جبل منيف | جبل منيف;منيف | Jabal Munif | note='جبل «منيف»' (title), 'جبل "منيف"'
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) | note=acts: 'المقاومة الشعبية سيطرت' (title and text)
EVENT | عملية السهم الذهبي | عملية السهم الذهبي;السهم الذهبي | Operation Golden Arrow | note='عملية "السهم الذهبي"'
LOC | عدن | عدن;مدينة عدن | Aden |
LOC | تعز | تعز | Taiz |
ORG | اللجنة الدولية للصليب الأحمر | اللجنة الدولية للصليب الأحمر;الصليب الأحمر | International Committee of the Red Cross |
PER | أنطوان لوجران | أنطوان لوجران;لوجران | Antoine Grand | role=رئيس بعثة اللجنة الدولية للصليب الأحمر إلى اليمن
ORG | بعثة اللجنة الدولية للصليب الأحمر إلى اليمن | بعثة اللجنة الدولية للصليب الأحمر إلى اليمن | ICRC delegation in Yemen | D;note=only inside a role
LOC | صنعاء | صنعاء | Sanaa |
LOC | صعدة | صعدة | Saada |
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
""",
"devtest6/103_aljazirah_2015-07-21_989.txt": """
LOC | الشيخ زويد | الشيخ زويد | Sheikh Zuweid |
LOC | رفح | رفح | Rafah (Egypt) |
LOC | العريش | العريش;مدينة العريش | Arish |
ORG | الجيش المصري | الجيش المصري;قوات الجيش المصري | Egyptian Armed Forces | note=acts: 'تواصل قوات الجيش المصري ... عملياتها'
LOC | شمال سيناء | شمال سيناء | North Sinai Governorate |
LOC | المالح | المالح | al-Malih (Arish) | D;note='ميادين المالح': a square named by a common word
LOC | ضاحية السلام | ضاحية السلام;السلام | Dahiyat al-Salam (Arish) |
ORG | الأمن المركزي | الأمن المركزي | Central Security Forces (Egypt) | note='معسكرات الأمن المركزي', 'التابعة للأمن المركزي'
LOC | المساعيد | المساعيد | al-Masaeed (Arish) |
LOC | الضاحية | الضاحية | al-Dahiya (Arish) | D;note=a district named by a common word
LOC | طريق العريش الدائري | طريق العريش الدائري | Arish ring road | D;note=a road
LOC | الريسة | الريسة | al-Risa (Arish) |
LOC | الزهور | الزهور | al-Zuhur (Arish) | D;note=a district named by a common word
ORG | قوات الحراسات المشدد | قوات الحراسات المشدد | Heavy guard forces (Central Security) | D;note=descriptive unit
ORG | مديرية أمن جنوب سيناء | مديرية أمن جنوب سيناء | South Sinai Security Directorate |
LOC | جنوب سيناء | جنوب سيناء | South Sinai Governorate | note='بجنوب سيناء' also alone
EVENT | عيد الفطر | عيد الفطر;عيد الفطر المبارك | Eid al-Fitr | D
ORG | مستشفى طور سيناء العام | مستشفى طور سيناء العام;مستشفى الطور العام | El Tor General Hospital | D;note=a hospital (facility)
LOC | الطور | طور سيناء;الطور | El Tor | D;note=only inside the hospital's names
ORG | مستشفى أبورديس | مستشفى أبورديس | Abu Rudeis Hospital | D;note=a hospital (facility)
LOC | أبورديس | أبورديس | Abu Rudeis | D;note=only inside the hospital's name
ORG | النيابة العامة | النيابة العامة | Public Prosecution (Egypt) | D;note=unqualified
PER | محمد وائل | محمد وائل | Mohamed Wael | title=الدكتور;role=مدير عام مستشفى الطور العام
PER | عادل عدوي | عادل عدوي | Adel Adawi | title=الدكتور;role=وزير الصحة المصرية
ORG | وزارة الصحة | وزارة الصحة | Ministry of Health (Egypt) | D;note='غرفة إدارة الأزمات بوزارة الصحة', unqualified
ORG | غرفة إدارة الأزمات | غرفة إدارة الأزمات | Crisis management room (Ministry of Health) | D;note=descriptive
LOC | مصر | مصر | Egypt |
""",
"devtest6/104_almadina_2015-07-25_638.txt": """
PER | جمال با رأس | جمال با رأس | Jamal Ba Ras | role=القاضي اليمني السابق
PER | على عبدالله صالح | على عبدالله صالح;صالح | Ali Abdullah Saleh | note='حزب على عبدالله صالح' (على for علي), 'بحزب «صالح»' in the title
ORG | المؤتمر الشعبي العام | المؤتمر الشعبي العام;حزب المؤتمر | General People's Congress (Yemen) |
PER | عبدالملك الحوثي | عبدالملك الحوثي;الحوثي | Abdul-Malik al-Houthi | note='إغراءات الحوثي' in the title is the man's
PER | عبدربه منصور | عبدربه منصور | Abdrabbuh Mansur Hadi |
ORG | المدينة | المدينة | Al-Madina (newspaper) | note='في تصريحه لـ»المدينة»'
PER | أحمد بن دغر | أحمد بن دغر | Ahmed Obaid bin Daghr | role=الأمين العام المساعد للحزب
PER | محمد بن حسين العيدروس | محمد بن حسين العيدروس | Mohammed bin Hussein al-Aidarous | role=القيادي في الحزب
ORG | الحكومة الشرعية | الحكومة الشرعية | Government of Yemen | D;note=descriptive
LOC | الرياض | الرياض | Riyadh |
LOC | عدن | عدن | Aden |
PER | لطفي بشاريف | لطفي بشاريف | Lutfi Basharif | role=وزير الاتصالات
PER | هبة الله علي شريم | هبة الله علي شريم | Hebatullah Ali Shuraim | role=وزيرة المياه والبيئة
PER | فهد كفاين | فهد كفاين | Fahd Kafain | role=وزير الثروة السمكية
PER | وحي أمان | وحي أمان | Wahi Aman | role=وزير الأشغال;note=وحي is his given name (Wahi Taha Aman), not و + حي
ORG | المنطقة العسكرية الأولى | المنطقة العسكرية الأولى | 1st Military Region (Yemen) | D;note=only inside a role
LOC | حضرموت | حضرموت | Hadhramaut |
PER | عبدالرحيم عتيق | عبدالرحيم عتيق | Abdulrahim Atiq | role=قائد المنطقة العسكرية الأولى بحضرموت
ORG | حلف القبائل | حلف القبائل | Hadhramaut Tribal Alliance | D;note=descriptive ('بحلف القبائل المسؤول عن تأمين آبار ... النفط')
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) |
ORG | الجيش اليمني الشرعي | الجيش اليمني الشرعي;الجيش اليمني | Yemeni National Army | note=acts (in the Houthis' claim): 'الجيش اليمني الشرعي يستعين بالقاعدة'
ORG | القاعدة | القاعدة | al-Qaeda | note='يستعين بالقاعدة'
LOC | اليمن | اليمن | Yemen | note='لليمن'
""",
"devtest6/105_alriyadh_2015-08-07_1021.txt": """
LOC | تركيا | تركيا | Turkey |
PER | علي عبدالله صالح | علي عبدالله صالح;علي عبد الله صالح;صالح | Ali Abdullah Saleh | role=الرئيس اليمني المخلوع
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) | note='المتمردين الحوثيين' (قادة حوثيين, قائدين حوثيين are adjectives)
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
ORG | وكالة الأناضول للأنباء | وكالة الأناضول للأنباء;وكالة الأناضول;الأناضول | Anadolu Agency | note='وكالة الأناضول للأنباء الرسمية'
PER | أحمد علي عبدالله صالح | أحمد علي عبدالله صالح | Ahmed Ali Abdullah Saleh | role=ابنه
PER | عبد الملك الحوثي | عبد الملك الحوثي | Abdul-Malik al-Houthi | role=زعيم التمرد
PER | عبدالله يحيى الحكيم | عبدالله يحيى الحكيم | Abdullah Yahya al-Hakim |
PER | عبد الخالق الحوثي | عبد الخالق الحوثي | Abdul-Khaliq al-Houthi |
ORG | الجريدة الرسمية | الجريدة الرسمية | Official Gazette (Turkey) | D;note=unqualified
ORG | مجلس الأمن الدولي | مجلس الأمن الدولي;مجلس الأمن | United Nations Security Council |
LOC | اليمن | اليمن | Yemen |
""",
"devtest6/106_alwatan_2015-08-09_828.txt": """
LOC | إب | إب;محافظة إب | Ibb |
PER | عبدالملك الحوثي | عبدالملك الحوثي;الحوثي | Abdul-Malik al-Houthi | role=زعيم التمرد;note='وأن الحوثي أوصى' is the man
ORG | المؤتمر الشعبي العام | المؤتمر الشعبي العام | General People's Congress (Yemen) |
PER | علي صالح | علي صالح | Ali Abdullah Saleh | role=المخلوع
LOC | يريم | يريم;مدينة يريم | Yarim |
LOC | نقيل سمارة | نقيل سمارة;منطقة نقيل سمارة | Naqil Sumara | note='منطقة "نقيل سمارة"'
LOC | صنعاء | صنعاء;محافظة صنعاء | Sanaa | note='طريق صنعاء – ذمار', 'العاصمة صنعاء', 'بمحافظة صنعاء'
LOC | ذمار | ذمار | Dhamar |
ORG | المقاومة | المقاومة;مقاومة إب | Popular Resistance (Yemen) | note='قوات المقاومة', 'لمقاومة إب'
ORG | الجيش الموالي للشرعية | الجيش الموالي للشرعية | Yemeni National Army | D;note=descriptive
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) | note='مصادر قريبة من الحوثيين'
ORG | الحرس الجمهوري | الحرس الجمهوري | Republican Guard (Yemen) | note=acts: 'عناصر الحرس رفضوا الانصياع'
ORG | اللواء الأول جبلي | اللواء الأول جبلي | 1st Mountain Brigade (Yemen) | D;note=numbered brigade
LOC | همدان | همدان;منطقة همدان | Hamdan (Sanaa) |
""",
"devtest6/107_alweeam_2015-08-02_921.txt": """
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
ORG | بعثة الأمم المتحدة في العراق | بعثة الأمم المتحدة في العراق;يونامي | United Nations Assistance Mission for Iraq (UNAMI) | note='بعثة الأمم المتحدة في العراق “يونامي”'
LOC | العراق | العراق | Iraq |
ORG | قوات الشرطة المدنية | قوات الشرطة المدنية | Iraqi civil police | D;note=descriptive
ORG | قوات الأمن العراقية | قوات الأمن العراقية | Iraqi Security Forces | D;note=adjectival national institution
ORG | البيشمركة | البيشمركة;قوات البيشمركة | Peshmerga |
ORG | قوات المهام الخاصة | قوات المهام الخاصة | Special tasks forces (Iraq) | D;note=descriptive
LOC | الأنبار | الأنبار;محافظة الأنبار | Anbar Governorate |
LOC | بغداد | بغداد;محافظة بغداد | Baghdad Governorate |
PER | يان كوبيش | يان كوبيش | Jan Kubis | role=الممثل الخاص للأمين العام للأمم المتحدة في العراق
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest6/108_alyaum_2015-07-24_1754.txt": """
PER | سلمان بن عبدالعزيز آل سعود | سلمان بن عبدالعزيز آل سعود | King Salman | title=الملك;role=خادم الحرمين الشريفين
LOC | مصر | مصر;جمهورية مصر العربية | Egypt |
PER | سامح شكري | سامح شكري;شكري | Sameh Shoukry | role=وزير الخارجية بجمهورية مصر العربية
LOC | قصر السلام | قصر السلام | Al-Salam Palace (Jeddah) |
PER | عبدالفتاح السيسي | عبدالفتاح السيسي | Abdel Fattah el-Sisi | role=رئيس جمهورية مصر العربية
LOC | السعودية | المملكة | Saudi Arabia | note='المملكة' = the Kingdom
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
PER | مساعد بن محمد العيبان | مساعد بن محمد العيبان | Musaed bin Mohammed Al-Aiban | title=الدكتور;role=وزير الدولة عضو مجلس الوزراء
PER | عادل الطريفي | عادل الطريفي | Adel al-Toraifi | title=الدكتور;role=وزير الثقافة والإعلام
PER | عادل الجبير | عادل الجبير | Adel al-Jubeir | role=وزير الخارجية
ORG | جامعة الدول العربية | جامعة الدول العربية | Arab League | note=only inside a role, but a proper name
PER | أحمد قطان | أحمد قطان | Ahmed Qattan | role=سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم لدى جامعة الدول العربية
PER | عفيفي عبدالوهاب | عفيفي عبدالوهاب | Afifi Abdel Wahab | role=سفير جمهورية مصر العربية لدى المملكة
""",
"devtest6/109_okaz_2015-07-25_1434.txt": """
LOC | عدن | عدن;مطار عدن;محافظة عدن | Aden | note=also 'مطار عدن' (its airport)
ORG | الحوثيون | الحوثيون;الحوثي;ميليشيات الحوثي;جماعة الحوثي;الميليشيات الحوثية | Houthis (Ansar Allah) |
PER | فهد كفاين | فهد كفاين;كفاين | Fahd Kafain | role=وزير الثروة السمكية اليمني
ORG | الجيش النظامي | الجيش النظامي | Yemeni National Army | D;note=descriptive
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
LOC | لحج | لحج | Lahij | note='طريق لحج'
ORG | القوات المسلحة اليمنية | القوات المسلحة اليمنية | Yemeni Armed Forces | D;note=adjectival national institution
ORG | عكاظ | عكاظ | Okaz (newspaper) | note='في تصريحه لـ «عكاظ»'
PER | عبدربه منصور هادي | عبدربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس
LOC | اليمن | اليمن | Yemen |
""",
"devtest6/110_sabq_2015-07-31_2103.txt": """
ORG | واس | واس | Saudi Press Agency | note=byline 'واس - القاهرة'
LOC | القاهرة | القاهرة;مطار القاهرة الدولي | Cairo | note=byline place, also 'مطار القاهرة الدولي' (its airport)
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز;محمد بن سلمان;محمد بن سلمان بن عبدالعزيز آل سعود | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside roles
LOC | مصر | مصر;جمهورية مصر العربية;جمهورية مصر | Egypt |
PER | عبدالفتاح السيسي | عبدالفتاح السيسي | Abdel Fattah el-Sisi | role=الرئيس المصري
ORG | القوات المسلحة | القوات المسلحة | Egyptian Armed Forces | D;note=only inside a role
PER | صدقي صبحي | صدقي صبحي | Sedki Sobhi | title=الفريق أول;role=القائد العام للقوات المسلحة وزير الدفاع والإنتاج
PER | أحمد قطان | أحمد قطان | Ahmed Qattan | title=الأستاذ;role=سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم لدى جامعة الدول العربية
LOC | السعودية | المملكة | Saudi Arabia | note='مندوب المملكة الدائم'
ORG | جامعة الدول العربية | جامعة الدول العربية | Arab League | note=only inside a role, but a proper name
PER | عبدالله الجاسر | عبدالله الجاسر | Abdullah Al-Jasser | title=العقيد ركن;role=الملحق العسكري السعودي في مصر
ORG | السفارة السعودية في القاهرة | السفارة السعودية في القاهرة;السفارة السعودية | Embassy of Saudi Arabia in Cairo | D;note=adjectival
PER | مساعد العيبان | مساعد العيبان | Musaed Al-Aiban | title=الدكتور;role=وزير الدولة عضو مجلس الوزراء
PER | عادل الجبير | عادل الجبير | Adel al-Jubeir | role=وزير الخارجية
PER | خالد العيسى | خالد العيسى | Khalid Al-Essa | role=وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي المكلف
ORG | الديوان الملكي | الديوان الملكي | Royal Court (Saudi Arabia) | D;note=only inside roles
ORG | الاستخبارات العامة | الاستخبارات العامة | General Intelligence Presidency (Saudi Arabia) | D;note=only inside a role
PER | خالد الحميدان | خالد الحميدان | Khalid Al-Humaidan | role=رئيس الاستخبارات العامة
PER | أحمد الخطيب | أحمد الخطيب | Ahmed Al-Khateeb | role=المستشار في الديوان الملكي
PER | فهد العيسى | فهد العيسى | Fahd Al-Essa | title=معالي;role=المستشار في الديوان الملكي
ORG | مجلس الشؤون السياسية والأمنية | مجلس الشؤون السياسية والأمنية | Council of Political and Security Affairs (Saudi Arabia) | D;note=only inside a role
PER | مساعد البراك | مساعد البراك | Musaed Al-Barrak | role=مساعد أمين مجلس الوزراء في مجلس الشؤون السياسية والأمنية
PER | سعود القحطاني | سعود القحطاني | Saud al-Qahtani | role=المستشار في الديوان الملكي
PER | ياسر الرميان | ياسر الرميان | Yasir Al-Rumayyan | role=المستشار في الديوان الملكي
PER | سلمان بن عبدالعزيز آل سعود | سلمان بن عبدالعزيز آل سعود | King Salman | title=الملك;role=خادم الحرمين الشريفين
""",
"devtest6/111_was_2015-08-10_1550.txt": """
LOC | الرياض | الرياض | Riyadh | note=byline place
ORG | واس | واس | Saudi Press Agency | note=byline (end of the date line)
PER | عبدربه منصور هادي | عبدربه منصور هادي;هادي | Abdrabbuh Mansur Hadi | role=الرئيس اليمني
PER | احمد عبيد بن دغر | احمد عبيد بن دغر | Ahmed Obaid bin Daghr | title=الدكتور;role=مستشار الرئيس
PER | حيدر أبوبكر العطاس | حيدر أبوبكر العطاس | Haidar Abu Bakr al-Attas | title=المهندس;role=مستشار الرئيس
PER | عبدالعزيز جباري | عبدالعزيز جباري | Abdulaziz Jubari | role=مستشار الرئيس
PER | سلطان العتواني | سلطان العتواني | Sultan al-Atwani | role=مستشار الرئيس
PER | عبد الوهاب الآنسي | عبد الوهاب الآنسي | Abdulwahab al-Anisi | role=مستشار الرئيس
ORG | الجيش الوطني | الجيش الوطني;قوات الجيش الوطني | Yemeni National Army | note=acts: 'بما حققته قوات الجيش الوطني والمقاومة الشعبية'
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
LOC | عدن | عدن | Aden |
LOC | لحج | لحج | Lahij |
LOC | أبين | أبين | Abyan |
LOC | تعز | تعز | Taiz |
ORG | التحالف | التحالف | Saudi-led coalition | D;note='دول التحالف': descriptive
LOC | السعودية | المملكة العربية السعودية | Saudi Arabia |
LOC | اليمن | الجمهورية اليمنة | Yemen | note='الجمهورية اليمنة' (a typo for اليمنية)
ORG | الحوثيين | المليشيات الحوثية | Houthis (Ansar Allah) |
PER | علي صالح | صالح | Ali Abdullah Saleh | note='قوات صالح الانقلابية'
ORG | مجلس الأمن | مجلس الأمن;مجلس الامن الدولي | United Nations Security Council |
""",
"devtest7/120_3alyoum_2015-07-24_361.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – جدة'
LOC | جدة | جدة | Jeddah | note=byline place
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note=acts (title and text): 'استعادت قوات المقاومة الشعبية', 'حققتها المقاومة'
PER | عبد ربه منصور هادي | عبد ربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس اليمني
LOC | التواهي | التواهي;منطقة التواهي | Tawahi (Aden) |
LOC | عدن | عدن;محافظة عدن | Aden |
ORG | سكاي نيوز عربية | سكاي نيوز عربية;قناة سكاي نيوز عربية | Sky News Arabia | note='لقناة “سكاي نيوز عربية”'
LOC | اليمن | اليمن | Yemen |
LOC | صنعاء | صنعاء;مدينة صنعاء | Sanaa | note='العاصمة صنعاء', 'ومدينة صنعاء', 'جنوبي صنعاء'
ORG | القوات اليمنية | القوات اليمنية | Yemeni forces | D;note=adjectival national institution
LOC | تعز | تعز;محافظة تعز | Taiz |
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note=acts: 'تكثيف التحالف العربي غاراته', 'طائرات التحالف العربي الذي تقوده السعودية'
ORG | الحوثيين | الحوثيين;ميليشيات الحوثي;الحوثي | Houthis (Ansar Allah) | note='المتمردين الحوثيين', 'ميليشيات الحوثي وصالح' ('مسلحا حوثيا' is an adjective)
PER | علي عبد الله صالح | علي عبد الله صالح;صالح | Ali Abdullah Saleh | role=الرئيس السابق;note='ميليشيات الحوثي وصالح', 'قوات صالح'
ORG | وكالة الأنباء اليمنية | وكالة الأنباء اليمنية | Saba News Agency |
ORG | الجيش الوطني | الجيش الوطني;قوات الجيش الوطني | Yemeni National Army | note=acts: '“المقاومة الشعبية وقوات الجيش الوطني” سيطرت'
LOC | الكشار | الكشار;منطقة الكشار | al-Kashar (Taiz) |
LOC | صينة | صينة;منطقة صينة | Sina (Taiz) |
LOC | حي الزنوج | حي الزنوج;الزنوج | Hay al-Zunuj (Taiz) |
ORG | وزارة المالية | وزارة المالية | Ministry of Finance (Yemen) | D;note='مكتب وزارة المالية': unqualified, a building's landmark
LOC | حوض الأشراف | حوض الإشراف;منطقة حوض الإشراف | Hawdh al-Ashraf (Taiz) | note=written حوض الإشراف
LOC | السعودية | السعودية | Saudi Arabia | note='التحالف العربي الذي تقوده السعودية'
LOC | مأرب | مأرب | Marib | note='محافظات مأرب وعمران وحجة وصعدة والجوف'
LOC | عمران | عمران | Amran |
LOC | حجة | حجة;محافظة حجة | Hajjah |
LOC | صعدة | صعدة | Saada |
LOC | الجوف | الجوف | Al Jawf (Yemen) |
LOC | حرف سفيان | حرف سفيان | Harf Sufyan |
LOC | حرض | حرض;منطقة حرض | Haradh |
LOC | معسكر 48 | معسكر 48 | Camp 48 (Sanaa) | note='معسكر 48″، وهو مقر الحرس الجمهوري السابق'
ORG | الحرس الجمهوري | الحرس الجمهوري | Republican Guard (Yemen) | D;note=only in 'مقر الحرس الجمهوري السابق' (a camp's description)
LOC | معسكر ضبوة | معكسر ضبوة;ضبوة | Dhabwa camp (Sanaa) | note=written معكسر ضبوة (a typo)
LOC | دار سعد | دار سعد;ضاحية دار سعد | Dar Saad (Aden) |
PER | الخضر لصور | الخضر لصور | al-Khidr Lasour | role=مدير عام الصحة في محافظة عدن
ORG | المخابرات | المخابرات | Intelligence service (Yemen) | D;note='مبنى المخابرات': unqualified
""",
"devtest7/121_aawsat_2015-07-31_341.txt": """
ORG | الشرق الأوسط | الشرق الأوسط | Asharq Al-Awsat (newspaper) | note='لـ«الشرق الأوسط»': the newspaper
PER | بشار الأسد | بشار الأسد;الأسد | Bashar al-Assad | role=الرئيس السوري;note='إلى الأسد' in the title
PER | حيدر العبادي | حيدر العبادي;العبادي | Haider al-Abadi | role=رئيس الوزراء العراقي;note='مبعوث العبادي' in the title
PER | فالح الفياض | فالح الفياض | Falih al-Fayyadh | role=مستشار الأمن الوطني
LOC | دمشق | دمشق | Damascus |
ORG | الإدارة الأميركية | الإدارة الأميركية | United States administration | D;note=adjectival
PER | آشتون كارتر | آشتون كارتر | Ashton Carter | role=وزير الدفاع الأميركي
LOC | بغداد | بغداد | Baghdad |
ORG | القيادة السورية | القيادة السورية | Syrian leadership | D;note=adjectival
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | الوليد | الوليد | al-Walid border crossing | note='المعابر الحدودية ... مثل الوليد والتنف'
LOC | التنف | التنف | al-Tanf border crossing |
ORG | كتائب أبو الفضل العباس | كتائب أبو الفضل العباس | Abu al-Fadl al-Abbas Brigades |
ORG | القيادة العراقية | القيادة العراقية | Iraqi leadership | D;note=adjectival
ORG | القوات العراقية | القوات العراقية | Iraqi forces | D;note=adjectival national institution
""",
"devtest7/122_aleqtisadiya_2015-07-26_342.txt": """
LOC | تركيا | تركيا | Turkey |
ORG | قوات الأمن التركية | قوات الأمن التركية | Turkish security forces | D;note=adjectival national institution
ORG | فرق الأمن التركية | فرق الأمن التركية | Turkish security teams | D;note=descriptive
ORG | داعش | داعش | Islamic State (ISIS) | note='تنظيمي داعش', 'لـ "داعش"'
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
ORG | جبهة حزب التحرير الشعبي الثوري | جبهة حزب التحرير الشعبي الثوري | Revolutionary People's Liberation Party–Front (DHKP-C) |
ORG | وكالة الأناضول للأنباء | وكالة الأناضول للأنباء;الأناضول | Anadolu Agency | note='وكالة "الأناضول" للأنباء', 'بحسب الأناضول'
PER | عبدالله عبداللاييف | عبدالله عبداللاييف | Abdullah Abdullayev | note='الداغستاني الذي يحمل الجنسية الروسية'
LOC | أوروبا | أوروبا | Europe |
LOC | اسطنبول | اسطنبول | Istanbul |
LOC | سورية | سورية | Syria |
LOC | العراق | العراق | Iraq |
PER | خالص بايانجوك | خالص بايانجوك;بايانجوك;أبو حنظلة | Halis Bayancuk | note='الملقب بـ"أبو حنظلة"': his nickname
""",
"devtest7/123_aljazirah_2015-08-06_762.txt": """
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
LOC | تركيا | تركيا | Turkey | note=also 'جنوب شرق تركيا'
ORG | وكالة فرانس برس | وكالة فرانس برس;فرانس برس | Agence France-Presse | note='لوكالة فرانس برس', 'وفق حصيلة اعدتها فرانس برس'
LOC | اراكوي | اراكوي;منطقة اراكوي | Arakoy (Sirnak) |
LOC | سيرناك | سيرناك;مقاطعة سيرناك | Sirnak Province |
LOC | العراق | العراق | Iraq | note=also 'شمال العراق'
LOC | سوريا | سوريا | Syria |
ORG | وكالة انباء الاناضول | وكالة انباء الاناضول;الاناضول | Anadolu Agency | note='وكالة انباء الاناضول الرسمية'
ORG | قوات الامن التركية | قوات الامن التركية | Turkish security forces | D;note=adjectival national institution
PER | رجب طيب اردوغان | رجب طيب اردوغان | Recep Tayyip Erdogan | role=الرئيس التركي
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | سوروتش | سوروتش | Suruc |
ORG | الاتحاد الاوروبي | الاتحاد الاوروبي | European Union |
ORG | الجيش التركي | الجيش التركي | Turkish Armed Forces | note='اعمال العنف بين الجيش التركي ومتمردي حزب العمال الكردستاني'
PER | يوهانس هان | يوهانس هان | Johannes Hahn | role=المفوض الاوروبي لشؤون التوسيع
PER | فولكان بوزكير | فولكان بوزكير | Volkan Bozkir | role=الوزير التركي للشؤون الاوروبية
""",
"devtest7/124_almadina_2015-08-08_577.txt": """
LOC | حمص | حمص | Homs | note=title, 'ريف حمص'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) | note='تنظيم «داعش»'
LOC | القريتين | القريتين;بلدة القريتين;مدينة القريتين | al-Qaryatayn |
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان;المرصد | Syrian Observatory for Human Rights | note='مدير المرصد'
PER | رامي عبدالرحمن | رامي عبدالرحمن;عبدالرحمن | Rami Abdulrahman | role=مدير المرصد
LOC | دمشق | دمشق;محافظة دمشق | Damascus |
LOC | تدمر | تدمر;مدينة تدمر | Palmyra |
LOC | القلمون الشرقي | القلمون الشرقي | Eastern Qalamoun | note='بريف القلمون الشرقي'
PER | جاك مراد | جاك مراد | Jacques Mourad | title=الأب;role=رئيس دير مار اليان في بلدة القريتين
LOC | دير مار اليان | دير مار اليان | Mar Elian monastery | D;note=a building, inside a role
""",
"devtest7/125_alriyadh_2015-07-25_877.txt": """
PER | اشتون كارتر | اشتون كارتر;كارتر | Ashton Carter | role=وزير الدفاع الاميركي
PER | مسعود بارزاني | مسعود بارزاني;بارزاني | Masoud Barzani | role=رئيس اقليم كردستان العراق
LOC | اقليم كردستان العراق | اقليم كردستان العراق;كردستان العراق;اقليم كردستان | Kurdistan Region (Iraq) |
LOC | العراق | العراق | Iraq |
LOC | اربيل | اربيل | Erbil |
ORG | حكومة الاقليم | حكومة الاقليم | Kurdistan Regional Government | D;note=descriptive ('حكومة الاقليم')
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
PER | باراك أوباما | باراك أوباما | Barack Obama | role=الرئيس الأمريكي
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | التحالف الدولي | التحالف الدولي | Global Coalition against ISIS | note=acts: 'وينفذ التحالف الدولي غارات'
ORG | البشمركة | البشمركة;قوات البشمركة;قوات البشمركة الكردية | Peshmerga |
LOC | بغداد | بغداد | Baghdad |
PER | حيدر العبادي | حيدر العبادي | Haider al-Abadi | role=رئيس الوزراء
PER | خالد العبيدي | خالد العبيدي | Khalid al-Obaidi | role=نظيره العراقي
ORG | مجلس النواب | مجلس النواب | Council of Representatives of Iraq | D;note=only inside a role
PER | سليم الجبوري | سليم الجبوري | Salim al-Jabouri | role=رئيس مجلس النواب
LOC | الانبار | الانبار;محافظة الانبار | Anbar Governorate |
PER | صهيب الراوي | صهيب الراوي | Suhaib al-Rawi | role=محافظ الانبار
ORG | القوات العراقية | القوات العراقية | Iraqi forces | D;note=adjectival national institution
ORG | الحشد الشعبي | الحشد الشعبي | Popular Mobilization Forces | note=acts: 'بدعم من الحشد الشعبي'
LOC | الشرقاط | الشرقاط;مدينة الشرقاط | al-Shirqat |
LOC | النخيب | النخيب | al-Nukhayb | note='بلدتي النخيب والعلم'
LOC | العلم | العلم | al-Alam (Salahuddin) | note='بلدتي النخيب والعلم'
""",
"devtest7/126_alwatan_2015-07-22_1351.txt": """
ORG | الجيش المصري | الجيش المصري;القوات المسلحة المصرية;الجيش | Egyptian Armed Forces | note=acts: 'الجيش المصري استطاع', title 'الجيش يخترق', one institution as in devtest3
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | سيناء | سيناء | Sinai Peninsula |
LOC | القاهرة | القاهرة | Cairo | note='قدرة القاهرة', 'بالقاهرة', 'أبرمتها القاهرة'
ORG | الإخوان | الإخوان | Muslim Brotherhood | note='منذ حكم الإخوان'
PER | محمد مرسي | محمد مرسي | Mohamed Morsi | role=الرئيس المعزول
LOC | مصر | مصر | Egypt |
ORG | أنصار بيت المقدس | أنصار بيت المقدس;تنظيم أنصار بيت المقدس | Ansar Bait al-Maqdis |
ORG | الوطن | الوطن | Al-Watan (newspaper) | note='لـ"الوطن"'
LOC | الشرق الأوسط | الشرق الأوسط | Middle East |
PER | محمد سمير | محمد سمير | Mohamed Samir | role=المتحدث العسكري
LOC | مدينة الإنتاج الإعلامي | مدينة الإنتاج الإعلامي | Egyptian Media Production City | D;note=a facility
LOC | أهرامات الجيزة | أهرامات الجيزة | Giza pyramids | D;note=a landmark
LOC | الجيزة | الجيزة | Giza | D;note=only inside 'أهرامات الجيزة'
LOC | المقطم | المقطم;منطقة المقطم | Mokattam (Cairo) |
ORG | سلاح الجو المصري | سلاح الجو المصري | Egyptian Air Force | D;note=adjectival national institution
LOC | باريس | باريس | Paris |
LOC | أميركا | أميركا | United States |
LOC | قاعدة فورتفود | قاعدة فورتفود;فورتفود | Fort Worth base (Texas) | note='بقاعدة فورتفود'
LOC | تكساس | تكساس;ولاية تكساس | Texas |
""",
"devtest7/127_alweeam_2015-08-06_2318.txt": """
LOC | مسجد الإمام الصادق | مسجد الإمام الصادق;مسجد الصادق | Imam Sadiq Mosque (Kuwait) | D;note=a building
LOC | الكويت | الكويت | Kuwait |
PER | عبدالرحمن صباح عيدان | عبدالرحمن صباح عيدان;عيدان | Abdulrahman Sabah Aidan | role=المتهم الرئيسي
PER | فهد القباع | فهد القباع;القباع | Fahd al-Qabbaa | role=منفذ الهجوم
ORG | الحشد الشعبي | الحشد الشعبي;قوات الحشد الشعبي | Popular Mobilization Forces |
LOC | العراق | العراق | Iraq |
ORG | داعش | داعش | Islamic State (ISIS) |
ORG | النيابة العامة | النيابة العامة | Public Prosecution (Kuwait) | D;note=unqualified
ORG | القوات الخاصة | القوات الخاصة | Special forces (Kuwait) | D;note=descriptive
LOC | قصر العدل | قصر العدل | Palace of Justice (Kuwait) | D;note=a building
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest7/128_alyaum_2015-08-07_1193.txt": """
ORG | قوات الطوارئ الخاصة | قوات الطوارئ الخاصة;قوات الطوارئ | Special Emergency Forces (Saudi Arabia) |
LOC | عسير | عسير;منطقة عسير | Asir Region |
ORG | وزارة الداخلية | وزارة الداخلية | Ministry of Interior (Saudi Arabia) | D;note='المتحدث الأمني بوزارة الداخلية': bare, country from context
PER | فيصل بن خالد بن عبدالعزيز | فيصل بن خالد بن عبدالعزيز | Faisal bin Khalid bin Abdulaziz | title=الأمير;role=أمير منطقة عسير
ORG | مستشفى عسير المركزي | مستشفى عسير المركزي | Asir Central Hospital | D;note=a hospital (facility)
""",
"devtest7/129_okaz_2015-08-06_3007.txt": """
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | عدن | عدن | Aden |
ORG | الحوثيين | الحوثي;الحوثيين;ميليشيا الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) | note='نقل الحوثي لجميع المحتجزين', 'محملا الحوثي المسؤولية': the group
LOC | لحج | لحج | Lahij |
LOC | صنعاء | صنعاء | Sanaa | note='سجن صنعاء', 'بصنعاء'
PER | علي الأحمدي | علي الأحمدي | Ali al-Ahmadi | role=المتحدث باسم المقاومة الشعبية في عدن
ORG | عكاظ | عكاظ | Okaz (newspaper) | note='لـ «عكاظ»' (twice)
LOC | قاعدة العند | قاعدة العند | Al Anad Air Base |
LOC | السجن المركزي | السجن المركزي | Central Prison (Sanaa) | D;note=a facility
LOC | الضالع | الضالع;محافظة الضالع | Dhale |
LOC | مأرب | مأرب;محافظة مأرب | Marib |
LOC | اليمن | اليمن | Yemen | note='شرق اليمن'
LOC | مديرية الوادي | مديرية الوادي;الوادي | al-Wadi District (Marib) |
LOC | المخدرة | المخدرة;منطقة المخدرة | al-Makhdara (Marib) |
LOC | البيضاء | البيضاء;محافظة البيضاء;مدينة البيضاء | Al Bayda |
LOC | ذي ناعم | ذي ناعم;منطقة ذي ناعم | Dhi Na'im (Al Bayda) |
LOC | جبل الطوي | جبال الطوي;الطوي | al-Tawi mountain | note='هاجمت جبال الطوي وهرمز والحمة'
LOC | هرمز | هرمز | Hormuz mountain (Al Bayda) |
LOC | الحمة | الحمة | al-Hamma mountain (Al Bayda) |
LOC | طياب | طياب;منطقة طياب | Tayyab (Al Bayda) | note='منطقة طياب والجماجم والسوداء والثاني في مشعبة والهجيرة ونصنص'
LOC | الجماجم | الجماجم | al-Jamajim (Al Bayda) |
LOC | السوداء | السوداء | al-Sawda (Al Bayda) |
LOC | الثاني | الثاني | al-Thani (Al Bayda) | D;note='والثاني في مشعبة': perhaps a place, perhaps 'the second'
LOC | مشعبة | مشعبة;منطقة مشعبة | Mash'aba (Al Bayda) |
LOC | الهجيرة | الهجيرة | al-Hujayra (Al Bayda) |
LOC | نصنص | نصنص | Nasnas (Al Bayda) |
LOC | جبل كريف | جبل كريف;كريف | Jabal Kurayf (Al Bayda) |
LOC | آل مشدل | ال مشدل | Al Mashdal (Al Bayda) | D;note='بال مشدل': a tribe's land
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note=acts: 'كثف طيران التحالف العربي من هجماته'
LOC | صعدة | صعدة | Saada |
""",
"devtest7/130_sabq_2015-07-22_2045.txt": """
PER | جمال الدوبحي | جمال الدوبحي | Jamal al-Dubhi | note=byline 'جمال الدوبحي- سبق- عدن'
ORG | سبق | سبق | Sabq (newspaper) | note=byline, 'لـ"سبق"'
LOC | عدن | عدن;مطار عدن الدولي | Aden | note=also 'مطار عدن الدولي' (its airport)
LOC | الجنوب | الجنوب | South Yemen | D;note='أبناء "عدن" و"الجنوب"': a region named by a common word
ORG | الحوثيين | الحوثيين;مليشيات الحوثي;المليشيات الحوثية | Houthis (Ansar Allah) | note='مليشيات المتمردين الحوثيين'
PER | علي عبدالله صالح | صالح | Ali Abdullah Saleh | note='قوات المخلوع صالح' (three times)
ORG | القوات السعودية | القوات السعودية | Saudi Armed Forces | D;note=adjectival national institution
""",
"devtest7/131_was_2015-08-10_1524.txt": """
LOC | كييف | كييف | Kyiv | note=byline place
ORG | واس | واس | Saudi Press Agency | note=byline (end of the date line)
LOC | أوكرانيا | أوكرانيا | Ukraine | note=title, 'شرق أوكرانيا'
ORG | الحكومة الأوكرانية | الحكومة الأوكرانية | Government of Ukraine | D;note=adjectival national institution
LOC | روسيا | روسيا | Russia | note='الموالين لروسيا'
ORG | الجيش الأوكراني | الجيش الأوكراني | Armed Forces of Ukraine | note=acts: 'وأوضح الجيش الأوكراني'
LOC | ستاروناتيفكا | ستاروناتيفكا;بلدة ستاروناتيفكا | Starohnativka |
LOC | ماريوبول | ماريوبول;مدينة ماريوبول | Mariupol |
PER | أندريه ليسينكو | أندريه ليسينكو | Andriy Lysenko | role=المتحدث باسم الجيش الأوكراني
LOC | ديبالتسيف | ديبالتسيف;بلدة ديبالتسيف | Debaltseve |
ORG | القوات الأوكرانية | القوات الأوكرانية | Ukrainian forces | D;note=adjectival national institution
""",
"devtest8/140_3alyoum_2015-07-31_206.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – أنقرة'
LOC | أنقرة | أنقرة;انقرة | Ankara | note=byline place, also 'في انقرة'
PER | رجب طيب اردوغان | رجب طيب اردوغان;اردوغان | Recep Tayyip Erdogan | role=الرئيس التركي
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
ORG | قوات الامن التركية | قوات الامن التركية | Turkish security forces | D;note=adjectival national institution
LOC | الصين | الصين | China |
LOC | اندونيسيا | اندونيسيا | Indonesia |
LOC | الغرب | الغرب | the West | D;note=geopolitical bloc ('تعتبره تركيا والغرب'), doubtful as in the seeds' gold
LOC | تركيا | تركيا | Turkey |
PER | عبد الله اوجلان | عبد الله اوجلان | Abdullah Ocalan | role=الزعيم الكردي المسجون
ORG | تنظيم الدولة الاسلامية | تنظيم الدولة الاسلامية;داعش | Islamic State (ISIS) | note='داعش' in the title and the tag line
LOC | سوروتش | سوروتش;بلدة سوروتش | Suruc |
LOC | سوريا | سوريا | Syria | note='في سوريا', 'شمال سوريا'
LOC | العراق | العراق | Iraq | note='شمال العراق'
ORG | القوات التركية | القوات التركية | Turkish forces | D;note=adjectival national institution
LOC | الولايات المتحدة | الولايات المتحدة | United States |
LOC | واشنطن | واشنطن | Washington, D.C. |
ORG | الحلف الاطلسي | الحلف الاطلسي | NATO |
""",
"devtest8/141_aawsat_2015-07-24_723.txt": """
LOC | أنقرة | أنقرة | Ankara |
LOC | واشنطن | واشنطن | Washington, D.C. |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | سوريا | سوريا | Syria | note='الحدود مع سوريا'
ORG | الشرق الأوسط | الشرق الأوسط | Asharq Al-Awsat (newspaper) | note='لـ«الشرق الأوسط»': the newspaper
ORG | الجيش التركي | الجيش التركي | Turkish Armed Forces | note=acts: 'لم يعلنه الجيش التركي الذي استقدم تعزيزات'
LOC | تركيا | تركيا | Turkey |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
PER | باراك أوباما | باراك أوباما;أوباما | Barack Obama | role=الرئيس الأميركي
PER | رجب طيب إردوغان | رجب طيب إردوغان;إردوغان | Recep Tayyip Erdogan | role=الرئيس التركي
LOC | قاعدة أنجرليك | قاعدة أنجرليك;أنجرليك | Incirlik Air Base |
ORG | القوات الأميركية | القوات الأميركية | United States Armed Forces | D;note=adjectival national institution
""",
"devtest8/142_aleqtisadiya_2015-08-07_269.txt": """
ORG | التحالف | التحالف | Saudi-led coalition | D;note='طيران التحالف', 'مقاتلات التحالف الذي تقوده السعودية': descriptive
LOC | تعز | تعز;مدينة تعز | Taiz |
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note=acts: 'تسعى المقاومة الشعبية'
LOC | اليمن | اليمن | Yemen | note='وسط اليمن'
LOC | السعودية | السعودية | Saudi Arabia |
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) |
PER | صالح | صالح | Ali Abdullah Saleh | note='للرئيس المخلوع صالح', 'قوات صالح'
ORG | وكالة الأنباء الألمانية | وكالة الأنباء الألمانية;د.ب.أ | Deutsche Presse-Agentur (dpa) |
LOC | الدمنة | الدمنة;منطقة الدمنة | al-Damnah (Taiz) | note='منطقة الدمنة والحوبان'
LOC | الحوبان | الحوبان | al-Hawban (Taiz) |
LOC | الصالح | الصالح;مدينة الصالح | al-Saleh City (Taiz) | note='ومدينة الصالح شرقي المدينة': a housing district named الصالح
""",
"devtest8/143_aljazirah_2015-08-10_379.txt": """
LOC | واشنطن | واشنطن | Washington, D.C. | note=title: the US government
LOC | تركيا | تركيا | Turkey | note=also 'جنوب تركيا'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
LOC | قاعدة انجرليك | قاعدة انجرليك;انجرليك | Incirlik Air Base |
ORG | البعثة الأمريكية لدى الحلف الأطلسي | البعثة الأمريكية لدى الحلف الأطلسي | United States Mission to NATO | note=acts: 'وفق ما أعلنت البعثة الأمريكية لدى الحلف الأطلسي'
ORG | الحلف الأطلسي | الحلف الأطلسي | NATO | note='وتركيا العضو في الحلف الأطلسي'
ORG | تويتر | تويتر | Twitter | D;note='موقع تويتر'
ORG | التحالف الدولي | التحالف الدولي;التحالف | Global Coalition against ISIS | note=acts: 'عمليات التحالف الدولي الذي يقصف التنظيم المتطرف'
LOC | العراق | العراق | Iraq |
LOC | سوريا | سوريا | Syria |
ORG | وكالة فرانس برس | وكالة فرانس برس;فرانس برس | Agence France-Presse |
LOC | قاعدة افيانو | قاعدة افيانو;افيانو | Aviano Air Base |
LOC | إيطاليا | إيطاليا | Italy |
ORG | وكالة دوغان | وكالة دوغان;دوغان | Dogan News Agency | note='وكالة دوغان التركية'
ORG | سلاح الجو الأمريكي | سلاح الجو الأمريكي | United States Air Force | D;note=adjectival national institution ('طائرات سلاح الجو الأمريكي')
LOC | الأردن | الأردن | Jordan |
LOC | الكويت | الكويت | Kuwait |
LOC | سوروتش | سوروتش | Suruc | note='في سوروتش (جنوب تركيا)'
""",
"devtest8/144_almadina_2015-07-24_1284.txt": """
ORG | واشنطون بوست | واشنطون بوست | The Washington Post | note=title: the source of the report
PER | آشتون كارتر | آشتون كارتر;كارتر | Ashton Carter | role=وزير الدفاع الأمريكي
PER | سلمان بن عبدالعزيز | سلمان بن عبدالعزيز;سلمان بن عبد العزيز;سلمان | King Salman | title=الملك;role=خادم الحرمين الشريفين;note='الملك سلمان أشار'
PER | محمد بن سلمان | محمد بن سلمان | Mohammed bin Salman | title=الأمير;role=وزير الدفاع
LOC | الشرق الأوسط | الشرق الأوسط | Middle East |
LOC | طهران | طهران | Tehran |
LOC | إيران | إيران | Iran |
PER | ريتشارد ليبارون | ريتشارد ليبارون | Richard LeBaron | role=السفير السابق للولايات المتحدة لدى الكويت الباحث في مركز أتلانتيك كاونسيل
LOC | الولايات المتحدة | الولايات المتحدة | United States | note='للولايات المتحدة'
LOC | الكويت | الكويت | Kuwait |
ORG | أتلانتيك كاونسيل | أتلانتيك كاونسيل;مركز أتلانتيك كاونسيل | Atlantic Council | note='مركز (أتلانتيك كاونسيل)'
ORG | الحوثيين | الحوثيين;مليشيات الحوثيين | Houthis (Ansar Allah) |
LOC | السعودية | السعودية;المملكة | Saudi Arabia |
LOC | واشنطون | واشنطون | Washington, D.C. | note=written واشنطون
LOC | اليمن | اليمن | Yemen |
PER | أوباما | أوباما | Barack Obama | note='إدارة الرئيس أوباما'
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) | note=acts: 'حققت المقاومة الشعبية والجيش الوطني ... مكاسب'
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note=acts, with the Popular Resistance
ORG | الحكومة اليمينة الشرعية | الحكومة اليمينة الشرعية | Government of Yemen | D;note=adjectival (written اليمينة, a typo)
ORG | الحكومة الشرعية | الحكومة الشرعية | Government of Yemen | D;note=descriptive
PER | عبد ربه منصور هادي | عبد ربه منصور هادي | Abdrabbuh Mansur Hadi |
LOC | عدن | عدن | Aden |
ORG | القيادة السعودية | القيادة السعودية | Saudi leadership | D;note=adjectival
""",
"devtest8/145_almadina_2015-07-25_644.txt": """
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) | note='تنظيم «داعش»'
LOC | بيجي | بيجي;قضاء بيجي | Baiji | note=also 'مصفى بيجي'
LOC | الرمادي | الرمادي;مدينة الرمادي | Ramadi |
ORG | وزارة الدفاع العراقية | وزارة الدفاع العراقية | Ministry of Defence (Iraq) | note=acts: 'اعلنت وزارة الدفاع العراقية'
ORG | التحالف الدولي | التحالف الدولي;التحالف | Global Coalition against ISIS | note=acts: 'التحالف وجه ضربة جوية'
ORG | الإعلام الحربي | الإعلام الحربي | War Media Cell (Iraq) | D;note=only in 'الناطق باسم الإعلام الحربي'
PER | اشتون كارتر | اشتون كارتر;كارتر | Ashton Carter | role=وزير الدفاع الأمريكي
LOC | أربيل | أربيل | Erbil |
PER | مسعود البرزاني | مسعود البرزاني | Masoud Barzani | role=رئيس إقليم كردستان
LOC | إقليم كردستان | إقليم كردستان | Kurdistan Region (Iraq) |
ORG | القوات الأمريكية | القوات الأمريكية | United States Armed Forces | D;note=adjectival national institution
ORG | قوات الأمن الكردية | قوات الأمن الكردية | Kurdish security forces | D;note=descriptive
ORG | البشمركة | البشمركة | Peshmerga | note='المعروفة باسم البشمركة'
ORG | وزارة الدفاع الامريكية | وزارة الدفاع الامريكية;البنتاجون | United States Department of Defense | note='مسؤولو وزارة الدفاع الامريكية (البنتاجون)'
ORG | الجيش العراقي | الجيش العراقي | Iraqi Army | note=acts: 'الجيش العراقي الذي انهار'
LOC | العراق | العراق | Iraq | note='شمال العراق'
LOC | بغداد | بغداد | Baghdad |
""",
"devtest8/146_alriyadh_2015-08-08_711.txt": """
PER | محمد بن نايف بن عبدالعزيز | محمد بن نايف بن عبدالعزيز | Muhammad bin Nayef | title=صاحب السمو الملكي الأمير;role=نائب خادم الحرمين الشريفين
PER | سلمان بن حمد آل خليفة | سلمان بن حمد آل خليفة | Salman bin Hamad Al Khalifa | title=صاحب السمو الملكي الأمير;role=ولي العهد نائب القائد الأعلى النائب الأول لرئيس مجلس الوزراء بمملكة البحرين
LOC | البحرين | البحرين;مملكة البحرين | Bahrain |
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers | D;note=only inside roles
ORG | قوات الطوارئ | قوات الطوارئ | Special Emergency Forces (Saudi Arabia) | D;note=only inside 'مسجد قوات الطوارئ'
LOC | عسير | عسير;منطقة عسير | Asir Region |
PER | محمد الخالد الحمد الصباح | محمد الخالد الحمد الصباح | Mohammad Khalid Al-Hamad Al-Sabah | title=صاحب السمو الشيخ;role=نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت
LOC | الكويت | الكويت;دولة الكويت | Kuwait |
PER | راشد بن عبدالله آل خليفة | راشد بن عبدالله آل خليفة | Rashid bin Abdullah Al Khalifa | title=الفريق الركن الشيخ;role=وزير الداخلية بمملكة البحرين
PER | سيف بن زايد آل نهيان | سيف بن زايد آل نهيان | Saif bin Zayed Al Nahyan | title=صاحب السمو الشيخ;role=نائب رئيس مجلس الوزراء وزير الداخلية بدولة الإمارات العربية المتحدة
LOC | الإمارات العربية المتحدة | الإمارات العربية المتحدة;دولة الإمارات العربية المتحدة | United Arab Emirates |
LOC | الخليج | الخليج | Gulf | note='دول الخليج' (title)
""",
"devtest8/147_alwatan_2015-08-06_2158.txt": """
LOC | ظهران الجنوب | ظهران الجنوب;محافظة ظهران الجنوب | Dhahran al-Janub | note=also 'مستشفى ظهران الجنوب'
ORG | ميليشيات الحوثي | ميليشيات الحوثي;الحوثي | Houthis (Ansar Allah) | note='ميليشيات الحوثي الانقلابية'
PER | علي صالح | علي صالح | Ali Abdullah Saleh | note='وحليفها المخلوع علي صالح'
LOC | علب | علب;مركز علب | Alab border post | note='مركز علب الحدودي'
LOC | سارة | سارة | Sarah (Dhahran al-Janub) | note='أحياء سارة والنزهة'
LOC | النزهة | النزهة;حي النزهة | al-Nuzha (Dhahran al-Janub) |
ORG | الوطن | الوطن | Al-Watan (newspaper) | note='إلى "الوطن"'
LOC | صعدة | صعدة;محافظة صعدة | Saada | note='محافظة صعدة اليمنية'
LOC | المعاين | المعاين | al-Ma'ayin (Saada) | note='مناطق المعاين، والطلح، ومران، وكتاف، ونقعة'
LOC | الطلح | الطلح | al-Talh (Saada) |
LOC | مران | مران | Marran (Saada) |
LOC | كتاف | كتاف | Kitaf (Saada) |
LOC | نقعة | نقعة | Naq'a (Saada) |
ORG | التحالف العربي | التحالف العربي;التحالف | Saudi-led coalition | note=acts: 'وكان التحالف العربي الذي تقوده المملكة حذر'
LOC | المملكة | المملكة | Saudi Arabia | note='الذي تقوده المملكة'
ORG | القوات المسلحة | القوات المسلحة | Saudi Armed Forces | D;note=unqualified
ORG | الدفاع المدني | الدفاع المدني | Civil Defense (Saudi Arabia) | D;note=unqualified, in a list of services
ORG | الهلال الأحمر | الهلال الأحمر | Saudi Red Crescent Authority | D;note=unqualified, in a list of services
""",
"devtest8/148_alweeam_2015-08-03_944.txt": """
LOC | الولايات المتحدة | الولايات المتحدة;أمريكا | United States | note='أمريكا' in the title
ORG | المعارضة السورية | المعارضة السورية | Syrian opposition | D;note=descriptive
ORG | الجيش الأمريكي | الجيش الأمريكي | United States Army | note=acts: 'الذين دربهم الجيش الأمريكي'
PER | بشار الأسد | بشار الأسد | Bashar al-Assad | role=الرئيس السوري
PER | باراك أوباما | باراك أوباما | Barack Obama | role=الرئيس
ORG | تنظيم الدولة الإسلامية | تنظيم الدولة الإسلامية;الدولة الإسلامية | Islamic State (ISIS) |
ORG | القوات الحكومية السورية | القوات الحكومية السورية | Syrian government forces | D;note=adjectival national institution
LOC | سوريا | سوريا | Syria | note='شمال سوريا', 'في سوريا'
ORG | وول ستريت جورنال | وول ستريت جورنال;صحيفة وول ستريت جورنال | The Wall Street Journal | note=acts: 'أول من كشف عن القرار'
ORG | التحالف | التحالف | US-led coalition | D;note='التحالف الذي تقوده الولايات المتحدة': descriptive
ORG | وزارة الدفاع الأمريكية | وزارة الدفاع الأمريكية;البنتاجون | United States Department of Defense |
ORG | البيت الأبيض | البيت الأبيض | White House |
PER | اليستير باسكي | اليستير باسكي | Alistair Baskey | role=المتحدث باسم مجلس الأمن القومي الأمريكي
ORG | مجلس الأمن القومي الأمريكي | مجلس الأمن القومي الأمريكي | United States National Security Council | D;note=only inside a role
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest8/149_alyaum_2015-07-22_1653.txt": """
PER | جون كيري | جون كيري;كيري | John Kerry | role=وزير الخارجية الأميركي
PER | علي خامنئي | علي خامنئي;خامنئي | Ali Khamenei | role=المرشد الأعلى لإيران
ORG | مجلس التعاون الخليجي | مجلس التعاون الخليجي | Gulf Cooperation Council | note='دول مجلس التعاون الخليجي'
LOC | الخليج | الخليج | Gulf | note='دول الخليج', 'سلامة الخليج'
LOC | إيران | إيران | Iran |
ORG | العربية | العربية | Al Arabiya | note='في مقابلة خاصة مع «العربية»'
LOC | الولايات المتحدة | الولايات المتحدة;أميركا | United States | note='حرب مع أميركا'
LOC | سوريا | سوريا | Syria |
ORG | النظام السوري | النظام السوري | Syrian government | D;note=descriptive
PER | بشار الأسد | بشار الأسد;الأسد | Bashar al-Assad | note='دوراً لبشار الأسد', 'بدون الأسد'
PER | حسن روحاني | حسن روحاني | Hassan Rouhani | role=الرئيس الإيراني
LOC | المملكة العربية السعودية | المملكة العربية السعودية | Saudi Arabia |
PER | سعود الفيصل | سعود الفيصل | Saud al-Faisal | role=وزير الخارجية السابق
PER | فلاديمير بوتين | فلاديمير بوتين;بوتين | Vladimir Putin | role=الرئيس الروسي;note='الرئيس (الروسي فلاديمير) بوتين'
PER | سيرغي لافروف | سيرغي لافروف | Sergey Lavrov | role=وزير الخارجية الروسي
""",
"devtest8/150_okaz_2015-07-21_2447.txt": """
LOC | عدن | عدن;مدينة عدن | Aden |
PER | عبده الحذيفي | عبده الحذيفي;الحذيفي | Abdo al-Hudhaifi | role=وزير الداخلية اليمني
ORG | الحكومة الشرعية | الحكومة الشرعية | Government of Yemen | D;note=descriptive
ORG | المقاومة | المقاومة | Popular Resistance (Yemen) | note=acts: 'المقاومة التي قامت بعمل بطولي'
ORG | التحالف العربي | التحالف العربي;قوات التحالف العربي;قوات التحالف | Saudi-led coalition | note=acts: 'ما قامت به قوات التحالف'
ORG | عكاظ | عكاظ | Okaz (newspaper) | note='في اتصال هاتفي بـ«عكاظ»'
LOC | اليمن | اليمن | Yemen |
ORG | الحوثي | الحوثي | Houthis (Ansar Allah) | note='قتلوا على يد الحوثي': the group
""",
"devtest8/151_sabq_2015-07-21_2709.txt": """
ORG | رويترز | رويترز | Reuters | note=byline 'رويترز- بنغازي'
LOC | بنغازي | بنغازي;مدينة بنغازي | Benghazi |
ORG | القوات الخاصة | القوات الخاصة | Special Forces (Libyan Army) | D;note=unqualified ('القوات الخاصة بالجيش')
PER | ميلود الزوي | ميلود الزوي;الزوي | Milud al-Zwai | title=العقيد;role=الناطق باسم القوات الخاصة بالجيش
LOC | ليبيا | ليبيا | Libya |
PER | معمر القذافي | معمر القذافي | Muammar Gaddafi |
LOC | بوعطني | بوعطني | Bu Atni (Benghazi) | note='في محور بوعطني'
LOC | طرابلس | طرابلس | Tripoli (Libya) |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) | note='تنظيم "داعش"'
""",
"devtest9/160_3alyoum_2015-08-06_168.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – كابول'
LOC | كابول | كابول;كابل | Kabul | note=byline place, and 'كابل' in the closing tag line
PER | جون كامبل | جون كامبل;كامبل | John F. Campbell | title=الجنرال;role=قائد القوات الدولية في أفغانستان
ORG | القوات الدولية | القوات الدولية | Resolute Support Mission | D;note=only inside a role
LOC | أفغانستان | أفغانستان;افغانستان | Afghanistan |
ORG | الجيش الأفغاني | الجيش الأفغاني | Afghan National Army | note=acts: 'الجيش الأفغاني وقوات الأمن تفقد'
ORG | القوات الأفغانية | القوات الأفغانية | Afghan forces | D;note=adjectival national institution
ORG | معهد بروكنجز | معهد بروكنجز | Brookings Institution | note='في مناقشة بمعهد بروكنجز'
LOC | واشنطن | واشنطن | Washington, D.C. |
LOC | هلمند | هلمند | Helmand |
ORG | حلف شمال الأطلسي | حلف شمال الأطلسي | NATO | note='العمليات العسكرية لقوات حلف شمال الأطلسي'
""",
"devtest9/161_aawsat_2015-08-10_104.txt": """
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | قاعدة إنجرليك | قاعدة إنجرليك;إنجرليك | Incirlik Air Base | note=title «إنجرليك»
LOC | العراق | العراق | Iraq |
LOC | سوريا | سوريا | Syria |
LOC | تركيا | تركيا | Turkey | note='بجنوب تركيا'
LOC | واشنطن | واشنطن | Washington, D.C. | note=the US government
ORG | البعثة الأميركية لدى حلف شمال الأطلسي | البعثة الأميركية لدى حلف شمال الأطلسي | United States Mission to NATO | note=acts: 'وكتبت البعثة الأميركية ...'
ORG | حلف شمال الأطلسي | حلف شمال الأطلسي;الناتو | NATO | note='(الناتو)' written after the mission's name
ORG | تويتر | تويتر | Twitter | D;note='في حسابها على «تويتر»'
ORG | وزارة الدفاع الأميركية | وزارة الدفاع الأميركية;البنتاغون | United States Department of Defense | note=acts: 'أعلنت وزارة الدفاع الأميركية (البنتاغون)'
PER | سيرغي لافروف | سيرغي لافروف | Sergey Lavrov | role=وزير الخارجية الروسي
LOC | الولايات المتحدة | الولايات المتحدة | United States |
PER | بشار الأسد | بشار الأسد | Bashar al-Assad | role=الرئيس السوري
ORG | التلفزيون الحكومي الروسي | التلفزيون الحكومي الروسي | Russian state television | D;note=adjectival national institution
LOC | موسكو | موسكو | Moscow | note=the Russian government
ORG | المعارضة السورية المسلحة | المعارضة السورية المسلحة;المعارضة السورية | Syrian armed opposition | D;note=descriptive
""",
"devtest9/162_aleqtisadiya_2015-08-07_270.txt": """
ORG | المعارضة السورية | المعارضة السورية | Syrian opposition | D;note=descriptive
LOC | موسكو | موسكو | Moscow |
LOC | روسيا | روسيا | Russia |
PER | بشار الأسد | بشار الأسد | Bashar al-Assad |
ORG | الائتلاف الوطني لقوى الثورة والمعارضة السورية | الائتلاف الوطني لقوى الثورة والمعارضة السورية;الائتلاف الوطني;الائتلاف | National Coalition for Syrian Revolutionary and Opposition Forces | note=acts: 'وقاطع الائتلاف الوطني ...'
LOC | دمشق | دمشق | Damascus | note='خصوم دمشق': the Syrian government
LOC | الغرب | الغرب | the West | D;note=geopolitical bloc ('المدعومة من الغرب'), doubtful as in the seeds' gold
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
PER | خالد خوجة | خالد خوجة | Khaled Khoja | role=زعيم الائتلاف
PER | سيرجي لافروف | سيرجي لافروف;لافروف | Sergey Lavrov | role=وزير الخارجية
PER | فلاديمير بوتين | فلاديمير بوتين | Vladimir Putin | role=الرئيس
LOC | الشرق الأوسط | الشرق الأوسط | Middle East | note='المبعوث الشخصي ... للشرق الأوسط'
PER | ميخائيل بوجدانوف | ميخائيل بوجدانوف | Mikhail Bogdanov | role=المبعوث الشخصي للرئيس فلاديمير بوتين للشرق الأوسط
PER | فيتالي نومكين | فيتالي نومكين | Vitaly Naumkin | role=أكاديمي روسي
ORG | وكالة الإعلام الروسية | وكالة الإعلام الروسية | RIA Novosti | note=acts: 'كانت وكالة الإعلام الروسية قد نقلت'
PER | بدر جاموس | بدر جاموس | Badr Jamous | role=عضو الائتلاف الوطني لقوى الثورة والمعارضة السورية
ORG | وكالة انترفاكس | وكالة انترفاكس;انترفاكس | Interfax | note=acts: 'ونقلت وكالة انترفاكس'
ORG | وزارة الخارجية الروسية | وزارة الخارجية الروسية | Ministry of Foreign Affairs (Russia) | D;note=only as a source's affiliation ('مصدر ... بوزارة الخارجية الروسية')
PER | جون كيري | جون كيري | John Kerry | role=نظيره الأمريكي
LOC | واشنطن | واشنطن | Washington, D.C. | note=the US government
""",
"devtest9/163_aleqtisadiya_2015-08-09_313.txt": """
LOC | روسيا | روسيا | Russia | note=title, also 'سوريا حليفة روسيا'
LOC | الولايات المتحدة | الولايات المتحدة;أمريكا | United States | note='أمريكا' in the title
PER | بشار الأسد | بشار الأسد;الأسد | Bashar al-Assad | role=الرئيس السوري
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
PER | سيرجي لافروف | سيرجي لافروف;لافروف | Sergey Lavrov | role=وزير الخارجية الروسي
LOC | سوريا | سوريا | Syria |
LOC | العراق | العراق | Iraq |
LOC | تركيا | تركيا | Turkey |
LOC | موسكو | موسكو | Moscow | note=the Russian government
ORG | التلفزيون الحكومي الروسي | التلفزيون الحكومي الروسي | Russian state television | D;note=adjectival national institution
ORG | الخارجية الروسية | الخارجية الروسية | Ministry of Foreign Affairs (Russia) | note=acts: 'نشرتها الخارجية الروسية'
PER | جون كيري | جون كيري | John Kerry | role=وزير الخارجية الأمريكي
LOC | واشنطن | واشنطن | Washington, D.C. | note=the US government
LOC | السعودية | السعودية | Saudi Arabia | note='وحليفتها السعودية'
ORG | المعارضة السورية | المعارضة السورية | Syrian opposition | D;note=descriptive
""",
"devtest9/164_aljazirah_2015-08-06_864.txt": """
LOC | بحر الصين الجنوبي | بحر الصين الجنوبي;بحر الصين | South China Sea |
LOC | جنوب شرق آسيا | جنوب شرق آسيا | Southeast Asia | note='دبلوماسيون من جنوب شرق آسيا', 'دول جنوب شرق آسيا'
LOC | الصين | الصين | China |
LOC | كوالالمبور | كوالالمبور | Kuala Lumpur |
PER | جون كيري | جون كيري | John Kerry | role=وزير الخارجية الأميركي
LOC | الولايات المتحدة | الولايات المتحدة | United States |
LOC | بكين | بكين | Beijing | note=the Chinese government
ORG | رابطة دول جنوب شرق آسيا | رابطة دول جنوب شرق آسيا;اسيان;آسيان | ASEAN |
LOC | ماليزيا | ماليزيا | Malaysia |
PER | وانغ يي | وانغ يي;وانغ | Wang Yi | role=وزير الخارجية الصيني
LOC | سنغافورة | سنغافورة | Singapore |
PER | حنيفة أمان | حنيفة أمان | Anifah Aman | role=وزير الخارجية الماليزي
PER | البرت ديل روزاريو | البرت ديل روزاريو | Albert del Rosario | role=وزير الخارجية الفليبيني
LOC | الفليبين | الفليبين | Philippines |
LOC | بروناي | بروناي | Brunei |
LOC | فيتنام | فيتنام | Vietnam |
LOC | تايوان | تايوان | Taiwan |
""",
"devtest9/165_almadina_2015-07-23_549.txt": """
ORG | وزارة الدفاع الأمريكية | وزارة الدفاع الأمريكية;البنتاغون | United States Department of Defense | note=acts: 'أعلنت وزارة الدفاع الأمريكية، البنتاغون'
PER | محسن الفضلي | محسن الفضلي;الفضلي | Muhsin al-Fadhli | role=زعيم جماعة خراسان
ORG | جماعة خراسان | جماعة خراسان;تنظيم خراسان | Khorasan group |
LOC | الكويت | الكويت | Kuwait | note='المولود بالكويت'
ORG | تنظيم القاعدة | تنظيم القاعدة;القاعدة | al-Qaeda |
LOC | سوريا | سوريا | Syria |
ORG | الحكومة الأمريكية | الحكومة الأمريكية | United States government | D;note=adjectival
PER | جيف دايفيس | جيف دايفيس | Jeff Davis | title=النقيب;role=المتحدث باسم البنتاغون
LOC | الولايات المتحدة الأمريكية | الولايات المتحدة الأمريكية | United States |
ORG | الجيش الأمريكي | الجيش الأمريكي | United States Army | note=acts: 'بدأ فيها الجيش الأمريكي بشن غارات'
PER | رمضان قاديروف | رمضان قاديروف | Ramzan Kadyrov | role=الرئيس الشيشاني رئيس شيشنيا
LOC | شيشنيا | شيشنيا | Chechnya |
LOC | روسيا الاتحادية | روسيا الاتحادية;روسيا | Russia | note=also written 'روسيا الإتحادية'
ORG | داعش | داعش;الدولة الإبليسية | Islamic State (ISIS) | note='الدولة الإبليسية', a nickname the text explains
LOC | العراق | العراق | Iraq |
ORG | تويتر | تويتر | Twitter | D;note='عبر صفحته في تويتر'
ORG | ريا موسكو | ريا موسكو;إذاعة ريا موسكو | RIA Moscow (radio) | note='ولإذاعة ريا موسكو': the medium he spoke to
LOC | موسكو | موسكو | Moscow | D;note=only inside the radio's name
""",
"devtest9/166_alriyadh_2015-07-26_692.txt": """
PER | عبدربه منصور هادي | عبدربه منصور هادي;هادي | Abdrabbuh Mansur Hadi | role=الرئيس اليمني
ORG | المليشيات الحوثية | المليشيات الحوثية | Houthis (Ansar Allah) |
PER | صالح | صالح | Ali Abdullah Saleh | note='قوات صالح'
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
LOC | اليمن | اليمن | Yemen |
PER | إسماعيل ولد الشيخ | إسماعيل ولد الشيخ | Ismail Ould Cheikh Ahmed | role=مبعوث الأمين العام للأمم المتحدة إلى اليمن
LOC | الرياض | الرياض | Riyadh |
LOC | عدن | عدن;محافظة عدن;مدينة عدن | Aden |
ORG | وكالة الأنباء اليمنية | وكالة الأنباء اليمنية;وكالة الأنباء اليمنية الرسمية | Saba News Agency | note=acts: 'وأوضحت وكالة الأنباء اليمنية الرسمية'
PER | خالد محفوظ بحاح | خالد محفوظ بحاح | Khaled Bahah | role=نائب الرئيس اليمني رئيس مجلس الوزراء
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Yemen) | D;note=only inside a role
ORG | مجلس الأمن الدولي | مجلس الأمن الدولي | United Nations Security Council | note='قرار مجلس الأمن الدولي 2216'
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) | note=acts: 'بعد تمكن المقاومة الشعبية ... تحريرها'
""",
"devtest9/167_alwatan_2015-08-09_842.txt": """
PER | نعيم الكعود | نعيم الكعود;الكعود | Naim al-Kaoud | title=الشيخ;role=رئيس مجلس عشائر الأنبار المنتفضة ضد الإرهاب
LOC | الرمادي | الرمادي;مدينة الرمادي | Ramadi |
ORG | مجلس عشائر الأنبار المنتفضة ضد الإرهاب | مجلس عشائر الأنبار المنتفضة ضد الإرهاب;مجلس عشائر الأنبار | Council of Anbar Tribes Revolting against Terrorism | D;note=only inside a role
LOC | الأنبار | الأنبار;محافظة الأنبار | Anbar Governorate |
ORG | الوطن | الوطن | Al-Watan (newspaper) | note='لـ"الوطن"'
ORG | القوات العراقية | القوات العراقية | Iraqi forces | D;note=adjectival national institution
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | القوات المشتركة | القوات المشتركة | Joint forces (Iraq) | D;note=descriptive
LOC | الفلوجة | الفلوجة;قضاء الفلوجة | Fallujah |
LOC | بغداد | بغداد | Baghdad |
ORG | حكومة الأنبار | حكومة الأنبار | Anbar provincial government | D;note=a government named by its province
ORG | الحكومة المركزية | الحكومة المركزية | Government of Iraq | D;note=descriptive
""",
"devtest9/168_alweeam_2015-07-23_977.txt": """
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
LOC | سوريا | سوريا | Syria | note='الى سوريا', 'بين سوريا ولبنان'
PER | ستيفان دي ميستورا | ستيفان دي ميستورا;دي ميستورا | Staffan de Mistura | role=مبعوث الأمم المتحدة الى سوريا
ORG | قوات النظام السوري | قوات النظام السوري | Syrian government forces | D;note=descriptive
LOC | الزبداني | الزبداني;مدينة الزبداني;منطقة الزبداني;سهل الزبداني | Zabadani | note=also 'سهل الزبداني' (its plain)
ORG | الجيش السوري | الجيش السوري | Syrian Arab Army | note=acts: 'ويشن الجيش السوري ... هجوما'
ORG | حزب الله | حزب الله;حزب الله اللبناني | Hezbollah | note='وجماعة حزب الله اللبناني'
ORG | قوات المعارضة | قوات المعارضة | Syrian opposition forces | D;note=descriptive
LOC | دمشق | دمشق | Damascus | note='العاصمة دمشق'
PER | بشار الاسد | بشار الاسد | Bashar al-Assad | role=الرئيس السوري
LOC | لبنان | لبنان | Lebanon |
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان | Syrian Observatory for Human Rights |
ORG | التلفزيون السوري الرسمي | التلفزيون السوري الرسمي;التلفزيون السوري | Syrian state television | D;note=adjectival national institution
LOC | مضايا | مضايا | Madaya |
ORG | سلاح الجو السوري | سلاح الجو السوري | Syrian Air Force | note=acts: 'إن سلاح الجو السوري قصف'
LOC | إدلب | إدلب;مدينة إدلب | Idlib |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest9/169_alyaum_2015-07-31_1740.txt": """
PER | محمد المقدشي | محمد المقدشي;المقدشي | Mohammed al-Maqdashi | title=اللواء;role=رئيس هيئة الأركان العامة في اليمن
ORG | هيئة الأركان العامة | هيئة الأركان العامة;هيئة الأركان;هيئة الأركان اليمني | General Staff (Yemen) | D;note=only inside a role, the title writes 'رئيس هيئة الأركان اليمني'
LOC | اليمن | اليمن | Yemen |
EVENT | عاصفة الحزم | عاصفة الحزم | Operation Decisive Storm |
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note=acts: 'الدور المحوري الذي أسهمت به دول التحالف العربي بقيادة المملكة'
LOC | المملكة | المملكة | Saudi Arabia | note='بقيادة المملكة'
ORG | وكالة الأنباء اليمنية | وكالة الأنباء اليمنية;وكالة الأنباء اليمنية الرسمية | Saba News Agency | note=acts: 'بثته وكالة الأنباء اليمنية الرسمية'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note='المقاومة الشعبية المسلحة', 'المقاومة على وشك تحقيق الحسم'
LOC | لحج | لحج;محافظة لحج | Lahij |
LOC | قاعدة العند | قاعدة العند;قاعدة العند العسكرية | Al Anad Air Base |
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note=acts: 'بإحكام المقاومة والجيش الوطني السيطرة'
LOC | عدن | عدن | Aden | note='مديريات عدن'
LOC | الضالع | الضالع | Al Dhale |
LOC | مأرب | مأرب | Marib |
LOC | تعز | تعز | Taiz |
LOC | صنعاء | صنعاء | Sanaa | note='العاصمة صنعاء'
""",
"devtest9/170_okaz_2015-07-27_1316.txt": """
ORG | جيش الاحتلال الإسرائيلي | جيش الاحتلال الإسرائيلي | Israel Defense Forces | D;note=descriptive ('قوات من جيش الاحتلال الإسرائيلي')
LOC | المسجد الأقصى | المسجد الأقصى;الأقصى | Al-Aqsa Mosque | D;note=a building (as devtest7's mosque)
LOC | باب المغاربة | باب المغاربة | Moroccan Gate | D;note=a gate of al-Aqsa
LOC | باب السلسلة | باب السلسلة | Chain Gate | D;note=a gate of al-Aqsa
LOC | باب حطة | باب حطة | Bab Hutta | D;note=a gate of al-Aqsa
LOC | المسجد القبلي | المسجد القبلي | al-Qibli Mosque | D;note=a building
ORG | منظمات الهيكل | منظمات الهيكل | Temple Mount organisations | D;note=generic, quoted
ORG | الحكومة الأردنية | الحكومة الأردنية | Government of Jordan | D;note=adjectival
LOC | إسرائيل | إسرائيل;اسرائيل | Israel | note=title 'تشكو إسرائيل'
LOC | الأردن | الأردن | Jordan |
LOC | تمناع | تمناع;مطار تمناع | Ramon Airport (Timna) | note='مطار «تمناع»'
LOC | الأراضي الفلسطينية المحتلة | الأراضي الفلسطينية المحتلة;الأراضي الفلسطينية | Palestinian territories |
ORG | وزارة النقل الأردنية | وزارة النقل الأردنية | Ministry of Transport (Jordan) | note=acts: 'وأعلنت وزارة النقل الأردنية رفضها'
LOC | العقبة | العقبة;مطار العقبة الدولي;مطار العقبة | Aqaba | note='مطار العقبة الدولي'
LOC | شيكاغو | شيكاغو | Chicago | D;note=only inside 'اتفاقية شيكاغو 1944م'
""",
"devtest9/171_sabq_2015-08-06_3187.txt": """
PER | فهد كاملي | فهد كاملي | Fahd Kamili | note=byline
ORG | سبق | سبق | Sabq (news website) | note=byline 'فهد كاملي - سبق - اليمن'
LOC | اليمن | اليمن | Yemen | note=byline place
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
LOC | زنجبار | زنجبار;مدينة زنجبار | Zinjibar |
LOC | وادي دوفس | وادي دوفس | Wadi Dofas |
ORG | اللواء 15 | اللواء 15;اللواء١٥ | 15th Brigade (Yemen) | note=title 'اللواء١٥ التابع لصالح', 'مواقع اللواء 15'
PER | صالح | صالح | Ali Abdullah Saleh | note='التابع لصالح'
ORG | التحالف | التحالف;قوات التحالف | Saudi-led coalition | D;note=bare, descriptive ('التحالف يقصف', 'لطيران التحالف', 'قوات التحالف'), doubtful as in 12 earlier dev annotations
LOC | أبين | أبين;محافظة أبين | Abyan |
LOC | شقرة | شقرة;مدينة شقرة | Shuqrah |
LOC | الهضبة الوسطى | الهضبة الوسطة | al-Hadabah al-Wusta (Abyan) | note=written 'الهضبة الوسطة'
LOC | لودر | لودر;منطقة لودر | Lawdar |
ORG | القوات الحكومية | القوات الحكومية | Yemeni government forces | D;note=descriptive
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note='قوات الجيش الوطني الموالي للشرعية' (as devtest8/144)
LOC | الشرورة | الشرورة;منطقة الشرورة | Sharurah | note='في منطقة الشرورة السعودية'
LOC | مأرب | مأرب | Marib |
LOC | شبوة | شبوة | Shabwa |
LOC | الوديعة | الوديعة;منفذ الوديعة | al-Wadiah border crossing |
LOC | العبر | العبر;صحراء العبر | al-Abr desert |
""",
"devtest10/180_3alyoum_2015-07-31_231.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – متابعات'
ORG | الشرطة الروسية | الشرطة الروسية | Russian police | note=acts: 'ضبطت الشرطة الروسية'
ORG | داعش | داعش;تنظيم داعش;تنظيم الدولة | Islamic State (ISIS) | note='تنظيم الدولة (داعش)'
LOC | الشيشان | الشيشان;جمهورية الشيشان | Chechnya | note='من جمهورية الشيشان', 'بالشيشان'
LOC | شمال القوقاز | شمال القوقاز | North Caucasus | note='في شمال القوقاز الروسي': a region
ORG | تليغراف | تليغراف | The Daily Telegraph | note=acts: 'ونقلت صحيفة “تليغراف” البريطانية'
ORG | لايف نيوز | لايف نيوز | LifeNews (Russian news outlet) | note='للصحيفة الروسية “لايف نيوز”'
LOC | سوريا | سوريا | Syria |
LOC | روسيا | روسيا | Russia |
ORG | الشرطة الشيشانية | الشرطة الشيشانية | Chechen police | note=acts: 'الشرطة الشيشانية، من جانبها، ذكرت'
PER | فاليري زولوتاريف | فاليري زولوتاريف | Valery Zolotarev | role=أحد المحققين
ORG | مركز مكافحة التطرف | مركز مكافحة التطرف | Center for Combating Extremism (Chechnya) | note='من مركز مكافحة التطرف بالشيشان'
ORG | موسكوفسكي كومسوموليتس | موسكوفسكي كومسوموليتس | Moskovsky Komsomolets | note='لصحيفة “موسكوفسكي كومسوموليتس'
""",
"devtest10/181_aawsat_2015-08-04_98.txt": """
EVENT | السهم الذهبي | السهم الذهبي | Operation Golden Arrow |
LOC | قاعدة العند | قاعدة العند;العند | Al Anad Air Base | note=title «العند», '«قاعدة العند» العسكرية'
ORG | المقاومة الشعبية الجنوبية | المقاومة الشعبية الجنوبية;المقاومة الشعبية;المقاومة الجنوبية;المقاومة | Popular Resistance (Yemen) | note='رجال المقاومة', 'المتحدث باسم المقاومة الجنوبية'
ORG | التحالف | التحالف;قوات التحالف | Saudi-led coalition | D;note=bare 'بدعم من قوات التحالف': descriptive
LOC | لحج | لحج;محافظة لحج | Lahij |
PER | قائد نصر | قائد نصر;نصر | Qaid Nasr | role=الناطق باسم قاعدة العند
ORG | الشرق الأوسط | الشرق الأوسط | Asharq Al-Awsat (newspaper) | note='لـ«الشرق الأوسط»'
LOC | عدن | عدن | Aden |
LOC | أبين | أبين | Abyan | note='محافظتي لحج وأبين'
ORG | الحوثيين | الحوثيون;الحوثيين;ميليشيات الحوثي;الميليشيات الحوثية | Houthis (Ansar Allah) |
PER | علي عبد الله صالح | علي عبد الله صالح;صالح | Ali Abdullah Saleh | role=الرئيس السابق;note='وقوات صالح'
LOC | الصبيحة | الصبيحة;منطقة الصبيحة | as-Subayhah |
LOC | الحوطة | الحوطة;مدينة الحوطة | al-Hawtah | note='مدينة الحوطة، عاصمة محافظة لحج'
PER | علي شايف الحريري | علي شايف الحريري | Ali Shayef al-Hariri | role=المتحدث باسم المقاومة الجنوبية
PER | بن هرهرة | بن هرهرة | Bin Harhara | title=القائد الشهيد البطل
""",
"devtest10/182_aawsat_2015-08-10_100.txt": """
ORG | جبهة النصرة | جبهة النصرة;النصرة | al-Nusra Front |
ORG | القاعدة | القاعدة;تنظيم القاعدة | al-Qaeda | note='ذراع تنظيم القاعدة في سوريا'
LOC | سوريا | سوريا | Syria |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | حلب | حلب;محافظة حلب | Aleppo | note='شمالي محافظة حلب', 'بشمال حلب', 'الريف الشمالي لحلب'
LOC | تركيا | تركيا | Turkey |
PER | بشار الأسد | بشار الأسد | Bashar al-Assad | role=الرئيس السوري
LOC | الولايات المتحدة | الولايات المتحدة | United States |
LOC | العراق | العراق | Iraq |
ORG | الحكومة التركية | الحكومة التركية | Government of Turkey | D;note=adjectival government
ORG | التحالف | التحالف | US-led coalition | D;note='التحالف الذي تقوده واشنطن': descriptive
LOC | واشنطن | واشنطن | Washington, D.C. | note=the US government
LOC | حماه | حماه;بادية حماه | Hama | note='في بادية حماه'
LOC | القلمون | القلمون | Qalamoun | note='و-جبال- القلمون', 'وتقع القلمون'
LOC | لبنان | لبنان | Lebanon |
ORG | وحدات حماية الشعب | وحدات حماية الشعب;وحدات حماية الشعب الكردية | People's Protection Units (YPG) |
""",
"devtest10/183_aleqtisadiya_2015-07-26_338.txt": """
ORG | الاتحاد الأوروبي | الاتحاد الأوروبي;الاتحاد الاوروبي | European Union |
PER | يانا هيباشكوفا | يانا هيباشكوفا | Jana Hybaskova | role=سفيرة الاتحاد الأوروبي في العراق
LOC | العراق | العراق | Iraq |
LOC | كركوك | كركوك;مدينة كركوك | Kirkuk |
ORG | الحكومة العراقية | الحكومة العراقية | Government of Iraq | D;note=adjectival government
PER | نجم الدين كريم | نجم الدين كريم | Najmaldin Karim | role=محافظ كركوك
PER | كريستوس ستايليانيدس | كريستوس ستايليانيدس | Christos Stylianides | role=المفوض الأوروبي للمساعدات الإنسانية وإدارة الأزمات
ORG | البيشمركة | البيشمركة;قوات البيشمركة | Peshmerga | note=acts: 'قوات البيشمركة التي ضربت خندقا'
ORG | التحالف | التحالف;قوات التحالف | US-led coalition | D;note=bare 'بالتعاون مع قوات التحالف': descriptive
ORG | داعش | داعش;تنظيم الدولة الاسلامية | Islamic State (ISIS) | note='تنظيم الدولة الاسلامية /داعش/'
LOC | الموصل | الموصل | Mosul | D;note=only inside 'لجامعتي الموصل وتكريت' (the universities)
LOC | تكريت | تكريت | Tikrit | D;note=only inside 'لجامعتي الموصل وتكريت' (the universities)
ORG | الحكومة الاتحادية | الحكومة الاتحادية | Government of Iraq | D;note=descriptive
""",
"devtest10/184_aljazirah_2015-07-21_982.txt": """
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان;المرصد السوري;المرصد | Syrian Observatory for Human Rights |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | الحسكة | الحسكة;مدينة الحسكة;محافظة الحسكة | Al-Hasakah |
LOC | سوريا | سوريا | Syria | note='في شمال شرق سوريا'
LOC | فوج الميلبية | فوج الميلبية | Fawj al-Milbiya | note='قرية تسمى فوج الميلبية'
ORG | الجيش السوري | الجيش السوري | Syrian Arab Army | note=acts: 'ويشن الجيش السوري ... حملة'
ORG | التحالف | التحالف | US-led coalition | D;note='التحالف الذي تقوده الولايات المتحدة': descriptive
LOC | الولايات المتحدة | الولايات المتحدة | United States |
LOC | الرقة | الرقة;مدينة الرقة | Raqqa |
LOC | العراق | العراق | Iraq |
LOC | تركيا | تركيا | Turkey |
PER | الأسد | الأسد | Bashar al-Assad | note='حكومة الأسد'
ORG | حكومة الأسد | حكومة الأسد | Government of Syria | D;note=a government named by its leader: descriptive
LOC | كوباني | كوباني;بلدة كوباني;عين العرب | Kobani | note='والتي تعرف أيضا باسم عين العرب'
ORG | وحدات حماية الشعب | وحدات حماية الشعب;وحدات حماية الشعب الكردية | People's Protection Units (YPG) |
""",
"devtest10/185_almadina_2015-07-24_1230.txt": """
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | بغداد | بغداد | Baghdad |
ORG | الحشد الرافضي | الحشد الرافضي | Popular Mobilization Forces | D;note=a pejorative name inside ISIS's statement
LOC | الشرطة الرابعة | الشرطة الرابعة;منطقة الشرطة الرابعة | al-Shurta al-Rabia (Baghdad) | note='في منطقة الشرطة الرابعة'
LOC | بعقوبة | بعقوبة;مدينة بعقوبة | Baqubah |
LOC | ديالى | ديالى;محافظة ديالى | Diyala | note=written 'محافظة ديالى57 كم'
ORG | البيشمركة | البيشمركة;قوات البيشمركة;قوات البيشمركة الكردية | Peshmerga | note=acts: 'قوة أمنية تابعة لقوات البيشمركة الكردية شنت'
LOC | الكصيبة | الكصيبة;قرى الكصيبة | al-Kusayba |
LOC | قرة تبة | قرة تبة;ناحية قرة تبة | Qara Tapa |
LOC | جبال حمرين | جبال حمرين;حمرين | Hamrin Mountains |
PER | أبو حارث القادري | أبو حارث القادري | Abu Harith al-Qadiri | role=القيادي (في داعش)
LOC | بلدروز | بلدروز;قضاء بلدروز | Balad Ruz |
LOC | المقدادية | المقدادية | Muqdadiya |
""",
"devtest10/186_alriyadh_2015-08-04_671.txt": """
LOC | السودان | السودان | Sudan |
PER | مساعد السديرة | مساعد السديرة;السديرة | Musaed al-Sidaira | title=الشيخ
PER | عمر عبدالخالق | عمر عبدالخالق | Omar Abdelkhaliq | title=الشيخ;role=رئيس جماعة الاعتصام بالكتاب والسنة
ORG | جماعة الاعتصام بالكتاب والسنة | جماعة الاعتصام بالكتاب والسنة | Jamaat al-Itisam bil-Kitab wal-Sunna | D;note=only inside a role
ORG | داعش | داعش;تنظيم داعش;حركة داعش;تنظيم الدولة الإسلامية | Islamic State (ISIS) |
ORG | تيار الأمة الواحدة | تيار الأمة الواحدة | Al-Umma al-Wahida Current | D;note=only inside a role ('المنسق العام ل "تيار الأمة الواحدة"')
PER | محمد علي الجزولي | محمد علي الجزولي | Mohamed Ali al-Jazouli | role=المنسق العام لتيار الأمة الواحدة
PER | حسبو محمد عبدالرحمن | حسبو محمد عبدالرحمن | Hassabo Mohamed Abdelrahman | role=نائب الرئيس السوداني
ORG | الحركة الإسلامية | الحركة الإسلامية | Islamic Movement (Sudan) | note='ملتقى قطاع الدعوة بالحركة الإسلامية'
ORG | فيس بوك | فيس بوك | Facebook | D;note='موقع التواصل الاجتماعي "فيس بوك"'
PER | صلاح الدين | صلاح الدين | Salah al-Din (sheikh) | title=الشيخ
LOC | شمبات | شمبات;ضاحية شمبات | Shambat |
LOC | الخرطوم | الخرطوم | Khartoum |
ORG | حركة شباب المجاهدين | حركة شباب المجاهدين | al-Shabaab |
LOC | الصومال | الصومال | Somalia |
ORG | جماعة أنصار الدين | جماعة أنصار الدين | Ansar Dine |
LOC | مالي | مالي | Mali |
PER | أبوبكر البغدادي | أبوبكر البغدادي | Abu Bakr al-Baghdadi |
LOC | العراق | العراق | Iraq |
LOC | سورية | سورية | Syria |
ORG | السفارة الأميركية بالخرطوم | السفارة الأميركية بالخرطوم | United States Embassy in Khartoum | D;note=only in 'أحداث السفارة الأميركية بالخرطوم'
LOC | القاهرة | القاهرة;مطار القاهرة | Cairo | note='في مطار القاهرة' (an airport named by its town)
""",
"devtest10/187_alwatan_2015-08-04_760.txt": """
LOC | عدن | عدن;مدينة عدن;مطار عدن | Aden | note='مطار عدن' (an airport named by its town)
PER | نايف البكري | نايف البكري;البكري | Nayef al-Bakri | role=محافظ مدينة عدن
PER | عبدربه منصور هادي | عبدربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note='شباب المقاومة'
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note='ضمن صفوف الجيش الوطني الذي يجري إعادة تكوينه'
PER | خالد بحاح | خالد بحاح | Khaled Bahah | role=نائب الرئيس
ORG | التحالف | التحالف;قيادة التحالف | Saudi-led coalition | D;note=bare 'قيادة التحالف': descriptive
""",
"devtest10/188_alweeam_2015-08-10_1145.txt": """
PER | بشار الأسد | بشار الأسد;الأسد | Bashar al-Assad | role=الرئيس السوري;note=title 'الأسد يتعهد', 'باسم الأسد'
PER | حسان الشيخ | حسان الشيخ;الشيخ | Hassan al-Sheikh | title=العقيد;note='عن زوجة الشيخ'
PER | سليمان الأسد | سليمان الأسد;سليمان | Suleiman al-Assad |
LOC | اللاذقية | اللاذقية;مدينة اللاذقية | Latakia |
ORG | القوات الجوية السورية | القوات الجوية السورية;القوات الجوية | Syrian Air Force | D;note=only in a person's description ('عقيدا في القوات الجوية')
ORG | الوطن | الوطن;صحيفة الوطن | Al-Watan (Syrian newspaper) | note=acts: 'وأشارت صحيفة الوطن'
PER | ميساء غانم | ميساء غانم | Maysa Ghanem |
PER | إبراهيم خضر السالم | إبراهيم خضر السالم | Ibrahim Khader al-Salem | role=محافظ اللاذقية
LOC | الأزهري | الأزهري;مستديرة الأزهري | al-Azhari roundabout | D;note=a roundabout
PER | ناصر محمود الشيخ | ناصر محمود الشيخ | Nasser Mahmoud al-Sheikh | role=شقيق الفقيد
ORG | الشرطة العسكرية | الشرطة العسكرية | Military Police (Syria) | D;note=generic
ORG | المحكمة العسكرية | المحكمة العسكرية | Military court (Syria) | D;note=generic
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان | Syrian Observatory for Human Rights |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest10/189_alyaum_2015-07-25_1326.txt": """
ORG | التحالف | التحالف;قوات التحالف;قيادة قوات التحالف | Saudi-led coalition | D;note=bare: 'قيادة قوات التحالف', 'دول التحالف'
LOC | اليمن | اليمن;الجمهورية اليمنية | Yemen | note='رئيس الجمهورية اليمنية'
PER | عبدربه منصور هادي | عبدربه منصور هادي;عبد ربه منصور هادي | Abdrabbuh Mansur Hadi | role=رئيس الجمهورية اليمنية
PER | سلمان بن عبدالعزيز آل سعود | سلمان بن عبدالعزيز آل سعود | King Salman | title=الملك;role=خادم الحرمين الشريفين
LOC | المملكة العربية السعودية | المملكة العربية السعودية | Saudi Arabia |
ORG | الحكومة اليمنية | الحكومة اليمنية | Government of Yemen | D;note=adjectival government
ORG | الأمم المتحدة | الأمم المتحدة | United Nations | note='ممثل الأمين العام للأمم المتحدة': a proper name inside a role
ORG | الحوثيين | الحوثيين;المليشيات الحوثية;مليشيات الحوثي | Houthis (Ansar Allah) |
""",
"devtest10/190_okaz_2015-07-27_1252.txt": """
ORG | وزارة الدفاع العراقية | وزارة الدفاع العراقية;الدفاع | Ministry of Defence (Iraq) | note=acts: 'رفضت وزارة الدفاع العراقية', title '«الدفاع» تلتزم الصمت'
LOC | قاعدة الحبانية الجوية | قاعدة الحبانية الجوية | Habbaniyah Air Base |
ORG | عكاظ | عكاظ | Okaz (newspaper) | note='لـ«عكاظ»'
PER | خالد العبيدي | خالد العبيدي | Khalid al-Obaidi | role=وزير الدفاع
ORG | البرلمان العراقي | البرلمان العراقي | Council of Representatives of Iraq | D;note=adjectival
LOC | العراق | العراق | Iraq |
ORG | وزارة الدفاع الأمريكية | وزارة الدفاع الأمريكية | United States Department of Defense | note=acts: 'اشترطت وزارة الدفاع الأمريكية'
ORG | القوة الجوية العراقية | القوة الجوية العراقية | Iraqi Air Force | D;note=only inside a role
PER | أنور حمة أمين | أنور حمة أمين | Anwar Hama Amin | role=قائد القوة الجوية العراقية
LOC | واشنطن | واشنطن | Washington, D.C. |
ORG | مجلس محافظة الأنبار | مجلس محافظة الأنبار | Anbar Provincial Council | note=acts: 'طالب مجلس محافظة الأنبار'
ORG | الحكومة العراقية | الحكومة العراقية | Government of Iraq | D;note=adjectival government
LOC | الفلوجة | الفلوجة | Fallujah |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | مجلس عشائر الأنبار | مجلس عشائر الأنبار | Anbar Tribal Council | note=acts: 'أشار مجلس عشائر الأنبار'
LOC | الأنبار | الأنبار | Anbar | D;note=only inside organisations' names
""",
"devtest10/191_sabq_2015-08-03_1336.txt": """
PER | عبدالحكيم شار | عبدالحكيم شار | Abdulhakim Shar | note=byline
ORG | سبق | سبق | Sabq (news website) | note=byline 'عبدالحكيم شار- سبق- متابعة'
ORG | الحكومة اليمنية | الحكومة اليمنية | Government of Yemen | D;note=adjectival government
PER | راجح بادي | راجح بادي;بادي | Rajeh Badi | role=الناطق باسم الحكومة اليمنية
LOC | عدن | عدن;مدينة عدن | Aden |
ORG | الحوثيين | الحوثيين;الحوثي | Houthis (Ansar Allah) | note='للقوات التابعة للحوثي', 'تحالف الحوثي وصالح'
PER | علي عبد الله صالح | علي عبد الله صالح;صالح | Ali Abdullah Saleh | role=المخلوع
ORG | هافينغتون بوست عربي | هافينغتون بوست عربي | HuffPost Arabi | note='لصحيفة "هافينغتون بوست عربي"'
LOC | تعز | تعز | Taiz |
LOC | الضالع | الضالح | Al Dhale | note=written 'الضالح'
LOC | مأرب | مأرب | Marib |
LOC | شبوة | شبوة | Shabwa |
PER | هادي | هادي | Abdrabbuh Mansur Hadi | role=الرئيس
LOC | إيران | إيران | Iran |
LOC | السعودية | السعودية | Saudi Arabia | note='التحالف العربي الذي تقوده السعودية'
LOC | صنعاء | صنعاء | Sanaa |
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note='لصالح التحالف العربي الذي تقوده السعودية': its name
""",
"devtest11/200_3alyoum_2015-08-08_19.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – اليمن'
LOC | اليمن | اليمن | Yemen | note=title, byline, tags line
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) | note=acts: 'بدأت المقاومة الشعبية ... عملية تحرير'
ORG | التحالف | التحالف;قوات التحالف | Saudi-led coalition | D;note=bare 'المدعومة من قوات التحالف': descriptive
ORG | الجيش الموالي للشرعية | الجيش الموالي للشرعية | Yemeni National Army | D;note=descriptive
LOC | أبين | أبين;محافظة أبين | Abyan |
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) |
PER | علي عبد الله صالح | علي عبد الله صالح;صالح | Ali Abdullah Saleh | role=الرئيس المخلوع;note='وقوات صالح', 'للرئيس المخلوع صالح'
ORG | وكالة الأنباء الألمانية | وكالة الأنباء الألمانية | Deutsche Presse-Agentur (dpa) |
LOC | أرحب | أرحب;مديرية أرحب | Arhab District |
LOC | صنعاء | صنعاء | Sanaa | note='شمال العاصمة صنعاء'
LOC | الجنادبة | الجنادبة;قرية الجنادبة | al-Janadiba |
ORG | داعش | داعش | Islamic State (ISIS) | note='بتهمة “الانتماء لـ”داعش” والقاعدة'
ORG | القاعدة | القاعدة | al-Qaeda | note='لـ”داعش” والقاعدة'
LOC | الضالع | الضالع;محافظة الضالع | Al Dhale |
""",
"devtest11/201_aawsat_2015-08-07_187.txt": """
ORG | قوات الأمن التركية | قوات الأمن التركية | Turkish security forces | D;note=adjectival national institution
LOC | شيرناك | شيرناك;مقاطعة شيرناك | Sirnak Province |
LOC | العراق | العراق | Iraq |
LOC | سوريا | سوريا | Syria |
LOC | شيلوبي | شيلوبي;بلدة شيلوبي | Silopi |
PER | سيف الدين ايدمير | سيف الدين ايدمير | Seyfettin Aydemir | role=رئيس بلدية شيلوبي
ORG | وكالة الصحافة الفرنسية | وكالة الصحافة الفرنسية | Agence France-Presse (AFP) |
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
LOC | تركيا | تركيا | Turkey |
LOC | الولايات المتحدة | الولايات والمتحدة | United States | note=written 'والولايات والمتحدة' (a typo)
ORG | الاتحاد الأوروبي | الاتحاد الأوروبي | European Union |
ORG | وكالة الأناضول | وكالة الأناضول التركية;وكالة الأناضول;الأناضول | Anadolu Agency | note='حسبما ذكرت وكالة الأناضول التركية'
LOC | سوروتش | سوروتش | Suruc |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
""",
"devtest11/202_aleqtisadiya_2015-08-06_467.txt": """
LOC | تونس | تونس | Tunisia | note=the country: title, 'والقت تونس القبض', 'وأكملت تونس انتقالها'
LOC | تونس العاصمة | تونس العاصمة | Tunis | note='بالكاف وتونس العاصمة': the capital city
ORG | وزارة الداخلية التونسية | وزارة الداخلية التونسية;وزارة الداخلية | Ministry of the Interior (Tunisia) | note=acts: 'قالت وزارة الداخلية التونسية'
LOC | سوسة | سوسة;مدينة سوسة | Sousse |
ORG | الوحدة الوطنية للأبحاث في جرائم الإرهاب | الوحدة الوطنية للأبحاث في جرائم الإرهاب | National Unit for Investigating Terrorist Crimes (Tunisia) | note=acts: 'تمكنت الوحدة الوطنية ...'
LOC | الدهماني | الدهماني;جهة الدهماني | Dahmani |
LOC | الكاف | الكاف;محافظة الكاف | Kef Governorate | note='(في محافظة) الكاف', 'محافظتي الكاف والقصرين', 'بالكاف'
ORG | الجيش التونسي | الجيش التونسي | Tunisian Army | note=acts: 'وتلاحق قوات الأمن والجيش التونسي'
ORG | جماعة عقبة بن نافع | جماعة عقبة بن نافع;عقبة بن نافع | Okba Ibn Nafaa Brigade |
LOC | القصرين | القصرين | Kasserine Governorate |
LOC | الجزائر | الجزائر | Algeria |
PER | زين العابدين بن علي | زين العابدين بن علي | Zine El Abidine Ben Ali | role=الرئيس
""",
"devtest11/203_aljazirah_2015-08-03_374.txt": """
LOC | أغري | أغري;إقليم أغري | Agri Province | note='مكتب حاكم إقليم أغري'
LOC | تركيا | تركيا | Turkey |
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
LOC | دوجو بايزيد | دوجو بايزيد;منطقة دوجو بايزيد | Dogubayazit |
LOC | إيران | إيران | Iran | note='المتاخم لإيران'
LOC | ماردين | ماردين;إقليم ماردين | Mardin Province |
LOC | أنقرة | أنقرة | Ankara | note=the Turkish government
LOC | العراق | العراق | Iraq |
PER | أحمد داود أوغلو | أحمد داود أوغلو | Ahmet Davutoglu | role=رئيس الوزراء التركي
ORG | التحالف | التحالف;التحالف بقيادة الولايات المتحدة | US-led coalition | D;note='للتحالف بقيادة الولايات المتحدة الذي يحارب': descriptive
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | داعش | داعش;تنظيم داعش;تنظيم الدولة الاسلامية | Islamic State (ISIS) |
ORG | حلف شمال الأطلسي | حلف شمال الأطلسي | NATO |
PER | رجب طيب اردوغان | رجب طيب اردوغان;اردوغان | Recep Tayyip Erdogan | role=الرئيس التركي
LOC | سوريا | سوريا | Syria |
""",
"devtest11/204_almadina_2015-08-06_1163.txt": """
ORG | داعش | داعش;الدواعش;تنظيم داعش | Islamic State (ISIS) | note='الدواعش' (its members, as الحوثيين), 'تنظيم (داعش)'
LOC | الرقة | الرقة | Raqqa |
PER | مايكل فالون | مايكل فالون;فالون | Michael Fallon | role=وزير الدفاع البريطاني
LOC | العراق | العراق | Iraq |
LOC | بريطانيا | بريطانيا | United Kingdom |
LOC | قبرص | قبرص | Cyprus |
ORG | التحالف | التحالف;التحالف بقيادة الولايات المتحدة | US-led coalition | D;note='تحالف تقوده الولايات المتحدة', 'التحالف بقيادة الولايات المتحدة': descriptive
LOC | الولايات المتحدة | الولايات المتحدة | United States |
LOC | سورية | سورية | Syria |
LOC | تركيا | تركيا | Turkey |
""",
"devtest11/205_alriyadh_2015-07-25_807.txt": """
ORG | وزارة الدفاع الأميركية | وزارة الدفاع الأميركية;البنتاغون | United States Department of Defense | note=acts: 'أعلنت وزارة الدفاع الأميركية', title 'البنتاغون:'
ORG | القاعدة | القاعدة;تنظيم القاعدة | al-Qaeda |
LOC | أفغانستان | أفغانستان | Afghanistan |
LOC | باكتيكا | باكتيكا;ولاية باكتيكا | Paktika Province |
PER | أبو خليل السوداني | أبو خليل السوداني;السوداني | Abu Khalil al-Sudani | role=القائد العملاني الكبير في تنظيم القاعدة
PER | اشتون كارتر | اشتون كارتر;كارتر | Ashton Carter | role=وزير الدفاع الأميركي
LOC | العراق | العراق | Iraq |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | التحالف | التحالف | US-led coalition | D;note=bare 'ومن التحالف': descriptive
PER | أيمن الظواهري | أيمن الظواهري | Ayman al-Zawahiri | role=زعيم تنظيم القاعدة
PER | جون كامبل | جون كامبل | John F. Campbell | title=الجنرال;role=قائد قوات الحلف الأطلسي في أفغانستان
ORG | الحلف الأطلسي | الحلف الأطلسي | NATO | note='قائد قوات الحلف الأطلسي': a proper name inside a role (as الأمم المتحدة in devtest10/189)
ORG | وحدة التفجيرات والهجمات الانتحارية | وحدة التفجيرات والهجمات الانتحارية | al-Qaeda bombing unit | D;note=a unit described, not named
""",
"devtest11/206_alwatan_2015-07-27_874.txt": """
PER | ناصر محمد القميشي | ناصر محمد القميشي;القميشي | Nasser Mohammed al-Qumaishi | role=وكيل محافظ شبوة
LOC | شبوة | شبوة;محافظة شبوة | Shabwa |
ORG | المقاومة | المقاومة;قوات المقاومة | Popular Resistance (Yemen) | note='قوات المقاومة', 'المقاومة في محافظة شبوة ما زالت صامدة'
ORG | الحوثيين | الحوثيين;الميليشيات الحوثية | Houthis (Ansar Allah) | note='ميليشيات التمرد الحوثي'
PER | علي عبدالله صالح | علي عبدالله صالح | Ali Abdullah Saleh | role=الرئيس المخلوع;note='قوات المخلوع'
ORG | الوطن | الوطن | Al-Watan (newspaper) | note='في تصريحات إلى "الوطن"'
LOC | اليمن | اليمن | Yemen |
LOC | مأرب | مأرب | Marib |
LOC | حضرموت | حضرموت | Hadramawt |
LOC | عدن | عدن | Aden |
ORG | التحالف العربي | التحالف العربي;قوات التحالف;التحالف | Saudi-led coalition | note=acts: 'أن قوات التحالف تقوم بدور فعال', 'لدول التحالف العربي'
LOC | المملكة العربية السعودية | المملكة العربية السعودية | Saudi Arabia |
""",
"devtest11/207_alweeam_2015-07-21_2034.txt": """
LOC | سوريا | سوريا;سورية | Syria | note=title 'سوريا :', 'في شمال سورية'
ORG | المعارضة السورية | المعارضة السورية;فصائل المعارضة;المعارضة | Syrian opposition | D;note=descriptive
ORG | القوات النظامية | القوات النظامية;الجيش النظامي | Syrian government forces | D;note=descriptive
LOC | الزبداني | الزبداني;مدينة الزبداني;بلدة الزبداني | Zabadani |
LOC | لبنان | لبنان | Lebanon |
LOC | إدلب | إدلب | Idlib |
LOC | حلب | حلب | Aleppo |
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان;المرصد | Syrian Observatory for Human Rights |
LOC | الجبل الشرقي | الجبل الشرقي;منطقة الجبل الشرقي | al-Jabal al-Sharqi (Zabadani) |
ORG | قوات الدفاع المدني | قوات الدفاع المدني | National Defence Forces (Syria) | D;note='قوات الدفاع المدني الموالية لدمشق': descriptive
LOC | دمشق | دمشق | Damascus | note='الموالية لدمشق'
LOC | ريف دمشق | ريف دمشق | Rif Dimashq Governorate | D;note='في ريف دمشق': the countryside or the governorate
ORG | حزب الله | حزب الله | Hezbollah |
ORG | جبهة النصرة | جبهة النصرة | al-Nusra Front |
LOC | الفوعة | الفوعة | al-Fu'ah |
LOC | كفريا | كفريا | Kafriya |
LOC | نبل | نبل | Nubl |
LOC | الزهراء | الزهراء | al-Zahraa (Aleppo) |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest11/208_alweeam_2015-07-22_1464.txt": """
ORG | الحوثيين | الحوثيين;الحوثي;ميليشيات الحوثي;مليشيات الحوثي | Houthis (Ansar Allah) | note='المتمردين الحوثيين', 'مسلحي الحوثي'
PER | علي عبد الله صالح | علي عبد الله صالح;صالح | Ali Abdullah Saleh | role=الرئيس السابق;note='وقوات صالح'
LOC | تعز | تعز | Taiz |
ORG | التحالف العربي | التحالف العربي;التحالف | Saudi-led coalition | note=acts: 'بأن التحالف العربي شن سلسلة غارات', 'طيران التحالف'
LOC | إب | إب;مدينة إب | Ibb |
LOC | اليمن | اليمن | Yemen |
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | حوض الأشراف | حوض الأشراف | Hawd al-Ashraf (Taiz) | note='أحياء حوض الأشراف والبريد والجمهوري والضباب'
LOC | البريد | البريد | al-Barid (Taiz) |
LOC | الجمهوري | الجمهوري | al-Jumhuri (Taiz) |
LOC | الضباب | الضباب | al-Dhabab (Taiz) |
LOC | عدن | عدن;مدينة عدن | Aden |
LOC | لحج | لحج;محافظة لحج | Lahij |
LOC | معسكر الحمزة | معسكر الحمزة | al-Hamza camp (Ibb) |
LOC | ميتم | ميتم;منطقة ميتم | Maytam |
LOC | وادي الحسيني | وادي الحسيني;صحراء وادي الحسيني | Wadi al-Husayni |
LOC | مأرب | مأرب | Marib |
LOC | الجفينة | الجفينة;جبهة الجفينة | al-Jufaynah |
LOC | تبة الدفاع | تبة الدفاع | Tabbat al-Difa (Marib) |
ORG | الجيش الموالي للشرعية | الجيش الموالي للشرعية | Yemeni National Army | D;note=descriptive
LOC | المخدرة | المخدرة | al-Makhdara |
ORG | سكاي نيوز | سكاي نيوز | Sky News Arabia | note='بحسب سكاي نيوز'
LOC | قاعدة العند | قاعدة العند | Al Anad Air Base |
LOC | معسكر لبوزة | معسكر لبوزة | Labouza camp (Lahij) |
LOC | سناح | سناح;منطقة سناح | Sanah |
LOC | الضالع | الضالع;مدينة الضالع | Al Dhale |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest11/209_alyaum_2015-07-22_1656.txt": """
ORG | المعارضة السورية | المعارضة السورية;المعارضة;المعارضة السورية المسلحة;المعارضة المسلحة | Syrian opposition | D;note=descriptive
LOC | الجبل الشرقي | الجبل الشرقي | al-Jabal al-Sharqi (Zabadani) |
LOC | الزبداني | الزبداني;مدينة الزبداني;سهل الزبداني | Zabadani | note=also 'منطقة سهل الزبداني' (its plain)
LOC | ريف دمشق | ريف دمشق | Rif Dimashq Governorate | D;note='بريف دمشق': the countryside or the governorate
LOC | دمشق | دمشق | Damascus | D;note=only inside 'ريف دمشق'
ORG | قوات النظام | قوات النظام;قوات النظام السوري;النظام;النظام السوري | Syrian government forces | D;note=descriptive
LOC | إدلب | إدلب | Idlib | note='بريفي إدلب وحلب', 'ريف إدلب'
LOC | حلب | حلب | Aleppo | note='ريف حلب'
ORG | جبهة النصرة | جبهة النصرة | al-Nusra Front |
LOC | بلودان | بلودان;بلدة بلودان | Bloudan |
ORG | حزب الله | حزب الله | Hezbollah |
ORG | الجيش الأميركي | الجيش الأميركي | United States Armed Forces | note=acts: 'قال الجيش الأميركي'
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | سوريا | سوريا | Syria |
LOC | الحسكة | الحسكة | Al-Hasakah |
LOC | كوباني | كوباني;عين العرب | Kobani | note='وعين العرب (كوباني)'
LOC | الرقة | الرقة | Raqqa |
ORG | سانا | سانا;وكالة سانا;وكالة سانا الرسمية السورية للأنباء | Syrian Arab News Agency (SANA) | note=acts: 'قالت وكالة سانا الرسمية السورية للأنباء'
ORG | المقاومة اللبنانية | المقاومة اللبنانية | Hezbollah | D;note='وما سمتها "بالمقاومة اللبنانية"': a name quoted from another's statement
LOC | السكرة | السكرة | al-Sakra (Zabadani) | note='نقاط السكرة والكرزات وضهور بدرية'
LOC | الكرزات | الكرزات | al-Karazat (Zabadani) |
LOC | ضهور بدرية | ضهور بدرية | Dhuhur Badriya (Zabadani) |
LOC | عربين | عربين;مدينة عربين | Arbin |
LOC | منبج | منبج;مدينة منبج | Manbij |
LOC | كفر داعل | كفر داعل;قرية كفر داعل | Kafr Dael |
LOC | الإمام | الإمام;قرية الإمام | al-Imam (village, Aleppo) | note='وعلى قرية الإمام التي يسيطر عليها تنظيم داعش'
ORG | جيش الفتح | جيش الفتح | Army of Conquest (Jaysh al-Fatah) | note=acts: 'شنت قوات جيش الفتح ... قصفا'
LOC | الفوعة | الفوعة | al-Fu'ah |
LOC | كفريا | كفريا | Kafriya |
LOC | نبل | نبل | Nubl |
LOC | الزهراء | الزهراء | al-Zahraa (Aleppo) |
ORG | الشبكة السورية لحقوق الإنسان | الشبكة السورية لحقوق الإنسان;الشبكة السورية لحقوق الإنسانب | Syrian Network for Human Rights | note=written 'الشبكة السورية لحقوق الإنسانب' (a typo)
""",
"devtest11/210_okaz_2015-08-06_2853.txt": """
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | لحج | لحج;محافظة لحج | Lahij |
ORG | الحوثيين | الحوثي;الحوثيين;مليشيات الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) |
PER | علي عبدالله صالح | علي عبدالله صالح;صالح | Ali Abdullah Saleh | role=الرئيس المخلوع;note='وقوات صالح'
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note=acts: 'من مسلحي المقاومة والجيش الوطني شاركوا'
PER | هادي | هادي | Abdrabbuh Mansur Hadi | role=الرئيس;note='الموالي للرئيس هادي'
ORG | وزارة الدفاع | وزارة الدفاع | Ministry of Defence (Yemen) | note=acts: 'عبرت وزارة الدفاع ورئاسة هيئة الأركان العامة في اليمن'
ORG | هيئة الأركان العامة | رئاسة هيئة الأركان العامة;هيئة الأركان العامة;هيئة الأركان اليمنية;هيئة الأركان | General Staff (Yemen) | note=acts, with the ministry
LOC | اليمن | اليمن | Yemen |
ORG | التحالف العربي | التحالف العربي;قوات التحالف العربي;قوات التحالف;التحالف | Saudi-led coalition | note=acts: 'ونجحت طائرات التحالف العربي', 'طيران التحالف استهدف'
LOC | المملكة | المملكة | Saudi Arabia | note='وفي مقدمتها المملكة', 'بقيادة المملكة'
LOC | قاعدة العند | قاعدة العند | Al Anad Air Base |
LOC | صنعاء | صنعاء | Sanaa |
LOC | صعدة | صعدة | Saada |
LOC | البيضاء | البيضاء;محافظة البيضاء | Al Bayda |
LOC | إب | إب;محافظة إب | Ibb | note='التابع لمحافظة إب'
ORG | عكاظ | عكاظ | Okaz (newspaper) | note='لـ «عكاظ»'
LOC | معسكر المجد | معسكر المجد | al-Majd camp (al-Bayda) |
LOC | مكيراس | مكيراس;مديرية مكيراس | Mukayras District |
LOC | أبين | أبين | Abyan |
LOC | نقيل ثرة | نقيل ثرة;منطقة نقيل ثرة | Naqil Thira |
LOC | زنجبار | زنجبار | Zinjibar |
LOC | تعز | تعز;محافظة تعز | Taiz |
LOC | الروضة | الروضة | al-Rawdah (Taiz) | note='الأحياء السكينة في الروضة والتحرير الأسفل'
LOC | التحرير الأسفل | التحرير الأسفل | al-Tahrir al-Asfal (Taiz) |
LOC | الضباب | الضباب | al-Dhabab (Taiz) |
LOC | جبل المقطر | جبل المقطر | Jabal al-Muqattar |
LOC | شارع الستين | شارع الستين | Sixty Street (Taiz) | D;note=a street
""",
"devtest11/211_sabq_2015-08-03_1319.txt": """
ORG | سبق | سبق | Sabq (news website) | note=byline 'سبق- وكالات'
ORG | الجيش اليمني | الجيش اليمني;الجيش الموالي للشرعية | Yemeni National Army | D;note=title 'كتائب من الجيش اليمني', 'قوات الجيش الموالي للشرعية': adjectival and descriptive
ORG | المنطقة العسكرية الأولى | المنطقة العسكرية الأولى | 1st Military Region (Yemen) | D;note=where the troops trained and came from: a region or a command
LOC | حضرموت | حضرموت;محافظة حضرموت | Hadramawt |
LOC | اليمن | اليمن | Yemen |
LOC | قاعدة العند | قاعدة العند;قاعدة العند الجوية;العند;معسكر العند;جبهة العند | Al Anad Air Base |
LOC | لحج | لحج;محافظة لحج | Lahij |
ORG | وكالة أنباء الشرق الأوسط | وكالة أنباء الشرق الأوسط;أنباء الشرق الأوسط | Middle East News Agency (MENA) | note='حسب وكالة "أنباء الشرق الأوسط"'
ORG | المقاومة | المقاومة;قوات المقاومة | Popular Resistance (Yemen) | note='المقاومة والجيش', 'رجال المقاومة', 'مصادر المقاومة'
ORG | التحالف العربي | التحالف العربي;التحالف | Saudi-led coalition | note=acts: 'قصفت طائرات التحالف العربي', 'دول التحالف'
LOC | عدن | عدن;مطار عدن الدولي | Aden | note='ميناء ومطار عدن الدولي'
EVENT | السهم الذهبي | السهم الذهبي | Operation Golden Arrow |
ORG | الحوثيين | الحوثيين;ميليشيات الحوثيين;الميليشيات الحوثية | Houthis (Ansar Allah) |
PER | علي عبدالله صالح | علي عبدالله صالح;صالح | Ali Abdullah Saleh | role=المخلوع;note='قائد ميليشيات الحوثيين وصالح'
ORG | يمن برس | يمن برس | Yemen Press (news website) | note='لموقع "يمن برس" الإخباري'
LOC | أبين | أبين | Abyan |
LOC | تعز | تعز | Taiz |
PER | مرزوق الصيادي | مرزوق الصيادي | Marzouq al-Sayadi | title=العميد;role=قائد ميليشيات الحوثيين وصالح
ORG | قيادة أركان الجيش | قيادة أركان الجيش | General Staff (Yemen) | D;note=unqualified
ORG | الكتيبة الأولى | الكتيبة الأولى | 1st Battalion | D;note=numbered unit
""",
"devtest12/220_3alyoum_2015-07-26_23.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – عدن'
LOC | عدن | عدن | Aden | note=byline
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة اليمنية الشعبية;المقاومة اليمنية;المقاومة | Popular Resistance (Yemen) | note=acts: 'تمكنت المقاومة اليمنية الشعبية', 'الجيش والمقاومة اليمنية'
LOC | تعز | تعز;محافظة تعز;مدينة تعز | Taiz |
LOC | اليمن | اليمن | Yemen |
ORG | الحوثيين | الحوثيين;الحوثي;مليشيات الحوثي;ميليشيات الحوثي;الميليشيات الحوثية | Houthis (Ansar Allah) |
PER | صالح | صالح | Ali Abdullah Saleh | role=المخلوع;note='مليشيات الحوثي والمخلوع صالح' (twice), 'الميليشيات الحوثية وصالح'
ORG | المحور الجنوبي الغربي | المحور الجنوبي الغربي | Southwestern Axis command (Yemen) | D;note=title 'مقر قيادة المحور الجنوبي الغربي': a command named by its region
ORG | الأمن العام | الأمن العام | Public Security (Taiz) | D;note='إدارة الأمن العام بالمحافظة': its building
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note=acts: 'مدعومة من قوات الجيش الوطني', 'تمكن الجيش والمقاومة اليمنية'
ORG | اللواء 35 مدرع | اللواء 35 مدرع | 35th Armoured Brigade (Yemen) | D;note=numbered brigade, here its camp
LOC | نقطة الربيعي | نقطة الربيعي | al-Rabi'i checkpoint (Taiz) |
LOC | الحديدة | الحديدة;محافظة الحديدة | Al Hudaydah |
LOC | الوهط | الوهط | al-Waht (Lahij) | note='منطقتي منطقتي الوهط وصبر'
LOC | صبر | صبر | Sabr (Lahij) |
LOC | لحج | لحج;محافظة لحج | Lahij |
""",
"devtest12/221_aawsat_2015-08-08_151.txt": """
ORG | الجيش اللبناني | الجيش اللبناني | Lebanese Armed Forces | note=acts: 'نفّذت وحدات من الجيش اللبناني'
LOC | البقاع | البقاع;منطقة البقاع | Beqaa Valley |
LOC | بريتال | بريتال;بلدة بريتال;محلة بريتال | Brital |
LOC | الطيبة | الطيبة | Taybeh (Baalbek) | note='بلدتي بريتال والطيبة'
LOC | الشراونة | الشراونة;حي الشراونة | al-Sharawneh (Baalbek) |
LOC | بعلبك | بعلبك;مدينة بعلبك | Baalbek |
PER | مارك الحاج موسى | مارك الحاج موسى | Marc al-Hajj Moussa |
ORG | مديرية التوجيه | مديرية التوجيه | Directorate of Orientation (Lebanese Army) | note=acts: 'بيان صادر عن مديرية التوجيه في الجيش اللبناني'
PER | فرحات علي فرحان إسماعيل | فرحات علي فرحان إسماعيل | Farhat Ali Farhan Ismail |
ORG | الوكالة الوطنية للإعلام | الوكالة الوطنية للإعلام | National News Agency (Lebanon) | note=acts: 'فأعلنت'
LOC | كفريا | كفريا | Kfarya (Lebanon) | note='على طريق كفريا في البقاع'
PER | علي فياض | علي فياض | Ali Fayyad |
ORG | حزب الله | حزب الله | Hezbollah |
ORG | المديرية العامة للأمن العام | المديرية العامة للأمن العام;المديرية العامة للأمن العام اللبناني | General Directorate of General Security (Lebanon) | note=acts: 'قالت المديرية العامة للأمن العام'
PER | أسامة منصور | أسامة منصور | Osama Mansour |
PER | شادي المولوي | شادي المولوي | Shadi al-Mawlawi |
LOC | لبنان | لبنان | Lebanon | note='عملية انتحارية في لبنان'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | عرسال | عرسال | Arsal | note='من جرود عرسال'
ORG | جبهة النصرة | جبهة النصرة;تنظيم جبهة النصرة | al-Nusra Front |
LOC | سوريا | سوريا | Syria |
""",
"devtest12/222_aawsat_2015-08-08_145.txt": """
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | نينوى | نينوى;محافظة نينوى | Nineveh Governorate |
LOC | العراق | العراق | Iraq |
PER | خالد العبيدي | خالد العبيدي | Khaled al-Obaidi | role=وزير الدفاع العراقي
ORG | رويترز | رويترز;وكالة رويترز للأنباء;وكالة رويترز | Reuters | note='لوكالة رويترز للأنباء'
LOC | الموصل | الموصل | Mosul |
ORG | الشرطة العراقية | الشرطة العراقية | Iraqi Police | D;note='جنود الجيش والشرطة العراقية السابقين': adjectival national institution
ORG | القوات العراقية | القوات العراقية | Iraqi Armed Forces | D;note=adjectival national institution
""",
"devtest12/223_aleqtisadiya_2015-07-23_193.txt": """
PER | سلمان بن عبدالعزيز | سلمان بن عبدالعزيز | King Salman | title=الملك;role=خادم الحرمين الشريفين
LOC | قصر السلام | قصر السلام | Al-Salam Palace (Jeddah) |
PER | أشتون كارتر | أشتون كارتر;كارتر | Ashton Carter | role=وزير الدفاع الأمريكي
PER | باراك أوباما | باراك أوباما | Barack Obama | title=الرئيس;role=رئيس الولايات المتحدة
LOC | الولايات المتحدة | الولايات المتحدة;أمريكا | United States | note='بين المملكة وأمريكا'
LOC | المملكة | المملكة | Saudi Arabia | note='العلاقات بين المملكة وأمريكا'
PER | محمد بن نايف | محمد بن نايف | Muhammad bin Nayef | title=الأمير;role=ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية
PER | محمد بن سلمان | محمد بن سلمان | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
PER | مساعد العيبان | مساعد العيبان | Musaed Al-Aiban | title=الدكتور;role=وزير الدولة عضو مجلس الوزراء
PER | عادل الطريفي | عادل الطريفي | Adel al-Toraifi | title=الدكتور;role=وزير الثقافة والإعلام
PER | عادل الجبير | عادل الجبير | Adel al-Jubeir | role=وزير الخارجية
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside a role
PER | إريك روزينباخ | إريك روزينباخ | Eric Rosenbach | role=رئيس الأركان بمكتب وزير الدفاع
PER | رونالد لويس | رونالد لويس | Ronald Lewis | role=كبير المساعدين العسكريين
PER | أليسا سلوتكين | أليسا سلوتكين | Elissa Slotkin | role=القائمة بأعمال مساعد وزير الدفاع لشؤون الأمن الدولي
PER | أندرو أكسوم | أندرو أكسوم | Andrew Exum | role=نائب مساعد وزير الدفاع للشرق الأوسط
LOC | الشرق الأوسط | الشرق الأوسط | Middle East | note=inside a role: 'نائب مساعد وزير الدفاع للشرق الأوسط'
""",
"devtest12/224_aljazirah_2015-07-23_396.txt": """
LOC | عدن | عدن;مطار عدن | Aden | note='مطار عدن' (twice)
LOC | اليمن | اليمن | Yemen |
PER | بدر محمد باسلمه | بدر محمد باسلمه | Badr Mohammed Basalama | role=وزير النقل
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) | note='المتمردين الحوثيين', 'لمنع الحوثيين'
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) | note=acts: 'وتمكن مقاتلو «المقاومة الشعبية»'
PER | عبدربه منصور هادي | عبدربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس اليمني
PER | علي عبدالله صالح | علي عبدالله صالح | Ali Abdullah Saleh | role=الرئيس السابق
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note=acts: 'وأطلق التحالف العربي ... عملية عسكرية'
LOC | صنعاء | صنعاء | Sanaa |
""",
"devtest12/225_almadina_2015-07-23_483.txt": """
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) | note='تنظيم «داعش»'
LOC | سوريا | سوريا | Syria | note=title 'بسوريا'
ORG | الجيش السوري | الجيش السوري | Syrian Arab Army | note=acts: 'غارات جوية نفذها الجيش السوري', 'ويشن الجيش السوري'
LOC | حلب | حلب;محافظة حلب | Aleppo | note='في محافظة حلب', 'شرق حلب'
ORG | المرصد السوري لحقوق الانسان | المرصد السوري لحقوق الانسان;المرصد | Syrian Observatory for Human Rights |
LOC | قصر البريج | قصر البريج;قرية قصر البريج | Qasr al-Burayj (Aleppo) |
LOC | العراق | العراق | Iraq |
LOC | بغداد | بغداد | Baghdad |
LOC | البياع | البياع;منطقة البياع | al-Bayaa (Baghdad) |
ORG | وزارة الداخلية | وزارة الداخلية | Ministry of Interior (Iraq) | D;note='مصدر في وزارة الداخلية': bare, country from context
LOC | الشعب | الشعب;منطقة الشعب | al-Shaab (Baghdad) | note='منطقة الشعب ذات الغالبية الشيعية'
LOC | بغداد الجديدة | بغداد الجديدة;منطقة بغداد الجديدة | New Baghdad |
LOC | الزعفرانية | الزعفرانية;منطقة الزعفرانية | al-Zafaraniya (Baghdad) |
""",
"devtest12/226_alriyadh_2015-08-07_1005.txt": """
ORG | الحوثيين | الحوثيون;الحوثيين;جماعة الحوثي;الحوثي | Houthis (Ansar Allah) | note=title 'الحوثيون', 'مسلحي جماعة الحوثي'
LOC | لحج | لحج;محافظة لحج | Lahij |
LOC | تعز | تعز;محافظة تعز | Taiz |
LOC | اليمن | اليمن | Yemen |
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
PER | علي عبدالله صالح | علي عبدالله صالح | Ali Abdullah Saleh | role=الرئيس اليمني السابق
LOC | كرش | كرش;منطقة كرش | Karish (Lahij) |
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note='دعم عسكري من دول التحالف العربي'
PER | عبدربه منصور هادي | عبدربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس اليمني
LOC | قاعدة العند | قاعدة العند;قاعدة العند الجوية | Al Anad Air Base |
""",
"devtest12/227_alwatan_2015-08-10_1068.txt": """
LOC | العريش | العريش | Arish | note=title, 'بالعريش', 'قسم ثالث العريش'
ORG | قوات أمن شمال سيناء | قوات أمن شمال سيناء | North Sinai security forces | D;note=descriptive
LOC | شمال سيناء | شمال سيناء | North Sinai Governorate | note=in the descriptive 'قوات أمن شمال سيناء'
ORG | وزارة الداخلية | وزارة الداخلية | Ministry of Interior (Egypt) | D;note='وقالت وزارة الداخلية': bare, country from context
ORG | الوطن | الوطن | Al-Watan (newspaper) | note='حصلت "الوطن" على نسخة منه'
LOC | شارع أسيوط | شارع أسيوط | Assiut Street (Arish) | D;note=a street
LOC | الشيخ زويد | الشيخ زويد | Sheikh Zuweid |
LOC | الجورة | الجورة | al-Joura (North Sinai) | note='طريق الشيخ زويد - الجورة'
ORG | قطاع السجون | قطاع السجون | Prisons Sector (Egypt) | note=acts: 'نفى قطاع السجون'
PER | عصام دربالة | عصام دربالة;دربالة | Essam Derbala | role=رئيس مجلس شورى الجماعة الإسلامية
ORG | مجلس شورى الجماعة الإسلامية | مجلس شورى الجماعة الإسلامية | Shura Council of al-Gama'a al-Islamiyya | D;note=only inside a role
ORG | الجماعة الإسلامية | الجماعة الإسلامية | al-Gama'a al-Islamiyya |
LOC | سجن العقرب | سجن العقرب | Scorpion Prison |
LOC | طرة | طرة | Tora | note='سجن العقرب بطرة'
ORG | تحالف دعم الشرعية | تحالف دعم الشرعية | National Alliance to Support Legitimacy (Egypt) | note=the Egyptian alliance, not the Yemen coalition
ORG | نيابة أمن الدولة | نيابة أمن الدولة | Supreme State Security Prosecution (Egypt) |
PER | هشام النجار | هشام النجار;النجار | Hisham al-Najjar | role=الخبير في شؤون الجماعات الإسلامية
PER | كرم زهدي | كرم زهدي | Karam Zohdy |
PER | ناجح إبراهيم | ناجح إبراهيم | Nageh Ibrahim |
PER | رفاعي طه | رفاعي طه | Refai Taha |
PER | عاصم عبدالغنى | عاصم عبدالغنى | Assem Abdel Ghani |
PER | صفوت عبدالغنى | صفوت عبدالغنى | Safwat Abdel Ghani |
""",
"devtest12/228_alweeam_2015-07-21_1643.txt": """
ORG | تنظيم القاعدة في بلاد المغرب الاسلامي | تنظيم القاعدة في بلاد المغرب الاسلامي;تنظيم القاعدة | al-Qaeda in the Islamic Maghreb (AQIM) | note=title 'تنظيم القاعدة يتبنى', 'مرتبطة بتنظيم القاعدة'
LOC | بلاد المغرب الاسلامي | بلاد المغرب الاسلامي | Islamic Maghreb | D;note=only inside AQIM's name
LOC | عين الدفلى | عين الدفلى;ولاية عين الدفلى;منطقة عين الدفلى | Ain Defla Province |
LOC | العاصمة الجزائر | العاصمة الجزائر | Algiers | note='جنوب غرب العاصمة الجزائر' (twice): the capital city
LOC | الجزائر | الجزائر | Algeria | note='في الجزائر'
ORG | الجيش الجزائري | الجيش الجزائري | Algerian Army | note=acts: 'وقتل الجيش الجزائري'
ORG | الخبر | الخبر | El Khabar (newspaper) | note='صحيفة “الخبر” اعلنت' (twice)
ORG | فيسبوك | فيسبوك | Facebook | note='على موقع فيسبوك'
PER | قايد صالح | قايد صالح | Ahmed Gaid Salah | role=قائد اركان الجيش الجزائري
LOC | تيفران | تيفران;منطقة تيفران | Tifrane |
LOC | طارق بن زياد | طارق بن زياد;بلدية طارق بن زياد | Tarik Ibn Ziad (municipality) | note='في بلدية طارق بن زياد (في ولاية عين الدفلى)'
LOC | بومرداس | بومرداس | Boumerdes |
LOC | تيزي وزو | تيزي وزو | Tizi Ouzou |
LOC | المنطقة القبلية | المنطقة القبلية | Kabylie |
ORG | داعش | داعش | Islamic State (ISIS) | note='تنظيم “داعش”'
ORG | وزارة الدفاع الجزائرية | وزارة الدفاع الجزائرية | Ministry of National Defence (Algeria) |
LOC | البويرة | البويرة | Bouira |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest12/229_alyaum_2015-07-27_1073.txt": """
LOC | واشنطن | واشنطن | Washington, D.C. | note=title
LOC | أنقرة | أنقرة | Ankara |
LOC | دياربكر | دياربكر;محافظة دياربكر | Diyarbakir Province |
LOC | تركيا | تركيا | Turkey |
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
ORG | الجيش التركي | الجيش التركي | Turkish Armed Forces | note=acts: 'الضربات الجوية التي شنها الجيش التركي'
LOC | العراق | العراق | Iraq |
ORG | هيئة أركان الجيش التركي | هيئة أركان الجيش التركي | Turkish General Staff | note=acts: 'نسبت هيئة أركان الجيش التركي'
ORG | القوات الخاصة للدرك | القوات الخاصة للدرك | Gendarmerie Special Forces (Turkey) | D;note=descriptive
LOC | ليجي | ليجي;منطقة ليجي | Lice |
ORG | قوات الدفاع الشعبي | قوات الدفاع الشعبي | People's Defence Forces (HPG) | note=acts: 'دانت في بيان'
LOC | جيلان بينار | جيلان بينار;مدينة جيلان بينار | Ceylanpinar |
LOC | سوريا | سوريا | Syria |
LOC | سوروتش | سوروتش | Suruc |
ORG | البيت الأبيض | البيت الأبيض | White House | note=acts: 'دافع البيت الأبيض'
PER | ابن رودس | ابن رودس;رودس | Ben Rhodes | role=نائب مستشار الأمن القومي
PER | باراك أوباما | باراك أوباما | Barack Obama | role=الرئيس الأمريكي
LOC | كينيا | كينيا | Kenya |
LOC | نيروبي | نيروبي | Nairobi |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | حكومة إقليم كردستان | حكومة إقليم كردستان | Kurdistan Regional Government |
LOC | إقليم كردستان | إقليم كردستان | Kurdistan Region | D;note=only inside its government's name
""",
"devtest12/230_okaz_2015-08-04_1230.txt": """
LOC | قاعدة العند | قاعدة العند;قاعدة العند العسكرية;العند;قاعدة العند الاستراتيجية | Al Anad Air Base | note=title 'قاعدة «العند»', 'في العند'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note=title 'في قبضة المقاومة'
ORG | الجيش الوطني اليمني | الجيش الوطني اليمني | Yemeni National Army | note=acts: 'استعادت قوات الجيش الوطني اليمني'
ORG | التحالف | التحالف;قوات التحالف | Saudi-led coalition | D;note=bare: 'طيران قوات التحالف', 'طائرات التحالف بقيادة المملكة', 'عمليات التحالف'
ORG | الحوثيين | الحوثيين;الحوثي;مليشيات الحوثي | Houthis (Ansar Allah) | note='مسلحين حوثيين'
PER | فضل حسن | فضل حسن | Fadl Hassan | title=اللواء;role=قائد العملية
LOC | عدن | عدن | Aden |
ORG | الحكومة اليمنية | الحكومة اليمنية | Government of Yemen | D;note='للحكومة اليمنية الشرعية': adjectival
LOC | المملكة | المملكة | Saudi Arabia | note='بقيادة المملكة'
LOC | لحج | لحج;محافظة لحج | Lahij |
PER | هادي | هادي | Abdrabbuh Mansur Hadi | note='القوات الموالية لهادي'
LOC | الحوطة | الحوطة | al-Houta (Lahij) | note='الحوطة مركز محافظة لحج'
LOC | الرباط | الرباط | al-Ribat (Lahij) | D;note='وطريق الرباط شمال عدن': a road
LOC | جيبوتي | جيبوتي | Djibouti |
PER | نجيب علي طاهر | نجيب علي طاهر | Naguib Ali Taher | role=المتحدث باسم الرئاسة
""",
"devtest12/231_sabq_2015-08-06_3170.txt": """
PER | مروان المريسي | مروان المريسي | Marwan al-Muraisi | note=byline 'مروان المريسي - سبق - متابعة'
ORG | سبق | سبق | Sabq (news website) | note=byline
ORG | المقاومة الشعبية اليمنية | المقاومة الشعبية اليمنية;المقاومة | Popular Resistance (Yemen) | note=acts: 'أكدت المقاومة الشعبية اليمنية', 'أسرتهم المقاومة'
ORG | الحوثيين | الحوثي;ميليشيات الحوثي;ميليشيا الحوثي;الحوثيين | Houthis (Ansar Allah) | note='الحوثي والمخلوع' (title and text)
LOC | تعز | تعز | Taiz |
ORG | شبكة تعز الإخبارية | شبكة تعز الإخبارية | Taiz News Network | note='وبحسب "شبكة تعز الإخبارية"'
ORG | داعش | الدواعش | Islamic State (ISIS) | note=quoted 'لمقاتلة الدواعش' (its members, as in devtest11/204)
""",
"devtest13/232_3alyoum_2015-08-10_52.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – متابعات'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note=acts: 'سيطرت المقاومة على مدينة زنجبار'
LOC | يريم | يريم | Yarim | note='مديريتي يريم والرضمة'
LOC | الرضمة | الرضمة;مديرية الرضمة | Ar Radmah |
LOC | إب | إب;محافظة إب | Ibb Governorate | note='مناطق إب'
PER | محمد بن همام | محمد بن همام | Mohammed bin Hammam | role=محافظ البنك المركزي
ORG | البنك المركزي | البنك المركزي | Central Bank of Yemen | D;note=only inside a role
LOC | صنعاء | صنعاء | Sanaa | note='العاصمة صنعاء' (twice)
LOC | حضرموت | حضرموت | Hadhramaut |
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note=acts: 'التقدم السريع للمقاومة الشعبية والجيش الوطني'
LOC | اليمن | اليمن | Yemen |
ORG | الحوثيين | الحوثي;ميليشيات الحوثي;الحوثيين | Houthis (Ansar Allah) | note='الانقلابيين الحوثيين', 'ميليشيات الحوثي والمخلوع صالح'
PER | صالح | صالح | Ali Abdullah Saleh | role=المخلوع
LOC | زنجبار | زنجبار;مدينة زنجبار | Zinjibar | note='مدينة زنجبار عاصمة أبين'
LOC | أبين | أبين | Abyan Governorate |
LOC | شقرة | شقرة;مدينة شقرة | Shuqrah |
LOC | لودر | لودر;مدينة لودر | Lawdar |
LOC | الهضبة الوسطى | الهضبة الوسطى | central plateau (Yemen) | D;note=a region named by description
ORG | الإصلاح | الإصلاح | Al-Islah (party) | note='حزبي الإصلاح والناصري'
ORG | الناصري | الناصري | Nasserist Unionist People's Organisation | note='حزبي الإصلاح والناصري'
LOC | أرحب | أرحب;مديرية أرحب | Arhab District |
LOC | ذمار | ذمار | Dhamar |
LOC | حصن أنسب | حصن أنسب | Hisn Ansab (Ibb) | D;note=a fort
LOC | شبوة | شبوة;محافظة شبوة | Shabwah Governorate |
""",
"devtest13/233_aawsat_2015-08-01_82.txt": """
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني;الكردستاني | Kurdistan Workers' Party (PKK) | note=title '«الكردستاني»'
PER | رجب طيب إردوغان | رجب طيب إردوغان;إردوغان | Recep Tayyip Erdogan | role=الرئيس التركي
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | القوات التركية | القوات التركية | Turkish forces | D;note=adjectival national institution
LOC | العراق | العراق | Iraq |
LOC | تركيا | تركيا | Turkey |
ORG | وكالة دوجان التركية للأنباء | وكالة دوجان التركية للأنباء | Dogan News Agency | note=acts: 'وأفادت وكالة دوجان التركية للأنباء'
LOC | أضنة | أضنة;مدينة أضنة | Adana |
ORG | شركة خطوط السكك الحديدية التركية | شركة خطوط السكك الحديدية التركية | Turkish State Railways | D;note=adjectival national company
LOC | ساريكاميس | ساريكاميس;منطقة ساريكاميس | Sarikamis |
LOC | كارس | كارس;إقليم كارس | Kars Province |
PER | أحمد داود أوغلو | أحمد داود أوغلو;أوغلو | Ahmet Davutoglu | role=رئيس الوزراء
LOC | سوريا | سوريا | Syria |
LOC | إندونيسيا | إندونيسيا | Indonesia |
LOC | جاكرتا | جاكرتا | Jakarta |
""",
"devtest13/234_aleqtisadiya_2015-08-11_219.txt": """
PER | عبدربه منصور هادي | عبدربه منصور هادي;هادي | Abdrabbuh Mansur Hadi | role=الرئيس اليمني;note='قوات هادي'
ORG | القوات اليمنية | القوات اليمنية | Yemeni forces | D;note=title 'القوات اليمنية على بعد 100 كيلو متر': adjectival national institution
LOC | صنعاء | صنعاء;محافظة صنعاء | Sanaa | note='العاصمة صنعاء', 'لمحافظة صنعاء'
ORG | الحوثيين | الحوثيون;الحوثيين | Houthis (Ansar Allah) |
ORG | التحالف العربي | التحالف العربي;قوات التحالف;التحالف | Saudi-led coalition | note='المدعومة من التحالف العربي الذي تقوده السعودية', 'دول التحالف'
LOC | السعودية | السعودية | Saudi Arabia |
LOC | إب | اب;محافظة اب | Ibb Governorate |
LOC | عتمة | عتمة;منطقة عتمة | Utmah |
LOC | ذمار | ذمار;محافظة ذمار | Dhamar Governorate |
LOC | أبين | ابين;محافظة ابين | Abyan Governorate |
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note='قوات المقاومة سيطرت'
LOC | عدن | عدن | Aden |
LOC | لحج | لحج | Lahij | note='ومحافظات لحج'
LOC | قاعدة العند الجوية | قاعدة العند الجوية | Al Anad Air Base |
LOC | الضالع | الضالع | Al Dhale |
LOC | شبوة | شبوة;محافظة شبوة | Shabwah Governorate |
ORG | وكالة فرانس برس | وكالة فرانس برس | Agence France-Presse | note='لوكالة فرانس برس' (twice)
PER | علي العولقي | علي العولقي | Ali al-Awlaqi | role=محافظ شبوة
LOC | تعز | تعز | Taiz |
""",
"devtest13/235_aljazirah_2015-07-27_341.txt": """
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان | Syrian Observatory for Human Rights |
LOC | النعيمة | النعيمة;بلدة النعيمة | al-Nuaymah (Daraa) |
LOC | درعا | درعا;مدينة درعا | Daraa |
LOC | الشدادي | الشدادي;منطقة الشدادي | al-Shaddadi |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | الحسكة | الحسكة | Al-Hasakah | note='ريف الحسكة الجنوبي'
LOC | تل اشهيب | تل اشهيب | Tal Ishhib (Sweida) |
LOC | خلخلة | خلخلة;مطار خلخلة | Khalkhalah | note='شرقي مطار خلخلة': an airport named after its village
LOC | تل معاز | تل معاز | Tal Maaz (Sweida) |
LOC | شقا | شقا;قرية شقا | Shaqqa |
LOC | السويداء | السويداء | As-Suwayda | note=title, 'ريف السويداء الشمالي'
LOC | الزبداني | الزبداني;مدينة الزبداني | Zabadani |
ORG | الفرقة الرابعة | الفرقة الرابعة | 4th Armoured Division (Syria) | note=acts: 'الاشتباكات العنيفة بين الفرقة الرابعة وحزب الله'
ORG | حزب الله | حزب الله;حزب الله اللبناني | Hezbollah |
LOC | ريف دمشق | ريف دمشق | Rif Dimashq Governorate | D;note='في ريف دمشق': the countryside or the governorate
LOC | دمشق | دمشق | Damascus | D;note=only inside 'ريف دمشق'
LOC | الغوطة الغربية | الغوطة الغربية | Western Ghouta |
LOC | القلمون | القلمون | Qalamoun |
ORG | قوات النظام | قوات النظام | Syrian government forces | D;note=descriptive
LOC | نبل | نبل | Nubl |
LOC | الزهراء | الزهراء | al-Zahraa |
LOC | عندان | عندان;بلدة عندان | Anadan |
LOC | كرم الطراب | كرم الطراب;حي كرم الطراب | Karm al-Tarrab (Aleppo) |
LOC | مطار النيرب العسكري | مطار النيرب العسكري;مطار النيرب | Nairab military airport |
LOC | حلب | حلب | Aleppo | note='شرق حلب', 'بريف حلب الشمالي الشرقي'
ORG | قوات الدفاع الوطني | قوات الدفاع الوطني | National Defence Forces (Syria) |
ORG | التحالف الدولي | التحالف الدولي | Global Coalition against ISIS | note='طائرات يعتقد أنها تابعة للتحالف الدولي'
LOC | صرين | صرين;منطقة صرين | Sarrin |
""",
"devtest13/236_almadina_2015-07-24_1229.txt": """
PER | بدرة قعلول | بدرة قعلول;قعلول | Badra Gaaloul | role=رئيسة المركز الدولي للدراسات الاستراتيجية الأمنية والعسكرية بتونس
ORG | المركز الدولي للدراسات الاستراتيجية الأمنية والعسكرية | المركز الدولي للدراسات الاستراتيجية الأمنية والعسكرية | International Centre for Strategic, Security and Military Studies (Tunis) | D;note=only inside a role
LOC | تونس | تونس | Tunisia | note='بتونس' in her role
ORG | المدينة | المدينة | Al-Madina (newspaper) | note='لـ»المدينة»' (twice)
PER | أبو عواد التونسي | أبو عواد التونسي | Abu Awad al-Tunisi | note='قيادي تونسي يدعى أبو عواد التونسي'
ORG | داعش | داعش | Islamic State (ISIS) | note='من صفوف «داعش»', 'خلافة داعش المزعومة'
""",
"devtest13/237_alriyadh_2015-07-31_1143.txt": """
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
LOC | تعز | تعز;مدينة تعز | Taiz |
LOC | اليمن | اليمن | Yemen |
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) |
PER | علي صالح | علي صالح;صالح | Ali Abdullah Saleh | role=الرئيس السابق;note='قوات صالح'
LOC | تبة مسعود | تبة مسعود | Tabbat Masoud (Taiz) |
LOC | مشرعة | مشرعة;مديرية مشرعة | Mashraa |
LOC | حدنان | حدنان;قرية حدنان | Hadnan |
LOC | جبل صبر | جبل صبر | Jabal Sabir |
""",
"devtest13/238_alwatan_2015-07-31_1297.txt": """
LOC | مسجد الإمام الصادق | مسجد الإمام الصادق;مسجد الصادق | Imam Sadiq Mosque (Kuwait) | D;note=a building
LOC | الصوابر | الصوابر;حي الصوابر | al-Sawaber (Kuwait City) |
LOC | الكويت | الكويت | Kuwait |
ORG | داعش | داعش;تنظيم داعش;الدواعش | Islamic State (ISIS) | note='الدواعش' (its members)
LOC | سورية | سورية | Syria |
LOC | العراق | العراق | Iraq |
PER | محمد فلاح | محمد فلاح | Mohammed Falah |
ORG | النيابة العامة | النيابة العامة | Public Prosecution (Kuwait) | D;note=unqualified
ORG | وزارة الداخلية الكويتية | وزارة الداخلية الكويتية;وزارة الداخلية | Ministry of Interior (Kuwait) | note=acts: 'كشفت وزارة الداخلية الكويتية'
PER | مبارك ملفي | مبارك ملفي | Mubarak Mulfi |
PER | فهد حمد | فهد حمد | Fahd Hamad |
PER | محمد حمد | محمد حمد | Mohammed Hamad |
LOC | الموصل | الموصل | Mosul |
PER | فالح ناصر | فالح ناصر | Falih Nasser |
PER | محمد خالد الحمد الصباح | محمد خالد الحمد الصباح | Mohammad Khalid Al-Hamad Al-Sabah | title=الشيخ;role=نائب رئيس مجلس الوزراء ووزير الداخلية الكويتي
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Kuwait) | D;note=only inside a role
""",
"devtest13/239_alwatan_2015-08-09_774.txt": """
LOC | زنجبار | زنجبار;مدينة زنجبار | Zinjibar |
LOC | أبين | أبين;محافظة أبين | Abyan Governorate |
ORG | التحالف العربي | التحالف العربي;التحالف | Saudi-led coalition | note=acts: 'شنت مقاتلات التحالف غارات', 'طائرات التحالف العربي', 'قيادة التحالف'
ORG | الحوثيين | الحوثي;الحوثيين | Houthis (Ansar Allah) | note='التمرد الحوثي', 'جماعة الحوثي', 'المتمردين الحوثيين'
PER | صالح | صالح | Ali Abdullah Saleh | role=الرئيس المخلوع;note='وقوات صالح'
ORG | الوطن | الوطن | Al-Watan (newspaper) | note='إلى "الوطن"'
ORG | المقاومة | المقاومة | Popular Resistance (Yemen) | D;note=bare: 'عناصر المقاومة', 'وبدأت المقاومة تنفيذها'
LOC | البيضاء | البيضاء;محافظة البيضاء | Al Bayda |
LOC | المملكة | المملكة | Saudi Arabia | note='التحالف العربي الذي تقوده المملكة'
ORG | اللواء 15 | اللواء 15 | 15th Brigade (Yemen) | D;note=numbered brigade, here its camp
LOC | جعار | جعار;مدينة جعار | Jaar |
ORG | الجيش اليمني | الجيش اليمني;الجيش الموالي للشرعية | Yemeni National Army | D;note='عناصر الجيش الموالي للشرعية', 'من الجيش اليمني': adjectival and descriptive
LOC | مأرب | مأرب | Marib |
LOC | صنعاء | صنعاء | Sanaa |
LOC | شبوة | شبوة | Shabwah Governorate |
LOC | الحديدة | الحديدة;محافظة الحديدة | Al Hudaydah |
LOC | اليمن | اليمن | Yemen |
LOC | حيس | حيس;مديرية حيس | Hays District |
LOC | الدريهمي | الدريهمي;مديرية الدريهمي | Ad Durayhimi District |
ORG | المركز الإعلامي للمقاومة | المركز الإعلامي للمقاومة | Resistance media centre | note=acts: 'وأضاف المركز الإعلامي للمقاومة'
LOC | إب | إب | Ibb Governorate |
LOC | ذمار | ذمار | Dhamar Governorate |
""",
"devtest13/240_alweeam_2015-08-10_1170.txt": """
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | البوكمال | البوكمال;مدينة البوكمال | Abu Kamal |
ORG | وكالة باسنيوز | وكالة باسنيوز | BasNews | note='ووفقاً لما أوردته وكالة باسنيوز'
LOC | دير الزور | دير الزور;مدينة دير الزور | Deir ez-Zor |
LOC | العراق | العراق | Iraq |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest13/241_alyaum_2015-08-03_974.txt": """
PER | عبدالملك الحوثي | عبدالملك الحوثي;الحوثي | Abdul-Malik al-Houthi | role=زعيم الحوثيين;note='وقال الحوثي', 'واعترف الحوثي', title 'الحوثي مبرراً' are the man
ORG | الحوثيين | الحوثيين;ميليشيات الحوثي;جماعة الحوثي | Houthis (Ansar Allah) | note='مسلحي جماعة الحوثي', 'عربات عسكرية للحوثيين'
LOC | عدن | عدن;مدينة عدن | Aden |
ORG | اللجان الشعبية | اللجان الشعبية | Popular Committees (Houthi) | note=in al-Houthi's speech, twice
ORG | التحالف | التحالف | Saudi-led coalition | D;note=bare 'بـ "الانتصار" للتحالف'
PER | خالد بحاح | خالد بحاح | Khaled Bahah | role=نائب الرئيس اليمني
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة الشعبية اليمنية;المقاومة | Popular Resistance (Yemen) |
LOC | تعز | تعز;مدينة تعز | Taiz |
LOC | شارع الستين | شارع الستين | Sixty Street (Taiz) | D;note=a street
LOC | باب المندب | باب المندب | Bab-el-Mandeb |
""",
"devtest13/242_okaz_2015-07-21_2446.txt": """
ORG | مجلس المقاومة الشعبية في عدن | مجلس المقاومة الشعبية في عدن | Popular Resistance Council in Aden | D;note=only inside a role
LOC | عدن | عدن;محافظة عدن;مدينة عدن | Aden |
PER | نائف البكري | نائف البكري;البكري | Nayef al-Bakri | role=رئيس مجلس المقاومة الشعبية في عدن وكيل محافظة عدن
ORG | عكاظ | عكاظ | Okaz (newspaper) | note='لـ «عكاظ»'
ORG | الحوثيين | الحوثي;ميليشيات الحوثي;الحوثيين | Houthis (Ansar Allah) | note='قيادات كبيرة من الحوثي', 'الأسرى الحوثيين'
PER | عبدالملك الحوثي | عبدالملك الحوثي | Abdul-Malik al-Houthi | note='شقيق عبدالملك الحوثي'
ORG | المقاومة | المقاومة | Popular Resistance (Yemen) | D;note=bare: 'لدى المقاومة', 'الجيش والمقاومة والحكومة'
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note='دول التحالف العربي', 'دور التحالف العربي بقيادة المملكة'
LOC | المملكة | المملكة | Saudi Arabia |
LOC | اليمن | اليمن | Yemen | note='لأبناء اليمن'
""",
"devtest13/243_sabq_2015-08-01_1250.txt": """
ORG | سبق | سبق | Sabq (news website) | note=byline 'سبق- وكالات'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) |
ORG | الجيش الوطني اليمني | الجيش الوطني اليمني | Yemeni National Army | note=acts: 'المعارك بين المقاومة الشعبية والجيش الوطني اليمني'
ORG | الحوثيين | الحوثيين;الحوثيون;الحوثي | Houthis (Ansar Allah) | note='المتمردين الحوثيين', 'شنّه الحوثيون', 'الموالي لـ"صالح" والحوثي'
PER | علي عبدالله صالح | علي عبدالله صالح;صالح | Ali Abdullah Saleh | note='وميليشيات "صالح"'
LOC | تعز | تعز;محافظة تعز;مدينة تعز | Taiz |
LOC | اليمن | اليمن | Yemen |
LOC | أبين | أبين;محافظة أبين | Abyan Governorate | note=quoted '"أبين"'
LOC | لحج | لحج;محافظة لحج | Lahij | note=quoted '"لحج"'
ORG | سكاي نيوز عربية | سكاي نيوز عربية | Sky News Arabia | note='وحسب موقع "سكاي نيوز عربية"'
LOC | مشرعة | مشرعة | Mashraa | note='قرى: (مشرعة، وحدنان)'
LOC | حدنان | حدنان | Hadnan |
LOC | جبل صبر | جبل صبر | Jabal Sabir |
ORG | التحالف | التحالف | Saudi-led coalition | D;note=bare 'طيران التحالف'
ORG | اللواء 35 | اللواء 35 | 35th Armoured Brigade (Yemen) | D;note=numbered brigade, here its camp
LOC | المخاء | المخاء;مدينة المخاء | Mocha |
PER | هادي | هادي | Abdrabbuh Mansur Hadi | note='موالية لـ"هادي"' (twice)
LOC | الحوطة | الحوطة;مدينة الحوطة | Al Houta | note='مدينة الحوطة عاصمة محافظة لحج'
LOC | عدن | عدن | Aden | note='(شمالي عدن)'
LOC | لودر | لودر;مدينة لودر | Lawdar |
""",
"devtest14/244_3alyoum_2015-07-24_295.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=title '“عين اليوم” تستعرض', byline 'أحمد حجازي – عين اليوم', 'صحيفة (عين اليوم )'
PER | أحمد حجازي | أحمد حجازي | Ahmed Hegazy | note=byline 'أحمد حجازي – عين اليوم'
ORG | الحوثيين | الحوثيين;الحوثيون | Houthis (Ansar Allah) | note='حرب الحوثيين الأولى', 'قوات الحوثيين', 'الحوثيون الذين'
EVENT | عاصفة الحزم | عاصفة الحزم | Operation Decisive Storm |
ORG | القوات السعودية | القوات السعودية | Saudi Armed Forces | D;note=adjectival national institution
PER | عبدالملك الحوثي | عبدالملك الحوثي | Abdul-Malik al-Houthi | note='ميليشيا عبدالملك الحوثي', 'قبل أن يسحب عبدالملك الحوثي ميليشياته'
LOC | السعودية | السعودية;المملكة العربية السعودية | Saudi Arabia | note='للمملكة العربية السعودية', 'أعلنت السعودية حربها'
LOC | الخوبة | الخوبة;قرية الخوبة | Al-Khubah | note='قرية الخوبة التابعة لمحافظة جازان'
LOC | جازان | جازان;محافظة جازان | Jazan |
ORG | حرس الحدود | حرس الحدود | Border Guard (Saudi Arabia) | note='فرقة عسكرية من حرس الحدود'
ORG | سلاح الجو السعودية | سلاح الجو السعودية | Royal Saudi Air Force | note=acts: 'وأرسل سلاح الجو السعودية طائرات حربية'
ORG | القوت البرية | القوت البرية | Royal Saudi Land Forces | D;note='ألوية من القوت البرية' (the article's typo for القوات), generic
""",
"devtest14/245_aawsat_2015-08-01_155.txt": """
LOC | عدن | عدن;مدينة عدن;محافظة عدن;مطار عدن الدولي | Aden | note=also 'مطار عدن الدولي' (its airport)
PER | خالد بحاح | خالد بحاح;بحاح | Khaled Bahah | role=نائب الرئيس اليمني رئيس مجلس الوزراء
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Yemen) | D;note=only inside a role
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) | note='المتمردين الحوثيين', 'تحرير مدينة عدن من الحوثيين'
PER | علي عبد الله صالح | علي عبد الله صالح;علي صالح | Ali Abdullah Saleh | role=المخلوع;note='للرئيس السابق علي صالح'
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note='بدعم من قوات التحالف العربي'
PER | نائف البكري | نائف البكري | Nayef al-Bakri | role=محافظ عدن
""",
"devtest14/246_aawsat_2015-08-09_153.txt": """
ORG | الاتحاد الأوروبي | الاتحاد الأوروبي | European Union |
LOC | أربيل | أربيل | Erbil |
ORG | دائرة العلاقات الخارجية | دائرة العلاقات الخارجية | Department of Foreign Relations (Kurdistan Regional Government) | note=acts: 'أعلنت دائرة العلاقات الخارجية في حكومة إقليم كردستان'
ORG | حكومة إقليم كردستان | حكومة إقليم كردستان;حكومة الإقليم | Kurdistan Regional Government | note=acts: 'حكومة الإقليم ترحب'
LOC | إقليم كردستان | إقليم كردستان | Kurdistan Region (Iraq) | note='مكتب تنسيقي للاتحاد الأوروبي في إقليم كردستان'
PER | فلاح مصطفى | فلاح مصطفى;مصطفى | Falah Mustafa Bakir | role=رئيس دائرة العلاقات الخارجية في حكومة إقليم كردستان
ORG | الشرق الأوسط | الشرق الأوسط | Asharq Al-Awsat (newspaper) | note='لـ«الشرق الأوسط»'
LOC | الشرق الأوسط | الشرق الأوسط | Middle East | note='العالم بشكل عام والشرق الأوسط بشكل خاص'
ORG | مجلس الأمن الدولي | مجلس الأمن الدولي | United Nations Security Council |
LOC | الولايات المتحدة الأميركية | الولايات المتحدة الأميركية | United States |
LOC | بريطانيا | بريطانيا | United Kingdom |
LOC | فرنسا | فرنسا | France |
LOC | روسيا | روسيا | Russia |
LOC | الصين | الصين | China |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | التحالف الدولي | التحالف الدولي | Global Coalition against ISIS | note=acts: 'يقدم التحالف الدولي الذي تقوده واشنطن مساعدات عسكرية'
LOC | واشنطن | واشنطن | Washington, D.C. | note='الذي تقوده واشنطن': the US government
ORG | البيشمركة | البيشمركة;قوات البيشمركة | Peshmerga |
""",
"devtest14/247_aleqtisadiya_2015-07-23_136.txt": """
ORG | المرصد السوري لحقوق الانسان | المرصد السوري لحقوق الانسان;المرصد السوري;المرصد | Syrian Observatory for Human Rights | note='وقال المرصد', 'وأشار المرصد'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) | note='تنظيم "" ( داعش )'
ORG | جبهة النصرة | جبهة النصرة;النصرة;تنظيم القاعدة في بلاد الشام | al-Nusra Front | note='جبهة النصرة (تنظيم القاعدة في بلاد الشام)' (twice), title 'داعش والنصرة'
LOC | بلاد الشام | بلاد الشام | Levant | D;note=only inside al-Nusra's other name 'تنظيم القاعدة في بلاد الشام'
ORG | التحالف الدولي | التحالف الدولي;التحالف;التحالف العربي | Global Coalition against ISIS | note='غارات التحالف - الدولي', 'غارات التحالف العربي على تجمعات' and 'التحالف العربي - الدولي' (the observatory's name for the US-led coalition in Syria)
LOC | سورية | سورية | Syria | note='على مناطق في سورية' (the other two سورية are adjectives)
LOC | حماه | حماه | Hama | note='في محافظات حماه وحلب وحمص والحسكة والرقة ودير الزور'
LOC | حلب | حلب | Aleppo | note=also 'ريف حلب الغربي'
LOC | حمص | حمص | Homs |
LOC | الحسكة | الحسكة | Al-Hasakah |
LOC | الرقة | الرقة | Raqqa |
LOC | دير الزور | دير الزور | Deir ez-Zor |
LOC | إدلب | إدلب | Idlib | note='ريف إدلب الشمالي'
PER | أبو أسامة العراقي | أبو أسامة العراقي | Abu Osama al-Iraqi | role=والي ولاية البركة
LOC | ولاية البركة | ولاية البركة | al-Baraka 'province' (ISIS) | D;note=an ISIS 'province', only inside a role
PER | عامر الرفدان | عامر الرفدان | Amer al-Rafdan | role=الوالي السابق لولاية الخير
LOC | ولاية الخير | ولاية الخير | al-Khayr 'province' (ISIS) | D;note=an ISIS 'province', only inside a role
PER | أبو سياف | أبو سياف | Abu Sayyaf | title=القيادي
ORG | تنظيم القاعدة | تنظيم القاعدة | al-Qaeda | note='القيادي في تنظيم القاعدة محسن الفضلي' (a proper name inside a role)
PER | محسن الفضلي | محسن الفضلي | Muhsin al-Fadhli | role=القيادي في تنظيم القاعدة
PER | أبو همام | أبو همام | Abu Hammam | role=القائد العسكري في جبهة النصرة
PER | أبو عمر الكردي | أبو عمر الكردي | Abu Omar al-Kurdi | title=القيادي
PER | أبو حمزة الفرنسي | أبو حمزة الفرنسي | Abu Hamza al-Faransi |
PER | أبو قتادة التونسي | أبو قتادة التونسي | Abu Qatada al-Tunisi |
""",
"devtest14/248_aljazirah_2015-08-06_863.txt": """
PER | عبدالله الثني | عبدالله الثني;الثني | Abdullah al-Thinni | role=رئيس الحكومة الليبية المؤقتة
ORG | الحكومة الليبية المؤقتة | الحكومة الليبية المؤقتة | Interim Government of Libya | D;note=government + nationality adjective, only inside a role
LOC | ليبيا | ليبيا | Libya |
ORG | حكومة الإنقاذ | حكومة الإنقاذ | National Salvation Government (Tripoli) | note='ما تسمى بـ»حكومة الإنقاذ» بطرابلس'
LOC | طرابلس | طرابلس | Tripoli (Libya) |
ORG | الجيش الليبي | الجيش الليبي | Libyan National Army | note=acts: 'قتالاً عنيفًا بين قوات الجيش الليبي وقوات مجلس شورى ثوار بنغازي'
ORG | مجلس شورى ثوار بنغازي | مجلس شورى ثوار بنغازي;شورى ثوار بنغازي | Benghazi Revolutionaries Shura Council | note='ميليشيا شورى ثوار بنغازي', 'قوات مجلس شورى ثوار بنغازي'
LOC | بنغازي | بنغازي;مدينة بنغازي | Benghazi |
PER | فرج الزولاي | فرج الزولاي | Faraj al-Zulai | note='جندي بالجيش يدعى فرج الزولاي'
LOC | بوعطني | بوعطني | Bu Atni (Benghazi) | note='بمناطق المحور الغربي ومحور وسط البلاد وبوعطني والليثي'
LOC | الليثي | الليثي | Al-Laithi (Benghazi) |
""",
"devtest14/249_almadina_2015-07-22_537.txt": """
ORG | الحكومة الشرعية اليمنية | الحكومة الشرعية اليمنية | Government of Yemen | D;note=descriptive
PER | عبدربه منصور هادي | عبدربه منصور هادي | Abdrabbuh Mansur Hadi | role=الرئيس
LOC | عدن | عدن;مدينة عدن;مطار عدن الدولي;ميناء عدن | Aden | note=also 'مطار عدن الدولي' and 'ميناء عدن' (its airport and port)
ORG | الحوثيين | الحوثي;مليشيات الحوثي;مليشيا الحوثي;الحوثيين | Houthis (Ansar Allah) | note='مليشيات الحوثي وصالح', 'مليشيا الحوثي دمرت'
PER | صالح | صالح | Ali Abdullah Saleh | role=المخلوع;note='مليشيات الحوثي وصالح', 'انصار المخلوع صالح'
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Yemen) | D;note='رئاسة مجلس الوزراء'
PER | بدر باسلمة | بدر باسلمة | Badr Basalmah | title=المهندس;role=وزير النقل اليمني
ORG | المدينة | المدينة | Al-Madina (newspaper) | note='لـ»المدينة»' (twice), 'لـ لـ «المدينة»'
ORG | وزارة الصحة | وزارة الصحة | Ministry of Public Health and Population (Yemen) | D;note='ونطالب وزارة الصحة', unqualified
ORG | الفاو | الفاو | Food and Agriculture Organization | note='أولى المعونات الواصلة من الفاو'
ORG | الجيش المساند للشرعية | الجيش المساند للشرعية | Yemeni National Army | D;note=descriptive
ORG | المقاومة | المقاومة | Popular Resistance (Yemen) | D;note=bare: 'الجيش المساند للشرعية والمقاومة'
""",
"devtest14/250_alriyadh_2015-07-24_1354.txt": """
LOC | تركيا | تركيا | Turkey | note='جنوب تركيا', 'جنوب شرق تركيا'
ORG | داعش | داعش;تنظيم داعش;الدولة الاسلامية | Islamic State (ISIS) | note='عصابة داعش', 'قوات الدولة الاسلامية'
LOC | إسطنبول | إسطنبول;اسطنبول | Istanbul |
LOC | دياربكر | دياربكر | Diyarbakir | note='دياربكر كبرى مدن جنوب شرق تركيا'
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني | Kurdistan Workers' Party (PKK) |
LOC | سوروتش | سوروتش | Suruc | note='هجوم سوروتش' and '"قتلة سوروتش"'
ORG | حركة الشبيبة الوطنية الثورية | حركة الشبيبة الوطنية الثورية | Patriotic Revolutionary Youth Movement (YDG-H) | note=acts: 'أعلنت حركة الشبيبة الوطنية الثورية'
ORG | وكالة انباء الاناضول | وكالة انباء الاناضول | Anadolu Agency | note='وذكرت وكالة انباء الاناضول'
PER | مرسل غول | مرسل غول | Mursel Gul | note='عرف عنه باسم مرسل غول'
LOC | سلطان غازي | سلطان غازي;حي سلطان غازي | Sultangazi |
LOC | كوباني | كوباني;بلدة كوباني | Kobani |
LOC | سورية | سورية | Syria | note='بلدة كوباني الكردية في سورية'
ORG | الشرطة التركية | الشرطة التركية | Turkish National Police | note=acts: 'اعلنت الشرطة التركية عن اعتقال'
LOC | شانلي أورفة | شانلي أورفة | Sanliurfa |
ORG | حرييت | حرييت;صحيفة حرييت | Hurriyet | note='وفق صحيفة حرييت'
PER | ايوب بيارباسي | ايوب بيارباسي | Eyup Beyarslan | role=القائد المحلي للشرطة
""",
"devtest14/251_alwatan_2015-07-27_890.txt": """
PER | مختار اليافعي | مختار اليافعي;اليافعي | Mukhtar al-Yafei | role=الباحث السياسي اليمني
LOC | السعودية | المملكة العربية السعودية;المملكة | Saudi Arabia |
LOC | الخليج | الخليج | Gulf region | note='دول الخليج' (title and text), a region like الشرق الأوسط
LOC | اليمن | اليمن | Yemen |
ORG | الأمم المتحدة | الأمم المتحدة | United Nations |
ORG | مجلس الأمن | مجلس الأمن | United Nations Security Council |
ORG | المجموعة العربية | المجموعة العربية | Arab Group (at the UN) | D;note=descriptive
ORG | الحكومة اليمنية | الحكومة اليمنية | Government of Yemen | D;note=government + nationality adjective
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note=acts: 'النجاحات التي حققتها المقاومة الشعبية'
ORG | التحالف العربي | التحالف العربي;قوات التحالف | Saudi-led coalition | note='المقاومة الشعبية وقوات التحالف', 'قوات التحالف العربي والمقاومة'
LOC | عدن | عدن;محافظة عدن | Aden |
LOC | قاعدة العند الجوية | قاعدة العند الجوية | Al Anad Air Base |
ORG | الوطن | الوطن | Al-Watan (newspaper) | note='في تصريحات إلى "الوطن"'
LOC | لحج | لحج | Lahij | note='محافظات لحج وأبين'
LOC | أبين | أبين | Abyan Governorate |
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) |
ORG | الحرس الجمهوري | الحرس الجمهوري;قوات الحرس الجمهوري | Republican Guard (Yemen) | note='لطرد الحوثيين وقوات الحرس الجمهوري'
ORG | مركز الملك سلمان للإغاثة | مركز الملك سلمان للإغاثة | King Salman Humanitarian Aid and Relief Centre | note=acts: 'المساعدات الإنسانية التي يقودها مركز الملك سلمان للإغاثة'
PER | سلمان بن عبدالعزيز آل سعود | الملك سلمان | King Salman | D;note=only inside the centre's name
LOC | جيبوتي | جيبوتي | Djibouti |
LOC | مأرب | مأرب;محافظة مأرب | Marib Governorate |
""",
"devtest14/252_alweeam_2015-07-27_1018.txt": """
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | التحالف الدولي | التحالف الدولي | Global Coalition against ISIS | note=acts: 'نفذت مقاتلات التحالف الدولي ضد داعش'
LOC | كركوك | كركوك;محافظة كركوك | Kirkuk Governorate |
LOC | العراق | العراق | Iraq | note='شمالي العراق'
LOC | الحويجة | الحويجة;قضاء الحويجة | Hawija |
ORG | مجلس محافظة كركوك | مجلس محافظة كركوك | Kirkuk Provincial Council | D;note=only inside a role
ORG | اللجنة الأمنية | اللجنة الأمنية | Security committee (Kirkuk Provincial Council) | D;note=only inside a role, generic
PER | محمد خليل الجبوري | محمد خليل الجبوري | Mohammed Khalil al-Jubouri | role=نائب رئيس اللجنة الأمنية في مجلس محافظة كركوك
PER | هشام التكريتي | هشام التكريتي | Hisham al-Tikriti | note='قيادي بارز في داعش يدعى هشام التكريتي'
LOC | طوز خورماتو | طوز خورماتو;قضاء طوز خورماتو | Tuz Khurmatu |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest14/253_alyaum_2015-07-22_1551.txt": """
PER | سلمان بن عبدالعزيز آل سعود | سلمان بن عبدالعزيز آل سعود | King Salman | title=الملك;role=خادم الحرمين الشريفين
ORG | حزب القوات اللبنانية | حزب القوات اللبنانية | Lebanese Forces |
PER | سمير جعجع | سمير جعجع;جعجع | Samir Geagea | role=رئيس حزب القوات اللبنانية;note=title '«جعجع»'
LOC | لبنان | لبنان | Lebanon |
LOC | السعودية | المملكة | Saudi Arabia | note='للمملكة بقيادة خادم الحرمين الشريفين'
LOC | قصر السلام | قصر السلام | Al-Salam Palace (Jeddah) |
LOC | جدة | جدة | Jeddah | note='بجدة'
PER | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان بن عبدالعزيز | Mohammed bin Salman | title=الأمير;role=ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
ORG | مجلس الوزراء | مجلس الوزراء | Council of Ministers (Saudi Arabia) | D;note=only inside roles
PER | مساعد بن محمد العيبان | مساعد بن محمد العيبان | Musaed bin Mohammed Al-Aiban | title=الدكتور;role=وزير الدولة عضو مجلس الوزراء
PER | عادل بن زيد الطريفي | عادل بن زيد الطريفي | Adel bin Zaid al-Toraifi | title=الدكتور;role=وزير الثقافة والإعلام
PER | نزار بن عبيد مدني | نزار بن عبيد مدني | Nizar bin Obaid Madani | title=الدكتور;role=وزير الدولة للشؤون الخارجية
PER | خالد بن علي الحميدان | خالد بن علي الحميدان | Khalid bin Ali Al-Humaidan | role=رئيس الاستخبارات العامة
ORG | الاستخبارات العامة | الاستخبارات العامة | General Intelligence Presidency (Saudi Arabia) | D;note=only inside a role
""",
"devtest14/254_okaz_2015-08-10_1443.txt": """
ORG | حرس الحدود | حرس الحدود | Border Guard (Saudi Arabia) | note=acts: 'حرس الحدود الذي يعمل ... يرصد أي تحركات'
LOC | قطاع سقام | قطاع سقام | Saqam sector (Najran) | D;note=a border guard sector: 'قائد حرس الحدود في قطاع سقام بمنطقة نجران'
LOC | نجران | نجران;منطقة نجران | Najran Region |
PER | صالح بن عبدالله القحطاني | صالح بن عبدالله القحطاني;القحطاني | Saleh bin Abdullah Al-Qahtani | title=العقيد;role=قائد حرس الحدود في قطاع سقام بمنطقة نجران
ORG | القوات المسلحة | القوات المسلحة | Saudi Armed Forces | D;note=generic: 'تحت سيطرة القوات المسلحة'
ORG | القوات المشتركة | القوات المشتركة | Joint forces (Saudi Arabia) | D;note=descriptive: 'القوات العسكرية المشتركة', 'القوات المشتركة على الحدود'
LOC | السعودية | المملكة | Saudi Arabia | note='داخل المملكة', 'مناطق ومحافظات المملكة'
ORG | الحوثيين | الحوثيين | Houthis (Ansar Allah) | note='للمتمردين الحوثيين', 'بإفلاس الحوثيين', 'تكبيد الحوثيين'
PER | علي عبدالله صالح | علي عبدالله صالح;صالح | Ali Abdullah Saleh | role=الرئيس المخلوع;note='جيش المخلوع صالح', 'وأنصار صالح'
""",
"devtest14/255_sabq_2015-07-24_2046.txt": """
PER | جمال الدوبحي | جمال الدوبحي | Jamal al-Dubhi | note=byline 'جمال الدوبحي- سبق- عدن'
ORG | سبق | سبق | Sabq (news website) | note=byline, 'لـ "سبق"' (twice)
LOC | عدن | عدن;مطار عدن الدولي | Aden | note=quoted '"عدن"' throughout, also 'مطار عدن الدولي' (its airport)
LOC | الجنوب | الجنوب | South Yemen | D;note='مديرياتها و"الجنوب"': a region named by a common word
ORG | الحوثيين | الميليشيات الحوثية;الحوثي;ميليشيات الحوثي | Houthis (Ansar Allah) | note='جرائم الميليشيات الحوثية', 'من قِبل الحوثي', 'قناصة ميليشيات الحوثي والمخلوع صالح'
PER | صالح | صالح | Ali Abdullah Saleh | role=المخلوع;note='قوات المخلوع صالح' (twice), 'ميليشيات الحوثي والمخلوع صالح'
ORG | قوات التحالف | قوات التحالف | Saudi-led coalition | D;note='قوات التحالف بقيادة المملكة العربية السعودية': descriptive
LOC | السعودية | المملكة العربية السعودية | Saudi Arabia |
ORG | القوات السعودية | القوات السعودية | Saudi Armed Forces | D;note=adjectival national institution
ORG | قوات النخبة السعودية | قوات النخبة السعودية | Saudi special forces | D;note=adjectival, descriptive
PER | سلمان بن عبدالعزيز آل سعود | سلمان بن عبدالعزيز آل سعود | King Salman | title=الملك;role=خادم الحرمين الشريفين;note='حكومة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود'
""",
"devtest15/256_3alyoum_2015-08-11_34.txt": """
ORG | عين اليوم | عين اليوم | Ain Alyoum (news website) | note=byline 'عين اليوم – متابعات'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
LOC | سوريا | سوريا | Syria |
LOC | السويد | السويد | Sweden | note=also in the closing tag line 'سمات السويد حامل داعش فتاة'
ORG | الجزيرة أونلاين | الجزيرة أونلاين | Al Jazeera Online | note='وبحسب موقع الجزيرة أونلاين'
ORG | وزارة الخارجية السويدية | وزارة الخارجية السويدية | Ministry for Foreign Affairs (Sweden) | note=acts: 'لم تعلق وزارة الخارجية السويدية'
PER | غابريل فيرنشتدت | غابريل فيرنشتدت | Gabriel Wernstedt | role=المتحدث باسم الوزارة
ORG | وكالة فرانس برس | وكالة فرانس برس | Agence France-Presse | note='لوكالة فرانس برس'
ORG | اكسبريسن | اكسبرسين;اكسبريسن;صحيفة اكسبريسن | Expressen (newspaper) | note='صحيفة (اكسبرسين) السويدية', 'لصحيفة اكسبريسن' (two spellings)
ORG | بوراس تيدنغ | بوراس تيدنغ;صحيفة بوراس تيدنغ | Boras Tidning (newspaper) | note='صحيفة بوراس تيدنغ المحلية' (twice)
LOC | بوراس | بوراس | Boras | note='في بوراس قرب بلدة (غوثنبرغ)', also inside the newspaper's name
LOC | غوثنبرغ | غوثنبرغ | Gothenburg | note='بلدة (غوثنبرغ)'
LOC | تركيا | تركيا | Turkey |
ORG | تنظيم القاعدة | تنظيم القاعدة | al-Qaeda | note='مجموعة مرتبطة بتنظيم القاعدة'
LOC | حلب | حلب | Aleppo |
LOC | ستوكهولم | ستوكهولم | Stockholm |
LOC | الرقة | الرقة | Raqqa |
LOC | منبج | منبج | Manbij |
""",
"devtest15/257_aawsat_2015-07-21_567.txt": """
ORG | الجيش البوروندي | الجيش البوروندي | Burundian Army | note=acts: title 'الجيش البوروندي يقتل 31 مسلحا', 'أن الجيش قتل'
LOC | بوجومبورا | بوجومبورا | Bujumbura | note=byline 'بوجومبورا - د.ب.أ'
ORG | وكالة الأنباء الألمانية | د.ب.أ | Deutsche Presse-Agentur (dpa) | note=byline
LOC | بوروندي | بوروندي | Burundi |
PER | جاسبارد باراتوزا | جاسبارد باراتوزا;باراتوزا | Gaspard Baratuza | role=المتحدث باسم الجيش في بوروندي
LOC | كايانزا | إقليم كايانزا;كايانزا | Kayanza Province |
LOC | رواندا | رواندا | Rwanda |
LOC | الكاميرون | الكاميرون | Cameroon | note='شمال الكاميرون', 'اراضي الكاميرون'
LOC | ياوندي | ياوندي | Yaounde | note=byline 'ياوندي - أ.ف.ب'
ORG | وكالة فرانس برس | أ.ف.ب | Agence France-Presse | note=byline
LOC | فوتوكول | فوتوكول;مدينة فوتوكول | Fotokol |
ORG | بوكو حرام | بوكو حرام;جماعة بوكو حرام;حركة بوكو حرام | Boko Haram |
LOC | نيجيريا | نيجيريا | Nigeria | note='لنيجيريا', 'في نيجيريا', 'ونيجيريا'
ORG | الجيش الكاميروني | الجيش الكاميروني | Cameroonian Army | D;note=adjectival national institution: 'معسكر للجيش الكاميروني'
LOC | أبوجا | أبوجا | Abuja | note=byline 'أبوجا - رويترز'
ORG | رويترز | رويترز | Reuters | note=byline
PER | محمد بخاري | محمد بخاري;بخاري | Muhammadu Buhari | role=الرئيس
PER | جودلاك جوناثان | جودلاك جوناثان | Goodluck Jonathan | role=الرئيس السابق
LOC | مايدوجوري | مايدوجوري | Maiduguri |
LOC | نجامينا | نجامينا | N'Djamena |
LOC | تشاد | تشاد | Chad |
LOC | أفريقيا | أفريقيا | Africa |
""",
"devtest15/258_aawsat_2015-07-27_95.txt": """
LOC | أنقرة | أنقرة | Ankara | note=title 'أنقرة تركز', 'وواصلت أنقرة', 'بطلب من أنقرة'
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني;الكردستاني;العمال الكردستاني | Kurdistan Workers' Party (PKK) | note=title «الكردستاني», '{العمال الكردستاني}', 'حزب العمال الكردستاني التركي المحظور'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) | note=title '{داعش}'
LOC | تركيا | تركيا | Turkey |
LOC | العراق | العراق | Iraq | note='في شمال العراق'
LOC | ديار بكر | ديار بكر;محافظة ديار بكر | Diyarbakir Province |
ORG | الجيش التركي | الجيش التركي | Turkish Armed Forces | note=acts: 'لكن الجيش التركي أعلن'
ORG | البيت الأبيض | البيت الأبيض | White House | note=acts: 'دافع البيت الأبيض'
PER | بن رودس | بن رودس | Ben Rhodes | role=نائب مستشار الأمن القومي
PER | باراك أوباما | باراك أوباما | Barack Obama | role=الرئيس الأميركي
LOC | كينيا | كينيا | Kenya |
LOC | نيروبي | نيروبي | Nairobi |
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | حلف شمال الأطلسي | حلف شمال الأطلسي;الناتو | NATO | note='حلف شمال الأطلسي (الناتو)'
""",
"devtest15/259_aleqtisadiya_2015-08-01_295.txt": """
ORG | التحالف الدولي | التحالف الدولي;الائتلاف الدولي;الائتلاف | Global Coalition against ISIS | note=acts: 'نفذت قوات التحالف الدولي بقيادة الولايات المتحدة', 'وأعلن الائتلاف الدولي', 'رئيس أركان الائتلاف', 'طائرات تابعة للائتلاف'
ORG | القيادة المشتركة لقوات التحالف الدولي | القيادة المشتركة لقوات التحالف الدولي | Combined Joint Task Force – Operation Inherent Resolve | note=acts: 'وقالت القيادة المشتركة لقوات التحالف الدولي في بيان'
LOC | الولايات المتحدة | الولايات المتحدة | United States |
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) | note='لتنظيم "داعش"', title «داعش»
LOC | سورية | سورية | Syria |
LOC | العراق | العراق | Iraq |
LOC | دير الزور | دير الزور;محافظة دير الزور | Deir ez-Zor |
LOC | الحسكة | الحسكة | Al-Hasakah |
PER | رامي عبدالرحمن | رامي عبدالرحمن;عبدالرحمن | Rami Abdulrahman | role=مدير المرصد السوري لحقوق الإنسان
ORG | المرصد السوري لحقوق الإنسان | المرصد السوري لحقوق الإنسان | Syrian Observatory for Human Rights | note=only inside a role, but a proper name
LOC | البوكمال | البوكمال;مدينة البوكمال | Abu Kamal |
LOC | الباغوز | الباغوز;قرية الباغوز | Al-Baghuz |
LOC | الفرات | الفرات;نهر الفرات | Euphrates | note='نهر الفرات', 'متفرع من الفرات'
LOC | السويعية | السويعية;قرية السويعية | Al-Suwai'iyah |
LOC | الأنبار | الأنبار;محافظة الأنبار | Anbar Governorate |
LOC | واشنطن | واشنطن | Washington, D.C. |
PER | كيفن كيليا | كيفن كيليا | Kevin Killea | title=الجنرال;role=رئيس أركان الائتلاف
LOC | الرمادي | الرمادي | Ramadi |
""",
"devtest15/260_aljazirah_2015-07-25_471.txt": """
ORG | الاتحاد الدولي للصحفيين | الاتحاد الدولي للصحفيين | International Federation of Journalists | note=acts: title, 'ضم الاتحاد الدولي للصحفيين صوته'
LOC | العراق | العراق | Iraq |
ORG | نقابة الصحفيين العراقية | نقابة الصحفيين العراقية | Iraqi Journalists Syndicate | note='صوت نقابة الصحفيين العراقية في مطالبتها'
PER | جلاء العبادي | جلاء العبادي;العبادي | Jalaa al-Abadi |
LOC | الموصل | الموصل;مدينة الموصل | Mosul |
LOC | نينوى | نينوى;محافظة نينوى | Nineveh Governorate | note=also inside 'شبكة إعلاميي نينوى'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | الموصلية | الموصلية | Al-Mosuliya (TV channel) | note='لقناة (الموصلية)'
ORG | شبكة إعلاميي نينوى | شبكة إعلاميي نينوى | Nineveh Media Network | note='في (شبكة إعلاميي نينوى)'
PER | مؤيد اللامي | مؤيد اللامي | Moayad al-Lami | role=نقيب الصحفيين العراقيين
PER | عدنان عبد الرزاق | عدنان عبد الرزاق | Adnan Abdul Razzaq | role=المصور الصحفي
PER | علي أنصاري | علي أنصاري | Ali Ansari | role=المراسل
ORG | الجيش العراقي | الجيش العراقي | Iraqi Army | note=acts: 'المواجهات بين الجيش العراقي وتنظيم داعش'
LOC | المقدادية | المقدادية | Muqdadiyah |
LOC | بغداد | بغداد | Baghdad |
PER | جيم بوملحة | جيم بوملحة | Jim Boumelha | role=رئيس الاتحاد الدولي للصحفيين
ORG | الحكومة العراقية | الحكومة العراقية | Government of Iraq | D;note=government + nationality adjective
""",
"devtest15/261_almadina_2015-08-07_643.txt": """
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note='إلى الجيش الوطني والمقاومة لتحرير مدينة تعز', 'الجيش الوطني الموالي للشرعية'
ORG | المدينة | المدينة | Al-Madina (newspaper) | note='لـ(المدينة)' (twice)
ORG | التحالف العربي | التحالف العربي;التحالف | Saudi-led coalition | note=acts: 'قيادة التحالف وعدت', 'عربات ... تابعة للشرعية والتحالف العربي توجهت', also 'طيران التحالف', title 'مدرعات من التحالف'
ORG | المجلس العسكري | المجلس العسكري | Taiz Military Council | note=acts: 'المجلس العسكري في محافظة تعز', 'أن المجلس العسكري وضع خطة'
LOC | تعز | تعز;محافظة تعز;مدينة تعز | Taiz |
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note=acts: 'أعلنت المقاومة الشعبية سيطرتها'
LOC | المخا | المخا;مدينة المخا | Mocha | note='طريق المخا', 'باب المندب المخا', 'مدينة المخا ميناء محافظة تعز'
LOC | الصبيحة | صبيحة | al-Subaiha (Lahij) | note='عبر صبيحة لحج- التربة'
LOC | لحج | لحج;محافظة لحج | Lahij |
LOC | التربة | التربة | al-Turbah |
LOC | الضباب | الضباب | al-Dhabab (Taiz) | note='جبهة الضباب'
LOC | الراهدة | الراهدة | al-Rahidah |
LOC | معسكر لبوزة | معسكر لبوزة | Labouza camp (Lahij) |
LOC | وادي عقان | وادي عقان | Wadi Aqan |
LOC | كرش | كرش;منطقة كرش | Karish |
ORG | الحوثيين | الحوثي;مليشيات الحوثي | Houthis (Ansar Allah) | note='مليشيات الحوثي' (three times), 'مليشيات الحوثي والمخلوع صالح'
LOC | قاعدة العند | قاعدة العند | Al Anad Air Base |
PER | أبو جليل | أبو جليل | Abu Jalil | role=القائد الميداني لمليشيات الحوثي في قاعدة العند;note='المدعو أبو جليل'
LOC | زنجبار | زنجبار;مدينة زنجبار | Zinjibar |
LOC | وادي دوفس | وادي دوفس | Wadi Dofas |
ORG | اللواء 15 | اللواء 15 | 15th Brigade (Yemen) | D;note=numbered brigade, here its positions: 'مواقع اللواء 15'
LOC | أبين | أبين;محافظة أبين | Abyan |
LOC | شقرة | شقرة;مدينة شقرة | Shuqrah |
LOC | الهضبة الوسطى | الهضبة الوسطة | al-Hadabah al-Wusta (Abyan) | note=written 'الهضبة الوسطة' (as devtest9)
LOC | لودر | لودر;منطقة لودر | Lawdar |
ORG | القوات الحكومية | القوات الحكومية | Yemeni government forces | D;note=descriptive
LOC | اليمن | اليمن | Yemen |
LOC | السعودية | المملكة | Saudi Arabia | note='بقيادة المملكة'
LOC | باب المندب | باب المندب | Bab-el-Mandeb |
PER | صالح | صالح | Ali Abdullah Saleh | role=المخلوع
LOC | البحر الأحمر | الحبر الأحمر | Red Sea | note=written 'ساحل الحبر الأحمر' (a typo)
""",
"devtest15/262_alriyadh_2015-08-06_1497.txt": """
PER | عزالدين الأصبحي | عزالدين الأصبحي;الأصبحي | Ezzeddine al-Asbahi | role=وزير حقوق الإنسان بالجمهورية اليمنية
LOC | اليمن | الجمهورية اليمنية | Yemen | note='بالجمهورية اليمنية' inside the role
LOC | الرياض | الرياض | Riyadh |
ORG | برنامج الأغذية العالمي | برنامج الأغذية العالمي | World Food Programme | note=in roles (three times): a proper name
LOC | الشرق الأوسط | الشرق الأوسط;منطقة الشرق الأوسط | Middle East |
LOC | شمال أفريقيا | شمال أفريقيا | North Africa | note=a region, like الشرق الأوسط
LOC | وسط آسيا | وسط آسيا | Central Asia | note=a region
LOC | شرق أوروبا | شرق أوروبا | Eastern Europe | note=a region
PER | مهند هادي | مهند هادي | Muhannad Hadi | role=المدير الإقليمي لبرنامج الأغذية العالمي
ORG | مجلس التعاون لدول الخليج العربية | مجلس التعاون لدول الخليج العربية;مجلس التعاون الخليجي | Gulf Cooperation Council | note='بدول مجلس التعاون لدول الخليج العربية', 'في دول مجلس التعاون الخليجي'
PER | عبدالله الوردات | عبدالله الوردات | Abdallah Alwardat | role=مدير برنامج الأغذية العالمي بدول مجلس التعاون
PER | خالد القدسي | خالد القدسي | Khaled al-Qudsi | role=منسق عمليات الإمداد الإغاثي لبرنامج الأغذية العالمي بالرياض
PER | شاكر اللوزي | شاكر اللوزي | Shaker al-Lawzi | role=مسؤول الشراكات الحكومية في دول مجلس التعاون الخليجي
ORG | الحوثيين | الحوثي;ميليشيات الحوثي;مليشيات الحوثي;الميليشيات الحوثية | Houthis (Ansar Allah) | note='ميليشيات الحوثي وصالح الانقلابية', 'الميليشيات الحوثية وصالح'
PER | صالح | صالح | Ali Abdullah Saleh | note='ميليشيات الحوثي وصالح' (four times)
LOC | عدن | عدن | Aden |
LOC | تعز | تعز;محافظة تعز | Taiz |
LOC | لحج | لحج | Lahij |
LOC | الضالع | الضالع | Al Dhale |
LOC | أبين | أبين | Abyan |
""",
"devtest15/263_alwatan_2015-08-06_2171.txt": """
LOC | طهران | طهران | Tehran | note=title 'طهران تمدهم'
PER | نادية السقاف | نادية السقاف | Nadia al-Sakkaf | role=وزيرة الإعلام اليمنية
ORG | الحوثيين | الحوثيون;الحوثيين | Houthis (Ansar Allah) | note='زرعها الحوثيون', 'اللجان الشعبية للحوثيين'
PER | صالح | صالح | Ali Abdullah Saleh | role=المخلوع;note='وفلول المخلوع صالح'
LOC | صنعاء | صنعاء | Sanaa |
LOC | لحج | لحج;محافظة لحج | Lahij |
LOC | تعز | تعز;محافظة تعز | Taiz |
ORG | فيسبوك | فيسبوك | Facebook | note='على صفحتها في موقع فيسبوك' (as devtest12/228)
LOC | إيران | إيران | Iran |
LOC | المدينة الخضراء | المدينة الخضراء | al-Madinah al-Khadra (Lahij) | note='وفي المدينة الخضراء في لحج'
ORG | التحالف العربي | التحالف العربي | Saudi-led coalition | note=acts: 'وكانت قوات التحالف العربي الذي تقوده المملكة قد أمدت'
LOC | السعودية | المملكة | Saudi Arabia | note='الذي تقوده المملكة'
ORG | المقاومة الشعبية | المقاومة الشعبية | Popular Resistance (Yemen) |
LOC | الحوطة | الحوطة;مدينة الحوطة | Al Houta | note='مدينة الحوطة، عاصمة محافظة لحج'
ORG | مفوضية حقوق الإنسان | مفوضية حقوق الإنسان;المفوضية | Office of the UN High Commissioner for Human Rights | note=acts: 'أعربت مفوضية حقوق الإنسان التابعة للأمم المتحدة', 'المتحدثة باسم المفوضية', 'فرق المفوضية'
ORG | الأمم المتحدة | الأمم المتحدة | United Nations | note='التابعة للأمم المتحدة'
LOC | اليمن | اليمن | Yemen |
PER | سيسيل بويلي | سيسيل بويلي | Cecile Pouilly | role=المتحدثة باسم المفوضية
LOC | الغليل | الغليل;منطقة الغليل | al-Ghulail (Aden) | note='في منطقة الغليل بعدن'
LOC | عدن | عدن | Aden | note='بعدن'
ORG | اللجان الشعبية | اللجان الشعبية | Popular Committees (Houthis) | note='هجمات من قبل اللجان الشعبية للحوثيين' (devtest13's class)
LOC | المخا | المخا | Mocha | note='بمحطة المخا البخارية' (the power station named after the town)
""",
"devtest15/264_alweeam_2015-08-07_1162.txt": """
LOC | تركيا | تركيا | Turkey | note=title 'تركيا:', 'استهدفت تركيا'
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) | note='لتنظيم داعش', 'لداعش'
ORG | قوات الأمن التركية | قوات الأمن التركية | Turkish security forces | D;note=adjectival national institution
LOC | مانيسا | مانيسا;مدينة مانيسا | Manisa |
ORG | حزب العمال الكردستاني | حزب العمال الكردستاني;بي كيه كيه | Kurdistan Workers' Party (PKK) | note='حزب العمال الكردستاني(بي كيه كيه )' (twice)
LOC | أنقرة | أنقرة | Ankara | note='في العاصمة أنقرة' (twice)
ORG | وكالة أنباء الأناضول | وكالة أنباء الأناضول;الأناضول | Anadolu Agency | note='وذكرت الأناضول', 'بحسب الأناضول'
ORG | قوات الدرك | قوات الدرك;قوات الدرك التركية | Turkish Gendarmerie | note=acts: 'شنت قوات الدرك التركية ... خمس عمليات', a named service (not قوات + a nationality)
LOC | سوريا | سوريا | Syria |
ORG | الوئام | الوئام;صحيفة الوئام | Al-Weeam (newspaper) | D;note=only in the 'رابط الخبر' boilerplate line
""",
"devtest15/265_alyaum_2015-07-26_1178.txt": """
ORG | القوات العراقية | القوات العراقية | Iraqi Armed Forces | D;note=adjectival national institution (title)
ORG | داعش | داعش;تنظيم داعش | Islamic State (ISIS) |
ORG | جامعة الأنبار | جامعة الأنبار | University of Anbar | D;note=the campus fought over, a building: 'دخلت جامعة الأنبار ... داخل حرمها'
ORG | قيادة العمليات المشتركة العراقية | قيادة العمليات المشتركة العراقية | Joint Operations Command (Iraq) | note=acts: 'قالت قيادة العمليات المشتركة العراقية في بيان'
LOC | الرمادي | الرمادي;مدينة الرمادي | Ramadi |
LOC | الأنبار | الأنبار;محافظة الأنبار | Anbar Governorate | note=also inside 'جامعة الأنبار' and 'مجلس محافظة الأنبار'
LOC | العراق | العراق | Iraq |
ORG | جهاز مكافحة الإرهاب | جهاز مكافحة الإرهاب | Counter Terrorism Service (Iraq) | note='دخول جهاز مكافحة الإرهاب إلى جامعة الأنبار'
LOC | التأميم | حي التأميم;حي التاميم;التأميم;التاميم | al-Ta'mim (Ramadi) | note='حي التأميم القريب', 'حي التاميم في الجزء الجنوبي من الرمادي'
PER | فالح العيساوي | فالح العيساوي;العيساوي | Falih al-Issawi | role=عضو مجلس محافظة الأنبار
ORG | مجلس محافظة الأنبار | مجلس محافظة الأنبار | Anbar Provincial Council | D;note=only inside a role
ORG | الشرطة الاتحادية | الشرطة الاتحادية | Iraqi Federal Police | note=acts: 'القوات الخاصة والجيش والشرطة الاتحادية تمكنت'
ORG | التحالف | التحالف | Global Coalition against ISIS | D;note=bare: 'التحالف الذي تقوده الولايات المتحدة', 'ويشن التحالف غارات'
LOC | الولايات المتحدة | الولايات المتحدة | United States |
LOC | سوريا | سوريا | Syria |
""",
"devtest15/266_okaz_2015-08-06_2857.txt": """
PER | أنس النهاري | أنس النهاري;النهاري | Anas al-Nahari | role=وكيل محافظة تعز
LOC | تعز | تعز;محافظة تعز;مطار تعز | Taiz | note=also 'محيط مطار تعز' (its airport)
LOC | مشرعة | مشرعة | Mashra'a | note='مديرية (مشرعة) و(حدنان)'
LOC | حدنان | حدنان | Hadnan |
ORG | الحوثيين | الحوثي;الحوثيين;الميليشيات الحوثية;جماعة الحوثي | Houthis (Ansar Allah) | note='ميليشيا جماعة الحوثي' (twice), 'من الحوثيين', 'في صفوف الحوثيين'
LOC | جبل المداوم | جبل المداوم | Jabal al-Madawim | note='مديرية (جبل المداوم)'
LOC | جبل العروس | جبل العروس | Jabal al-Arous | note='مديرية جبل العروس', 'مديرية (جبل العروس)'
ORG | عكاظ | عكاظ | Okaz (newspaper) | note='لـ(عكاظ)'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note=acts: title 'المقاومة بحاجة', 'المقاومة الشعبية أثبتت'
PER | يوسف الشراجي | يوسف الشراجي | Yusuf al-Sharaji | note='الجبهة الغربية التي يقودها يوسف الشراجي'
LOC | الحجرية | الحجرية | al-Hujariyah | note='طريق الحجرية' (twice)
LOC | عدن | عدن | Aden | note='طريق الحجرية- عدن', 'خط (تعز - عدن)'
LOC | إب | إب;محافظة إب | Ibb |
ORG | التحالف | التحالف | Saudi-led coalition | D;note=bare, descriptive: 'من قوات التحالف الذي قام أمس الأول بقصف'
LOC | جبل رومان | جبل رومان | Jabal Ruman |
""",
"devtest15/267_sabq_2015-08-04_1304.txt": """
LOC | قاعدة العند | قاعدة العند;العند;قاعدة العند العسكرية | Al Anad Air Base | note=title '"العند"', 'قاعدة "العند"', 'قاعدة العند العسكرية الإستراتيجية'
PER | صالح | صالح | Ali Abdullah Saleh | role=المخلوع;note=title 'استضاف فيها صالح', 'المخلوع "صالح"' (twice), 'الموالي لصالح'
PER | قاسم الخبراني | قاسم الخبراني | Qasim al-Khabrani | note=byline 'قاسم الخبراني- سبق- الرياض'
ORG | سبق | سبق | Sabq (news website) | note=byline
LOC | الرياض | الرياض | Riyadh | note=byline place
LOC | الاتحاد السوفيتي | الاتحاد السوفيتي | Soviet Union | note='التي بناها الاتحاد السوفيتي', 'نظم الاتحاد السوفيتي رحلات'
LOC | اليمن الجنوبي | الدولة الجنوبية | South Yemen | D;note=descriptive: 'في عهد الدولة الجنوبية السابقة'
LOC | اليمن | اليمن | Yemen |
LOC | لحج | لحج | Lahij | note='بمحافظة "لحج"'
LOC | عدن | عدن | Aden |
LOC | الصومال | الصومال | Somalia |
LOC | المحيط الهندي | المحيط الهندي | Indian Ocean |
ORG | القاعدة | القاعدة | al-Qaeda | note='لقيادة الحرب على القاعدة في اليمن' (the other القاعدة are the base)
ORG | الحوثيين | الحوثيين;ميليشيات الحوثيين;الميليشيات الحوثية | Houthis (Ansar Allah) | note='ميليشيات الحوثيين', 'الميليشيات الحوثية', 'المتمردين الحوثيين'
LOC | صنعاء | صنعاء;العاصمة صنعاء | Sanaa |
LOC | صعدة | صعدة;محافظة صعدة | Saada |
ORG | الحرس الثوري الإيراني | الحرس الثوري الإيراني | Islamic Revolutionary Guard Corps (IRGC) | note='خبراء من الحرس الثوري الإيراني'
ORG | الحرس الجمهوري | الحرس الجمهوري | Republican Guard (Yemen) | note='الحرس الجمهوري الموالي لصالح'
ORG | الجيش الوطني | الجيش الوطني | Yemeni National Army | note=acts: 'وتمكنت قوات "الجيش الوطني" و"المقاومة الشعبية"'
ORG | المقاومة الشعبية | المقاومة الشعبية;المقاومة | Popular Resistance (Yemen) | note=acts, with the National Army, also 'مكالمات المقاومة'
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
    for split in ("tune", "devtest", "devtest2", "devtest3", "devtest4", "devtest5", "devtest6", "devtest7", "devtest8", "devtest9", "devtest10", "devtest11", "devtest12", "devtest13", "devtest14", "devtest15"):
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
