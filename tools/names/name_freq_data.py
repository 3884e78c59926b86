"""Hand-written population frequency prior for common name tokens (an EXPERT ESTIMATE).

Why an estimate: there is no clean open data set of name-token frequencies for Pakistan,
Afghanistan and most partner countries. The one large multi-country set (`names-dataset`) is
derived from leaked personal data and has no Pakistani entries, so the research report
(shared/docs/NAMES.md §2) rules it out, and no name-frequency file was downloaded for this
list. The numbers below are therefore an informed estimate, written from general knowledge of
naming practice and of published surname rankings (e.g. the Chinese 2020 census surname
shares, the Korean and Vietnamese surname shares, Russian, Spanish, Turkish, German and Nordic
surname studies, UK ONS and US census surname counts, given-name popularity statistics), all
recalled, not looked up. No sanctions list was read to choose the names. Treat the values as
order-of-magnitude priors: right within a factor of ~2 for the head of each distribution,
rougher further down (a name listed at 0.001 may well be 0.0004 or 0.003). They are meant to be
blended with frequencies counted on the loaded lists (see tools/names/README.md), never used
alone as evidence.

Definition of `freq`: the share of people in the token's home population (column `region`, or
the country named in the block comment) of the sex that carries it (`sex`: m, f, or "" for
both, e.g. family names and particles) whose full name contains the token anywhere. Example:
"muhammad" 0.15 = about 15% of Pakistani men carry Muhammad somewhere in their name. For
cultures with chain names (given name + father's + grandfather's name, as in most of the Arab
world, Somalia and Ethiopia) a given name counts wherever it stands in the chain, which is why
their values are higher than a first-name share. Every spelling and script of one name gets
the same value: the prior is about the name, not about one spelling. Where a token belongs to
several entries (e.g. "bin": Arabic particle and Chinese given-name syllable; "van": Dutch
particle and Vietnamese middle name) the largest value is kept.

Two parts:
  * `_ENTRIES` (part 1, the first 631 names): tuples (region, sex, freq, "latin spellings",
    "native forms"). Their (Arabic-script form, Latin spelling) pairs are also added to
    ar_latin.tsv as curated spellings. Kept as they were so that ar_latin.tsv and
    name_groups.tsv do not change when the prior grows.
  * `_BLOCKS` (part 2): the extension, one block per region and sex, one name per line:
        freq  latin spellings...  [| native forms...]  [+marker]
    `+a` also adds the feminine of a Slavic -ov/-ev/-in surname (every Latin spelling + "a",
    every Cyrillic form + "а"), `+na` the feminine of an East Slavic -vich patronymic
    (-vich -> -vna), `+ska` the feminine of a Polish -ski/-cki surname (-i -> -a). Part 2
    feeds name_freq.tsv only (see `ar_latin` in NAME_FREQ); folding it into ar_latin.tsv
    would be a one-line change in derive.py, left for a reviewed run.

Native forms are written as people write them (Arabic, Urdu, Persian, Pashto, or Cyrillic);
the derive script folds them with the same code as crates/core/src/text.rs. Han forms are not
listed (Han names are not split into tokens); Chinese, Korean and Vietnamese names appear in
their usual romanisations, where one syllable stands for several surnames or characters and
gets their combined share.

Licence: written for nazar, dedicated to the public domain (CC0-1.0).
"""

PK, AF, AR, IR, CA, RU, CN, SA, EU, AFR = (
    "Pakistan", "Afghanistan", "Arab world", "Iran", "Central Asia/Caucasus", "Russia/CIS",
    "China", "South Asia", "Europe/Americas", "Africa",
)
TR, EA, SEA = "Turkey", "Korea/Japan", "Southeast Asia"

# ============================================================================================
# Part 1: the first estimate (also curated spellings for ar_latin.tsv; do not edit lightly:
# a change here changes ar_latin.tsv and the form order in name_groups.tsv)
# ============================================================================================

_ENTRIES = [
    # ---- Pakistan / Muslim South Asia: given-name parts (men) -------------------------------
    (PK, "m", 0.15, "muhammad mohammad mohammed mohamed muhammed", "محمد"),
    (PK, "m", 0.08, "ali aly", "علی"),
    (PK, "m", 0.06, "ahmed ahmad ahmet", "احمد"),
    (PK, "m", 0.05, "hussain hussein hossain husain husein", "حسین"),
    (PK, "m", 0.05, "abdul abdel abd", "عبد"),
    (PK, "m", 0.04, "ullah ulla allah", "اللہ"),
    (PK, "m", 0.03, "ghulam gholam", "غلام"),
    (PK, "m", 0.025, "rehman rahman rahaman", "رحمان رحمن"),
    (PK, "m", 0.02, "hassan hasan", "حسن"),
    (PK, "m", 0.02, "iqbal ikbal", "اقبال"),
    (PK, "m", 0.02, "abdullah abdulla", "عبداللہ"),
    (PK, "m", 0.015, "din deen", "دین"),
    (PK, "m", 0.015, "uddin aldin eddine", "الدین"),
    (PK, "", 0.015, "noor nur", "نور"),
    (PK, "m", 0.015, "gul", "گل"),
    (PK, "m", 0.015, "jan", "جان"),
    (PK, "m", 0.015, "raza reza", "رضا"),
    (PK, "m", 0.015, "abbas", "عباس"),
    (PK, "m", 0.015, "umar omar omer", "عمر"),
    (PK, "m", 0.015, "akhtar akhter", "اختر"),
    (PK, "m", 0.012, "mehmood mahmood mahmud mahmoud", "محمود"),
    (PK, "m", 0.012, "usman osman othman uthman", "عثمان"),
    (PK, "m", 0.012, "ashraf", "اشرف"),
    (PK, "m", 0.012, "javed javaid javid", "جاوید"),
    (PK, "m", 0.012, "aslam", "اسلم"),
    (PK, "m", 0.012, "shahid", "شاہد"),
    (PK, "m", 0.012, "imran", "عمران"),
    (PK, "m", 0.012, "asif", "آصف"),
    (PK, "m", 0.01, "akram", "اکرم"),
    (PK, "m", 0.01, "anwar anwer", "انور"),
    (PK, "m", 0.01, "arshad", "ارشد"),
    (PK, "m", 0.01, "tariq tarik tareq", "طارق"),
    (PK, "m", 0.01, "khalid khaled", "خالد"),
    (PK, "m", 0.01, "zahid", "زاہد"),
    (PK, "m", 0.01, "faisal faysal", "فیصل"),
    (PK, "m", 0.01, "nawaz", "نواز"),
    (PK, "m", 0.01, "bilal", "بلال"),
    (PK, "m", 0.01, "saeed sayeed said", "سعید"),
    (PK, "m", 0.01, "rashid", "راشد"),
    (PK, "m", 0.006, "rasheed rashid", "رشید"),
    (PK, "m", 0.01, "nasir nasser naser", "ناصر"),
    (PK, "m", 0.01, "akbar", "اکبر"),
    (PK, "m", 0.01, "aziz", "عزیز"),
    (PK, "m", 0.01, "farooq farouk faruk farooque", "فاروق"),
    (PK, "m", 0.01, "yousaf yusuf yousuf yousef youssef", "یوسف"),
    (PK, "m", 0.01, "amir ameer", "امیر"),
    (PK, "m", 0.008, "aamir amer", "عامر"),
    (PK, "m", 0.01, "mir", "میر"),
    (PK, "m", 0.008, "zaman", "زمان"),
    (PK, "m", 0.008, "bakhsh bux baksh", "بخش"),
    (PK, "m", 0.008, "nadeem nadim", "ندیم"),
    (PK, "m", 0.008, "naveed navid", "نوید"),
    (PK, "m", 0.008, "pervez parvez perviz", "پرویز"),
    (PK, "m", 0.008, "sajid", "ساجد"),
    (PK, "m", 0.008, "kamran", "کامران"),
    (PK, "m", 0.008, "irfan", "عرفان"),
    (PK, "m", 0.008, "rizwan", "رضوان"),
    (PK, "m", 0.008, "zubair zubayr", "زبیر"),
    (PK, "m", 0.008, "hamza", "حمزہ"),
    (PK, "m", 0.008, "hamid", "حامد"),
    (PK, "m", 0.006, "hameed hamid", "حمید"),
    (PK, "m", 0.008, "sohail suhail", "سہیل"),
    (PK, "m", 0.008, "tahir taher", "طاہر"),
    (PK, "m", 0.008, "riaz riyaz", "ریاض"),
    (PK, "m", 0.008, "asghar", "اصغر"),
    (PK, "m", 0.008, "haider haidar hyder", "حیدر"),
    (PK, "m", 0.008, "jamil jameel", "جمیل"),
    (PK, "m", 0.008, "ibrahim ebrahim", "ابراہیم"),
    (PK, "m", 0.008, "ismail ismael", "اسماعیل"),
    (PK, "m", 0.008, "siddique siddiq sadiq", "صدیق"),
    (PK, "m", 0.008, "karim kareem", "کریم"),
    (PK, "m", 0.008, "rahim raheem", "رحیم"),
    (PK, "m", 0.008, "rafiq rafique", "رفیق"),
    (PK, "m", 0.008, "mushtaq", "مشتاق"),
    (PK, "m", 0.008, "afzal", "افضل"),
    (PK, "m", 0.008, "fazal fazl", "فضل"),
    (PK, "m", 0.008, "zafar", "ظفر"),
    (PK, "m", 0.007, "yasir yasser yaser", "یاسر"),
    (PK, "m", 0.007, "amjad", "امجد"),
    (PK, "m", 0.007, "ijaz ejaz aijaz", "اعجاز"),
    (PK, "m", 0.007, "ilyas elias", "الیاس"),
    (PK, "m", 0.007, "younis younas yunus", "یونس"),
    (PK, "m", 0.007, "shakeel shakil", "شکیل"),
    (PK, "m", 0.006, "waqas", "وقاص"),
    (PK, "m", 0.006, "adnan", "عدنان"),
    (PK, "m", 0.006, "shahbaz shehbaz", "شہباز"),
    (PK, "m", 0.006, "majid", "ماجد"),
    (PK, "m", 0.004, "majeed majid", "مجید"),
    (PK, "m", 0.006, "shabbir", "شبیر"),
    (PK, "m", 0.006, "ishaq", "اسحاق"),
    (PK, "m", 0.006, "yaqoob yaqub yakub", "یعقوب"),
    (PK, "m", 0.006, "ayub ayoub", "ایوب"),
    (PK, "m", 0.006, "latif lateef", "لطیف"),
    (PK, "m", 0.006, "shafiq shafique", "شفیق"),
    (PK, "m", 0.006, "masood masud", "مسعود"),
    (PK, "m", 0.006, "qadir qader", "قادر"),
    (PK, "m", 0.006, "habib", "حبیب"),
    (PK, "m", 0.006, "wali", "ولی"),
    (PK, "m", 0.005, "idrees idris", "ادریس"),
    (PK, "m", 0.005, "hafeez hafiz", "حفیظ"),
    (PK, "m", 0.005, "maqsood", "مقصود"),
    (PK, "m", 0.005, "ishtiaq", "اشتیاق"),
    (PK, "m", 0.005, "sarfraz", "سرفراز"),
    (PK, "m", 0.005, "fayyaz fayaz", "فیاض"),
    (PK, "", 0.005, "mumtaz", "ممتاز"),
    (PK, "m", 0.005, "sher", "شیر"),
    (PK, "m", 0.005, "dost", "دوست"),
    (PK, "m", 0.004, "ditta", "دتہ"),
    # ---- Pakistan: family, caste, clan and lineage tokens (both sexes) ----------------------
    (PK, "", 0.08, "khan", "خان"),
    (PK, "", 0.03, "shah", "شاہ"),
    (PK, "", 0.03, "syed sayed sayyid sayyed", "سید"),
    (PK, "", 0.02, "malik", "ملک"),
    (PK, "", 0.015, "chaudhry chaudhary choudhry chaudhri chowdhury", "چوہدری چودھری"),
    (PK, "", 0.012, "sheikh shaikh shaykh", "شیخ"),
    (PK, "", 0.01, "butt", "بٹ"),
    (PK, "", 0.01, "baloch baluch", "بلوچ"),
    (PK, "", 0.008, "qureshi quraishi kureshi", "قریشی"),
    (PK, "", 0.008, "rajput", "راجپوت"),
    (PK, "", 0.006, "awan", "اعوان"),
    (PK, "", 0.006, "abbasi", "عباسی"),
    (PK, "", 0.006, "siddiqui siddiqi", "صدیقی"),
    (PK, "", 0.006, "mirza", "مرزا"),
    (PK, "", 0.006, "bhatti", "بھٹی"),
    (PK, "", 0.006, "raja", "راجہ"),
    (PK, "", 0.006, "rana", "رانا"),
    (PK, "", 0.006, "mian", "میاں"),
    (PK, "", 0.005, "gujjar gujar", "گجر"),
    (PK, "", 0.005, "baig beg", "بیگ"),
    (PK, "", 0.004, "jatt jat", "جٹ"),
    (PK, "", 0.004, "arain", "آرائیں"),
    (PK, "", 0.004, "mughal", "مغل"),
    (PK, "", 0.004, "niazi", "نیازی"),
    (PK, "", 0.004, "ansari", "انصاری"),
    (PK, "", 0.004, "memon", "میمن"),
    (PK, "", 0.004, "sardar", "سردار"),
    (PK, "", 0.004, "khattak", "خٹک"),
    (PK, "", 0.004, "yousafzai yusufzai", "یوسفزئی یوسفزی"),
    (PK, "", 0.004, "afridi", "آفریدی"),
    (PK, "", 0.003, "hashmi hashemi", "ہاشمی"),
    (PK, "", 0.003, "bukhari", "بخاری"),
    (PK, "", 0.003, "naqvi", "نقوی"),
    (PK, "", 0.003, "rizvi", "رضوی"),
    (PK, "", 0.003, "zaidi", "زیدی"),
    (PK, "", 0.003, "qazi kazi", "قاضی"),
    (PK, "", 0.003, "khawaja khwaja", "خواجہ"),
    (PK, "", 0.003, "durrani", "درانی"),
    (PK, "", 0.003, "cheema", "چیمہ"),
    (PK, "", 0.002, "kazmi", "کاظمی"),
    (PK, "", 0.002, "jafri jafari", "جعفری"),
    (PK, "", 0.002, "soomro", "سومرو"),
    (PK, "", 0.002, "wazir", "وزیر"),
    (PK, "", 0.002, "warraich", "وڑائچ"),
    (PK, "", 0.001, "mehsud mahsud", "محسود"),
    (PK, "", 0.001, "gillani gilani", "گیلانی"),
    (PK, "", 0.001, "bugti", "بگٹی"),
    (PK, "", 0.001, "marri", "مری"),
    (PK, "", 0.001, "mengal", "مینگل"),
    (PK, "", 0.001, "makhdoom", "مخدوم"),
    (PK, "", 0.0008, "leghari laghari", "لغاری"),
    (PK, "", 0.0008, "jatoi", "جتوئی"),
    (PK, "", 0.0006, "mazari", "مزاری"),
    (PK, "", 0.0003, "zardari", "زرداری"),
    # ---- Pakistan / South Asia: women ------------------------------------------------------
    (PK, "f", 0.12, "bibi", "بیبی"),
    (PK, "f", 0.06, "begum", "بیگم"),
    (PK, "f", 0.04, "fatima fatma fatimah", "فاطمہ"),
    (PK, "f", 0.03, "khatoon khatun", "خاتون"),
    (PK, "f", 0.03, "bano banu", "بانو"),
    (PK, "f", 0.03, "parveen perveen parvin", "پروین"),
    (PK, "f", 0.02, "nasreen nasrin", "نسرین"),
    (PK, "f", 0.02, "ayesha aisha aysha", "عائشہ"),
    (PK, "f", 0.015, "zainab zeinab", "زینب"),
    (PK, "f", 0.015, "maryam mariam", "مریم"),
    (PK, "f", 0.01, "khadija khadijah", "خدیجہ"),
    (PK, "f", 0.01, "kausar kosar", "کوثر"),
    (PK, "f", 0.01, "shamim", "شمیم"),
    (PK, "f", 0.01, "rukhsana", "رخسانہ"),
    (PK, "f", 0.01, "shazia", "شازیہ"),
    (PK, "f", 0.01, "sadia", "سعدیہ"),
    (PK, "f", 0.01, "saima", "صائمہ"),
    (PK, "f", 0.01, "sana", "ثنا"),
    (PK, "f", 0.01, "amna", "آمنہ"),
    (PK, "f", 0.01, "bushra", "بشریٰ"),
    (PK, "f", 0.01, "asma", "اسما"),
    (PK, "f", 0.008, "iqra", "اقرا"),
    (PK, "f", 0.008, "hina", "حنا"),
    (PK, "f", 0.008, "rubina", "روبینہ"),
    (PK, "f", 0.008, "samina", "ثمینہ"),
    (PK, "f", 0.008, "farzana", "فرزانہ"),
    (PK, "f", 0.008, "naseem", "نسیم"),
    (PK, "f", 0.008, "noreen", "نورین"),
    (PK, "f", 0.008, "yasmin yasmeen", "یاسمین"),
    (PK, "f", 0.007, "tahira", "طاہرہ"),
    (PK, "f", 0.007, "nusrat", "نصرت"),
    (PK, "f", 0.006, "kulsoom", "کلثوم"),
    (PK, "f", 0.006, "razia", "رضیہ"),
    (PK, "f", 0.006, "nazia", "نازیہ"),
    (PK, "f", 0.006, "shabana", "شبانہ"),
    (PK, "f", 0.005, "sughra", "صغریٰ"),
    (PK, "f", 0.005, "mehwish", "مہوش"),
    # ---- Afghanistan (Pashto/Dari) -----------------------------------------------------------
    (AF, "m", 0.01, "agha aga", "آغا"),
    (AF, "", 0.008, "mohammadi muhammadi", "محمدی"),
    (AF, "m", 0.005, "hazrat", "حضرت"),
    (AF, "", 0.005, "akhund akhond", "آخوند"),
    (AF, "", 0.005, "rahimi", "رحیمی"),
    (AF, "", 0.004, "noorzai noorzay", "نورزئی نورزی"),
    (AF, "", 0.004, "kakar", "کاکړ کاکڑ"),
    (AF, "m", 0.004, "rahmatullah", "رحمتاللہ"),
    (AF, "m", 0.004, "habibullah", "حبیباللہ"),
    (AF, "", 0.003, "akhundzada akhundzadah", "آخوندزادہ"),
    (AF, "", 0.003, "achakzai achekzai", "اڅکزی اچکزئی اچکزی"),
    (AF, "", 0.003, "popalzai", "پوپلزی پوپلزئی"),
    (AF, "", 0.003, "barakzai", "بارکزی بارکزئی"),
    (AF, "", 0.003, "ahmadzai", "احمدزی احمدزئی"),
    (AF, "", 0.003, "safi", "صافی"),
    (AF, "", 0.003, "wardak", "وردک"),
    (AF, "", 0.003, "hakimi", "حکیمی"),
    (AF, "m", 0.003, "zabihullah", "ذبیحاللہ"),
    (AF, "m", 0.003, "hamidullah", "حمیداللہ"),
    (AF, "", 0.002, "alokozai alikozai", "علیکوزی الکوزی"),
    (AF, "", 0.002, "ishaqzai", "اسحاقزی اسحاقزئی"),
    (AF, "", 0.002, "zadran", "زدران ځدراڼ"),
    (AF, "", 0.002, "hotak", "هوتک"),
    (AF, "", 0.001, "haqqani haqani", "حقانی"),
    (AF, "", 0.001, "karzai", "کرزی کرزئی"),
    # ---- Arab world --------------------------------------------------------------------------
    (AR, "", 0.3, "al el", ""),
    (AR, "m", 0.15, "bin ben", "بن"),
    (AR, "m", 0.1, "abdel abdul abd", "عبد"),
    (AR, "m", 0.05, "abu abou", "أبو"),
    (AR, "f", 0.05, "bint", "بنت"),
    (AR, "", 0.02, "ibn", "ابن"),
    (AR, "m", 0.03, "mahmoud mahmud", "محمود"),
    (AR, "m", 0.025, "abdullah abdallah", "عبدالله"),
    (AR, "m", 0.02, "hussein husein", "حسين"),
    (AR, "m", 0.02, "ibrahim", "إبراهيم"),
    (AR, "m", 0.02, "rahman", "الرحمن"),
    (AR, "m", 0.015, "mustafa mostafa moustafa", "مصطفى"),
    (AR, "m", 0.015, "omar umar", "عمر"),
    (AR, "m", 0.015, "youssef yousef yusuf", "يوسف"),
    (AR, "m", 0.012, "saleh salih", "صالح"),
    (AR, "m", 0.012, "sayed sayyid said", "السيد"),
    (AR, "m", 0.01, "nasser nasir", "ناصر"),
    (AR, "m", 0.008, "salem salim", "سالم"),
    (AR, "m", 0.006, "salim saleem", "سليم"),
    (AR, "m", 0.008, "hamad", "حمد"),
    (AR, "m", 0.008, "adel adil", "عادل"),
    (AR, "m", 0.008, "walid waleed", "وليد"),
    (AR, "m", 0.008, "jamal gamal", "جمال"),
    (AR, "m", 0.008, "samir sameer", "سمير"),
    (AR, "m", 0.006, "fahad fahd", "فهد"),
    (AR, "m", 0.006, "sultan", "سلطان"),
    (AR, "m", 0.006, "osama usama", "أسامة"),
    (AR, "m", 0.006, "zaid zayd", "زيد"),
    (AR, "m", 0.004, "zayed", "زايد"),
    (AR, "m", 0.006, "emad imad", "عماد"),
    (AR, "m", 0.006, "amr amru", "عمرو"),
    (AR, "m", 0.006, "hisham hesham", "هشام"),
    (AR, "m", 0.005, "ayman aiman", "أيمن"),
    (AR, "m", 0.005, "anas", "أنس"),
    (AR, "m", 0.005, "hani hany", "هاني"),
    (AR, "m", 0.004, "bakr bakar", "بكر"),
    (AR, "m", 0.004, "essam issam", "عصام"),
    (AR, "m", 0.004, "hadi", "هادي"),
    (AR, "m", 0.004, "jalil jaleel", "جليل"),
    (AR, "f", 0.015, "nour noor", "نور"),
    (AR, "f", 0.015, "sara sarah", "سارة"),
    (AR, "f", 0.008, "huda hoda", "هدى"),
    (AR, "f", 0.008, "amal", "أمل"),
    (AR, "f", 0.008, "layla leila laila", "ليلى"),
    (AR, "f", 0.008, "hana hanaa", "هناء هنا"),
    (AR, "f", 0.008, "noura nora", "نورة"),
    (AR, "f", 0.008, "salma", "سلمى"),
    (AR, "f", 0.008, "iman eman", "إيمان"),
    (AR, "f", 0.006, "mona muna", "منى"),
    (AR, "f", 0.006, "samira samirah", "سميرة"),
    (AR, "f", 0.006, "hanan", "حنان"),
    (AR, "f", 0.005, "rania", "رانيا"),
    # ---- Iran (Persian) ----------------------------------------------------------------------
    (IR, "m", 0.1, "mohammad mohamad", "محمد"),
    (IR, "m", 0.06, "hossein hosein hussein", "حسین"),
    (IR, "m", 0.06, "reza", "رضا"),
    (IR, "m", 0.03, "mehdi mahdi", "مهدی"),
    (IR, "m", 0.02, "amir", "امیر"),
    (IR, "m", 0.02, "alireza", "علیرضا"),
    (IR, "m", 0.02, "mohammadreza mohamadreza", "محمدرضا"),
    (IR, "m", 0.01, "gholam", "غلام"),
    (IR, "m", 0.006, "gholamreza", "غلامرضا"),
    (IR, "m", 0.01, "mohsen", "محسن"),
    (IR, "m", 0.01, "morteza", "مرتضی"),
    (IR, "m", 0.01, "mostafa", "مصطفی"),
    (IR, "m", 0.01, "javad", "جواد"),
    (IR, "m", 0.008, "masoud", "مسعود"),
    (IR, "m", 0.006, "esmaeil esmail", "اسماعیل"),
    (IR, "m", 0.006, "jafar jafer", "جعفر"),
    (IR, "m", 0.006, "mojtaba", "مجتبی"),
    (IR, "m", 0.006, "farhad", "فرهاد"),
    (IR, "m", 0.006, "davood davoud davud", "داوود داود"),
    (IR, "m", 0.005, "rasoul rasool rasul", "رسول"),
    (IR, "m", 0.005, "hamidreza", "حمیدرضا"),
    (IR, "", 0.015, "hosseini husseini hosaini", "حسینی"),
    (IR, "", 0.01, "ahmadi", "احمدی"),
    (IR, "", 0.008, "rezaei rezaee rezai", "رضایی"),
    (IR, "", 0.008, "mousavi musavi moussavi", "موسوی"),
    (IR, "", 0.007, "karimi", "کریمی"),
    (IR, "", 0.007, "jafari", "جعفری"),
    (IR, "", 0.006, "moradi", "مرادی"),
    (IR, "", 0.006, "hashemi", "هاشمی"),
    (IR, "", 0.006, "ghasemi qasemi", "قاسمی"),
    (IR, "", 0.006, "heidari heydari", "حیدری"),
    (IR, "", 0.005, "sadeghi sadeqi", "صادقی"),
    (IR, "", 0.005, "amini", "امینی"),
    (IR, "", 0.005, "akbari", "اکبری"),
    (IR, "", 0.005, "kazemi", "کاظمی"),
    (IR, "", 0.005, "ebrahimi", "ابراهیمی"),
    (IR, "", 0.004, "rostami", "رستمی"),
    (IR, "", 0.003, "hosseinzadeh", "حسین‌زاده حسینزاده"),
    (IR, "f", 0.05, "fatemeh fatemah", "فاطمه"),
    (IR, "f", 0.05, "zahra", "زهرا"),
    (IR, "f", 0.015, "masoumeh masumeh", "معصومه"),
    (IR, "f", 0.01, "narges", "نرگس"),
    (IR, "f", 0.008, "sakineh", "سکینه"),
    (IR, "f", 0.008, "somayeh", "سمیه"),
    (IR, "f", 0.005, "mahsa", "مهسا"),
    # ---- Central Asia and the Caucasus (Cyrillic-spelled Muslim names) ----------------------
    (CA, "m", 0.015, "aliyev aliev", "алиев"),
    (CA, "f", 0.015, "aliyeva alieva", "алиева"),
    (CA, "m", 0.015, "mammadov mamedov", "мамедов"),
    (CA, "f", 0.015, "mammadova mamedova", "мамедова"),
    (CA, "m", 0.01, "huseynov guseinov guseynov", "гусейнов"),
    (CA, "m", 0.01, "karimov", "каримов"),
    (CA, "m", 0.01, "rakhimov rahimov", "рахимов"),
    (CA, "m", 0.01, "abdullaev abdullayev", "абдуллаев"),
    (CA, "m", 0.008, "yusupov usupov", "юсупов"),
    (CA, "m", 0.008, "ismailov", "исмаилов"),
    (CA, "m", 0.008, "ibragimov ibrahimov", "ибрагимов"),
    (CA, "m", 0.008, "akhmedov ahmedov", "ахмедов"),
    (CA, "m", 0.006, "tursunov", "турсунов"),
    (CA, "m", 0.006, "sultanov", "султанов"),
    (CA, "m", 0.006, "usmanov", "усманов"),
    (CA, "m", 0.006, "umarov", "умаров"),
    (CA, "m", 0.006, "mirzaev mirzayev", "мирзаев"),
    (CA, "m", 0.006, "saidov", "саидов"),
    (CA, "m", 0.006, "sharipov", "шарипов"),
    (CA, "m", 0.005, "ergashev", "эргашев"),
    (CA, "m", 0.005, "nazarov", "назаров"),
    (CA, "m", 0.005, "rahmonov rakhmonov", "рахмонов"),
    (CA, "m", 0.012, "rustam", "рустам"),
    (CA, "m", 0.01, "timur temur", "тимур"),
    (CA, "m", 0.01, "nurlan", "нурлан"),
    (CA, "m", 0.01, "murat murad", "мурат мурад"),
    (CA, "m", 0.008, "jamshid dzhamshid", "джамшид"),
    (CA, "m", 0.008, "azamat", "азамат"),
    (CA, "m", 0.006, "bolat bulat", "болат булат"),
    (CA, "m", 0.006, "serik", "серик"),
    (CA, "m", 0.006, "ulugbek", "улугбек"),
    (CA, "m", 0.006, "bakhtiyor bakhtiyar", "бахтиёр бахтияр"),
    (CA, "m", 0.006, "dilshod", "дилшод"),
    # ---- Russia / CIS: family names (the -ova/-eva form is the women's) ----------------------
    (RU, "", 0.013, "smirnov", "смирнов"),
    (RU, "", 0.013, "smirnova", "смирнова"),
    (RU, "", 0.012, "ivanov", "иванов"),
    (RU, "", 0.012, "ivanova", "иванова"),
    (RU, "", 0.009, "kuznetsov kuznecov", "кузнецов"),
    (RU, "", 0.009, "kuznetsova", "кузнецова"),
    (RU, "", 0.007, "popov", "попов"),
    (RU, "", 0.007, "popova", "попова"),
    (RU, "", 0.006, "vasilyev vasiliev vasilev", "васильев"),
    (RU, "", 0.006, "petrov", "петров"),
    (RU, "", 0.006, "petrova", "петрова"),
    (RU, "", 0.006, "sokolov", "соколов"),
    (RU, "", 0.005, "mikhailov mikhaylov", "михайлов"),
    (RU, "", 0.005, "novikov", "новиков"),
    (RU, "", 0.005, "fedorov fyodorov", "федоров"),
    (RU, "", 0.005, "morozov", "морозов"),
    (RU, "", 0.005, "volkov", "волков"),
    (RU, "", 0.004, "alekseev alexeev", "алексеев"),
    (RU, "", 0.004, "lebedev", "лебедев"),
    (RU, "", 0.004, "semenov semyonov", "семенов"),
    (RU, "", 0.004, "egorov yegorov", "егоров"),
    (RU, "", 0.004, "pavlov", "павлов"),
    (RU, "", 0.004, "kozlov", "козлов"),
    (RU, "", 0.004, "stepanov", "степанов"),
    (RU, "", 0.004, "nikolaev nikolayev", "николаев"),
    (RU, "", 0.003, "orlov", "орлов"),
    (RU, "", 0.003, "andreev andreyev", "андреев"),
    (RU, "", 0.003, "makarov", "макаров"),
    (RU, "", 0.003, "nikitin", "никитин"),
    (RU, "", 0.003, "zakharov", "захаров"),
    (RU, "", 0.006, "shevchenko", "шевченко"),
    (RU, "", 0.005, "kovalenko", "коваленко"),
    (RU, "", 0.004, "bondarenko", "бондаренко"),
    (RU, "", 0.004, "melnyk melnik", "мельник"),
    (RU, "", 0.003, "tkachenko", "ткаченко"),
    (RU, "", 0.003, "kravchenko", "кравченко"),
    (RU, "", 0.003, "boyko boiko", "бойко"),
    # Russia / CIS: given names
    (RU, "m", 0.08, "aleksandr alexander alexandr", "александр"),
    (RU, "m", 0.07, "sergey sergei", "сергей"),
    (RU, "m", 0.06, "dmitry dmitriy dmitri", "дмитрий"),
    (RU, "m", 0.06, "andrey andrei", "андрей"),
    (RU, "m", 0.05, "aleksey alexey alexei aleksei", "алексей"),
    (RU, "m", 0.05, "vladimir", "владимир"),
    (RU, "m", 0.04, "mikhail", "михаил"),
    (RU, "m", 0.04, "evgeny evgeniy yevgeny", "евгений"),
    (RU, "m", 0.03, "ivan", "иван"),
    (RU, "m", 0.03, "nikolay nikolai", "николай"),
    (RU, "m", 0.03, "yury yuri yuriy", "юрий"),
    (RU, "m", 0.03, "igor", "игорь"),
    (RU, "m", 0.025, "oleg", "олег"),
    (RU, "m", 0.025, "viktor victor", "виктор"),
    (RU, "m", 0.025, "maksim maxim", "максим"),
    (RU, "m", 0.025, "pavel", "павел"),
    (RU, "m", 0.02, "roman", "роман"),
    (RU, "m", 0.02, "artem artyom", "артем"),
    (RU, "m", 0.02, "denis", "денис"),
    (RU, "m", 0.015, "anatoly anatoliy", "анатолий"),
    (RU, "m", 0.015, "vyacheslav", "вячеслав"),
    (RU, "m", 0.015, "konstantin", "константин"),
    (RU, "m", 0.015, "anton", "антон"),
    (RU, "f", 0.07, "elena yelena", "елена"),
    (RU, "f", 0.06, "olga", "ольга"),
    (RU, "f", 0.06, "tatyana tatiana", "татьяна"),
    (RU, "f", 0.06, "natalya natalia", "наталья"),
    (RU, "f", 0.05, "irina", "ирина"),
    (RU, "f", 0.04, "svetlana", "светлана"),
    (RU, "f", 0.04, "anna", "анна"),
    (RU, "f", 0.04, "mariya maria", "мария"),
    (RU, "f", 0.03, "marina", "марина"),
    (RU, "f", 0.03, "ekaterina yekaterina", "екатерина"),
    (RU, "f", 0.03, "yulia yuliya julia", "юлия"),
    (RU, "f", 0.03, "lyudmila ludmila", "людмила"),
    (RU, "f", 0.025, "galina", "галина"),
    (RU, "f", 0.025, "anastasia anastasiya", "анастасия"),
    (RU, "f", 0.02, "valentina", "валентина"),
    (RU, "f", 0.015, "oksana", "оксана"),
    # Russia / CIS: patronymics
    (RU, "m", 0.08, "aleksandrovich alexandrovich", "александрович"),
    (RU, "f", 0.08, "aleksandrovna alexandrovna", "александровна"),
    (RU, "m", 0.06, "sergeevich sergeyevich", "сергеевич"),
    (RU, "f", 0.06, "sergeevna sergeyevna", "сергеевна"),
    (RU, "m", 0.05, "vladimirovich", "владимирович"),
    (RU, "f", 0.05, "vladimirovna", "владимировна"),
    (RU, "m", 0.04, "nikolaevich nikolayevich", "николаевич"),
    (RU, "f", 0.04, "nikolaevna nikolayevna", "николаевна"),
    (RU, "m", 0.04, "ivanovich", "иванович"),
    (RU, "f", 0.04, "ivanovna", "ивановна"),
    (RU, "m", 0.03, "viktorovich", "викторович"),
    (RU, "m", 0.03, "anatolyevich anatolievich", "анатольевич"),
    (RU, "m", 0.03, "mikhailovich", "михайлович"),
    (RU, "m", 0.03, "yuryevich yurievich", "юрьевич"),
    (RU, "m", 0.03, "alekseevich alexeyevich", "алексеевич"),
    (RU, "m", 0.03, "andreevich andreyevich", "андреевич"),
    (RU, "m", 0.02, "petrovich", "петрович"),
    # ---- China (family names from the 2020 census ranking; pinyin and common other spellings)
    (CN, "", 0.079, "li lee", ""),
    (CN, "", 0.074, "wang wong", ""),
    (CN, "", 0.071, "zhang chang cheung", ""),
    (CN, "", 0.054, "liu lau lew", ""),
    (CN, "", 0.045, "chen chan tan", ""),
    (CN, "", 0.031, "yang yeung", ""),
    (CN, "", 0.023, "huang hwang", ""),
    (CN, "", 0.02, "zhao chao chiu", ""),
    (CN, "", 0.02, "wu ng", ""),
    (CN, "", 0.019, "zhou chou chow", ""),
    (CN, "", 0.013, "xu hsu tsui", ""),
    (CN, "", 0.012, "sun suen", ""),
    (CN, "", 0.011, "ma", ""),
    (CN, "", 0.011, "zhu chu", ""),
    (CN, "", 0.01, "hu", ""),
    (CN, "", 0.01, "guo kuo kwok", ""),
    (CN, "", 0.009, "he ho", ""),
    (CN, "", 0.009, "lin lam lim", ""),
    (CN, "", 0.009, "gao kao", ""),
    (CN, "", 0.008, "luo lo law", ""),
    (CN, "", 0.008, "zheng cheng", ""),
    (CN, "", 0.007, "liang leung", ""),
    (CN, "", 0.006, "xie hsieh tse", ""),
    (CN, "", 0.006, "song sung", ""),
    (CN, "", 0.005, "tang tong", ""),
    (CN, "", 0.005, "han", ""),
    (CN, "", 0.005, "feng fung", ""),
    (CN, "", 0.005, "deng teng", ""),
    (CN, "", 0.005, "cao tsao", ""),
    (CN, "", 0.005, "peng pang", ""),
    (CN, "", 0.005, "zeng tseng tsang", ""),
    (CN, "", 0.005, "xiao hsiao siu", ""),
    (CN, "", 0.004, "tian tien", ""),
    (CN, "", 0.004, "dong tung", ""),
    (CN, "", 0.004, "pan poon", ""),
    (CN, "", 0.004, "yuan yuen", ""),
    (CN, "", 0.004, "cai tsai choi", ""),
    (CN, "", 0.004, "jiang chiang", ""),
    (CN, "", 0.004, "yu yue", ""),
    # China: given-name syllables, counted when a given name is written as separate syllables
    (CN, "", 0.03, "wei", ""),
    (CN, "", 0.02, "jun", ""),
    (CN, "", 0.02, "hua", ""),
    (CN, "", 0.02, "ming", ""),
    (CN, "", 0.02, "jian", ""),
    (CN, "", 0.02, "hong", ""),
    (CN, "", 0.02, "ying", ""),
    (CN, "", 0.02, "yan", ""),
    (CN, "", 0.015, "ping", ""),
    (CN, "", 0.015, "jie", ""),
    (CN, "", 0.015, "jing", ""),
    (CN, "", 0.015, "hui", ""),
    (CN, "", 0.01, "ling", ""),
    (CN, "", 0.01, "fang", ""),
    (CN, "", 0.01, "lei", ""),
    (CN, "", 0.01, "qiang", ""),
    (CN, "", 0.01, "yong", ""),
    (CN, "", 0.01, "min", ""),
    (CN, "", 0.008, "gang", ""),
    (CN, "", 0.008, "tao", ""),
    (CN, "", 0.008, "bin", ""),
    # ---- India, Bangladesh, Nepal, Sri Lanka ------------------------------------------------
    (SA, "m", 0.06, "kumar", ""),
    (SA, "", 0.04, "singh", ""),
    (SA, "f", 0.05, "devi", ""),
    (SA, "f", 0.03, "kumari", ""),
    (SA, "f", 0.02, "kaur", ""),
    (SA, "m", 0.02, "ram", ""),
    (SA, "", 0.015, "sharma", ""),
    (SA, "m", 0.01, "lal", ""),
    (SA, "m", 0.01, "prasad", ""),
    (SA, "", 0.01, "das", ""),
    (SA, "", 0.01, "yadav", ""),
    (SA, "", 0.008, "patel", ""),
    (SA, "", 0.006, "gupta", ""),
    (SA, "", 0.006, "verma", ""),
    (SA, "", 0.006, "reddy", ""),
    (SA, "", 0.006, "rao", ""),
    (SA, "m", 0.03, "hossain hussain", ""),
    (SA, "f", 0.05, "akter akhter aktar", ""),
    (SA, "f", 0.05, "khatun", ""),
    (SA, "", 0.02, "islam", "اسلام"),
    (SA, "m", 0.02, "uddin", ""),
    (SA, "", 0.01, "miah mia", ""),
    (SA, "", 0.01, "chowdhury", ""),
    (SA, "m", 0.03, "bahadur", ""),
    (SA, "", 0.01, "thapa", ""),
    (SA, "", 0.01, "shrestha", ""),
    (SA, "", 0.008, "gurung", ""),
    (SA, "", 0.008, "tamang", ""),
    (SA, "", 0.02, "perera", ""),
    (SA, "", 0.015, "fernando", ""),
    # ---- Europe and the Americas -------------------------------------------------------------
    (EU, "", 0.3, "de", ""),
    (EU, "", 0.05, "van", ""),
    (EU, "", 0.02, "von", ""),
    (EU, "", 0.05, "da dos", ""),
    (EU, "", 0.03, "garcia", ""),
    (EU, "", 0.02, "fernandez", ""),
    (EU, "", 0.02, "gonzalez", ""),
    (EU, "", 0.02, "rodriguez", ""),
    (EU, "", 0.02, "lopez", ""),
    (EU, "", 0.02, "martinez", ""),
    (EU, "", 0.015, "sanchez", ""),
    (EU, "", 0.015, "perez", ""),
    (EU, "", 0.02, "silva", ""),
    (EU, "", 0.015, "santos", ""),
    (EU, "", 0.01, "martin", ""),
    (EU, "", 0.01, "smith", ""),
    (EU, "", 0.006, "jones", ""),
    (EU, "", 0.006, "williams", ""),
    (EU, "", 0.005, "brown", ""),
    (EU, "", 0.004, "taylor", ""),
    (EU, "", 0.004, "johnson", ""),
    (EU, "", 0.003, "muller mueller", ""),
    (EU, "", 0.003, "bernard", ""),
    (EU, "", 0.003, "dubois", ""),
    (EU, "", 0.005, "nowak", ""),
    (EU, "", 0.004, "kowalski", ""),
    (EU, "", 0.0015, "rossi", ""),
    (EU, "", 0.002, "schmidt", ""),
    (EU, "m", 0.03, "jose", ""),
    (EU, "m", 0.03, "juan", ""),
    (EU, "m", 0.03, "antonio", ""),
    (EU, "m", 0.03, "jean", ""),
    (EU, "m", 0.03, "david", ""),
    (EU, "m", 0.03, "john", ""),
    (EU, "m", 0.02, "james", ""),
    (EU, "m", 0.02, "michael", ""),
    (EU, "m", 0.02, "francisco", ""),
    (EU, "m", 0.02, "manuel", ""),
    (EU, "m", 0.015, "carlos", ""),
    (EU, "m", 0.015, "luis", ""),
    (EU, "m", 0.015, "peter", ""),
    (EU, "m", 0.015, "thomas", ""),
    (EU, "m", 0.015, "robert", ""),
    (EU, "m", 0.01, "paul", ""),
    (EU, "m", 0.01, "pierre", ""),
    (EU, "m", 0.008, "george", ""),
    (EU, "f", 0.05, "maria", ""),
    (EU, "f", 0.03, "marie", ""),
    (EU, "f", 0.02, "ana", ""),
    # ---- Africa ------------------------------------------------------------------------------
    (AFR, "m", 0.15, "mohamed mohammed", "محمد"),  # Somalia, Sahel, Nigeria (north)
    (AFR, "m", 0.05, "abdi", "عبدي"),
    (AFR, "m", 0.04, "mamadou", ""),
    (AFR, "f", 0.04, "fatoumata", ""),
    (AFR, "f", 0.03, "aminata", ""),
    (AFR, "", 0.03, "diallo", ""),
    (AFR, "", 0.03, "ould", "ولد"),
    (AFR, "m", 0.02, "abubakar aboubakar boubacar", "أبوبكر"),
    (AFR, "m", 0.02, "musa moussa", "موسى"),
    (AFR, "m", 0.02, "abdullahi", ""),
    (AFR, "m", 0.02, "amadou ahmadou", ""),
    (AFR, "m", 0.02, "ousmane", ""),
    (AFR, "m", 0.02, "abdoulaye", ""),
    (AFR, "m", 0.02, "ibrahima", ""),
    (AFR, "", 0.02, "traore", ""),
    (AFR, "", 0.02, "coulibaly kulibali", ""),
    (AFR, "", 0.02, "camara", ""),
    (AFR, "", 0.015, "diop", ""),
    (AFR, "", 0.015, "ndiaye", ""),
    (AFR, "", 0.015, "kone", ""),
    (AFR, "m", 0.01, "suleiman sulaiman souleymane", "سليمان"),
    (AFR, "m", 0.01, "sani", ""),
    (AFR, "", 0.01, "bello", ""),
    (AFR, "m", 0.01, "aliyu", ""),
    (AFR, "m", 0.01, "oumar", ""),
    (AFR, "", 0.01, "keita", ""),
    (AFR, "", 0.01, "toure", ""),
    (AFR, "", 0.01, "cisse", ""),
    (AFR, "", 0.01, "ba", ""),
    (AFR, "", 0.01, "sow", ""),
    (AFR, "m", 0.01, "cheikh", ""),
    (AFR, "", 0.01, "tesfaye", ""),
    (AFR, "", 0.01, "mwangi", ""),
    (AFR, "", 0.01, "otieno", ""),
    (AFR, "", 0.008, "bekele", ""),
    (AFR, "", 0.008, "girma", ""),
    (AFR, "", 0.008, "alemu", ""),
    (AFR, "", 0.008, "haile", ""),
    (AFR, "", 0.008, "kamau", ""),
    (AFR, "", 0.008, "ochieng", ""),
    (AFR, "", 0.008, "dlamini", ""),
    (AFR, "", 0.008, "adamu", ""),
    (AFR, "", 0.006, "nkosi", ""),
    (AFR, "", 0.006, "ndlovu", ""),
    (AFR, "", 0.006, "warsame", ""),
]


# ============================================================================================
# Part 2: the extension. One block per region and sex; see the module docstring for the
# line format. Values follow the same definition as part 1.
# ============================================================================================

_MAX_FREQ = 0.4  # nothing in any population is carried by more than this share here


def _feminine(marker: str, latin: list[str], native: list[str]) -> tuple[list[str], list[str]]:
    if marker == "+a":
        return [w + "a" for w in latin], [w + "а" for w in native]
    if marker == "+na":
        assert all(w.endswith("vich") for w in latin) and all(w.endswith("вич") for w in native)
        return [w[:-3] + "na" for w in latin], [w[:-3] + "на" for w in native]
    if marker == "+ska":
        assert all(w.endswith("i") for w in latin) and all(w.endswith("ий") for w in native)
        return [w[:-1] + "a" for w in latin], [w[:-2] + "ая" for w in native]
    raise ValueError(f"unknown marker {marker!r}")


def _parse_block(region: str, sex: str, text: str) -> list[tuple[str, str, float, str, str]]:
    rows = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        marker = None
        if line.split()[-1].startswith("+"):
            marker = line.split()[-1]
            line = line[: line.rindex(marker)].strip()
        latin_part, _, native_part = line.partition("|")
        fields = latin_part.split()
        freq = float(fields[0])
        latin, native = fields[1:], native_part.split()
        if not latin or not 0.0 < freq <= _MAX_FREQ:
            raise ValueError(f"{region} block, line {n}: bad entry {raw!r}")
        rows.append((region, sex, freq, " ".join(latin), " ".join(native)))
        if marker:
            fl, fn = _feminine(marker, latin, native)
            rows.append((region, sex if sex == "" else "f", freq, " ".join(fl), " ".join(fn)))
    return rows


_BLOCKS: list[tuple[str, str, str]] = []

# ---- Arab world: more spellings of the commonest names (all Arab, Somali, Sahel, Malay and
# South Asian Muslim men; the abbreviations md/mohd/mhd stand for Muhammad) --------------------
_BLOCKS.append((AR, "m", """
0.15   mohamad muhamad muhamed mouhamed mouhamad mouhammad mohammod mohammet
0.1    md mohd muhd mhd
0.03   hassan hasan hassane hasen | حسن
0.02   khalid khaled khaleed khalied | خالد
0.06   ahmad ahmed | أحمد
0.01   tarek tareck tarik | طارق
"""))

# ---- Arab world: given names of men (share of men whose chain name contains the name) -------
_BLOCKS.append((AR, "m", """
# abd al- compounds, usually written as one word in Latin and in Arabic
0.015  abdulrahman abdelrahman abdalrahman abdurrahman abderrahmane abderrahman abdirahman abdelrahmane abdulrehman | عبدالرحمن عبدالرحمان
0.012  abdulaziz abdelaziz abdulazeez abdalaziz abdiaziz abdelazziz | عبدالعزيز
0.01   abdulkarim abdelkarim abdelkrim abdulkareem abdikarim abdalkarim | عبدالكريم
0.01   abdulqadir abdulkadir abdelkader abdelqader abdulkader abdikadir abdulqader abdalqadir | عبدالقادر
0.008  abdulmalik abdelmalek abdulmalek abdelmalik | عبدالملك
0.008  abdulhamid abdelhamid abdulhameed abdalhamid | عبدالحميد
0.008  abdulsalam abdessalam abdelsalam abdussalam abdisalam abdeslam abdesslam | عبدالسلام
0.006  abdulhakim abdelhakim abdulhakeem | عبدالحكيم
0.006  abdulwahab abdelwahab abdelouahab abdulwahhab abdelwahhab | عبدالوهاب
0.006  abdulghani abdelghani abdulghany abdighani | عبدالغني
0.006  abdulrazzaq abdelrazek abdulrazak abderrazak abdirizak abdulrazaq abdelrazzak abderrazzak | عبدالرزاق
0.006  abdulrahim abdelrahim abderrahim abdulraheem abdirahim abdurrahim | عبدالرحيم
0.005  abdulmajid abdelmajid abdulmajeed abdelmadjid | عبدالمجيد
0.005  abdullatif abdellatif abdulateef abdelatif | عبداللطيف
0.005  abdulhadi abdelhadi | عبدالهادي
0.005  abdulfattah abdelfattah abdelfatah | عبدالفتاح
0.004  abdulmonem abdelmoneim abdulmunim abdelmonem abdulmunem | عبدالمنعم
0.004  abdulhafiz abdelhafid abdulhafeez abdelhafiz | عبدالحفيظ
0.004  abdulbasit abdelbasset abdulbaset abdelbasit | عبدالباسط
0.004  abduljabbar abdeljabbar | عبدالجبار
0.004  abdulsattar abdelsattar | عبدالستار
0.004  abdulkhaliq abdelkhalek abdulkhaleq | عبدالخالق
0.004  abdulwahid abdelwahed abdulwahed abdiwahid abdelouahed | عبدالواحد
0.004  abdulhussein abdulhussain abdulhusain | عبدالحسين
0.004  abdulamir abdulameer | عبدالامير
0.003  abdulzahra | عبدالزهرة
0.004  abdulnasser abdelnasser abdinasir abdulnasir | عبدالناصر
0.004  abdulhalim abdelhalim abdulhaleem | عبدالحليم
0.004  abdulghafoor abdelghafour abdulghafur abdulghafar abdelghaffar | عبدالغفور عبدالغفار
0.003  abdulbari abdelbari | عبدالباري
0.003  abdulmannan abdelmannan | عبدالمنان
0.003  abdulhay abdelhay abdulhai abdelhai | عبدالحي
0.004  abdelilah abdulilah abdulelah abdulillah | عبدالاله عبدالإله
0.004  abdulmohsen abdulmohsin abdelmohsen | عبدالمحسن
0.003  abdulmuttalib abdelmottaleb | عبدالمطلب
0.003  abdulwali abdiwali | عبدالولي
0.003  abdulhaq abdelhak abdulhak abdelhaq | عبدالحق
0.003  abdelmoumen abdulmumin | عبدالمؤمن
0.003  abdulnour abdennour abdelnour | عبدالنور
0.003  abdulqawi abdelkawi | عبدالقوي
0.005  abdou abdu abdo | عبده
# other names of men
0.012  mansour mansur mansoor mansoer | منصور
0.012  khalil khaleel khelil | خليل
0.01   saad saadi | سعد
0.01   sulaiman suleiman sulayman sleiman soliman slimane souleiman suleyman | سليمان
0.01   nabil nabeel | نبيل
0.01   kamal kamel | كمال
0.008  bashir basheer bachir | بشير
0.008  daoud dawood dawud daud daoudi | داود
0.008  issa isa eesa aissa | عيسى
0.008  saif seif sayf | سيف
0.008  salman | سلمان
0.008  sharif shareef cherif chérif | شريف
0.008  qasim qasem qassem kassem kacem gassim | قاسم
0.008  radwan ridwan redouane redwan | رضوان
0.008  reda rida ridha | رضا
0.008  riad riyad riyadh | رياض
0.008  fadi fady | فادي
0.008  rami ramy | رامي
0.008  bassam | بسام
0.008  wael wail | وائل
0.008  tamer tamir | تامر
0.008  magdy majdi magdi | مجدي
0.008  ramadan ramadhan | رمضان
0.008  hamed hamid | حامد
0.007  yunis younes yunes | يونس
0.006  idriss idress | إدريس
0.006  ismael ismaeel esmail | إسماعيل
0.006  hamdan | حمدان
0.006  hamdy hamdi | حمدي
0.006  fathy fathi fethi | فتحي
0.006  fawzy fawzi fouzi | فوزي
0.006  helmy helmi | حلمي
0.006  ragab rajab | رجب
0.006  salah | صلاح
0.006  salaheddine salahuddin salaheldin salahudin salahuddeen salahedin
0.006  hosny husni hosni | حسني
0.006  mohanad muhannad mohannad | مهند
0.006  sami samy | سامي
0.006  sabah | صباح
0.006  firas feras | فراس
0.006  hatem hatim | حاتم
0.006  yahya yehia yahia yahyaoui | يحيى
0.006  yasin yassin yaseen yassine yacine | ياسين
0.006  zakaria zakariya zakariyya zakarya zakariyah | زكريا
0.006  hussam hossam | حسام
0.006  alaa | علاء
0.006  munir mounir | منير
0.006  mourad | مراد
0.006  tawfiq tawfik taufik toufik taoufik | توفيق
0.006  fouad fuad | فؤاد
0.006  ammar | عمار
0.006  hashem hashim hachem | هاشم
0.006  kadhim kazem kazim | كاظم
0.006  taha | طه
0.006  hakim hakeem | حكيم
0.006  harun haroun | هارون
0.006  saud | سعود
0.006  wasim waseem | وسيم
0.006  majed | ماجد
0.006  sadiq sadek sadeq | صادق
0.005  sameh | سامح
0.005  lotfy lutfi lotfi | لطفي
0.005  shaaban shaban chaabane chaban | شعبان
0.005  sabry sabri | صبري
0.005  medhat midhat | مدحت
0.005  mamdouh | ممدوح
0.005  ezzat izzat | عزت
0.005  atef | عاطف
0.005  nader | نادر
0.005  maher | ماهر
0.005  mazen mazin | مازن
0.005  ziad ziyad | زياد
0.005  fares faris | فارس
0.005  ghassan | غسان
0.005  haitham haytham | هيثم
0.005  jihad | جهاد
0.005  marwan | مروان
0.005  moaz muath muaz moaaz | معاذ
0.005  nizar | نزار
0.005  raed | رائد
0.005  talal | طلال
0.005  mishal meshal mishaal | مشعل
0.005  nawaf | نواف
0.005  bandar | بندر
0.005  badr bader | بدر
0.005  turki | تركي
0.005  hamoud hammoud | حمود
0.005  ghazi | غازي
0.005  iyad eyad | إياد
0.005  ehab ihab | إيهاب
0.005  diaa | ضياء
0.005  farid fareed | فريد
0.005  galal jalal | جلال
0.005  mubarak | مبارك
0.005  zaki | زكي
0.005  adham | أدهم
0.005  jaafar jaafer | جعفر
0.004  luay louay | لؤي
0.004  qusay qusai | قصي
0.004  thamer thamir | ثامر
0.004  jaber jabir | جابر
0.004  jassim jasim jasem | جاسم
0.004  hazem hazim | حازم
0.004  karam | كرم
0.004  rashad | رشاد
0.004  raafat rafat | رأفت
0.004  shadi shady | شادي
0.004  shaker shakir | شاكر
0.004  wajdi wagdy | وجدي
0.004  yazan | يزن
0.004  zuhair zouhair zohair | زهير
0.004  nasr | نصر
0.004  atta | عطا
0.004  attia atiya atia | عطية
0.004  eid | عيد
0.004  hilal | هلال
0.004  marzouk marzouq | مرزوق
0.004  munther mundhir | منذر
0.004  moataz mutaz | معتز
0.004  naif nayef | نايف
0.004  obaid ubaid | عبيد
0.004  rabie rabih rabia | ربيع
0.004  safwan | صفوان
0.004  saqr saker | صقر
0.004  shawki shawky chawki | شوقي
0.004  sobhi subhi | صبحي
0.004  bashar | بشار
0.004  qais qays | قيس
0.004  uday odai | عدي
0.004  raad | رعد
0.004  naji | ناجي
0.004  falah | فلاح
0.004  sattar | ستار
0.004  jabbar | جبار
0.004  hayder | حيدر
0.004  anis | أنيس
0.004  anass
0.004  wahid waheed | وحيد
0.004  ayman aymen | أيمن
0.003  shukri shukry choukri | شكري
0.003  muthanna | مثنى
0.003  karrar | كرار
0.003  nouh | نوح
0.003  tayseer taysir | تيسير
0.003  mutlaq | مطلق
0.003  sakhr | صخر
0.003  nashat | نشأت
"""))

# ---- Arab world: given names of women ------------------------------------------------------
_BLOCKS.append((AR, "f", """
0.03   fatima fatma fatimah fatema fatme | فاطمة
0.015  aicha aichatou aysha | عائشة
0.012  amina aminah ameena | أمينة
0.012  zineb zaynab | زينب
0.012  meryem mariem | مريم
0.01   asmaa | أسماء
0.01   hala | هالة
0.008  rasha | رشا
0.008  dina | دينا
0.008  lina | لينا
0.008  reem rim | ريم
0.008  ghada | غادة
0.008  nadia nadya | نادية
0.008  samar | سمر
0.008  suad souad | سعاد
0.008  wafa wafaa | وفاء
0.008  najwa | نجوى
0.008  nawal | نوال
0.008  jamila jameela djamila | جميلة
0.008  latifa latefa | لطيفة
0.008  khawla khaoula | خولة
0.008  halima halimah | حليمة
0.008  safiya safia | صفية
0.008  ruqaya ruqayya rokia roukaya | رقية
0.008  shaima shaimaa chaimae | شيماء
0.008  doaa duaa | دعاء
0.008  heba hiba | هبة
0.008  manal | منال
0.008  maha | مها
0.006  nisrine nesrine nesreen | نسرين
0.006  abeer | عبير
0.006  aziza azizah | عزيزة
0.006  basma | بسمة
0.006  dalal | دلال
0.006  fadia | فادية
0.006  farah | فرح
0.006  hind | هند
0.006  ilham | إلهام
0.006  inas enas | إيناس
0.006  intisar | انتصار
0.006  jana | جنى
0.006  lamia lamya | لمياء
0.006  lubna loubna | لبنى
0.006  majida magda | ماجدة
0.006  malak | ملاك
0.006  marwa | مروة
0.006  nada | ندى
0.006  naima | نعيمة
0.006  najat | نجاة
0.006  rabab | رباب
0.006  raghad | رغد
0.006  rawan | روان
0.006  razan | رزان
0.006  reham riham | ريهام
0.006  rima | ريما
0.006  safaa | صفاء
0.006  sahar | سحر
0.006  saida | سعيدة
0.006  sawsan | سوسن
0.006  siham | سهام
0.006  soha suha | سهى
0.006  sumaya sumaiya soumaya | سمية
0.006  wedad widad | وداد
0.006  zeina zaina | زينة
0.006  zohra zuhra | زهرة
0.006  aya | آية
0.005  afaf | عفاف
0.005  alia aliya | عالية
0.005  amira ameera | أميرة
0.005  arwa | أروى
0.005  batoul batul | بتول
0.005  dunya donia | دنيا
0.005  fayza faiza | فايزة
0.005  hajar hagar hadjer | هاجر
0.005  haya | هيا
0.005  hessa hissa | حصة
0.005  jawaher | جواهر
0.005  mai | مي
0.005  moza mouza | موزة
0.005  munira mounira | منيرة
0.005  nahla | نهلة
0.005  najla | نجلاء
0.005  nouf | نوف
0.005  ola | علا
0.005  rahma | رحمة
0.005  rajaa | رجاء
0.005  salwa | سلوى
0.005  samia samiya | سامية
0.005  sanaa sanae | سناء
0.005  shahd | شهد
0.005  shireen | شيرين
0.005  yusra yousra | يسرى
0.004  thuraya | ثريا
0.004  maram | مرام
0.004  lama | لمى
0.004  dana | دانة
0.004  yara | يارا
0.004  habiba | حبيبة
0.004  zakia zakiya | زكية
0.004  nabila | نبيلة
0.004  karima | كريمة
0.004  hayat | حياة
0.004  kheira | خيرة
0.004  fadila fadhila | فضيلة
0.004  rachida rashida | رشيدة
0.004  malika | مليكة
0.004  fatiha | فتيحة
0.004  hafsa | حفصة
0.004  ibtisam | ابتسام
0.004  khairiya | خيرية
0.004  nourhan | نورهان
0.004  sabrin | صابرين
0.004  taghreed | تغريد
0.004  tahani | تهاني
0.02   umm | أم
"""))

# ---- Arab world: family, tribal and clan names (both sexes; the article al-/el- is dropped
# by the matcher, so the bare name is listed) -------------------------------------------------
_BLOCKS.append((AR, "", """
# Saudi Arabia (share of Saudi nationals; the big tribes each hold 1-3 %)
0.03   qahtani kahtani qahtany | قحطاني
0.03   otaibi otaiby utaibi oteibi | عتيبي
0.025  ghamdi ghamedi | غامدي
0.025  zahrani zahrany | زهراني
0.025  harbi harby | حربي
0.025  mutairi mutiri mutairy | مطيري
0.02   shahri shehri | شهري
0.02   anazi anezi enezi enazi anizi | عنزي
0.02   shammari shamari shemmari | شمري
0.015  dosari dossari dawsari | دوسري
0.012  asmari | عسمري
0.012  qarni qarny | قرني
0.012  subaie subaei subai subaiei | سبيعي
0.01   malki maliki | مالكي
0.01   omari umari | عمري
0.01   juhani johani | جهني
0.01   rashidi rasheedi | رشيدي
0.01   yami | يامي
0.01   hajri hajeri | هاجري
0.01   amri ameri | عامري
0.008  shahrani | شهراني
0.008  dhafiri dhufairi | ظفيري
0.006  balawi | بلوي
0.006  hazmi | حازمي
0.006  sulami | سلمي
0.006  khaldi khalidi | خالدي
0.006  ruwaili ruwaily rowaili | رويلي
0.005  thaqafi | ثقفي
0.005  bishi | بيشي
0.005  ahmari | أحمري
0.005  shamrani | شمراني
0.004  jahdali | جحدلي
0.004  faifi | فيفي
0.004  sharari | شراري
0.004  qurashi | قرشي
0.004  zubaidi zubaydi | زبيدي
0.004  shaibani shaybani | شيباني
0.004  saud | سعود
# United Arab Emirates (share of Emirati nationals)
0.02   mansouri mansoori | منصوري
0.02   mazrouei mazrouie mazroui | مزروعي
0.02   shamsi | شامسي
0.02   ketbi kitbi | كتبي
0.02   dhaheri dhahiri | ظاهري
0.02   suwaidi suwaydi | سويدي
0.02   nuaimi naimi nuaimy | نعيمي
0.02   kaabi kaabey | كعبي
0.02   shehhi shihhi | شحي
0.015  falasi | فلاسي
0.015  muhairi mheiri | مهيري
0.015  hammadi | حمادي
0.015  blooshi balushi baloushi bloushi | بلوشي
0.01   marzooqi marzouqi | مرزوقي
0.01   hosani hosany | حوسني
0.01   zaabi | زعابي
0.01   rumaithi | رميثي
0.01   naqbi | نقبي
0.008  qubaisi kubaisi | قبيسي
0.008  mehairbi | محيربي
0.008  yammahi | يماحي
0.008  tunaiji | طنيجي
0.008  darmaki | درمكي
0.008  jneibi junaibi | جنيبي
# Qatar, Kuwait, Bahrain (share of nationals)
0.02   marri | مري
0.02   kuwari | كواري
0.02   mohannadi muhannadi | مهندي
0.015  sulaiti | سليطي
0.01   khulaifi | خليفي
0.01   emadi | عمادي
0.01   thani | ثاني
0.01   obaidli | عبيدلي
0.01   muftah | مفتاح
0.01   khater | خاطر
0.03   ajmi | عجمي
0.02   azmi | عازمي
0.015  kandari | كندري
0.01   awadhi | عوضي
0.01   fadhli | فضلي
0.005  sabah | صباح
0.01   khalifa khalifah | خليفة
0.005  musallam | مسلم
0.005  jishi | جشي
# Oman (share of Omani nationals)
0.03   balushi | بلوشي
0.02   harthi | حارثي
0.02   busaidi | بوسعيدي
0.02   hinai | هنائي
0.015  rawahi | رواحي
0.015  maamari | معمري
0.015  riyami | ريامي
0.015  saadi | سعدي
0.01   kindi | كندي
0.01   farsi | فارسي
0.01   shukaili | شكيلي
0.01   abri | عبري
0.01   siyabi | سيابي
0.01   jabri | جابري
0.01   kalbani | كلباني
0.01   ghafri | غافري
0.01   habsi | حبسي
0.01   wahaibi | وهيبي
0.008  lawati | لواتي
0.008  maskari | مسكري
0.008  battashi | بطاشي
0.008  mahrouqi | محروقي
0.008  yahyai | يحيائي
0.008  zadjali zadjaly | زدجالي
0.006  nabhani | نبهاني
# Yemen (share of Yemenis)
0.008  ahmar | أحمر
0.006  hakimi | حكيمي
0.005  hadrami | حضرمي
0.005  yafai yafei | يافعي
0.005  adeni | عدني
0.005  sanaani | صنعاني
0.005  rimi | ريمي
0.004  awlaki aulaqi | عولقي
0.004  saqqaf saggaf | سقاف
0.004  attas | عطاس
0.004  jifri | جفري
0.004  aidarous aidaroos | عيدروس
0.004  qubati | قباطي
0.004  sharabi | شرعبي
0.004  maqtari | مقطري
0.004  hamdani | همداني
0.003  dhahabi | ذهبي
0.003  kaf | كاف
# Iraq (share of Iraqis)
0.02   jubouri jaburi jebouri | جبوري
0.02   dulaimi dulaymi | دليمي
0.015  tamimi | تميمي
0.015  obaidi ubaidi | عبيدي
0.01   azzawi | عزاوي
0.01   janabi | جنابي
0.01   khafaji | خفاجي
0.008  rubaie rubaiy | ربيعي
0.008  lami | لامي
0.008  hashimi hashemi | هاشمي
0.008  musawi mousawi moussawi | موسوي
0.008  asadi | أسدي
0.008  amiri | أميري
0.006  bayati | بياتي
0.006  samarrai | سامرائي
0.006  ani | عاني
0.006  rawi | راوي
0.006  issawi | عيساوي
0.006  mashhadani | مشهداني
0.006  jumaili | جميلي
0.006  taie tai | طائي
0.006  zaidi | زيدي
0.006  kinani | كناني
0.006  mohammedawi | محمداوي
0.006  hamdani
0.005  hakim | حكيم
0.005  bahadli | بهادلي
0.005  darraji | دراجي
0.005  rikabi | ركابي
0.005  fatlawi | فتلاوي
0.005  baghdadi | بغدادي
0.005  jaafari | جعفري
0.005  sudani | سوداني
0.004  tikriti | تكريتي
0.004  hiti | هيتي
0.004  fahdawi | فهداوي
0.004  karbouli | كربولي
0.004  mayahi | مياحي
0.004  basri | بصري
0.004  halbusi | حلبوسي
0.003  mosuli | موصلي
0.003  allawi | علاوي
# Levant: Syria, Lebanon, Jordan, Palestine (occupational and origin names are spread wide)
0.008  khoury khouri khuri | خوري
0.008  haddad | حداد
0.006  najjar | نجار
0.005  masri | مصري
0.005  khatib khateeb | خطيب
0.005  halabi | حلبي
0.005  shami | شامي
0.005  hijazi hegazy hegazi | حجازي
0.005  kurdi | كردي
0.005  awad awwad | عوض
0.005  hanna | حنا
0.005  saad
0.005  darwish darwich | درويش
0.004  khayat khayyat | خياط
0.004  attar | عطار
0.004  sabbagh | صباغ
0.004  hamwi | حموي
0.004  homsi | حمصي
0.004  zoubi zubi | زعبي
0.004  barakat | بركات
0.004  abboud | عبود
0.004  karam
0.004  farah
0.004  issa
0.004  nassar | نصار
0.004  jaber
0.004  ghanem | غانم
0.004  hayek | حايك
0.004  hourani | حوراني
0.004  qudah | قضاة
0.004  momani | مومني
0.004  obeidat | عبيدات
0.004  tarawneh | طراونة
0.004  khasawneh | خصاونة
0.004  majali | مجالي
0.004  abbadi | عبادي
0.004  smadi | صمادي
0.004  nsour | نسور
0.004  rousan | روسان
0.004  shawabkeh | شوابكة
0.004  adwan | عدوان
0.004  azzam | عزام
0.004  jaradat | جرادات
0.004  salameh salama | سلامة
0.004  odeh | عودة
0.004  shehadeh shehada | شحادة
0.004  khader khodr | خضر
0.004  amer
0.004  qawasmi qawasmeh | قواسمي
0.004  jabari | جعبري
0.004  barghouti | برغوثي
0.004  husseini | حسيني
0.003  natsheh | نتشة
0.003  khalidi
0.003  dajani | دجاني
0.003  nabulsi | نابلسي
0.003  zahran | زهران
0.003  shalabi | شلبي
0.003  atallah | عطاالله
0.003  kassab qassab | قصاب
0.003  hallak | حلاق
0.003  tahhan | طحان
0.003  sarraf | صراف
0.003  dabbagh | دباغ
0.003  jazzar | جزار
0.003  kayyali | كيالي
0.003  akkad | عقاد
0.003  kabbani qabbani | قباني
0.003  zein zain | زين
0.003  nahas nahhas | نحاس
0.003  maalouf | معلوف
0.003  aoun | عون
0.003  azar | عازار
0.003  bitar | بيطار
0.003  daou | ضو
0.003  matar | مطر
0.003  nader
0.003  rizk | رزق
0.003  saliba | صليبا
0.003  boutros | بطرس
0.003  bishara | بشارة
0.003  ashour achour | عاشور
0.003  madhoun | مدهون
0.002  helles | حلس
0.002  astal | أسطل
0.002  shaath | شعث
0.002  tannous | طنوس
0.002  yazbek | يزبك
0.002  sfeir | صفير
0.02   bani | بني
# Egypt and Sudan (Coptic names included; share of Egyptians or Sudanese)
0.005  gerges girgis guirguis | جرجس
0.004  naguib | نجيب
0.004  fahmy fahmi | فهمي
0.004  shenouda | شنودة
0.003  tadros | تادرس
0.003  morcos | مرقص
0.003  wahba | وهبة
0.003  labib | لبيب
0.003  beshay | بشاي
0.003  hanafi hanafy | حنفي
0.003  shazly shazli | شاذلي
0.003  sharkawy sharqawi | شرقاوي
0.003  sayyed
0.008  babiker babikir | بابكر
0.008  elamin
0.006  eltayeb tayeb | طيب
0.006  siddig | صديق
0.006  bakheit bakhit | بخيت
0.006  fadul fadl | فضل
0.006  ishag | إسحاق
0.006  yagoub | يعقوب
0.004  elnour elnur
0.004  elhassan
0.004  elsheikh
# Libya (share of Libyans)
0.01   warfalli werfalli | ورفلي
0.006  obeidi
0.005  misrati | مصراتي
0.005  tarhouni | ترهوني
0.004  zintani | زنتاني
0.003  senussi sanusi | سنوسي
0.003  ghariani | غرياني
0.003  gaddafi qadhafi kadhafi gadhafi | قذافي
0.003  megrahi | مقرحي
0.003  fitouri | فيتوري
# Maghreb: Morocco, Algeria, Tunisia (share of the country's people)
0.02   trabelsi | طرابلسي
0.012  hammami | حمامي
0.01   idrissi | إدريسي
0.01   amrani | عمراني
0.01   gharbi | غربي
0.01   mejri | ماجري
0.01   ayari | عياري
0.01   jlassi | جلاصي
0.01   amri
0.01   hadj | حاج
0.01   bou | بو
0.008  alaoui | علوي
0.008  jebali | جبالي
0.008  dridi | دريدي
0.008  sassi | ساسي
0.008  riahi | رياحي
0.008  khelifi | خليفي
0.008  ferchichi | فرشيشي
0.008  ouni | عوني
0.008  tlili | تليلي
0.008  guesmi | قاسمي
0.008  nasri | نصري
0.008  abidi | عبيدي
0.006  belhadj | بلحاج
0.006  bennani | بناني
0.006  hajji | حجي
0.006  benali | بنعلي
0.006  bouzid | بوزيد
0.006  saidi | سعيدي
0.006  brahimi | براهيمي
0.006  chaabane | شعبان
0.006  mabrouk | مبروك
0.006  ghanmi | غانمي
0.006  zouari | زواري
0.006  rezgui | رزقي
0.006  selmi | سالمي
0.006  oueslati | وسلاتي
0.006  arfaoui | عرفاوي
0.006  bouaziz | بوعزيز
0.005  messaoudi | مسعودي
0.005  hamidi | حميدي
0.005  jaziri | جزيري
0.005  khemiri | خميري
0.005  taleb | طالب
0.005  rahmani | رحماني
0.004  benjelloun | بنجلون
0.004  tazi | تازي
0.004  fassi | فاسي
0.004  berrada | برادة
0.004  naciri nasiri | ناصري
0.004  ouazzani | وزاني
0.004  benaissa | بنعيسى
0.004  bensalem | بنسالم
0.004  benabdallah | بنعبدالله
0.004  aissaoui | عيساوي
0.004  ziani | زياني
0.004  meziane | مزيان
0.004  kaci | قاسي
0.004  belaid | بلعيد
0.004  touati | تواتي
0.004  mebarki | مباركي
0.004  slimani | سليماني
0.004  maaloul | معلول
0.004  chebbi | شابي
0.003  chraibi | شرايبي
0.003  lahlou | لحلو
0.003  kettani | كتاني
0.003  mokrani | مقراني
0.003  zitouni | زيتوني
0.003  zerrouki | زروقي
0.003  bouabdallah | بوعبدالله
0.02   ait | ايت
0.01   ouled oulad | اولاد
0.004  maghribi | مغربي
"""))

# ---- Maghreb and Egypt: given-name spellings not covered above (share of men / women) -----
_BLOCKS.append((AR, "m", """
0.015  brahim | براهيم
0.012  mustapha moustapha mostapha
0.012  rachid rachide
0.01   lahcen lahsen | لحسن
0.01   abdellah abdallah
0.008  driss | ادريس
0.008  hicham hichem
0.008  mbarek mebarek | امبارك
0.008  noureddine nuraddin nouraddine nureddin nuruddin
0.008  yacine
0.008  djamel
0.006  lhoussaine lahoucine hocine
0.006  larbi
0.006  tahar
0.006  soufiane sofiane sufyan sofyan | سفيان
0.006  othmane
0.006  ayoub
0.006  youcef
0.006  mohcine mohsine
0.006  abdelkrim
0.005  hammou | حمو
0.005  miloud | ميلود
0.005  mimoun | ميمون
0.005  bouchaib | بوشعيب
0.005  boualem | بوعلام
0.005  messaoud | مسعود
0.005  lakhdar | لخضر
0.004  allal | علال
0.004  smail
0.004  mokhtar mukhtar | مختار
"""))

# ---- Pakistan / Muslim South Asia: more given names of men (share of Pakistani men) ---------
_BLOCKS.append((PK, "m", """
0.03   ul
0.02   ur
0.01   ud
0.01   haq huq | حق
0.008  abid | عابد
0.008  adil | عادل
0.008  ahsan | احسن
0.008  altaf | الطاف
0.008  arif aarif | عارف
0.008  atif | عاطف
0.008  azhar | اظہر
0.008  babar babur | بابر
0.008  faheem fahim | فہیم
0.008  farhan | فرحان
0.008  haroon harun | ہارون
0.008  iftikhar | افتخار
0.008  imtiaz imtiyaz | امتیاز
0.008  irshad | ارشاد
0.008  jahangir jehangir | جہانگیر
0.008  junaid | جنید
0.008  kashif | کاشف
0.008  khurram | خرم
0.008  liaqat liaquat | لیاقت
0.008  mansoor | منصور
0.008  mazhar | مظہر
0.008  mohsin | محسن
0.008  munir muneer | منیر
0.008  murtaza | مرتضیٰ
0.008  naeem naim | نعیم
0.008  naseer nasir | نصیر
0.008  nasrullah | نصراللہ
0.008  nazir nazeer | نذیر
0.008  qamar | قمر
0.008  rauf | رؤف
0.008  rehan raihan | ریحان
0.008  saad | سعد
0.008  sabir | صابر
0.008  safdar | صفدر
0.008  sajjad | سجاد
0.008  salman | سلمان
0.008  saqib | ثاقب
0.008  sarwar | سرور
0.008  shafqat | شفقت
0.008  shahzad shehzad | شہزاد
0.008  sharif shareef | شریف
0.008  shaukat shoukat | شوکت
0.008  sikandar | سکندر
0.008  tanveer tanvir | تنویر
0.008  umair | عمیر
0.008  usama | اسامہ
0.008  waheed wahid | وحید
0.008  waseem wasim | وسیم
0.008  yaseen yasin | یاسین
0.008  zahoor | ظہور
0.008  zeeshan | ذیشان
0.008  zulfiqar zulfikar | ذوالفقار
0.008  asad | اسد
0.008  aftab | آفتاب
0.008  hanif haneef | حنیف
0.008  khalil | خلیل
0.008  khurshid khursheed | خورشید
0.008  maqbool | مقبول
0.008  manzoor | منظور
0.008  mukhtar | مختار
0.008  nisar | نثار
0.008  qasim | قاسم
0.008  saleem salim | سلیم
0.008  zaheer zahir | ظہیر
0.008  zia | ضیاء
0.006  ghafoor ghafur | غفور
0.006  ghaffar | غفار
0.006  sattar | ستار
0.006  jabbar | جبار
0.006  qayyum qayum | قیوم
0.006  razzaq razaq | رزاق
0.006  shakoor shakur | شکور
0.006  fawad fuad | فواد
0.006  haris | حارث
0.006  ihsan ehsan | احسان
0.006  inam | انعام
0.006  mubashir | مبشر
0.006  mudassar | مدثر
0.006  obaid | عبید
0.006  qaiser qaisar | قیصر
0.006  rafi | رفیع
0.006  rahat | راحت
0.006  sami | سمیع
0.006  tauqeer | توقیر
0.006  tufail | طفیل
0.006  wajid | واجد
0.006  ather athar | اطہر
0.006  azam | اعظم
0.006  hussnain husnain | حسنین
0.006  ibrar | ابرار
0.006  jawad | جواد
0.006  mehboob mahboob | محبوب
0.006  noman nauman | نعمان
0.006  rafaqat | رفاقت
0.006  talib | طالب
0.006  taj | تاج
0.006  zakir | ذاکر
0.006  ghazanfar | غضنفر
0.006  sultan | سلطان
0.006  bashir basheer | بشیر
0.006  nazar | نذر
0.006  hakim hakeem | حکیم
0.006  shamshad | شمشاد
0.006  ejaz | اعجاز
0.006  shoaib | شعیب
0.006  owais awais uwais | اویس
0.006  wahab | وہاب
0.006  tayyab tayyeb | طیب
0.006  muzaffar | مظفر
0.006  nasim | نسیم
0.005  ghulam
0.005  anjum | انجم
0.005  arsalan | ارسلان
0.005  danish | دانش
0.005  ehtisham | احتشام
0.005  faraz | فراز
0.005  ghous | غوث
0.005  hammad | حماد
0.005  hasnain | حسنین
0.005  jamshed jamshaid | جمشید
0.005  khizar khizer | خضر
0.005  mujahid | مجاہد
0.005  naqeeb | نقیب
0.005  raheel | راحیل
0.005  saeed
0.005  shehryar sheharyar | شہریار
0.005  subhan | سبحان
0.005  taimur taimoor | تیمور
0.005  usman
0.005  yaqoob
0.005  zain | زین
0.005  allah | اللہ
0.005  elahi ilahi | الٰہی
0.005  nabi | نبی
0.005  rasool rasul | رسول
0.005  khuda | خدا
0.005  bux
0.005  nawab | نواب
0.004  chand | چاند
0.004  sain | سائیں
0.004  pir peer | پیر
0.004  hafiz
0.004  qari | قاری
0.004  maulana molana | مولانا
0.004  maulvi moulvi mawlawi mawlavi molvi | مولوی
0.004  mufti | مفتی
0.01   haji hajji hadji alhaj alhaji | حاجی
"""))

# ---- Pakistan: more women's names (share of Pakistani women) --------------------------------
_BLOCKS.append((PK, "f", """
0.01   nazia
0.01   shahida | شاہدہ
0.01   zahida | زاہدہ
0.01   abida | عابدہ
0.01   sajida | ساجدہ
0.01   rashida | رشیدہ
0.01   naseem | نسیم
0.008  nasima naseema | نسیمہ
0.008  shaheen | شاہین
0.008  robina | روبینہ
0.008  tasleem taslim | تسلیم
0.008  sumaira | سمیرا
0.008  uzma | عظمیٰ
0.008  aneela anila | انیلہ
0.008  shagufta | شگفتہ
0.008  nighat | نگہت
0.008  ghazala | غزالہ
0.008  irum iram | ارم
0.008  rabia | رابعہ
0.008  sidra | سدرہ
0.008  ayesha
0.008  mehnaz | مہناز
0.008  gulnaz | گلناز
0.008  naila | نائلہ
0.008  saira | سائرہ
0.008  samina
0.008  surraya suraiya | ثریا
0.008  tahmina | تہمینہ
0.008  zubaida | زبیدہ
0.008  nasim
0.006  aasia asia | آسیہ
0.006  anam | انعم
0.006  aqsa | اقصیٰ
0.006  fouzia fauzia | فوزیہ
0.006  hajra | ہاجرہ
0.006  humaira | حمیرا
0.006  lubna | لبنیٰ
0.006  madiha | مدیحہ
0.006  maria | ماریہ
0.006  misbah | مصباح
0.006  nabila | نبیلہ
0.006  nargis | نرگس
0.006  naheed | ناہید
0.006  rizwana | رضوانہ
0.006  rukhsar | رخسار
0.006  saba | صبا
0.006  safia | صفیہ
0.006  salma
0.006  shamshad
0.006  sobia | صوبیہ
0.006  tabassum | تبسم
0.006  tahira
0.006  zara | زارا
0.006  zakia | ذکیہ
0.006  zubeda
0.005  ambreen | عنبرین
0.005  farhat | فرحت
0.005  fozia
0.005  kiran | کرن
0.005  mussarat musarrat | مسرت
0.005  nudrat
0.005  qudsia | قدسیہ
0.005  raheela | راحیلہ
0.005  shama | شمع
0.005  shamsa
0.005  yasmeen
0.005  zarina | زرینہ
0.02   mai | مائی
0.03   mst mussammat musammat mosammat | مسماۃ
0.02   nisa nissa nessa nesa | نساء
0.02   jan | جان
0.015  sultana | سلطانہ
0.015  jahan | جہاں
0.015  ara | آرا
0.01   khanum khanam | خانم
0.01   nahar | نہار
"""))

# ---- Pakistan / Kashmir: more castes, clans, tribes and lineage names (both sexes) ----------
_BLOCKS.append((PK, "", """
0.01   jutt | جٹ
0.008  dar | ڈار
0.006  bhat | بھٹ
0.006  lone | لون
0.006  wani | وانی
0.006  gill
0.006  pathan | پٹھان
0.006  kiani kayani kiyani | کیانی
0.005  janjua | جنجوعہ
0.005  khokhar | کھوکھر
0.005  bajwa | باجوہ
0.005  gondal | گوندل
0.005  tarar | تارڑ
0.005  virk | ورک
0.005  chattha chatha | چٹھہ
0.005  ghuman | گھمن
0.005  sandhu | سندھو
0.005  sidhu | سدھو
0.005  sial | سیال
0.005  kharal | کھرل
0.005  dogar | ڈوگر
0.005  lodhi lodi | لودھی
0.005  kamboh | کمبوہ
0.005  satti | ستی
0.005  tanoli | تنولی
0.005  swati | سواتی
0.005  jadoon | جدون
0.005  minhas | منہاس
0.005  bangash | بنگش
0.005  marwat | مروت
0.005  orakzai | اورکزئی اورکزی
0.005  mohmand | مہمند
0.005  shinwari | شنواری
0.005  tareen tarin | ترین
0.005  ghauri ghori | غوری
0.005  farooqi faruqi | فاروقی
0.005  usmani | عثمانی
0.005  alvi | علوی
0.005  chishti | چشتی
0.005  qadri qadiri | قادری
0.004  abidi | عابدی
0.004  jilani | جیلانی
0.004  hamdani | ہمدانی
0.004  hussaini husaini | حسینی
0.004  rabbani | ربانی
0.004  naqshbandi | نقشبندی
0.004  shirazi | شیرازی
0.004  tiwana | ٹوانہ
0.004  noon | نون
0.004  sipra | سپرا
0.004  randhawa | رندھاوا
0.004  gakhar | گکھڑ
0.004  dhund | ڈھونڈ
0.004  bhutto | بھٹو
0.004  junejo | جونیجو
0.004  talpur | ٹالپر
0.004  chandio | چانڈیو
0.004  magsi | مگسی
0.004  khoso | کھوسو
0.004  lashari | لاشاری
0.004  mirani | میرانی
0.004  unar | انڑ
0.004  abro | ابڑو
0.004  shar | شر
0.004  mahar | مہر
0.004  brohi | بروہی
0.004  jamali | جمالی
0.004  pirzada | پیرزادہ
0.004  rind | رند
0.004  khosa | کھوسہ
0.004  dasti | دستی
0.004  gurmani | گورمانی
0.004  qaisrani | قیصرانی
0.004  raisani | رئیسانی
0.004  zehri | زہری
0.004  kasi kansi | کاسی
0.004  mandokhel | مندوخیل
0.004  musakhel
0.004  panezai | پانیزئی پانیزی
0.004  sofi sufi | صوفی
0.004  ganai | گنائی
0.004  rather rathore | راتھر
0.004  parray parrey | پرے
0.004  naik | نائیک
0.004  beigh | بیگ
0.004  mughal
0.004  bhatti
0.004  rajput
0.004  ahmadani | احمدانی
0.004  bhayo
0.003  dahar | ڈاہر
0.003  jakhrani | جکھرانی
0.003  bijarani | بجارانی
0.003  nizamani | نظامانی
0.003  kalhoro | کلہوڑو
0.003  samejo | سمیجو
0.003  pitafi | پتافی
0.003  chachar | چاچڑ
0.003  solangi | سولنگی
0.003  soomro
0.003  dawar | داوڑ
0.003  bhittani | بیٹنی
0.003  yousafzai
0.02   khel | خیل
0.02   zai | زئی زی
"""))

# ---- Afghanistan (Pashto/Dari): given names of men (share of Afghan men) --------------------
_BLOCKS.append((AF, "m", """
0.01   najibullah | نجیب‌الله نجیباللہ
0.008  amanullah | امان‌الله امانالله
0.008  ehsanullah ihsanullah | احسان‌الله
0.008  inayatullah enayatullah | عنایت‌الله
0.008  hidayatullah hedayatullah | هدایت‌الله
0.008  saifullah sayfullah | سیف‌الله
0.008  sanaullah | ثناءالله
0.008  azizullah | عزیزالله
0.008  asadullah | اسدالله
0.008  ezatullah izzatullah | عزت‌الله
0.008  fazlullah | فضل‌الله
0.008  hafizullah | حفیظ‌الله
0.008  obaidullah ubaidullah | عبیدالله
0.008  samiullah | سمیع‌الله
0.008  shafiqullah | شفیق‌الله
0.008  noorullah nurullah | نورالله
0.008  ziaullah | ضیاءالله
0.008  khairullah khairulla | خیرالله
0.008  naqibullah | نقیب‌الله
0.006  hekmatullah hikmatullah | حکمت‌الله
0.006  karimullah | کریم‌الله
0.006  kalimullah | کلیم‌الله
0.006  lutfullah | لطف‌الله
0.006  matiullah | مطیع‌الله
0.006  atiqullah | عتیق‌الله
0.006  rahimullah | رحیم‌الله
0.006  qudratullah | قدرت‌الله
0.006  nematullah naimatullah | نعمت‌الله
0.006  mohibullah | محب‌الله
0.006  wahidullah | وحیدالله
0.006  sibghatullah | صبغت‌الله
0.006  zainullah | زین‌الله
0.006  wali
0.006  ghani | غنی
0.006  jalaluddin jalaladdin | جلال‌الدین
0.006  sirajuddin | سراج‌الدین
0.006  shamsuddin | شمس‌الدین
0.006  nooruddin nuruddin | نورالدین
0.006  qutbuddin | قطب‌الدین
0.006  alauddin | علاءالدین
0.006  burhanuddin | برهان‌الدین
0.006  nizamuddin | نظام‌الدین
0.006  moinuddin | معین‌الدین
0.006  fakhruddin | فخرالدین
0.006  mohiuddin mohyuddin | محی‌الدین
0.006  najmuddin | نجم‌الدین
0.006  jamaluddin | جمال‌الدین
0.006  kamaluddin | کمال‌الدین
0.006  zahiruddin | ظهیرالدین
0.006  badruddin | بدرالدین
0.006  aminuddin | امین‌الدین
0.003  gulbuddin | گلبدین
0.008  khalil
0.006  wakil | وکیل
0.006  baryalai | بریالی
0.006  zalmai | زلمی
0.006  shir sher
0.006  nasir
0.006  zahir | ظاهر
0.006  ajmal | اجمل
0.006  omid | امید
0.006  rohullah ruhullah | روح‌الله
0.006  taj
0.006  sayed
0.005  abdulhaq
0.005  lal | لعل
0.005  mullah mulla molla | ملا
0.005  janan | جانان
0.003  zarif | ظریف
"""))
_BLOCKS.append((AF, "f", """
0.02   gul
0.01   nazifa | نظیفه
0.008  farzana
0.008  freshta fereshta | فرشته
0.008  malalai malala | ملالی
0.008  zarghona | زرغونه
0.008  zarmina | زرمینه
0.008  nadia
0.008  shukria | شکریه
0.008  hasina | حسینه
0.008  mahbooba mahbuba | محبوبه
0.008  nooria nuria | نوریه
0.008  roya | رویا
0.008  parwana | پروانه
0.006  sima | سیما
0.006  fawzia | فوزیه
0.006  shakila | شکیلا
0.006  latifa
0.006  wazhma | وژمه
0.006  palwasha | پلوشه
"""))
_BLOCKS.append((AF, "", """
0.008  amiri | امیری
0.008  ahmadi
0.008  karimi
0.008  azizi | عزیزی
0.008  habibi | حبیبی
0.008  haidari heidari
0.008  hashimi hashemi
0.008  sultani | سلطانی
0.008  noori nouri | نوری
0.008  rahmani | رحمانی
0.008  sadat | سادات
0.006  alizai | علیزی علیزئی
0.006  ghilzai | غلزی غلجی
0.006  tokhi | توخی
0.006  kharoti | خروټی خروتی
0.006  suleimankhel | سلیمانخیل
0.006  andar | اندړ
0.006  taraki | ترکی
0.006  mangal | منگل
0.006  jaji | جاجی
0.006  khogiani | خوګیانی خوگیانی
0.006  stanikzai | ستانکزی
0.006  popal | پوپل
0.006  sahak | ساهک
0.006  zazai | ځاځی ژاژی
0.006  naseri nasiri | ناصری
0.006  samadi | صمدی
0.006  jalali | جلالی
0.006  kabuli | کابلی
0.006  kandahari | کندهاری
0.006  nazari | نظری
0.006  qaderi qadiri | قادری
0.006  rasooli rasuli | رسولی
0.006  rezai
0.006  wahidi | وحیدی
0.006  yousufi yusufi | یوسفی
0.006  akbari
0.006  faizi | فیضی
0.006  hamidi | حمیدی
0.006  halimi | حلیمی
0.006  kohistani | کوهستانی
0.006  mujahid | مجاهد
0.006  nabizada nabizadah | نبی‌زاده
0.006  omari | عمری
0.006  panjshiri | پنجشیری
0.006  parwani | پروانی
0.006  rashidi | رشیدی
0.006  sharifi | شریفی
0.006  siddiqi
0.006  taheri | طاهری
0.006  yaqubi yaqoobi | یعقوبی
0.006  zaki
0.005  hazara | هزاره
0.005  tajik | تاجیک
0.005  uzbek | ازبک
0.005  baheer | بهیر
"""))

# ---- Iran: more given names of men (share of Iranian men) ------------------------------------
_BLOCKS.append((IR, "m", """
0.03   ali
0.02   hassan hasan
0.02   ahmad
0.015  abbas
0.015  majid | مجید
0.015  saeed saeid said | سعید
0.015  hamid | حمید
0.012  vahid | وحید
0.012  mahmoud mahmood | محمود
0.01   behzad | بهزاد
0.01   babak | بابک
0.01   bahram | بهرام
0.01   dariush dariyush daryoush | داریوش
0.01   hamed | حامد
0.01   hadi | هادی
0.01   iman | ایمان
0.01   jamshid | جمشید
0.01   kamran | کامران
0.01   mansour | منصور
0.01   milad | میلاد
0.01   navid | نوید
0.01   omid | امید
0.01   ramin | رامین
0.01   arash | آرش
0.01   ehsan | احسان
0.01   ebrahim | ابراهیم
0.01   yousef yusef | یوسف
0.01   abolfazl | ابوالفضل
0.01   amin | امین
0.01   behnam | بهنام
0.01   mehran | مهران
0.01   mehrdad | مهرداد
0.01   nasser naser | ناصر
0.01   saman | سامان
0.008  farshid | فرشید
0.008  fereydoun fereidoun | فریدون
0.008  kaveh | کاوه
0.008  kourosh koorosh | کوروش
0.008  payam | پیام
0.008  peyman | پیمان
0.008  pouya | پویا
0.008  sasan | ساسان
0.008  shahram | شهرام
0.008  siavash siavosh | سیاوش
0.008  sina | سینا
0.008  sohrab | سهراب
0.008  gholamhossein | غلامحسین
0.008  hojjat | حجت
0.008  habib | حبیب
0.008  jalal | جلال
0.008  kazem | کاظم
0.008  karim | کریم
0.008  khalil | خلیل
0.008  mohammadali | محمدعلی
0.008  mohammadhossein | محمدحسین
0.008  nader | نادر
0.008  parviz | پرویز
0.008  rahim | رحیم
0.008  rouhollah ruhollah ruhallah | روح‌الله
0.008  sadegh sadeq | صادق
0.008  sajjad | سجاد
0.008  shahin | شاهین
0.008  taghi taqi | تقی
0.008  vali | ولی
0.008  yaghoub yaqub | یعقوب
0.008  younes | یونس
0.008  abdolreza | عبدالرضا
0.008  ashkan | اشکان
0.008  behrouz behrooz | بهروز
0.008  ershad | ارشاد
0.008  faramarz | فرامرز
0.008  hooshang houshang | هوشنگ
0.008  houman | هومن
0.008  keyvan kayvan | کیوان
0.008  manouchehr manuchehr | منوچهر
0.008  meysam meisam | میثم
0.008  nima | نیما
0.008  pedram | پدرام
0.008  pejman | پژمان
0.008  saber | صابر
0.008  salman | سلمان
0.008  shahab | شهاب
0.008  shapour | شاپور
0.008  soheil | سهیل
0.008  taha | طه
0.008  yaser | یاسر
0.008  hamzeh hamze | حمزه
0.008  heidar heydar | حیدر
0.008  hashem | هاشم
0.008  ghasem qasem | قاسم
0.008  bagher baqer | باقر
0.008  moslem | مسلم
0.008  nabi | نبی
0.008  nemat | نعمت
0.008  mohammadmehdi | محمدمهدی
0.008  mohammadjavad | محمدجواد
0.008  aliakbar | علی‌اکبر
0.008  alimohammad | علی‌محمد
0.008  hosseinali | حسینعلی
0.006  esfandiar | اسفندیار
0.006  khosrow khosro | خسرو
0.006  rostam | رستم
0.006  bijan | بیژن
0.006  cyrus sirous | سیروس
0.006  davoud
0.006  ebrahim
0.006  ghodrat | قدرت
0.006  hamidreza
0.006  jahangir | جهانگیر
0.006  mahyar | مهیار
0.006  morad | مراد
0.006  nasrollah | نصرالله
0.006  nourollah | نورالله
0.006  rahmatollah | رحمت‌الله
0.006  zabihollah | ذبیح‌الله
0.006  habibollah | حبیب‌الله
0.006  asadollah | اسدالله
0.006  fathollah | فتح‌الله
0.006  azizollah | عزیزالله
0.006  abdollah | عبدالله
"""))
_BLOCKS.append((IR, "f", """
0.03   maryam | مریم
0.03   zeinab zaynab | زینب
0.02   leila leyla | لیلا لیلی
0.015  mahboubeh mahbubeh | محبوبه
0.015  tahereh | طاهره
0.015  azam | اعظم
0.015  akram | اکرم
0.015  marzieh | مرضیه
0.012  mahnaz | مهناز
0.012  mina | مینا
0.012  nasrin | نسرین
0.012  parisa | پریسا
0.012  parvaneh | پروانه
0.012  roya | رویا
0.012  sara | سارا
0.012  shirin | شیرین
0.012  soheila | سهیلا
0.012  tayebeh | طیبه
0.012  elham | الهام
0.012  fariba | فریبا
0.012  farzaneh | فرزانه
0.012  hamideh | حمیده
0.012  khadijeh | خدیجه
0.01   kobra | کبری
0.01   monireh | منیره
0.01   nahid | ناهید
0.01   nazanin | نازنین
0.01   neda | ندا
0.01   negar | نگار
0.01   niloufar niloofar | نیلوفر
0.01   parvin | پروین
0.01   roghayeh roqayeh | رقیه
0.01   sedigheh | صدیقه
0.01   shahla | شهلا
0.01   simin | سیمین
0.01   soraya | ثریا
0.01   ashraf | اشرف
0.01   batoul | بتول
0.008  afsaneh | افسانه
0.008  azadeh | آزاده
0.008  bahareh | بهاره
0.008  elaheh | الهه
0.008  fereshteh | فرشته
0.008  golnaz | گلناز
0.008  mitra | میترا
0.008  mojgan | مژگان
0.008  nasim | نسیم
0.008  raheleh | راحله
0.008  samira | سمیرا
0.008  shiva | شیوا
0.008  zohreh | زهره
0.008  ziba | زیبا
0.008  hajar | هاجر
0.008  robabeh | ربابه
0.008  tahmineh | تهمینه
0.008  firouzeh | فیروزه
0.008  forough | فروغ
0.008  mahin | مهین
0.008  manijeh | منیژه
0.008  fatemeh
0.008  zahra
0.008  atefeh | عاطفه
0.008  hoda | هدی
0.008  mehri | مهری
0.008  shahnaz | شهناز
0.008  golnar | گلنار
0.008  nafiseh | نفیسه
0.008  zari | زری
"""))

# ---- Iran: more family names (share of Iranians) --------------------------------------------
_BLOCKS.append((IR, "", """
0.008  abbasi
0.008  salehi | صالحی
0.008  mohammadzadeh | محمدزاده
0.008  alizadeh | علیزاده
0.008  rahmani
0.008  bagheri baqeri | باقری
0.008  najafi | نجفی
0.008  ghorbani qorbani | قربانی
0.008  nazari
0.008  soltani | سلطانی
0.008  zarei | زارعی
0.007  taheri
0.007  asadi | اسدی
0.007  mahmoudi | محمودی
0.007  habibi
0.007  nouri
0.007  mirzaei | میرزایی
0.007  yousefi | یوسفی
0.007  sharifi
0.007  azizi
0.007  hassani hasani | حسنی
0.006  abdollahi | عبداللهی
0.006  ranjbar | رنجبر
0.006  jalali
0.006  fathi | فتحی
0.006  shahbazi | شهبازی
0.006  kiani | کیانی
0.006  bahrami | بهرامی
0.006  safari | صفری
0.006  gholami | غلامی
0.006  ghaffari | غفاری
0.006  emami | امامی
0.006  kamali | کمالی
0.006  khalili | خلیلی
0.006  hamidi
0.006  faraji | فرجی
0.006  esmaeili esmaili | اسماعیلی
0.006  karami | کرمی
0.006  babaei | بابایی
0.006  yazdani | یزدانی
0.006  zamani | زمانی
0.006  eskandari | اسکندری
0.006  ghanbari | قنبری
0.006  khosravi | خسروی
0.006  norouzi nowruzi | نوروزی
0.006  asgari askari | عسگری عسکری
0.006  hatami | حاتمی
0.006  dehghan | دهقان
0.006  dehghani | دهقانی
0.006  shokri | شکری
0.006  ansari | انصاری
0.006  zare | زارع
0.006  mansouri | منصوری
0.006  javadi | جوادی
0.006  mahdavi | مهدوی
0.006  moghaddam moghadam | مقدم
0.006  rahimi
0.005  tehrani | تهرانی
0.005  shirazi | شیرازی
0.005  esfahani isfahani | اصفهانی
0.005  tabrizi | تبریزی
0.005  kermani | کرمانی
0.005  yazdi | یزدی
0.005  mashhadi | مشهدی
0.005  razavi | رضوی
0.005  tabatabaei tabatabai | طباطبایی
0.005  salimi | سلیمی
0.005  sohrabi | سهرابی
0.005  mohseni | محسنی
0.005  jahani | جهانی
0.005  parvizi | پرویزی
0.005  firouzi | فیروزی
0.005  nasiri
0.005  bahmani | بهمنی
0.005  shojaei | شجاعی
0.005  naderi | نادری
0.005  farahani | فراهانی
0.005  alipour | علی‌پور
0.005  rezapour | رضاپور
0.005  hosseinpour | حسین‌پور
0.005  mohammadpour | محمدپور
0.005  karimian | کریمیان
0.005  mohammadian | محمدیان
0.005  afshar | افشار
0.005  afshari | افشاری
0.005  sadeghian | صادقیان
0.005  jafarzadeh | جعفرزاده
0.005  akbarzadeh | اکبرزاده
0.005  ahmadzadeh | احمدزاده
0.005  valizadeh | ولی‌زاده
0.005  ghasemzadeh | قاسم‌زاده
0.005  motlagh | مطلق
0.005  bakhtiari | بختیاری
0.005  ebadi | عبادی
0.005  abedi | عابدی
0.005  ziaei | ضیایی
0.005  fallah | فلاح
0.005  daneshvar | دانشور
0.005  kamrani | کامرانی
0.005  ahmadian | احمدیان
0.005  hosseinabadi | حسین‌آبادی
0.004  ardakani | اردکانی
0.004  shariati | شریعتی
0.004  qomi ghomi | قمی
0.02   zadeh zade | زاده
0.02   pour poor | پور
0.01   abadi | آبادی
0.01   nejad nezhad | نژاد
"""))

# ---- Turkey: family names (share of Turkish citizens; surnames date from 1934 and are spread
# thin: the commonest holds about 1 %) ----------------------------------------------------------
_BLOCKS.append((TR, "", """
0.011  yilmaz
0.009  kaya
0.009  demir
0.007  sahin
0.007  celik
0.006  yildiz
0.006  yildirim
0.0055 ozturk
0.0055 aydin
0.005  ozdemir
0.005  arslan
0.005  dogan
0.0045 kilic
0.004  aslan
0.004  cetin
0.0035 kara
0.0035 koc
0.0035 kurt
0.003  ozkan
0.003  simsek
0.003  polat
0.003  ozcan
0.003  korkmaz
0.003  cakir
0.003  erdogan
0.003  yavuz
0.003  can
0.003  acar
0.003  sen
0.003  aktas
0.003  guler
0.003  yalcin
0.003  gunes
0.0025 bozkurt
0.0025 bulut
0.0025 keskin
0.0025 unal
0.0025 turan
0.0025 gul
0.0025 ozer
0.0025 isik
0.0025 kaplan
0.0025 avci
0.0025 sari
0.0025 tekin
0.0025 tas
0.0025 kose
0.0025 yuksel
0.0025 ates
0.0025 aksoy
0.002  karaca
0.002  ucar
0.002  cinar
0.002  altun
0.002  toprak
0.002  ozgur
0.002  akin
0.002  gunduz
0.002  akbulut
0.002  yaman
0.002  erdem
0.002  uysal
0.002  tunc
0.002  kocak
0.002  sonmez
0.002  durmaz
0.002  ozbek
0.002  bayram
0.002  coskun
0.002  altin
0.002  ekinci
0.002  basaran
0.002  duman
0.002  ince
0.002  karakaya
0.002  oral
0.002  metin
0.002  ayhan
0.002  temel
0.002  kalkan
0.002  akgul
0.002  demirci
0.002  erol
0.0015 bilgin
0.0015 kurtulus
0.0015 tuna
0.0015 gok
0.0015 ozen
0.0015 cakmak
0.0015 sevim
0.0015 sezer
0.0015 aydogan
0.0015 yigit
0.0015 baran
0.01   oglu
"""))
_BLOCKS.append((TR, "m", """
0.04   mehmet mehmed
0.03   mustafa
0.03   ahmet
0.025  ali
0.02   huseyin
0.02   hasan
0.015  ibrahim
0.015  ismail
0.012  osman
0.012  yusuf
0.012  murat
0.01   omer
0.01   ramazan
0.008  halil
0.008  suleyman
0.008  abdullah
0.008  mahmut
0.007  salih
0.007  kemal
0.007  recep
0.007  fatih
0.007  kadir
0.007  emre
0.006  hakan
0.006  orhan
0.006  hayri
0.006  musa
0.006  serkan
0.006  erkan
0.006  burak
0.006  yasar
0.006  cengiz
0.006  bayram
0.006  sinan
0.006  adem
0.006  veli
0.006  zafer
0.006  metin
0.006  selim
0.006  erdal
0.005  turgut
0.005  kenan
0.005  levent
0.005  volkan
0.005  tuncay
0.005  ugur
0.005  sedat
0.005  gokhan
0.005  onur
0.005  cem
0.005  bulent
0.005  nihat
0.005  irfan
0.005  muhammet
0.005  enes
0.005  furkan
0.005  yunus
0.005  oguz
0.005  tolga
0.005  ercan
0.005  ersin
0.005  fikret
0.005  necati
0.005  sabri
0.005  sukru
0.005  tahsin
0.005  nurettin
0.005  sefa
0.004  alparslan
0.004  baris
0.004  berk
0.004  emin
0.004  ferhat
0.004  gurkan
0.004  hamza
0.004  ilhan
0.004  kerem
0.004  mert
0.004  necmettin
0.004  nuri
0.004  sami
0.004  seyfettin
0.004  tarik
0.004  taner
0.004  umit
0.004  vedat
"""))
_BLOCKS.append((TR, "f", """
0.03   fatma
0.025  ayse
0.02   emine
0.018  hatice
0.013  zeynep
0.012  elif
0.009  meryem
0.007  serife
0.007  zehra
0.006  sultan
0.005  hanife
0.005  merve
0.005  havva
0.004  zeliha
0.004  esra
0.004  fadime
0.004  ozlem
0.0035 hacer
0.0035 yasemin
0.0035 melek
0.0035 dilek
0.0035 songul
0.0035 gulsen
0.0035 leyla
0.0035 rabia
0.0035 kubra
0.0035 busra
0.0035 tugba
0.0035 sibel
0.0035 derya
0.003  ebru
0.003  gulay
0.003  nurten
0.003  filiz
0.003  hulya
0.003  seda
0.003  gamze
0.003  sevgi
0.003  asli
0.003  nazli
0.003  cansu
0.003  sevim
0.003  gul
0.003  nur
0.003  selma
0.003  sevda
"""))

# ---- Central Asia (Uzbekistan, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan) and the
# Caucasus (Azerbaijan, Dagestan, Chechnya, Armenia, Georgia): family names -------------------
# Russified -ov/-ev surnames; `+a` adds the women's -ova/-eva form. Share of the republic's people.
_BLOCKS.append((CA, "", """
0.02   magomedov | магомедов +a
0.012  gadzhiev gadjiev gadzhiyev | гаджиев +a
0.012  abdulaev | абдулаев +a
0.012  gasanov hasanov hassanov khasanov | гасанов +a
0.01   guliyev guliev quliyev | гулиев +a
0.01   ismayilov ismailov | исмайлов +a
0.01   hajiyev hajiev | гаджиев +a
0.01   omarov umarov | омаров +a
0.01   ramazanov | рамазанов +a
0.01   kurbanov gurbanov qurbanov | курбанов +a
0.008  rzayev rzaev | рзаев +a
0.008  musayev musaev | мусаев +a
0.008  babayev babaev | бабаев +a
0.008  jafarov dzhafarov | джафаров +a
0.008  abbasov | аббасов +a
0.008  mustafayev mustafaev | мустафаев +a
0.008  aghayev agaev | агаев +a
0.008  valiyev valiev | валиев +a
0.008  suleymanov suleimanov sulaymonov | сулейманов +a
0.008  qasimov gasimov kasimov kasymov | касымов +a
0.008  nasirov nasyrov | насиров +a
0.008  orujov orudzhev | оруджев +a
0.008  rustamov | рустамов +a
0.008  najafov | наджафов +a
0.008  bayramov | байрамов +a
0.008  isaev isayev | исаев +a
0.008  khalilov | халилов +a
0.008  yuldashev | юлдашев +a
0.008  azimov | азимов +a
0.008  juraev dzhuraev djuraev | джураев +a
0.008  hamidov khamidov | хамидов +a
0.008  kadyrov kodirov qodirov kadirov | кадыров +a
0.008  kamalov | камалов +a
0.008  salimov | салимов +a
0.008  sattarov | саттаров +a
0.008  mahmudov makhmudov | махмудов +a
0.008  aminov | аминов +a
0.008  alimov | алимов +a
0.008  rashidov | рашидов +a
0.008  safarov | сафаров +a
0.008  yakubov yakupov | якубов +a
0.008  yunusov | юнусов +a
0.008  zakirov | закиров +a
0.008  zaripov | зарипов +a
0.008  mamatov | маматов +a
0.008  sobirov sabirov | сабиров +a
0.008  nurmatov | нурматов +a
0.008  toshmatov tashmatov | ташматов +a
0.008  akhmetov ahmetov | ахметов +a
0.008  iskakov | искаков +a
0.008  kaliev | калиев +a
0.008  zhumabaev dzhumabaev | жумабаев +a
0.008  ospanov | оспанов +a
0.008  sadykov | садыков +a
0.006  davletov | давлетов +a
0.006  fayzullaev | файзуллаев +a
0.006  gafurov gafurov | гафуров +a
0.006  jalilov | джалилов +a
0.006  kholmatov | холматов +a
0.006  khodjaev khojaev | ходжаев +a
0.006  mirzoev | мирзоев +a
0.006  murodov muradov | мурадов +a
0.006  nabiev | набиев +a
0.006  nuriddinov | нуриддинов +a
0.006  rasulov | расулов +a
0.006  abdurakhmanov abdurahmonov | абдурахманов +a
0.006  akhmadov | ахмадов +a
0.006  aripov | арипов +a
0.006  ashurov | ашуров +a
0.006  bobojonov | бобожонов +a
0.006  davronov | давронов +a
0.006  ganiev | ганиев +a
0.006  hakimov khakimov | хакимов +a
0.006  islamov | исламов +a
0.006  jumaev dzhumaev | джумаев +a
0.006  mukhamedov | мухамедов +a
0.006  nematov | нематов +a
0.006  norov | норов +a
0.006  raimov | раимов +a
0.006  shodiev | шодиев +a
0.006  urinov | уринов +a
0.006  abenov | абенов +a
0.006  baimukhanov | баймуханов +a
0.006  ibraev | ибраев +a
0.006  kenzhebaev | кенжебаев +a
0.006  nurpeisov | нурпеисов +a
0.006  suleimenov | сулейменов +a
0.006  zhakupov | жакупов +a
0.006  abdrakhmanov | абдрахманов +a
0.006  tulegenov | тулегенов +a
0.006  zhunusov | жунусов +a
0.006  seitkaliev | сейткалиев +a
0.006  temirov | темиров +a
0.006  sultanaliev | султаналиев +a
0.006  asanov | асанов +a
0.006  toktogulov | токтогулов +a
0.006  osmonov | осмонов +a
0.006  mamedaliev | мамедалиев +a
0.005  saidakhmedov | саидахмедов +a
0.005  ataev atayev | атаев +a
0.005  annaev | аннаев +a
0.005  berdiev | бердиев +a
0.005  durdyev | дурдыев +a
0.005  ovezov | овезов +a
0.005  saparov | сапаров +a
0.005  nazarov
0.003  vakhaev | вахаев +a
0.003  gadaev | гадаев +a
0.003  bisultanov | бисултанов +a
0.004  mammadli | мамедли
0.004  alizade | ализаде
# Armenia (share of Armenians)
0.026  grigoryan grigorian | григорян
0.02   sargsyan sargsian sarkisian sarkissian | саргсян саркисян
0.018  harutyunyan harutiunyan arutyunyan | арутюнян
0.016  hovhannisyan hovannisyan oganesyan | оганесян
0.015  khachatryan khachatrian | хачатрян
0.014  hakobyan akopyan hakobian | акопян
0.012  vardanyan vardanian | варданян
0.012  petrosyan petrosian | петросян
0.012  karapetyan karapetian | карапетян
0.011  gevorgyan gevorkyan | геворкян
0.01   mkrtchyan mkrtchian | мкртчян
0.008  poghosyan poghosian | погосян
0.008  ghazaryan kazaryan | казарян
0.008  manukyan manukian | манукян
0.008  avetisyan avetisian | аветисян
0.008  davtyan | давтян
0.008  martirosyan | мартиросян
0.007  simonyan | симонян
0.007  stepanyan | степанян
0.007  mikayelyan mikaelyan | микаелян
0.006  arakelyan | аракелян
0.006  galstyan | галстян
0.006  avagyan | авагян
0.006  hambardzumyan ambartsumyan | амбарцумян
0.006  melkonyan | мелконян
0.006  zakaryan | закарян
0.006  baghdasaryan bagdasaryan | багдасарян
0.006  asatryan | асатрян
0.006  margaryan | маргарян
0.006  aghajanyan | агаджанян
# Georgia (share of Georgians)
0.006  beridze | беридзе
0.005  kapanadze | капанадзе
0.005  gelashvili | гелашвили
0.005  maisuradze | майсурадзе
0.005  giorgadze | гиоргадзе
0.005  lomidze | ломидзе
0.004  tsiklauri | циклаури
0.004  bolkvadze | болквадзе
0.004  kvaratskhelia | кварацхелия
0.004  nozadze | нозадзе
0.004  abuladze | абуладзе
0.004  khutsishvili | хуцишвили
0.004  mikeladze | микеладзе
0.004  tabatadze | табатадзе
0.004  gogiashvili | гогиашвили
0.004  chikhladze | чихладзе
0.004  kiknadze | кикнадзе
0.004  japaridze | джапаридзе
0.004  mchedlishvili | мчедлишвили
0.004  shengelia | шенгелия
0.004  dolidze | долидзе
"""))

# ---- Central Asia and the Caucasus: given names of men ---------------------------------------
_BLOCKS.append((CA, "m", """
0.04   magomed | магомед
0.012  abdulla | абдулла
0.012  alisher | алишер
0.012  anvar anwar | анвар
0.012  aziz | азиз
0.012  sherzod | шерзод
0.012  akmal | акмал
0.01   bakhodir bahodir | баходир
0.01   bekzod | бекзод
0.01   botir batyr | ботир батыр
0.01   davron | даврон
0.01   doniyor daniyar | дониёр данияр
0.01   farrukh | фаррух
0.01   farkhod farhod | фарход
0.01   ikrom ikram | икром
0.01   ilhom ilkhom | илхом
0.01   jahongir jakhongir | жахонгир
0.01   jasur | жасур
0.01   kamol | камол
0.01   laziz | лазиз
0.01   mansur | мансур
0.01   murod | мурод
0.01   nodir | нодир
0.01   odil | одил
0.01   otabek | отабек
0.01   sanjar sanzhar | санжар
0.01   sardor | сардор
0.01   shukhrat shuhrat | шухрат
0.01   sobir | собир
0.01   sukhrob suhrob | сухроб
0.01   tohir | тохир
0.01   umid | умид
0.01   zafar | зафар
0.01   bobur babur | бобур
0.01   bakhrom | бахром
0.01   dilmurod | дилмурод
0.01   ibrohim | иброхим
0.01   islom islam | ислом ислам
0.01   kamoliddin | камолиддин
0.01   khurshid | хуршид
0.01   oybek aibek aybek | ойбек айбек
0.01   ravshan | равшан
0.01   sarvar | сарвар
0.01   shavkat | шавкат
0.01   sherali | шерали
0.01   temur | темур
0.01   yerlan erlan | ерлан
0.01   yerzhan erzhan | ержан
0.01   askar | аскар
0.01   arman | арман
0.01   asylbek | асылбек
0.01   baurzhan bauyrzhan | бауржан
0.01   berik | берик
0.01   dauren | даурен
0.01   kairat kayrat | кайрат
0.01   kanat | канат
0.01   marat | марат
0.01   nursultan | нурсултан
0.01   olzhas | олжас
0.01   ruslan | руслан
0.01   samat | самат
0.01   talgat | талгат
0.01   yerbol erbol | ербол
0.01   almas | алмас
0.01   bakhyt bakhit | бахыт
0.01   daulet | даулет
0.01   ermek | ермек
0.01   maksat | максат
0.01   nurbol | нурбол
0.01   rustem | рустем
0.01   zhandos | жандос
0.01   aslan | аслан
0.01   adam | адам
0.01   akhmed | ахмед
0.01   umar | умар
0.01   ibragim | ибрагим
0.01   shamil | шамиль
0.01   said | саид
0.01   zelimkhan | зелимхан
0.01   movsar | мовсар
0.01   khamzat | хамзат
0.01   ilyas | ильяс
0.01   isa | иса
0.01   musa | муса
0.01   khasan | хасан
0.01   khusein | хусейн
0.01   ramzan | рамзан
0.01   gadzhi hadji | гаджи
0.01   rasul | расул
0.01   arsen | арсен
0.01   kamil | камиль
0.01   murad | мурад
0.01   elchin | эльчин
0.01   elnur | эльнур
0.01   ilham | ильхам
0.01   vugar | вугар
0.01   rashad | рашад
0.01   anar | анар
0.01   ramil | рамиль
0.01   tural | турал
0.01   orkhan orhan | орхан
0.01   elshan | эльшан
0.01   elvin | эльвин
0.01   farid | фарид
0.01   namig | намиг
0.01   samir | самир
0.01   emil | эмиль
0.012  armen | армен
0.012  aram | арам
0.012  ashot | ашот
0.012  artur arthur | артур
0.012  gagik | гагик
0.012  hayk haik | айк
0.012  karen | карен
0.012  levon | левон
0.012  narek | нарек
0.012  samvel | самвел
0.012  sargis sarkis | саргис
0.012  tigran | тигран
0.012  vahe | ваге
0.012  vardan | вардан
0.012  gevorg | геворг
0.012  hovhannes ovanes | ованес
0.01   suren | сурен
0.01   vazgen | вазген
0.06   giorgi | гиорги
0.03   davit | давит
0.02   levan | леван
0.02   irakli | ираклий
0.02   zurab | зураб
0.015  nikoloz | николоз
0.015  tamaz | тамаз
0.01   gela | гела
0.01   lasha | лаша
0.01   otar | отар
0.01   vakhtang | вахтанг
0.01   zaza | заза
0.01   shota | шота
0.01   mamuka | мамука
0.01   tengiz | тенгиз
0.01   tornike | торнике
"""))
_BLOCKS.append((CA, "f", """
0.015  gulnara | гульнара
0.015  aigul aygul | айгуль
0.015  ainur aynur | айнур
0.012  aizhan | айжан
0.012  dinara | динара
0.012  gulmira | гульмира
0.012  saule | сауле
0.012  zhanar | жанар
0.012  aliya aliia | алия
0.012  asel | асель
0.012  aigerim | айгерим
0.012  madina | мадина
0.012  kamila | камила
0.012  dilnoza | дилноза
0.012  gulnoza | гулноза
0.012  nodira | нодира
0.012  shahnoza shakhnoza | шахноза
0.012  feruza | феруза
0.012  malika | малика
0.012  zarina | зарина
0.012  nigora | нигора
0.01   dilfuza | дилфуза
0.01   gulchehra | гулчехра
0.01   mohira | мохира
0.01   sevara | севара
0.01   umida | умида
0.01   yulduz | юлдуз
0.01   nargiza | наргиза
0.01   zukhra | зухра
0.01   lola | лола
0.01   zulfiya | зульфия
0.01   gulshan | гульшан
0.01   nilufar | нилуфар
0.01   patimat | патимат
0.01   aminat | аминат
0.01   zaira | заира
0.01   khava | хава
0.01   sevinj | севиндж
0.01   gunel | гюнель
0.01   aytan | айтан
0.01   lala | лала
0.01   nino | нино
0.01   tamar tamara | тамар
0.01   ketevan | кетеван
0.01   natia | натия
0.01   manana | манана
0.01   anahit | анаит
0.01   gayane | гаяне
0.01   lusine | лусине
0.01   armine | армине
0.01   hasmik | асмик
"""))

# ---- Russia / CIS: more family names (share of Russians; `+a` adds the women's form) --------
_BLOCKS.append((RU, "", """
0.004  solovyov soloviev solovyev | соловьев +a
0.004  zaytsev zaitsev | зайцев +a
0.004  golubev | голубев +a
0.004  vinogradov | виноградов +a
0.004  bogdanov | богданов +a
0.004  vorobyov vorobiev vorobyev | воробьев +a
0.004  belyaev belyayev | беляев +a
0.004  tarasov | тарасов +a
0.004  belov | белов +a
0.004  komarov | комаров +a
0.004  kiselyov kiselev | киселев +a
0.004  kovalyov kovalev | ковалев +a
0.004  ilyin ilin | ильин +a
0.004  gusev | гусев +a
0.004  titov | титов +a
0.004  kuzmin | кузьмин +a
0.004  kudryavtsev | кудрявцев +a
0.004  baranov | баранов +a
0.004  kulikov | куликов +a
0.004  yakovlev | яковлев +a
0.004  sorokin | сорокин +a
0.004  sergeev sergeyev | сергеев +a
0.004  romanov | романов +a
0.004  borisov | борисов +a
0.004  korolyov korolev | королев +a
0.004  gerasimov | герасимов +a
0.004  ponomaryov ponomarev | пономарев +a
0.004  grigoryev grigoriev grigorev | григорьев +a
0.004  lazarev | лазарев +a
0.004  medvedev | медведев +a
0.004  ershov yershov | ершов +a
0.003  sobolev | соболев +a
0.003  ryabov | рябов +a
0.003  polyakov | поляков +a
0.003  tsvetkov | цветков +a
0.003  danilov | данилов +a
0.003  zhukov | жуков +a
0.003  frolov | фролов +a
0.003  zhuravlyov zhuravlev | журавлев +a
0.003  krylov | крылов +a
0.003  maksimov maximov | максимов +a
0.003  sidorov | сидоров +a
0.003  osipov | осипов +a
0.003  belousov | белоусов +a
0.003  fedotov | федотов +a
0.003  dorofeev | дорофеев +a
0.003  matveev matveyev | матвеев +a
0.003  bobrov | бобров +a
0.003  dmitriev dmitriyev | дмитриев +a
0.003  kalinin | калинин +a
0.003  anisimov | анисимов +a
0.003  petukhov | петухов +a
0.003  antonov | антонов +a
0.003  timofeev timofeyev | тимофеев +a
0.003  nikiforov | никифоров +a
0.003  veselov | веселов +a
0.003  filippov | филиппов +a
0.003  markov | марков +a
0.003  bolshakov | большаков +a
0.003  sukhanov | суханов +a
0.003  mironov | миронов +a
0.003  shiryaev | ширяев +a
0.003  aleksandrov alexandrov | александров +a
0.003  konovalov | коновалов +a
0.003  shestakov | шестаков +a
0.003  kazakov | казаков +a
0.003  efimov yefimov | ефимов +a
0.003  denisov | денисов +a
0.003  gromov | громов +a
0.003  fomin | фомин +a
0.003  davydov davidov | давыдов +a
0.003  melnikov | мельников +a
0.003  shcherbakov | щербаков +a
0.003  blinov | блинов +a
0.003  kolesnikov | колесников +a
0.003  karpov | карпов +a
0.003  afanasyev afanasiev | афанасьев +a
0.003  vlasov | власов +a
0.003  maslov | маслов +a
0.003  isakov | исаков +a
0.003  tikhonov | тихонов +a
0.003  aksyonov aksenov | аксенов +a
0.003  gavrilov | гаврилов +a
0.003  rodionov | родионов +a
0.003  kotov | котов +a
0.003  gorbunov | горбунов +a
0.003  kudryashov | кудряшов +a
0.003  bykov | быков +a
0.003  zuev zuyev | зуев +a
0.003  tretyakov | третьяков +a
0.003  savelyev saveliev | савельев +a
0.003  panov | панов +a
0.003  rybakov | рыбаков +a
0.003  suvorov | суворов +a
0.003  abramov | абрамов +a
0.003  voronov | воронов +a
0.003  mukhin | мухин +a
0.003  arkhipov | архипов +a
0.003  trofimov | трофимов +a
0.003  martynov | мартынов +a
0.003  emelyanov yemelyanov | емельянов +a
0.003  gorshkov | горшков +a
0.003  chernov | чернов +a
0.003  ovchinnikov | овчинников +a
0.003  seleznyov seleznev | селезнев +a
0.003  panfilov | панфилов +a
0.003  kopylov | копылов +a
0.003  mikheev | михеев +a
0.003  galkin | галкин +a
0.003  nazarov | назаров +a
0.003  lobanov | лобанов +a
0.003  lukin | лукин +a
0.003  belyakov | беляков +a
0.003  potapov | потапов +a
0.003  nekrasov | некрасов +a
0.003  khokhlov | хохлов +a
0.003  zhdanov | жданов +a
0.003  naumov | наумов +a
0.003  shilov | шилов +a
0.003  vorontsov | воронцов +a
0.003  ermakov yermakov | ермаков +a
0.003  drozdov | дроздов +a
0.003  ignatyev ignatiev | игнатьев +a
0.003  savin | савин +a
0.003  loginov | логинов +a
0.003  safonov | сафонов +a
0.003  kapustin | капустин +a
0.003  kirillov | кириллов +a
0.003  moiseev | моисеев +a
0.003  eliseev yeliseev | елисеев +a
0.003  koshelev | кошелев +a
0.003  kostin | костин +a
0.003  gorbachev gorbachyov | горбачев +a
0.003  orekhov | орехов +a
0.003  efremov yefremov | ефремов +a
0.003  evdokimov | евдокимов +a
0.003  kalashnikov | калашников +a
0.003  kabanov | кабанов +a
0.003  noskov | носков +a
0.003  yudin | юдин +a
0.003  kulagin | кулагин +a
0.003  lapin | лапин +a
0.003  prokhorov | прохоров +a
0.003  nesterov | нестеров +a
0.003  kharitonov | харитонов +a
0.003  agafonov | агафонов +a
0.003  muravyov muraviev | муравьев +a
0.003  laptev | лаптев +a
0.003  gurov | гуров +a
0.003  zykov | зыков +a
0.002  tkachev | ткачев +a
0.002  chernyshev | чернышев +a
0.002  sazonov | сазонов +a
0.002  golovin | головин +a
0.002  yakushev | якушев +a
0.002  zinoviev zinovyev | зиновьев +a
0.002  likhachev | лихачев +a
0.002  rusakov | русаков +a
0.002  fedoseev | федосеев +a
0.002  shirokov | широков +a
0.002  lavrov | лавров +a
0.002  rogov | рогов +a
0.002  chistyakov | чистяков +a
0.002  smirnoff
0.002  ivanoff
0.002  petroff
0.002  popoff
0.002  kogan | коган
0.002  rabinovich | рабинович
0.002  abramovich | абрамович
0.002  shapiro | шапиро
0.002  kaplan | каплан
0.002  shevtsov | шевцов +a
0.002  tolstoy tolstoi | толстой
0.002  morozoff
# other spellings of the commonest surnames (German and French style, Ukrainian/Belarusian forms)
0.012  iwanow ivanou
0.013  smirnow
0.009  kusnezow kuznetsou
0.007  popow
0.006  petrow
0.005  nowikow
0.005  wolkow
# Ukraine (share of Ukrainians; -enko, -uk and -ets forms are the same for both sexes)
0.003  kovalchuk | ковальчук
0.003  koval | коваль
0.003  oliynyk oleinik oliinyk | олійник олейник
0.003  shevchuk | шевчук
0.003  polishchuk | поліщук полищук
0.003  bondar | бондар
0.003  tkachuk | ткачук
0.003  marchenko | марченко
0.003  lysenko lisenko | лисенко лысенко
0.003  rudenko | руденко
0.003  savchenko | савченко
0.003  petrenko | петренко
0.003  moroz | мороз
0.003  klymenko klimenko | клименко
0.003  pavlenko | павленко
0.003  kravets | кравець кравец
0.003  kuzmenko | кузьменко
0.003  ponomarenko | пономаренко
0.003  savchuk | савчук
0.003  vasylenko vasilenko | василенко
0.003  levchenko | левченко
0.003  kharchenko | харченко
0.003  karpenko | карпенко
0.003  sydorenko sidorenko | сидоренко
0.003  ivanenko | іваненко иваненко
0.003  shvets | швець швец
0.003  kolomiets | коломієць коломиец
0.003  honcharenko goncharenko | гончаренко
0.003  romanenko | романенко
0.003  yakovenko | яковенко
0.003  pavlyuk | павлюк
0.003  martynyuk | мартинюк
0.003  hnatyuk gnatyuk | гнатюк
0.003  lytvynenko litvinenko | литвиненко
0.003  tymoshenko timoshenko | тимошенко
0.003  yurchenko | юрченко
0.003  zinchenko | зінченко зинченко
0.003  prykhodko prikhodko | приходько
0.003  tarasenko | тарасенко
0.003  kostenko | костенко
0.003  kucher | кучер
0.003  melnychuk melnichuk | мельничук
0.003  mazur | мазур
0.003  demchenko | демченко
0.003  hrytsenko gritsenko | гриценко
0.003  kovalenko kovalenka | коваленка
0.003  ostapenko | остапенко
0.003  semenko | семенко
0.002  yaremchuk | яремчук
0.002  boychuk boichuk | бойчук
0.002  lytvyn litvin | литвин
0.002  tkach | ткач
0.002  kovtun | ковтун
0.002  nazarenko | назаренко
0.002  fedorenko | федоренко
0.002  panchenko | панченко
0.002  babenko | бабенко
0.002  kushnir | кушнір кушнир
0.002  bilyk | білик
0.002  shapoval | шаповал
0.002  kravchuk | кравчук
0.002  horbenko gorbenko | горбенко
# Belarus (share of Belarusians; Lacinka and Russian-style spellings)
0.003  kavalenka kovalenko
0.003  navumenka naumenko | науменко навуменка
0.003  novik | новик
0.003  kazlou kozlov
"""))

# ---- Russia / CIS: more given names of men (share of men; Ukrainian and Belarusian forms) ----
_BLOCKS.append((RU, "m", """
0.012  nikita | никита
0.012  kirill | кирилл
0.012  ilya ilia | илья
0.012  egor yegor | егор
0.012  vadim | вадим
0.012  vitaly vitaliy vitalii | виталий
0.012  valery valeriy valeri | валерий
0.012  gennady gennadiy gennadi | геннадий
0.012  stanislav | станислав
0.012  leonid | леонид
0.012  boris | борис
0.012  grigory grigoriy grigori | григорий
0.012  vasily vasiliy vasili | василий
0.012  petr pyotr | петр
0.012  fedor fyodor | федор
0.01   timofey timofei | тимофей
0.01   arkady arkadiy | аркадий
0.01   valentin | валентин
0.01   yaroslav | ярослав
0.01   vladislav | владислав
0.01   vsevolod | всеволод
0.01   gleb | глеб
0.01   daniil | даниил
0.01   matvey matvei | матвей
0.01   arseny arseniy | арсений
0.01   stepan | степан
0.01   eduard | эдуард
0.01   semyon semen | семен
0.01   lev | лев
0.01   yakov | яков
0.01   georgy georgiy georgii | георгий
0.01   zakhar | захар
0.01   makar | макар
0.008  rostislav | ростислав
0.008  svyatoslav | святослав
0.008  miroslav | мирослав
0.008  taras | тарас
0.008  bogdan bohdan | богдан
0.008  vasyl | василь
0.015  mykola | микола
0.02   oleksandr | олександр
0.012  oleksiy oleksii | олексій
0.015  volodymyr | володимир
0.01   petro | петро
0.012  yuriy yurii | юрій
0.015  serhiy serhii | сергій
0.015  andriy andrii | андрій
0.015  dmytro | дмитро
0.01   mykhailo mykhaylo | михайло
0.01   ihor | ігор
0.01   oleh | олег
0.008  vitaliy
0.008  anatoliy anatolii | анатолій
0.008  valeriy valerii | валерій
0.008  yevhen yevgen | євген
0.008  pavlo | павло
0.008  vyacheslav viacheslav | вячеслав
0.008  hryhoriy hryhorii | григорій
0.008  borys | борис
0.008  maksym | максим
0.008  denys | денис
0.008  vadym | вадим
0.01   aliaksandr aliaksander | аляксандр
0.01   siarhei | сяргей
0.008  uladzimir | уладзімір
0.008  mikalai | мікалай
0.008  dzmitry | дзмітрый
0.008  aliaksei | аляксей
0.006  viktar | віктар
0.006  ihar | ігар
0.006  yauhen | яўген
0.02   aleksandar
0.015  sasha | саша
0.01   misha | миша
0.01   kostya | костя
0.01   dima | дима
0.01   vova | вова
0.01   slava | слава
0.01   zhenya | женя
"""))
_BLOCKS.append((RU, "f", """
0.03   nadezhda | надежда
0.025  lyubov lubov | любовь
0.025  vera | вера
0.025  larisa larissa | лариса
0.02   lidiya lidia | лидия
0.025  nina | нина
0.015  zoya | зоя
0.025  tamara | тамара
0.015  raisa | раиса
0.012  valeriya valeria | валерия
0.02   viktoriya viktoria victoria | виктория
0.015  kristina | кристина
0.015  alina | алина
0.015  polina | полина
0.02   darya daria dariya | дарья
0.015  sofia sofiya sofya | софия софья
0.015  aleksandra alexandra | александра
0.015  ksenia kseniya | ксения
0.015  elizaveta yelizaveta | елизавета
0.015  veronika | вероника
0.012  margarita | маргарита
0.012  inna | инна
0.012  alla | алла
0.012  zhanna | жанна
0.01   liliya lilia | лилия
0.01   yana | яна
0.015  evgenia evgeniya yevgenia | евгения
0.008  nelli nelly | нелли
0.01   diana | диана
0.008  angelina | ангелина
0.008  ulyana uliana | ульяна
0.006  vasilisa | василиса
0.01   alyona alena | алена
0.008  olesya olesia | олеся
0.006  varvara | варвара
0.008  maya maiya | майя
0.01   antonina | антонина
0.008  klavdiya klavdia | клавдия
0.01   zinaida | зинаида
0.015  olena | олена
0.015  nataliya natalija | наталія
0.015  tetiana tetyana | тетяна
0.015  iryna | ірина
0.012  svitlana | світлана
0.01   liudmyla lyudmyla | людмила
0.01   halyna | галина
0.01   kateryna | катерина
0.008  hanna ganna | ганна
0.01   olha | ольга
0.008  nadiia nadiya | надія
0.008  valentyna | валентина
0.008  larysa | лариса
0.008  viktoriia | вікторія
0.006  yuliia | юлія
0.006  lesya lesia | леся
0.006  katsiaryna | кацярына
0.006  alena
0.006  volha | вольга
0.01   natasha | наташа
0.01   tanya | таня
0.008  masha | маша
0.008  olya | оля
0.008  katya | катя
0.008  lena | лена
0.008  sveta | света
"""))

# ---- Russia / CIS: more patronymics (`+na` adds the women's -vna form) ----------------------
_BLOCKS.append((RU, "m", """
0.03   dmitrievich dmitriyevich | дмитриевич +na
0.03   evgenievich evgenyevich yevgenyevich | евгеньевич +na
0.03   igorevich | игоревич +na
0.03   olegovich | олегович +na
0.03   yurievich yuryevich yurevich | юрьевич +na
0.025  pavlovich | павлович +na
0.025  valeryevich valerievich valerevich | валерьевич +na
0.025  vasilyevich vasilievich vasilevich | васильевич +na
0.025  gennadyevich gennadievich | геннадьевич +na
0.025  borisovich | борисович +na
0.02   leonidovich | леонидович +na
0.02   grigoryevich grigorievich | григорьевич +na
0.02   stepanovich | степанович +na
0.02   fedorovich fyodorovich | федорович +na
0.02   romanovich | романович +na
0.02   maksimovich maximovich | максимович +na
0.02   konstantinovich | константинович +na
0.02   vitalyevich vitalievich | витальевич +na
0.02   vadimovich | вадимович +na
0.02   arkadyevich arkadievich | аркадьевич +na
0.02   semyonovich semenovich | семенович +na
0.02   yakovlevich | яковлевич +na
0.02   stanislavovich | станиславович +na
0.02   vyacheslavovich | вячеславович +na
0.02   eduardovich | эдуардович +na
0.02   gennadievich
0.02   georgievich georgiyevich | георгиевич +na
0.02   valentinovich | валентинович +na
0.02   antonovich | антонович +na
0.015  denisovich | денисович +na
0.015  artemovich artyomovich | артемович +na
0.015  kirillovich | кириллович +na
0.015  romanovich
0.015  rustamovich | рустамович +na
0.015  ruslanovich | русланович +na
0.015  timurovich | тимурович +na
0.015  maratovich | маратович +na
0.015  ivanovych | іванович
0.015  mykolayovych | миколайович
0.015  oleksandrovych | олександрович
0.015  volodymyrovych | володимирович
0.015  vasylovych | васильович
0.015  petrovych | петрович
"""))
_BLOCKS.append((RU, "f", """
0.03   viktorovna | викторовна
0.03   anatolyevna anatolievna | анатольевна
0.03   mikhailovna mikhaylovna | михайловна
0.03   yuryevna yurievna | юрьевна
0.03   alekseevna alexeyevna | алексеевна
0.03   andreevna andreyevna | андреевна
0.02   petrovna | петровна
0.015  ivanivna | іванівна
0.015  mykolayivna | миколаївна
0.015  oleksandrivna | олександрівна
0.015  volodymyrivna | володимирівна
0.015  vasylivna | василівна
0.015  petrivna | петрівна
"""))

# ---- China: family names ranked about 40-150 in the 2020 census (share of Chinese people; one
# pinyin syllable sums every surname written with it, e.g. yu = 于 + 余 + 俞 + 虞 + 喻 + 禹);
# Cantonese, Hokkien/Teochew and Wade-Giles spellings as used in Hong Kong, Taiwan, Singapore,
# Malaysia and older documents get the value of the surname they most often stand for --------
_BLOCKS.append((CN, "", """
0.013  yu yue yee yii
0.012  xu hsu hui tsui chui koh khor
0.008  jiang chiang keung kiang
0.006  du tu to
0.005  ye yeh yip ip yap yeap
0.005  lu loo lou lo lui
0.005  su soo so
0.005  wei wai
0.004  cheng ching
0.004  ding ting teng
0.004  ren jen yan
0.004  shen shum sum sim
0.004  yao yiu
0.004  cui tsui tsuei
0.004  zhong chung chong
0.004  tan tam taam
0.004  wang wong ong heng
0.0035 fan faan
0.0035 jin kam kim chin
0.0035 shi shih sze
0.003  liao liu liew liaw
0.003  jia chia kar
0.003  xia ha hsia
0.003  fu foo poh hu
0.003  fang fong
0.003  bai pai pak
0.003  zou tsou chau chow
0.003  meng mang
0.003  xiong hung hsiung
0.003  qin chin tsin
0.003  qiu chiu yau
0.0025 yin yan wan
0.0025 xue hsueh sit
0.0025 yan yen ngan
0.0025 duan tuan tuen
0.0025 lei lui loi
0.0025 hou hau how
0.0025 long lung loong
0.0025 tao to
0.0025 li lai lay
0.0025 he hor ho
0.002  gu ku koo
0.002  mao mo
0.002  hao hou
0.002  gong kung kong
0.002  shao shiu
0.002  wan man
0.002  qian chien tsin
0.002  dai tai tay
0.002  mo mok mak
0.002  kong hung
0.002  xiang hsiang heung
0.002  chang cheung
0.002  wen man wan
0.002  kang hong
0.002  niu
0.002  ge ko kot
0.002  xing ying
0.002  an on ahn
0.002  qi chi chik
0.002  yi yik
0.002  qiao chiu kiu
0.002  pang pong
0.002  ni ngai
0.002  zhuang chong jong
0.002  nie nip
0.002  lu luk lok
0.002  yue ngok
0.002  zhai chak
0.002  zhan chim jim
0.002  shen san
0.0015 ou au ow
0.0015 geng keng
0.0015 guan kwan kuan
0.0015 lan laam
0.0015 jiao chiu
0.0015 zuo cho
0.0015 gan kam
0.0015 zhu chuk
0.0015 bao pao pau
0.0015 ning ling
0.0015 shang sheung
0.0015 shu shue
0.0015 ruan yuen
0.0015 ke kor
0.0015 ji kei
0.0015 mei mui moy
0.0015 tong tung
0.0015 ling ning
0.0015 bi pat
0.0015 shan sin
0.0015 pei pui
0.0015 huo fok
0.0015 miao miu
0.0015 sheng shing
0.0015 qu kuk
0.0015 weng yung
0.0015 ran yim
0.0015 luo lok
0.0015 you yau
0.0015 xin sun
0.0015 guan koon
0.0015 chai chaai
0.0015 bao
0.0015 hua wah
0.0015 qi kei
0.0015 pu po
0.0015 fang
0.0015 teng tang
0.0015 rao yiu
0.0015 mou mau
0.0015 ai ngai
0.0015 mu muk
0.0015 nong nung
0.0015 si sze
0.0015 zhuo cheuk
0.0015 lian lin
0.0015 mai mak
0.0015 chu chuh
0.0015 lou lau
0.0015 dou tau
0.0015 cen shum
0.0015 jing king
0.0015 dang tong
0.0015 leng
0.0015 xi sik
0.0015 mi
0.0015 zong chung
0.0015 gui kwai
0.0015 quan chuen
0.0015 ying
0.0015 zang chong
0.0015 min man
0.0015 bian pin
0.0015 sui tsui
0.0015 rong wing
0.0015 kou
0.0015 sang song
0.0015 lang long
0.0015 zhen yan
0.0015 ao ngou
0.0015 chi chee
0.0015 zha cha
0.0015 kuang kwong
0.0015 ju kuk
0.0015 nan naam
0.0015 ban baan
0.0015 pan poon phua
0.0015 teo teoh
0.0015 goh
0.0015 ang
0.0015 tay
0.0015 seah
0.0015 quek
0.0015 phua
0.0015 loh
0.0015 toh
0.0015 neo
0.0015 khoo
0.0015 chua
0.0015 yeo
0.0015 low
0.0015 foo
0.0015 chew
0.0015 chia
0.0015 gan
0.0015 soh
0.0015 tham
0.0015 ngiam
0.0015 kwek
0.0015 liew
0.0015 sia
0.0015 lew
0.0015 sng
0.0015 aw
0.0015 ooi oei
0.0015 hii
0.0015 tiong
0.0015 ting
0.0015 wee
0.0015 hsieh
0.0015 tseng
0.0015 chou
0.0015 chien
0.0015 hung
0.0015 kuo
0.0015 tsai
0.0015 chuang
0.0015 hsiao
0.0015 tsao
0.0015 tien
0.0015 lai
0.0015 yeung
0.0015 mak
0.0015 kwok
0.0015 tse
0.0015 siu
0.0015 poon
0.0015 ip
0.0015 au
0.0015 yuen
0.0015 fung
0.0015 tsang
0.0015 lui
0.0015 chiu
0.0015 kwan
0.0015 sze
0.0015 choi
0.0015 tong
0.0015 man
0.0015 cheung
"""))

# ---- China: given-name syllables (share of people whose given name contains the syllable,
# plus its surname share where it is also a surname; Cantonese and Wade-Giles forms too) -------
_BLOCKS.append((CN, "", """
0.04   xiao hsiao siu
0.04   yu
0.03   li lai
0.03   hua wah
0.03   jun chun
0.03   ying
0.03   zhi chih chi
0.03   xiu hsiu sau
0.03   guo kuo kwok
0.03   yun wan
0.03   hai hoi
0.03   xin hsin sun yan
0.03   mei mui
0.03   lan laan
0.025  wen man
0.025  fang fong
0.025  jin kam
0.025  chun chuen
0.025  jian chien kin
0.025  zhen chen chun
0.025  lin lam
0.025  de te tak
0.025  cheng ching shing
0.025  dong tung
0.025  yong yung wing
0.025  rong jung wing
0.025  feng fung fong
0.025  yan yen
0.025  xia hsia ha
0.025  jie chieh kit
0.025  hui wai fai
0.025  qiang chiang keung
0.025  min man
0.025  jing ching king
0.025  juan chuan kuen
0.025  ting
0.025  lei lui
0.025  tao to
0.025  chao chiu
0.025  bin pin ban
0.025  hao ho
0.025  peng pang
0.025  fei fai
0.025  gang kang kong
0.025  liang leung
0.025  jun
0.025  feng
0.025  long lung
0.025  bo po
0.025  xin yan
0.02   gui kwai kuei
0.02   shu shue suk
0.02   fu foo
0.02   sheng shing
0.02   chang cheong
0.02   hong hung
0.02   qing ching hing
0.02   guang kwong kuang
0.02   yuan yuen
0.02   liang
0.02   dan tan taan
0.02   ping
0.02   yan
0.02   xue hsueh suet
0.02   jia chia ka
0.02   xin
0.02   yi yee
0.02   si sze
0.02   zi tzu tze
0.02   han hon
0.02   xuan hsuan huen
0.02   bo
0.02   rui jui yui
0.02   ze tse chak
0.02   chen
0.02   yang yeung
0.02   tian tien tin
0.02   shi shih sze
0.02   tong tung
0.02   qi chi kei
0.02   qian chien hin
0.02   na
0.02   lu lo
0.02   yao yiu
0.02   ling
0.02   cui tsui chui
0.02   fen fan
0.02   zhu chu chue
0.02   xiang hsiang heung
0.02   lian lin
0.02   qin chin kam
0.02   su so
0.02   ai oi
0.02   yue yuet
0.02   xian hsien sin
0.02   wu mo
0.015  shan san
0.015  kai
0.015  kun kwan
0.015  heng hang
0.015  hu
0.015  wan
0.015  bao po
0.015  an on
0.015  zhong chung
0.015  sheng
0.015  cai choi tsai
0.015  zhe che
0.015  nan naam
0.015  song sung
0.015  ning
0.015  shuang sheung
0.015  meng mang
0.015  yuan
0.015  huan woon
0.015  hui
0.015  qiu chiu yau
0.015  wei wai
0.015  xiong hung
0.015  kang hong
0.015  kui kwai
0.015  le lok
0.015  ming
0.015  bing ping
0.015  hong
0.015  ke ho
0.015  ji kei
0.015  jiang keung
0.015  zheng ching
0.015  xing hing
0.015  sen sum
0.015  tai
0.015  miao miu
0.015  man
0.015  lun leun
0.015  chuan chuen
0.015  quan chuen
0.01   wing
0.01   kwok
0.01   wai
0.01   yiu
0.01   kin
0.01   chi
0.01   ka
0.01   ho
0.01   kit
0.01   fai
0.01   yee
0.01   wah
0.01   keung
0.01   kwong
0.01   tak
0.01   yuk
0.01   sau
0.01   po
0.01   chung
0.01   hsiu
0.01   chih
0.01   hsin
0.01   chieh
0.01   tsung
"""))

# ---- China: whole given names as they are usually written (one word in pinyin) -------------
_BLOCKS.append((CN, "", """
0.004  xiuying
0.003  guiying
0.003  xiulan
0.003  yuying
0.003  guilan
0.003  yulan
0.003  jianjun
0.003  jianhua
0.003  jianguo
0.003  jianping
0.003  guoqiang
0.003  zhiqiang
0.003  haiyan
0.003  xiaoming
0.003  xiaohong
0.003  xiaoyan
0.003  lijun
0.003  lihua
0.003  hongmei
0.003  haitao
0.003  guohua
0.003  weiguo
0.003  zhiming
0.003  yumei
0.003  guizhen
0.003  shuzhen
0.003  xiuzhen
0.003  xiuyun
0.003  xiuhua
0.003  shulan
0.003  guifang
0.003  yuzhen
0.003  yuhua
0.003  yufang
0.003  fengying
0.003  cuiying
0.003  guihua
0.003  yuzhi
0.003  xiaoli
0.003  xiaojun
0.003  xiaoping
0.003  xiaodong
0.003  xiaolong
0.003  xiaofeng
0.003  xiaohui
0.003  xiaomei
0.003  xiaoling
0.003  xiaoyu
0.003  haibo
0.003  hailong
0.003  haiying
0.003  jianming
0.003  jianxin
0.003  jianzhong
0.003  jianfeng
0.003  jianbo
0.003  weidong
0.003  weimin
0.003  weiping
0.003  zhihua
0.003  zhigang
0.003  zhijun
0.003  zhiyong
0.003  guoping
0.003  guoliang
0.003  hongwei
0.003  hongjun
0.003  hongbo
0.003  hongyan
0.003  lili
0.003  lihong
0.003  liping
0.003  liqin
0.003  yanping
0.003  yanhong
0.003  yanling
0.003  yongqiang
0.003  yonggang
0.003  yongjun
0.003  dongmei
0.003  chunmei
0.003  chunhua
0.003  wenjun
0.003  wenbin
0.003  wenjie
0.003  junjie
0.003  haijun
0.003  jinhua
0.003  mingming
0.003  tingting
0.003  jingjing
0.003  lingling
0.003  yingying
0.003  xiaoxiao
0.003  jiahui
0.003  zihan
0.003  yuxuan
0.003  haoran
0.003  zixuan
0.003  yichen
0.003  jiaxin
0.003  xinyi
0.003  yutong
0.003  ziyi
"""))

# ---- Korea (South and North): family names (share of Koreans; Revised Romanisation, the
# customary spellings and the North Korean ones, e.g. Lee = Yi = Rhee = Ri) --------------------
_BLOCKS.append((EA, "", """
0.21   kim gim
0.147  lee yi rhee ri rhie
0.084  park pak bak
0.047  choi choe chey
0.043  jung jeong chung jong chong
0.023  kang gang
0.021  cho jo
0.02   yoon yun youn
0.02   jang chang
0.017  lim im rim
0.015  han
0.015  oh
0.015  seo suh so
0.015  shin sin
0.014  kwon gwon
0.014  hwang
0.014  ahn an
0.014  song
0.013  jeon chun jon chon
0.011  hong
0.011  yoo yu ryu
0.009  ko go
0.009  moon mun
0.009  yang ryang
0.009  son sohn
0.008  bae pae
0.008  baek paek paik
0.007  heo hur ho huh
0.006  nam
0.006  sim shim
0.006  noh roh no ro
0.005  ha
0.004  kwak gwak
0.004  sung seong
0.004  cha
0.004  joo ju chu
0.004  woo
0.004  koo gu ku
0.003  min
0.003  ryu yoo
0.003  na ra
0.003  jin chin
0.003  ji chi
0.003  eom um om
0.003  chae chai
0.003  won
0.002  cheon chun
0.002  bang pang
0.002  kong gong
0.002  hyun hyon
0.002  ham
0.002  byun pyon byeon
0.002  yeom yom
0.002  yang
0.002  byeon
0.002  chu
0.002  do to
0.002  seok sok
0.002  sun son
0.002  sul seol sol
0.002  ma
0.002  gil kil
0.002  yeon yon
0.002  wi
0.002  pyo
0.002  myung myong
0.002  ki gi
0.002  ban pan
0.002  ra
0.002  wang
0.002  geum kum
0.002  ok
0.002  yuk
0.002  in
0.002  maeng
0.002  je che
0.002  mo
0.002  tak
"""))

# ---- Korea: given-name syllables (share of people whose given name contains the syllable;
# given names are usually two syllables, often written apart or hyphenated) --------------------
_BLOCKS.append((EA, "", """
0.06   young yeong yong
0.05   jin chin
0.05   sung seong song
0.05   min
0.05   hyun hyeon hyon
0.04   jun joon chun
0.04   ji chi
0.04   ho
0.04   soo su
0.04   hee hui
0.04   jae chae
0.04   jung jeong jong chong
0.04   eun un
0.04   kyung kyeong gyeong kyong
0.03   hye hae
0.03   seung sung
0.03   chul cheol chol
0.03   won
0.03   woo
0.03   sang
0.03   il
0.03   dong tong
0.03   kwang gwang
0.03   myung myeong myong
0.025  hwa
0.025  ok
0.025  sook suk
0.025  mi
0.025  ja
0.025  nam
0.025  ha
0.025  hyuk hyeok hyok
0.025  hoon hun
0.025  tae
0.025  yeon yon
0.025  seok sok suk
0.025  ki gi
0.025  bong pong
0.025  chun cheon chon
0.025  hak
0.02   man
0.02   yun
0.02   sun
0.02   hwan
0.02   gyu kyu
0.02   joo ju
0.02   kyu
0.02   in
0.02   bin
0.02   yeong
0.02   chan
0.02   han
0.02   ryong ryeong
0.02   nam
0.02   ae
0.02   ran
0.02   hui
0.02   song
0.02   kuk guk
0.02   chol
0.02   nam
0.02   gun geon kun
0.02   su
0.02   hyung hyeong hyong
0.02   jeong
0.02   seon son sun
0.02   yoon
0.02   ik
0.015  soon sun
0.015  gil kil
0.015  rak
0.015  ryul yul
"""))

# ---- Japan: family names (share of Japanese) -------------------------------------------------
_BLOCKS.append((EA, "", """
0.015  sato satou
0.015  suzuki
0.011  takahashi
0.011  tanaka
0.009  watanabe
0.009  ito itou
0.008  nakamura
0.008  kobayashi
0.008  yamamoto
0.007  kato katou
0.007  yoshida
0.0065 yamada
0.0055 sasaki
0.005  yamaguchi
0.005  matsumoto
0.005  inoue
0.005  kimura
0.0045 shimizu
0.0045 hayashi
0.0045 saito saitou
0.004  yamazaki yamasaki
0.004  nakajima nakashima
0.004  mori
0.004  abe
0.004  ikeda
0.004  hashimoto
0.0035 ishikawa
0.0035 yamashita
0.0035 ogawa
0.0035 ishii
0.003  hasegawa
0.003  goto gotou
0.003  okada
0.003  kondo kondou
0.003  maeda
0.003  fujita
0.0028 endo endou
0.0028 aoki
0.0028 sakamoto
0.0028 murakami
0.0027 ota oota
0.0027 kaneko
0.0027 fujii
0.0026 fukuda
0.0026 nishimura
0.0026 miura
0.0025 takeuchi
0.0025 nakagawa
0.0025 okamoto
0.0025 matsuda
0.0024 harada
0.0024 nakano
0.0022 ono
0.0022 tamura
0.0022 fujiwara
0.0022 nakayama
0.0022 ishida
0.0022 kojima
0.0021 wada
0.0021 morita
0.0021 uchida
0.0021 shibata
0.002  sakai
0.002  hara
0.002  takagi
0.002  yokoyama
0.002  ando
0.002  miyazaki
0.002  ueda
0.002  shimada
0.002  kudo
0.002  ohno ono
0.002  miyamoto
0.002  sugiyama
0.002  imai
0.002  maruyama
0.002  masuda
0.002  takada
0.002  murata
0.002  hirano
0.002  otsuka
0.002  sugawara
0.002  takeda
0.002  arai
0.002  koyama
0.002  noguchi
0.002  sakurai
0.002  chiba
0.002  iwasaki
0.002  sano
0.002  taniguchi
0.002  ueno
0.002  matsui
0.002  kono kouno
0.002  ichikawa
0.002  watanabe
0.002  nomura
0.002  kikuchi
0.002  kinoshita
"""))
_BLOCKS.append((EA, "m", """
0.008  hiroshi
0.007  takashi
0.007  makoto
0.007  akira
0.006  kenji
0.006  takeshi
0.006  minoru
0.006  osamu
0.006  satoshi
0.006  yoshio
0.006  kazuo
0.006  shigeru
0.006  isamu
0.006  tsutomu
0.006  masao
0.005  hideo
0.005  koji kouji
0.005  kenichi
0.005  manabu
0.005  noboru
0.005  tadashi
0.005  yoshiaki
0.005  hiroyuki
0.005  kazuya
0.005  daisuke
0.005  tetsuya
0.005  naoki
0.005  yuki
0.005  shota
0.005  hiroto
0.005  haruto
0.005  ren
0.005  sota
0.005  yuto
0.005  ichiro
0.005  jiro
0.005  saburo
0.005  yuichi
0.005  kenta
0.005  ryota
0.005  takuya
0.005  tomoya
0.005  kazuki
0.005  masahiro
0.005  nobuo
"""))
_BLOCKS.append((EA, "f", """
0.008  keiko
0.007  yoko youko
0.007  kazuko
0.007  michiko
0.007  sachiko
0.007  hiroko
0.007  yoshiko
0.006  akiko
0.006  tomoko
0.006  junko
0.006  kyoko
0.006  mariko
0.006  naoko
0.006  reiko
0.006  emiko
0.006  noriko
0.006  fumiko
0.006  masako
0.006  yumiko
0.006  mayumi
0.006  yuko yuuko
0.005  megumi
0.005  kumiko
0.005  yuki
0.005  ai
0.005  yui
0.005  misaki
0.005  haruka
0.005  sakura
0.005  hina
0.005  yuna
0.005  mio
0.005  aoi
0.005  nanami
0.005  miyuki
0.005  ayumi
0.005  kaori
0.005  mika
0.005  yoshie
0.005  chieko
"""))

# ---- Vietnam: family names (share of Vietnamese; written without diacritics) -----------------
_BLOCKS.append((SEA, "", """
0.38   nguyen
0.11   tran
0.095  le
0.07   pham
0.05   hoang huynh
0.045  phan
0.039  vu vo
0.021  dang
0.02   bui
0.014  do
0.013  ho
0.013  ngo
0.01   duong
0.005  ly
0.005  truong
0.004  dinh
0.004  lam
0.004  mai
0.004  trinh
0.004  dao
0.004  cao
0.003  luu
0.003  luong
0.003  ha
0.003  ta
0.003  to
0.003  chau
0.003  quach
0.003  tang
0.002  thai
0.002  ton
0.002  kieu
0.002  la
0.002  lai
0.002  van
"""))

# ---- Vietnam: middle and given names (van for men and thi for women stand in most names) -----
_BLOCKS.append((SEA, "m", """
0.35   van
0.05   duc
0.05   minh
0.04   huu
0.04   quang
0.04   thanh
0.03   xuan
0.03   cong
0.03   dinh
0.03   anh
0.03   hung
0.03   tuan
0.025  dung
0.025  hai
0.025  long
0.025  nam
0.02   son
0.02   thang
0.02   trung
0.02   hieu
0.02   hoang
0.02   huy
0.02   khanh
0.02   phong
0.02   quoc
0.02   tien
0.02   tung
0.02   vinh
0.02   binh
0.02   cuong
0.02   dat
0.02   duy
0.02   hoa
0.02   hoai
0.02   khoa
0.02   kien
0.02   loc
0.02   nghia
0.02   phuc
0.02   quan
0.02   tai
0.02   tam
0.02   thinh
0.02   toan
0.02   trong
0.02   truong
0.02   tu
0.02   viet
0.02   bao
0.02   chi
"""))
_BLOCKS.append((SEA, "f", """
0.4    thi
0.05   ngoc
0.04   thu
0.04   thanh
0.035  lan
0.035  linh
0.035  huong
0.03   trang
0.03   thao
0.03   mai
0.03   phuong
0.03   hien
0.03   hang
0.03   hanh
0.03   nga
0.03   yen
0.025  anh
0.025  ha
0.025  hoa
0.025  kim
0.025  my
0.025  nhung
0.025  oanh
0.025  tuyet
0.025  van
0.025  vy
0.025  xuan
0.02   diem
0.02   dung
0.02   giang
0.02   hau
0.02   hong
0.02   huyen
0.02   loan
0.02   ly
0.02   nhi
0.02   nhu
0.02   quynh
0.02   tam
0.02   thuy
0.02   trinh
0.02   tuyen
0.02   uyen
"""))

# ---- Malaysia, Indonesia, Brunei, Singapore Malays: particles and common names ---------------
_BLOCKS.append((SEA, "", """
0.3    bin
0.02   wan
0.01   nik
0.01   che
0.01   ab
0.02   mat
0.004  tengku tunku
0.003  megat
0.004  sharifah syarifah
0.01   raja
0.04   sri
0.02   dwi
0.015  tri
0.015  eka
"""))
_BLOCKS.append((SEA, "f", """
0.3    binti binte bte bt
0.1    siti
0.08   nur nor noor
0.03   nurul
0.01   puteri putri
0.02   dewi
0.01   ayu
0.015  sari
0.008  lestari
0.008  wati
0.006  yanti
0.006  rina
0.006  ratna
0.008  indah
0.008  fitri
0.005  nurhayati
0.006  rahmawati
0.006  suryani
0.006  yuli
0.008  dian
0.005  endang
0.005  sulastri
0.005  sumarni
0.005  sumiati
0.005  rini
0.005  tuti
0.005  erna
0.005  wulan
0.005  novi
0.005  desi
0.005  ratih
0.005  mega
0.005  nia
0.005  lia
0.005  ani
0.008  aishah aisyah
0.008  fatimah
0.006  zainab
0.006  rahmah
0.006  zaleha
0.006  rohani
0.006  rosnah
0.006  rokiah
0.006  salmah
0.006  normah
0.006  hasnah
0.006  halimah
0.006  aminah
0.006  azizah
0.006  hamidah
0.006  faridah
0.006  rosmah
0.006  norhayati
0.006  noraini
0.005  norazlina
0.006  rahimah
0.005  zarina
0.005  suhaila
0.005  nurul
"""))
_BLOCKS.append((SEA, "m", """
0.12   mohd
0.03   muhammad
0.03   mohamad
0.02   abd
0.01   hussin
0.01   othman
0.01   yusof
0.008  yaacob yaakob
0.008  razak
0.008  salleh
0.008  daud
0.008  zakaria
0.008  hashim
0.008  kassim kasim
0.006  jaafar
0.006  harun
0.006  yahya
0.008  sulaiman
0.008  zainal
0.008  zulkifli
0.005  kamarudin kamaruddin
0.006  azman
0.005  azmi
0.006  rosli
0.006  roslan
0.008  khairul
0.006  faizal
0.005  amirul
0.005  syafiq
0.005  nazri
0.005  shahrul
0.005  rizal
0.005  haziq
0.005  aiman
0.015  agus
0.01   budi
0.01   eko
0.008  hadi
0.008  santoso
0.008  wijaya
0.008  setiawan
0.008  hidayat
0.008  nugroho
0.01   saputra
0.008  kurniawan
0.006  susanto
0.006  gunawan
0.005  hartono
0.008  prasetyo
0.005  purnomo
0.004  sutrisno
0.006  wahyudi
0.005  hermawan
0.006  firmansyah
0.008  ramadhan
0.008  rahmat
0.006  kusuma
0.01   pratama
0.005  permana
0.008  wahyu
0.01   adi
0.01   andi
0.006  bambang
0.006  joko
0.006  slamet
0.004  heru
0.006  iwan
0.006  dedi
0.006  hendra
0.006  rudi
0.006  asep
0.008  ade
0.01   rizky rizki
0.006  fajar
0.006  bayu
0.006  ilham
0.006  taufik
0.005  irwan
0.006  indra
0.005  arif
0.005  yudi
0.005  dimas
0.004  ujang
0.004  dadang
0.004  cecep
"""))
_BLOCKS.append((SEA, "", """
# Indonesia: Batak and other family names (share of Indonesians)
0.006  nasution
0.006  siregar
0.005  harahap
0.006  lubis
0.004  simanjuntak
0.004  sitompul
0.004  hutagalung
0.004  simatupang
0.004  situmorang
0.005  sinaga
0.004  pane
0.005  tanjung
0.004  sembiring
0.004  ginting
0.004  sitorus
0.004  manurung
0.004  panjaitan
0.004  pardede
0.004  silalahi
0.006  saputri
0.004  wibowo
0.004  susilo
0.004  utomo
0.004  halim
0.004  tanoto
0.004  salim
# Philippines (share of Filipinos)
0.015  reyes
0.015  cruz
0.03   dela
0.01   delos
0.01   bautista
0.006  ocampo
0.008  mendoza
0.008  villanueva
0.01   ramos
0.006  aquino
0.006  mercado
0.008  gonzales
0.005  soriano
0.004  manalo
0.006  domingo
0.005  pascual
0.005  dizon
0.006  santiago
0.006  francisco
0.005  valdez
0.004  pangilinan
0.004  macaraeg
0.004  manalastas
0.004  magbanua
0.004  castillo
0.004  tolentino
0.004  navarro
0.004  salvador
0.004  de
0.004  rosario
0.004  guzman
0.004  leon
0.004  lacson
0.004  marquez
0.004  estrada
0.004  ignacio
0.004  fernando
0.004  padilla
0.004  samson
0.004  panganiban
0.004  buenaventura
0.004  sy
0.004  co
0.004  ong
0.004  uy
0.004  go
0.003  chua
# Thailand (Sino-Thai "sae" prefixes; Thai surnames are otherwise nearly unique)
0.02   sae
0.004  saetang
0.003  saelim
0.003  saeli
0.003  saeung
# Cambodia (surname first; share of Cambodians)
0.04   sok
0.03   chea
0.02   chan
0.02   heng
0.02   seng
0.015  sam
0.015  meas
0.015  keo
0.01   ouk
0.01   pen
0.01   sar
0.01   chhay
0.01   prak
0.01   nget
0.01   touch
0.01   vann
0.01   khim
0.01   mao
"""))
_BLOCKS.append((SEA, "m", """
# Philippines: given names of men (share of Filipino men)
0.01   romeo
0.01   rolando
0.01   reynaldo
0.01   danilo
0.008  renato
0.008  rodrigo
0.008  ferdinand
0.006  arnel
0.006  rogelio
0.006  edgardo
0.006  ernesto
0.006  jesus
0.006  bienvenido
0.006  virgilio
0.006  wilfredo
0.006  rommel
0.006  jonathan
0.006  mark
0.006  jun
0.006  junior
0.006  ramil
0.006  nestor
# Thailand: given names of men (share of Thai men)
0.01   somchai
0.008  somsak
0.006  somporn
0.005  prasert
0.005  wichai
0.005  suchart
0.005  sombat
0.005  somboon
0.005  anan
0.005  boonmee
0.005  chaiya
0.005  kittisak
0.005  thanakorn
0.005  supachai
0.005  sakchai
0.005  surachai
0.005  prasit
0.005  chatchai
"""))
_BLOCKS.append((SEA, "f", """
0.05   ma
0.005  maricel
0.005  marites
0.005  rosario
0.005  rosalinda
0.005  corazon
0.005  erlinda
0.005  teresita
0.005  lourdes
0.005  remedios
0.005  milagros
0.005  perla
0.005  jocelyn
0.005  analyn
0.005  marilou
0.005  evelyn
0.008  malee
0.008  somsri
0.008  siriporn
0.008  pranee
0.008  sunee
0.008  ratana
0.008  kanya
0.008  nittaya
0.008  wanida
0.008  porntip
0.008  suda
0.03   srey
0.01   sophea
0.01   sokha
0.01   chanthy
0.01   sreymom
"""))

# ---- Myanmar: name syllables (there are no family names; share of people whose name holds the
# syllable; Daw, U, Maung, Ko, Ma are honorifics that often stay in written names) ------------
_BLOCKS.append((SEA, "", """
0.1    aung
0.06   kyaw
0.06   win
0.05   myint
0.05   tun htun
0.05   maung mg
0.05   tin
0.04   zaw
0.04   soe
0.04   min
0.04   hla
0.04   oo
0.04   san
0.03   thein
0.03   naing
0.03   than
0.03   myo
0.03   mya
0.03   moe
0.03   lwin
0.03   thu
0.03   ko
0.03   ye
0.03   wai
0.03   daw
0.02   thant
0.02   htwe
0.02   shwe
0.02   nyunt
0.02   htet
0.02   phyo
0.02   hlaing
0.02   myat
0.02   sein
0.02   ei
0.02   cho
0.02   nwe
0.02   thet
0.02   htay
0.02   kyi
0.02   nyein
0.02   su
0.02   yi
0.02   mar
0.01   thura
0.01   thaung
0.01   khaing
0.01   thiri
0.01   phyu
0.01   zin
0.01   pyae
0.01   thida
0.01   sandar
0.01   nilar
0.01   yadanar
0.01   ohn
0.01   nu
0.01   mu
0.05   khin
"""))

# ---- India, Nepal: given names of men (share of men in the region where the name is usual) --
_BLOCKS.append((SA, "m", """
0.015  raj
0.01   rajesh
0.01   suresh
0.01   ramesh
0.008  mahesh
0.008  dinesh
0.006  ganesh
0.006  mukesh
0.008  rakesh
0.005  naresh
0.004  umesh
0.008  sanjay
0.01   vijay
0.006  ajay
0.01   anil
0.01   sunil
0.008  manoj
0.008  santosh
0.008  ashok
0.01   ravi
0.008  amit
0.006  sandeep
0.006  deepak
0.008  rahul
0.005  pradeep
0.006  raju
0.01   krishna
0.005  gopal
0.005  shyam
0.008  mohan
0.006  hari
0.006  shiv shiva
0.008  prakash
0.006  anand
0.006  arun
0.004  ashish
0.006  vinod
0.004  pawan
0.004  vikas
0.004  vikram
0.004  nitin
0.004  sachin
0.004  gaurav
0.004  rohit
0.004  manish
0.004  naveen
0.004  satish
0.006  rajendra
0.004  narendra
0.004  surendra
0.004  mahendra
0.004  virendra
0.004  jitendra
0.004  dharmendra
0.004  devendra
0.004  yogesh
0.004  pankaj
0.004  alok
0.004  abhishek
0.004  vivek
0.004  rajiv rajeev
0.004  sanjiv sanjeev
0.004  subhash
0.008  babu
0.008  chand
0.008  nath
0.008  chandra
0.006  dev
0.01   bhai
0.006  lakshman laxman
0.006  shankar
0.005  murali
0.005  venkatesh
0.005  srinivas
0.005  balaji
0.005  kishore
0.005  dilip
0.005  girish
0.005  harish
0.005  jagdish
0.005  kamal
0.005  kiran
0.005  mukund
0.005  nand
0.005  om
0.005  prem
0.005  ramu
0.005  shekhar
0.005  sunny
0.005  tarun
0.005  uday
0.005  vinay
0.005  yash
0.005  arjun
0.005  aditya
0.005  akash
0.008  bishnu
0.01   man
0.008  dhan
0.005  dil
0.005  tek
0.005  tika
"""))
_BLOCKS.append((SA, "f", """
0.008  sunita
0.008  anita
0.008  geeta gita
0.006  rekha
0.008  pooja puja
0.008  priya
0.012  lakshmi laxmi
0.005  savitri
0.006  kamla kamala
0.006  sita
0.006  radha
0.006  usha
0.006  asha
0.006  meena
0.006  neha
0.006  kavita
0.015  rani
0.02   bai
0.004  kanta
0.006  shanti
0.004  parvati
0.004  saroj
0.005  suman
0.005  manju
0.006  seema
0.004  renu
0.005  nirmala
0.004  shobha
0.005  sarita
0.006  jyoti
0.005  mamta
0.005  anjali
0.004  sushila
0.004  urmila
0.006  pushpa
0.004  shakuntala
0.004  kamlesh
0.02   maya
0.006  ganga
0.004  shanta
0.005  sangeeta
0.005  poonam
0.005  rita
0.005  sapna
0.005  shilpa
0.005  swati
0.005  vandana
0.005  padma
0.005  durga
0.005  gayatri
0.005  lalita
0.005  malti
0.005  nisha
0.005  preeti
0.005  rashmi
0.005  ritu
0.005  shweta
0.005  uma
0.005  vidya
"""))
_BLOCKS.append((SA, "", """
# India (share of Indians in the region where the name is usual)
0.006  mishra
0.005  tiwari
0.006  pandey
0.004  dubey
0.004  shukla
0.003  tripathi
0.004  srivastava
0.004  jha
0.005  chauhan
0.006  thakur
0.003  rathore
0.005  joshi
0.004  mehta
0.003  desai
0.004  jain
0.004  agarwal aggarwal
0.003  bansal
0.003  goyal
0.003  mittal
0.003  garg
0.003  sinha
0.003  mukherjee
0.003  banerjee
0.003  chatterjee
0.005  ghosh
0.003  bose
0.004  sen
0.004  dutta
0.006  roy
0.004  saha
0.006  mondal mandal
0.004  biswas
0.005  sarkar sarker
0.004  pal
0.006  nair
0.003  menon
0.004  pillai
0.003  iyer
0.004  naidu
0.003  khatri
0.003  arora
0.003  kapoor
0.003  malhotra
0.003  khanna
0.003  chopra
0.003  bhatia
0.003  sethi
0.003  saini
0.005  sandhu
0.005  sidhu
0.005  dhillon
0.004  grewal
0.004  brar
0.004  krishnan
0.004  subramanian
0.004  raman
0.004  murugan
0.004  kannan
0.004  rajan
0.004  selvam
0.004  pandian
0.004  perumal
0.004  srinivasan
0.004  narayanan
0.004  ramachandran
0.004  naik
0.006  patil
0.004  shinde
0.005  jadhav
0.004  pawar
0.003  kulkarni
0.003  deshmukh
0.003  gaikwad
0.004  more
0.003  chavan
0.004  das
0.004  nayak
0.004  behera
0.004  sahoo
0.004  mohanty
0.004  panda
0.004  rout
0.004  prajapati
0.004  kushwaha
0.004  maurya
0.004  paswan
0.004  rawat
0.004  negi
0.004  bisht
0.004  meena
0.004  choudhary
# Bangladesh and Muslim India (share of Bangladeshis)
0.15   md
0.05   mst most mosammat
0.015  alam
0.015  haque hoque huq
0.006  mollah molla
0.006  bhuiyan bhuiya
0.005  talukder
0.004  howlader
0.01   nahar
0.015  sultana
0.015  jahan
0.015  ara
0.01   khanam
0.008  nesa nessa
0.01   abul
0.01   nurul
0.006  aminul
0.006  rafiqul
0.006  shafiqul
0.008  saiful
0.006  mahbub
0.006  mizanur
0.006  habibur
0.004  mostafizur
0.004  ziaur
0.004  anisur
0.006  ashraful
0.004  monirul
0.006  shahidul
0.006  jahangir
0.006  kamrul
0.006  nazrul
0.005  sirajul
0.01   abdur
0.01   golam
0.005  mamun
0.006  masud
0.005  sohel
0.004  rubel
0.005  shahin
0.005  alamgir
0.006  harun
0.004  delwar
0.005  fazlul
0.005  azizul
0.005  shahjahan
0.004  babul
0.005  selim
0.004  liton
0.004  ripon
0.004  sumon
0.01   mia miah
0.004  sheikh
0.004  chowdhury
0.005  paul
0.004  rahaman
0.004  sikder
0.004  pramanik
0.004  sardar
0.004  gazi
0.004  munshi
# Sri Lanka (share of Sri Lankans)
0.01   bandara
0.015  kumara
0.006  wickramasinghe wickremasinghe
0.006  jayasinghe
0.008  dissanayake dissanayaka
0.008  herath
0.005  gunawardena gunawardana
0.005  jayawardena jayawardana
0.006  ratnayake rathnayake
0.005  weerasinghe
0.004  senanayake
0.005  wijesinghe
0.005  karunaratne
0.005  pathirana
0.006  mendis
0.004  peiris
0.008  gamage
0.006  liyanage
0.004  samarasinghe
0.006  ekanayake
0.005  priyantha
0.005  chaminda
0.005  nuwan
0.005  lakmal
0.005  sampath
0.005  ruwan
0.006  nimal
0.005  lalith
0.005  upul
0.004  sivakumar
0.004  fonseka
0.004  wijeratne
0.004  silva
# Nepal (share of Nepalis)
0.015  magar
0.015  rai
0.008  limbu
0.005  sherpa
0.01   karki
0.01   adhikari
0.01   poudel paudel
0.006  bhandari
0.008  khadka
0.006  basnet
0.005  bista
0.01   kc
0.006  ghimire
0.006  acharya
0.004  koirala
0.005  dahal
0.004  regmi
0.005  subedi
0.005  neupane
0.005  bhattarai
0.01   lama
0.008  maharjan
0.006  mahato
0.004  khanal
0.004  pokharel
0.004  oli
0.004  rijal
0.004  sapkota
0.004  lamichhane
"""))

# ---- Spain and Latin America: family names (share of Spanish speakers; Spanish naming gives
# everybody two surnames, so shares are about twice a single-surname ranking) ------------------
_BLOCKS.append((EU, "", """
0.03   hernandez
0.025  gomez
0.02   jimenez
0.02   diaz
0.02   ramirez
0.018  ruiz
0.016  moreno
0.015  torres
0.015  alvarez
0.014  munoz
0.014  romero
0.014  gutierrez
0.014  morales
0.012  flores
0.012  cruz
0.012  reyes
0.01   alonso
0.01   navarro
0.01   dominguez
0.01   vazquez
0.01   ramos
0.01   castro
0.01   ortiz
0.01   herrera
0.01   rojas
0.01   mendoza
0.01   aguilar
0.01   vargas
0.008  gil
0.008  serrano
0.008  blanco
0.008  suarez
0.008  molina
0.008  ortega
0.008  delgado
0.008  rubio
0.008  marin
0.008  medina
0.008  castillo
0.008  rivera
0.008  soto
0.008  chavez
0.008  mejia
0.006  sanz
0.006  nunez
0.006  iglesias
0.006  garrido
0.006  cortes
0.006  lozano
0.006  guerrero
0.006  cano
0.006  prieto
0.006  mendez
0.006  calvo
0.006  gallego
0.006  vidal
0.006  leon
0.006  marquez
0.006  pena
0.006  cabrera
0.006  campos
0.006  vega
0.006  fuentes
0.006  carrasco
0.006  diez
0.006  caballero
0.006  nieto
0.006  santana
0.006  benitez
0.006  mora
0.006  salazar
0.006  espinoza espinosa
0.006  sandoval
0.006  contreras
0.006  guzman
0.006  rios
0.006  acosta
0.006  luna
0.006  miranda
0.006  aguirre
0.006  juarez
0.004  pascual
0.004  herrero
0.004  lorenzo
0.004  montero
0.004  hidalgo
0.004  gimenez
0.004  ibanez
0.004  ferrer
0.004  duran
0.004  santiago
0.004  vicente
0.004  arias
0.004  carmona
0.004  crespo
0.004  pastor
0.004  saez
0.004  velasco
0.004  moya
0.004  soler
0.004  parra
0.004  esteban
0.004  bravo
0.004  gallardo
0.004  figueroa
0.004  cardenas
0.004  avila
0.004  valencia
0.004  estrada
0.004  orozco
0.004  quintero
0.004  osorio
0.004  pineda
0.004  ochoa
0.004  zapata
0.004  cardona
0.004  escobar
0.004  villa
0.004  montoya
0.004  restrepo
0.004  salinas
0.004  trujillo
0.004  valdez valdes
0.004  maldonado
0.004  ibarra
0.004  camacho
0.004  palacios
0.004  padilla
0.004  velazquez
0.004  rosales
0.004  robles
0.004  carrillo
0.004  cuevas
0.004  bermudez
0.004  beltran
0.004  paredes
0.004  cabello
0.004  cordero
0.004  lara
0.004  solis
0.004  tapia
0.004  vera
0.004  zamora
0.003  arango
0.003  londono
0.003  betancourt
0.003  cervantes
0.003  gallegos
0.003  fernandes
0.05   del
0.05   la
0.02   las
0.03   los
"""))

# ---- Portugal and Brazil: family names (share of Brazilians and Portuguese) ------------------
_BLOCKS.append((EU, "", """
0.06   silva
0.04   santos
0.03   oliveira
0.03   souza sousa
0.02   rodrigues
0.02   ferreira
0.02   alves
0.02   pereira
0.015  lima
0.015  gomes
0.015  costa
0.012  ribeiro
0.012  martins
0.012  carvalho
0.01   almeida
0.008  lopes
0.008  soares
0.008  araujo
0.008  fernandes
0.007  vieira
0.007  barbosa
0.007  rocha
0.007  dias
0.007  nascimento
0.006  andrade
0.006  moreira
0.006  nunes
0.005  marques
0.005  machado
0.005  mendes
0.005  freitas
0.005  cardoso
0.005  goncalves
0.005  melo
0.004  teixeira
0.004  correia
0.004  pinto
0.004  batista
0.004  reis
0.004  conceicao
0.01   jesus
0.003  monteiro
0.003  cunha
0.003  moura
0.003  cavalcanti
0.003  campos
0.003  miranda
0.003  azevedo
0.003  barros
0.003  borges
0.003  castro
0.003  coelho
0.003  duarte
0.003  farias
0.003  lacerda
0.003  leite
0.003  macedo
0.003  matos
0.003  medeiros
0.003  neves
0.003  nogueira
0.003  pacheco
0.003  pires
0.003  queiroz
0.003  ramos
0.003  santana
0.003  sales
0.003  siqueira
0.003  tavares
0.003  vasconcelos
0.03   do
0.03   das
"""))

# ---- Spanish, Portuguese and Latin American given names ---------------------------------------
_BLOCKS.append((EU, "m", """
0.03   joao
0.012  jesus
0.01   javier
0.012  miguel
0.01   pedro
0.01   angel
0.008  rafael
0.01   jorge
0.008  fernando
0.008  alejandro
0.006  ramon
0.006  enrique
0.006  pablo
0.006  roberto
0.006  ricardo
0.006  eduardo
0.006  sergio
0.005  andres
0.005  diego
0.006  mario
0.006  alberto
0.005  victor
0.005  raul
0.005  oscar
0.004  ruben
0.004  hector
0.004  julio
0.004  cesar
0.004  guillermo
0.004  alfonso
0.004  salvador
0.003  joaquin
0.003  ignacio
0.003  ernesto
0.003  hugo
0.003  arturo
0.003  gustavo
0.005  gabriel
0.003  santiago
0.003  tomas
0.003  felipe
0.003  alfredo
0.003  armando
0.003  gerardo
0.003  rodrigo
0.004  adrian
0.003  emilio
0.003  agustin
0.003  jaime
0.003  mauricio
0.003  orlando
0.003  alvaro
0.003  gonzalo
0.003  marcelo
0.003  nicolas
0.003  domingo
0.003  vicente
0.003  esteban
0.003  julian
0.003  rodolfo
0.003  rogelio
0.003  edwin
0.003  nelson
0.003  wilson
0.003  jhon
0.008  paulo
0.008  luiz
0.006  marcos
0.005  lucas
0.005  mateus
0.005  bruno
0.005  thiago tiago
0.004  sebastiao
0.005  raimundo
0.003  severino
0.003  geraldo
0.003  joaquim
0.004  antonio
0.004  leandro
0.004  fabio
0.004  marcio
0.004  anderson
0.004  rodrigo
0.004  alexandre
0.004  francisco
"""))
_BLOCKS.append((EU, "f", """
0.02   carmen
0.01   isabel
0.006  dolores
0.006  pilar
0.008  teresa
0.008  rosa
0.006  josefa
0.005  francisca
0.005  antonia
0.006  laura
0.006  cristina
0.006  marta martha
0.006  lucia
0.006  elena
0.004  mercedes
0.004  concepcion
0.004  rosario
0.005  juana
0.005  luisa
0.008  guadalupe
0.006  patricia
0.005  sandra
0.005  claudia
0.005  gabriela
0.004  adriana
0.004  veronica
0.004  silvia
0.004  alejandra
0.004  andrea
0.004  paula
0.004  sofia
0.004  valentina
0.004  camila
0.004  daniela
0.004  natalia
0.004  marisol
0.004  leticia
0.004  yolanda
0.004  margarita
0.004  gloria
0.004  esperanza
0.004  beatriz
0.004  raquel
0.004  sara
0.004  alicia
0.004  angelica
0.004  lorena
0.004  monica
0.004  elizabeth
0.006  luz
0.004  blanca
0.004  diana
0.004  paola
0.004  carolina
0.004  fernanda
0.004  juliana
0.004  marcia
0.004  aline
0.004  amanda
0.004  bruna
0.004  jessica
0.004  luciana
0.004  vanessa
0.004  mariana
0.005  raimunda
0.004  conceicao
0.008  aparecida
0.004  sonia
0.003  jimena
"""))

# ---- Italy (share of Italians) ---------------------------------------------------------------
_BLOCKS.append((EU, "", """
0.003  russo
0.003  ferrari
0.003  esposito
0.0025 bianchi
0.0025 romano
0.0025 colombo
0.0025 ricci
0.0025 marino
0.0025 greco
0.0025 bruno
0.0025 gallo
0.002  conti
0.002  luca
0.002  mancini
0.002  giordano
0.002  rizzo
0.002  lombardi
0.002  moretti
0.0015 barbieri
0.0015 fontana
0.0015 santoro
0.0015 mariani
0.0015 rinaldi
0.0015 caruso
0.0015 ferrara
0.0015 galli
0.0015 martini
0.0015 leone
0.0015 longo
0.0015 gentile
0.0015 martinelli
0.0015 vitale
0.0015 lombardo
0.0015 serra
0.0015 coppola
0.0015 santis
0.0015 dangelo
0.0015 marchetti
0.0015 parisi
0.0015 conte
0.0015 ferraro
0.0015 ferri
0.0015 fabbri
0.0015 bianco
0.0015 marini
0.0015 grasso
0.0015 valentini
0.0015 messina
0.0015 sala
0.0015 angelis
0.0015 gatti
0.0015 pellegrini
0.0015 palumbo
0.0015 sanna
0.0015 farina
0.0015 rizzi
0.0015 monti
0.0015 cattaneo
0.0015 morelli
0.0015 amato
0.0015 silvestri
0.0015 mazza
0.0015 testa
0.0015 grassi
0.0015 pellegrino
0.0015 carbone
0.0015 giuliani
0.0015 benedetti
0.0015 barone
0.0015 caputo
0.0015 guerra
0.0015 palmieri
0.0015 bernardi
0.0015 fiore
0.0015 rosa
0.0015 bellini
0.0015 basile
0.0015 riva
0.0015 donati
0.0015 piras
0.0015 battaglia
0.0015 sartori
0.0015 neri
0.0015 milani
0.0015 pagano
0.0015 ruggiero
0.0015 sorrentino
0.0015 damico
0.0015 orlando
0.0015 negri
0.03   di
0.02   della
0.01   lo
"""))
_BLOCKS.append((EU, "m", """
0.04   giuseppe
0.03   giovanni
0.02   mario
0.015  luigi
0.02   francesco
0.01   angelo
0.012  vincenzo
0.01   pietro
0.012  salvatore
0.008  carlo
0.008  franco
0.008  domenico
0.008  paolo
0.007  michele
0.007  giorgio
0.005  aldo
0.005  sergio
0.01   luca
0.01   marco
0.01   andrea
0.01   alessandro
0.01   roberto
0.008  stefano
0.007  massimo
0.005  fabio
0.005  davide
0.005  matteo
0.005  lorenzo
0.005  simone
0.005  federico
0.005  riccardo
0.005  gianluca
0.005  claudio
0.005  enrico
0.005  maurizio
0.005  emanuele
0.005  raffaele
0.005  gaetano
0.005  nicola
0.005  alberto
"""))
_BLOCKS.append((EU, "f", """
0.01   giuseppina
0.01   angela
0.01   giovanna
0.01   lucia
0.006  carmela
0.01   francesca
0.006  paola
0.006  giulia
0.006  chiara
0.006  federica
0.006  alessandra
0.006  martina
0.006  rita
0.006  antonella
0.006  patrizia
0.006  simona
0.006  roberta
0.006  elisabetta
0.006  stefania
0.006  michela
0.006  serena
0.006  silvia
0.006  valentina
0.006  barbara
0.006  daniela
"""))

# ---- France, Belgium, Switzerland (share of the French) ----------------------------------------
_BLOCKS.append((EU, "", """
0.003  bernard
0.0025 dubois
0.0025 thomas
0.0025 robert
0.0025 richard
0.0025 petit
0.0025 durand
0.002  leroy
0.002  moreau
0.002  simon
0.002  laurent
0.002  lefebvre
0.002  michel
0.002  david
0.002  bertrand
0.002  roux
0.002  vincent
0.002  fournier
0.002  morel
0.002  girard
0.002  andre
0.002  lefevre
0.002  mercier
0.002  dupont
0.002  lambert
0.002  bonnet
0.002  francois
0.002  legrand
0.002  garnier
0.002  faure
0.002  rousseau
0.002  blanc
0.002  guerin
0.002  henry
0.0015 roussel
0.0015 nicolas
0.0015 perrin
0.0015 morin
0.0015 mathieu
0.0015 clement
0.0015 gauthier
0.0015 dumont
0.0015 fontaine
0.0015 chevalier
0.0015 robin
0.0015 masson
0.0015 gerard
0.0015 boyer
0.0015 denis
0.0015 lemaire
0.0015 duval
0.0015 joly
0.0015 gautier
0.0015 roger
0.0015 roche
0.0015 roy
0.0015 noel
0.0015 meyer
0.0015 lucas
0.0015 meunier
0.0015 jean
0.0015 marchand
0.0015 dufour
0.0015 blanchard
0.0015 marie
0.0015 barbier
0.0015 brun
0.0015 dumas
0.0015 brunet
0.0015 schmitt
0.0015 leroux
0.0015 colin
0.0015 pierre
0.0015 renard
0.0015 arnaud
0.0015 rolland
0.0015 caron
0.0015 aubert
0.0015 giraud
0.0015 leclerc
0.0015 vidal
0.0015 bourgeois
0.0015 renaud
0.0015 lemoine
0.0015 picard
0.0015 gaillard
0.0015 philippe
0.0015 leclercq
0.0015 lacroix
0.0015 fabre
0.0015 dupuis
0.0015 olivier
0.0015 hubert
0.0015 louis
0.0015 charles
0.0015 guillot
0.0015 riviere
0.0015 guillaume
0.0015 adam
0.0015 rey
0.0015 moulin
0.0015 berger
0.0015 lecomte
0.0015 fleury
0.0015 deschamps
0.0015 carpentier
0.0015 julien
0.0015 benoit
0.0015 paris
0.0015 maillard
0.0015 peeters
0.0015 janssens
0.0015 maes
0.0015 jacobs
0.0015 mertens
0.0015 willems
0.0015 claes
0.0015 goossens
0.0015 wouters
0.0015 dubois
0.05   le
0.02   du
0.01   des
"""))
_BLOCKS.append((EU, "m", """
0.015  michel
0.01   philippe
0.01   alain
0.01   nicolas
0.008  christophe
0.008  patrick
0.01   daniel
0.006  bernard
0.008  eric
0.008  laurent
0.006  frederic
0.006  stephane
0.006  pascal
0.006  thierry
0.006  olivier
0.006  sebastien
0.006  julien
0.008  francois
0.008  christian
0.006  gerard
0.008  andre
0.01   jacques
0.006  rene
0.008  louis
0.006  marcel
0.006  claude
0.006  henri
0.006  roger
0.006  georges
0.006  yves
0.004  guy
0.004  didier
0.004  dominique
0.006  vincent
0.004  bruno
0.004  franck
0.004  emmanuel
0.004  antoine
0.004  maxime
0.004  alexandre
0.004  romain
0.004  guillaume
0.004  mathieu
0.004  kevin
0.004  jeremy
"""))
_BLOCKS.append((EU, "f", """
0.008  nathalie
0.008  isabelle
0.008  sylvie
0.008  catherine
0.008  francoise
0.006  monique
0.008  christine
0.006  jacqueline
0.006  martine
0.006  nicole
0.008  anne
0.005  sandrine
0.005  veronique
0.005  valerie
0.005  stephanie
0.005  celine
0.005  sophie
0.005  julie
0.004  aurelie
0.004  emilie
0.004  camille
0.004  manon
0.004  pauline
0.004  chantal
0.004  brigitte
0.004  michele
0.004  danielle
0.004  helene
0.006  jeanne
0.004  madeleine
0.004  simone
0.004  suzanne
0.004  genevieve
0.004  denise
0.004  odette
0.004  colette
"""))

# ---- Germany, Austria, Switzerland (share of Germans) ------------------------------------------
_BLOCKS.append((EU, "", """
0.008  muller mueller
0.006  schmidt schmitt
0.004  schneider
0.0035 fischer
0.003  weber
0.003  meyer meier maier mayer
0.0028 wagner
0.0025 becker
0.0025 schulz
0.0025 hoffmann hofmann
0.002  schafer schaefer
0.002  koch
0.002  bauer
0.002  richter
0.002  klein
0.0018 wolf
0.0017 schroder schroeder
0.0017 neumann
0.0016 schwarz
0.0016 zimmermann
0.0015 braun
0.0015 kruger krueger
0.0015 hartmann
0.0014 lange
0.0014 werner
0.0014 schmitz
0.0014 krause
0.0013 lehmann
0.0013 schmid
0.0012 schulze
0.0012 kohler koehler
0.0012 herrmann
0.0011 konig koenig
0.0011 walter
0.0011 huber
0.0011 kaiser
0.001  fuchs
0.001  peters
0.001  lang
0.001  scholz
0.001  moller moeller
0.001  weiss weiß
0.001  jung
0.001  hahn
0.001  schubert
0.001  vogel
0.001  friedrich
0.001  keller
0.001  gunther guenther
0.001  frank
0.001  berger
0.0009 winkler
0.0009 roth
0.0009 beck
0.0009 lorenz
0.0009 baumann
0.0009 franke
0.0009 albrecht
0.0008 schuster
0.0008 ludwig
0.0008 bohm boehm
0.0008 winter
0.0008 kraus
0.0008 schumacher
0.0008 kramer kraemer
0.0008 vogt
0.0008 stein
0.0008 jager jaeger
0.0008 otto
0.0008 sommer
0.0008 gross groß
0.0007 seidel
0.0007 heinrich
0.0007 brandt
0.0007 haas
0.0007 schreiber
0.0007 graf
0.0007 dietrich
0.0007 ziegler
0.0007 kuhn
0.0007 pohl
0.0007 engel
0.0007 horn
0.0007 busch
0.0007 bergmann
0.0007 thomas
0.0007 voigt
0.0007 sauer
0.0007 arnold
0.0007 wolff
0.0007 pfeiffer
"""))
_BLOCKS.append((EU, "m", """
0.012  hans
0.01   andreas
0.008  wolfgang
0.008  klaus
0.008  jurgen juergen
0.01   stefan stephan
0.006  werner
0.005  uwe
0.005  gunter guenter gunther
0.008  frank
0.01   christian
0.008  martin
0.008  markus marcus
0.005  bernd
0.004  ralf
0.006  matthias
0.008  alexander
0.005  helmut
0.005  horst
0.005  manfred
0.005  dieter
0.005  heinz
0.005  gerhard
0.008  karl
0.005  walter
0.004  joachim
0.004  rolf
0.004  dirk
0.006  jan
0.004  tobias
0.004  florian
0.004  sebastian
0.004  tim
0.004  lukas
0.004  jonas
0.004  felix
0.004  max
0.004  leon
0.004  finn
0.004  ben
0.004  elias
0.004  noah
0.004  jens
0.004  torsten thorsten
0.004  holger
0.004  jorg joerg
0.004  rainer
0.004  norbert
0.004  hermann
0.004  heinrich
0.004  friedrich
0.004  otto
"""))
_BLOCKS.append((EU, "f", """
0.008  ursula
0.008  monika
0.008  petra
0.01   elisabeth
0.008  sabine
0.006  renate
0.006  helga
0.008  karin
0.006  brigitte
0.006  ingrid
0.006  erika
0.006  andrea
0.005  gisela
0.006  claudia
0.006  susanne
0.006  gabriele
0.005  christa
0.006  christine
0.004  hildegard
0.006  birgit
0.006  barbara
0.005  heike
0.005  martina
0.005  nicole
0.005  stefanie
0.005  julia
0.005  katharina
0.005  lisa
0.005  laura
0.005  sandra
0.005  melanie
0.005  jessica
0.004  kerstin
0.004  silke
0.004  anja
"""))

# ---- United Kingdom, Ireland, United States, Canada, Australia (share of the English-speaking
# population; US values include the Spanish and other surnames listed elsewhere) ---------------
_BLOCKS.append((EU, "", """
0.008  davis
0.008  miller
0.006  wilson
0.006  davies
0.005  moore
0.005  anderson
0.005  jackson
0.005  thompson
0.005  white
0.005  harris
0.005  clark clarke
0.005  lewis
0.005  robinson
0.005  walker
0.005  young
0.005  allen
0.005  king
0.005  wright
0.005  scott
0.004  hill
0.004  green
0.004  adams
0.004  nelson
0.004  baker
0.004  hall
0.004  campbell
0.004  mitchell
0.004  carter
0.004  roberts
0.004  phillips
0.004  evans
0.004  turner
0.004  parker
0.004  edwards
0.004  collins
0.004  stewart
0.004  morris
0.004  murphy
0.004  cook
0.004  rogers
0.004  morgan
0.004  cooper
0.004  peterson
0.004  bailey
0.004  reed
0.004  kelly
0.004  howard
0.004  cox
0.004  ward
0.004  richardson
0.004  watson
0.004  brooks
0.004  wood
0.004  bennett
0.004  gray grey
0.004  hughes
0.004  price
0.004  sanders
0.004  myers
0.004  long
0.004  ross
0.004  foster
0.004  thomas
0.004  robertson
0.004  thomson
0.004  harrison
0.004  martin
0.003  powell
0.003  jenkins
0.003  perry
0.003  russell
0.003  sullivan osullivan
0.003  bell
0.003  coleman
0.003  butler
0.003  henderson
0.003  barnes
0.003  fisher
0.003  henry
0.003  graham
0.003  wallace
0.003  hamilton
0.003  ellis
0.003  gibson
0.003  marshall
0.003  murray
0.003  ford
0.003  wells
0.003  webb
0.003  simpson
0.003  stevens
0.003  tucker
0.003  porter
0.003  hunter
0.003  hicks
0.003  crawford
0.003  boyd
0.003  mason
0.003  kennedy
0.003  warren
0.003  dixon
0.003  burns
0.003  gordon
0.003  shaw
0.003  holmes
0.003  rice
0.003  black
0.003  daniels
0.003  palmer
0.003  mills
0.003  grant
0.003  knight
0.003  ferguson
0.003  stone
0.003  hawkins
0.003  dunn
0.003  perkins
0.003  hudson
0.003  spencer
0.003  stephens
0.003  pearson
0.003  hart
0.003  elliott
0.003  cunningham
0.003  knight
0.003  bradley
0.003  lane
0.003  andrews
0.003  ryan
0.003  fox
0.003  riley
0.003  armstrong
0.003  carpenter
0.003  weaver
0.003  greene
0.003  lawrence
0.003  elliot
0.003  chapman
0.003  johnston
0.003  walsh
0.003  lynch
0.003  jordan
0.003  washington
0.003  jefferson
0.003  banks
0.003  gilbert
0.003  payne
0.003  berry
0.003  matthews
0.003  hunt
0.003  lloyd
0.003  watts
0.003  hayes
0.003  reid
0.003  fraser
0.003  cameron
0.003  duncan
0.003  macdonald mcdonald
0.003  mackenzie mckenzie
0.003  maclean mclean
0.003  macleod mcleod
0.003  mackay mckay
0.003  obrien
0.003  oconnor
0.003  oneill
0.003  byrne
0.003  reilly oreilly
0.003  doyle
0.003  mccarthy
0.003  gallagher
0.003  doherty
0.003  quinn
0.003  brennan
0.003  burke
0.003  fitzgerald
0.003  farrell
0.003  nolan
0.003  flynn
0.003  duffy
0.003  boyle
0.003  kavanagh
0.003  mcgrath
0.003  brady
0.003  casey
0.003  foley
0.003  fitzpatrick
0.003  donnelly
0.003  connolly
0.003  daly
0.003  dunne
0.003  oconnell connell
0.003  odonnell
0.003  moran
0.003  maguire
0.003  sweeney
0.003  power
0.003  barry
0.003  kenny
0.003  sheehan
0.003  whelan
0.003  lyons
0.003  higgins
0.003  cullen
0.003  keane
0.003  hogan
0.003  buckley
0.003  dwyer odwyer
0.003  mcnamara
0.003  mcdonnell
0.003  mahony omahony
0.003  callaghan ocallaghan
0.003  mcloughlin mclaughlin
0.003  carroll
0.03   mc
0.03   mac
"""))
_BLOCKS.append((EU, "m", """
0.02   william
0.012  richard
0.01   charles
0.012  joseph
0.01   christopher
0.01   daniel
0.01   mark
0.006  donald
0.005  kenneth
0.007  steven
0.008  edward
0.006  brian
0.005  ronald
0.008  anthony
0.007  kevin
0.005  jason
0.008  matthew
0.005  gary
0.005  timothy
0.004  larry
0.004  jeffrey
0.006  frank
0.004  scott
0.004  eric
0.006  stephen
0.008  andrew
0.004  raymond
0.004  gregory
0.005  joshua
0.004  jerry
0.004  dennis
0.004  walter
0.005  patrick
0.004  harold
0.004  douglas
0.006  henry
0.004  carl
0.004  arthur
0.005  ryan
0.004  roger
0.004  joe
0.005  jack
0.004  albert
0.004  jonathan
0.004  justin
0.004  terry
0.004  gerald
0.004  keith
0.005  samuel
0.004  willie
0.004  ralph
0.004  lawrence
0.005  nicholas
0.004  roy
0.005  benjamin
0.004  bruce
0.004  brandon
0.005  adam
0.004  harry
0.004  fred
0.004  wayne
0.004  billy
0.004  steve
0.004  jeremy
0.004  aaron
0.004  randy
0.004  howard
0.004  eugene
0.004  russell
0.004  bobby
0.004  ernest
0.004  phillip philip
0.004  todd
0.004  jesse
0.004  craig
0.004  alan allan allen
0.004  shawn sean
0.004  chris
0.004  johnny
0.004  jimmy
0.004  danny
0.004  bryan
0.004  tony
0.004  mike
0.004  stanley
0.004  leonard
0.004  nathan
0.004  norman
0.004  vincent
0.004  travis
0.004  jacob
0.004  kyle
0.004  francis
0.004  frederick
0.004  bill
0.004  tom
0.004  jim
0.004  tim
0.004  ian
0.004  colin
0.004  graham
0.004  neil
0.004  stuart
0.004  simon
0.004  liam
0.004  oliver
0.004  harry
0.004  charlie
0.004  alfie
0.004  connor
0.004  dylan
0.004  ethan
0.004  noah
0.004  mason
0.004  logan
"""))
_BLOCKS.append((EU, "f", """
0.02   mary
0.01   patricia
0.01   linda
0.01   barbara
0.015  elizabeth
0.01   jennifer
0.01   susan
0.01   margaret
0.008  dorothy
0.008  lisa
0.008  nancy
0.008  karen
0.006  betty
0.006  helen
0.006  sandra
0.006  donna
0.006  carol
0.006  ruth
0.006  sharon
0.006  michelle
0.006  sarah
0.006  kimberly
0.005  deborah
0.005  jessica
0.005  shirley
0.005  cynthia
0.005  angela
0.005  melissa
0.005  brenda
0.005  amy
0.005  rebecca
0.005  virginia
0.005  kathleen
0.005  pamela
0.005  martha
0.005  debra
0.005  amanda
0.005  stephanie
0.005  carolyn
0.005  janet
0.005  catherine
0.005  frances
0.005  ann
0.005  joyce
0.005  diane
0.005  alice
0.005  julie
0.005  heather
0.005  doris
0.005  evelyn
0.005  jean
0.005  cheryl
0.005  katherine
0.005  joan
0.005  ashley
0.005  judith
0.005  rose
0.005  janice
0.005  kelly
0.005  nicole
0.005  christina
0.005  jane
0.005  rachel
0.005  emily
0.005  emma
0.005  victoria
0.005  grace
0.005  charlotte
0.005  louise
0.005  jacqueline
0.005  susan
0.005  lauren
0.005  megan
0.005  hannah
0.005  olivia
0.005  sophie
0.005  chloe
0.005  lucy
0.005  amelia
0.005  jessica
"""))

# ---- Netherlands, Belgium (Flemish), Nordic countries (share of each country's people) ---------
_BLOCKS.append((EU, "", """
0.03   der
0.02   den
0.01   ter ten
0.008  jong
0.005  jansen
0.005  vries
0.005  berg
0.005  dijk
0.004  bakker
0.004  janssen
0.003  visser
0.003  smit
0.003  meijer
0.003  boer
0.003  mulder
0.003  groot
0.002  bos
0.002  vos
0.002  hendriks
0.002  leeuwen
0.002  dekker
0.002  brouwer
0.002  wit
0.002  dijkstra
0.002  smits
0.002  graaf
0.002  meer
0.002  linden
0.002  kok
0.002  jacobs
0.002  haan
0.002  vermeulen
0.002  heuvel
0.002  veen
0.002  broek
0.002  bruijn bruyn
0.002  schouten
0.002  beek
0.002  willems
0.002  wijk
0.04   hansen
0.02   johansen
0.02   olsen
0.02   larsen
0.02   andersen
0.02   pedersen
0.04   nielsen
0.04   jensen
0.02   christensen
0.01   rasmussen
0.01   jorgensen
0.01   petersen
0.008  madsen
0.008  kristensen
0.01   sorensen
0.025  andersson
0.025  johansson
0.022  karlsson carlsson
0.018  nilsson
0.015  eriksson
0.013  larsson
0.012  olsson
0.011  persson
0.01   svensson
0.01   gustafsson
0.01   pettersson
0.007  jonsson
0.006  jansson
0.006  hansson
0.005  bengtsson
0.004  lindberg
0.004  lindstrom
0.004  lindqvist
0.004  axelsson
0.004  lundberg
0.004  karlsen
0.004  halvorsen
0.004  berg
0.004  haugen
0.004  hagen
0.004  johnsen
0.004  eriksen
0.004  korhonen
0.004  virtanen
0.003  makinen
0.003  nieminen
0.003  makela
0.003  hamalainen
0.003  laine
0.003  heikkinen
0.003  koskinen
0.003  jarvinen
"""))
_BLOCKS.append((EU, "m", """
0.01   lars
0.01   anders
0.01   johan
0.01   erik eric
0.008  per
0.008  nils
0.006  lennart
0.006  bengt
0.006  mikael
0.006  olof olav
0.006  ole
0.008  jens
0.006  soren
0.006  niels
0.008  henrik
0.006  jorgen
0.006  bjorn
0.006  kjell
0.006  magnus
0.006  gustav
0.006  knut
0.006  morten
0.006  rasmus
0.006  mads
0.006  jukka
0.006  mikko
0.006  timo
0.006  matti
0.006  kari
0.006  pekka
0.006  jan
0.006  pieter
0.006  johannes
0.006  willem
0.006  hendrik
0.006  cornelis
0.006  jacobus
0.006  gerrit
0.006  dirk
0.006  bart
0.006  sander
0.006  ruben
0.006  thijs
"""))
_BLOCKS.append((EU, "f", """
0.01   margareta
0.008  eva
0.008  kristina
0.008  birgitta
0.006  marianne
0.006  inger
0.006  kirsten
0.006  hanne
0.006  mette
0.006  lene
0.006  ingeborg
0.006  astrid
0.006  sigrid
0.006  johanna
0.006  anneli
0.006  tuula
0.006  leena
0.006  liisa
0.006  maarit
0.006  anja
0.006  kari
0.006  annika
0.006  maria
0.006  anneke
0.006  ingrid
0.006  willemijn
"""))

# ---- Poland (share of Poles; `+ska` adds the women's -ska/-cka form) --------------------------
_BLOCKS.append((EU, "", """
0.004  kowalski | ковальский +ska
0.0035 wisniewski | вишневский +ska
0.003  wojcik
0.003  kowalczyk
0.003  kaminski | каминский +ska
0.003  lewandowski | левандовский +ska
0.003  zielinski | зелинский +ska
0.003  szymanski | шиманский +ska
0.003  wozniak
0.003  dabrowski | домбровский +ska
0.0025 kozlowski | козловский +ska
0.0025 jankowski | янковский +ska
0.0025 mazur
0.0025 wojciechowski +ska
0.0025 kwiatkowski +ska
0.0025 krawczyk
0.0025 kaczmarek
0.0025 piotrowski | петровский +ska
0.0025 grabowski +ska
0.002  zajac
0.002  pawlowski | павловский +ska
0.002  michalski +ska
0.002  krol
0.002  wieczorek
0.002  jablonski +ska
0.002  wrobel
0.002  nowakowski +ska
0.002  majewski +ska
0.002  olszewski +ska
0.002  stepien
0.002  malinowski +ska
0.002  jaworski +ska
0.002  adamczyk
0.002  dudek
0.002  nowicki +ska
0.002  pawlak
0.002  gorski +ska
0.002  witkowski +ska
0.002  walczak
0.002  sikora
0.002  baran
0.002  rutkowski +ska
0.002  michalak
0.002  szewczyk
0.002  ostrowski +ska
0.002  tomaszewski +ska
0.002  pietrzak
0.002  zalewski +ska
0.002  wroblewski +ska
0.002  jasinski +ska
0.002  marciniak
0.002  sadowski +ska
0.002  bak
0.002  zawadzki +ska
0.002  duda
0.002  jakubowski +ska
0.002  wilk
0.002  chmielewski +ska
0.002  wlodarczyk
"""))
_BLOCKS.append((EU, "m", """
0.025  piotr
0.025  krzysztof
0.025  andrzej
0.02   tomasz
0.02   pawel
0.02   michal
0.015  marcin
0.015  stanislaw
0.012  jakub
0.015  marek
0.012  lukasz
0.012  grzegorz
0.01   mateusz
0.012  wojciech
0.01   mariusz
0.01   dariusz
0.01   zbigniew
0.01   jerzy
0.008  maciej
0.008  rafal
0.008  kamil
0.012  jozef
0.01   tadeusz
0.008  kazimierz
0.008  ryszard
0.006  henryk
0.006  janusz
0.006  zdzislaw
0.006  miroslaw
0.006  slawomir
0.006  jaroslaw
0.006  waldemar
0.006  wieslaw
0.006  leszek
0.006  czeslaw
0.006  boguslaw
0.006  bartosz
0.006  przemyslaw
0.006  sebastian
0.006  damian
0.006  szymon
0.006  dawid
0.006  patryk
0.006  wladyslaw
"""))
_BLOCKS.append((EU, "f", """
0.025  katarzyna
0.025  malgorzata
0.02   agnieszka
0.02   ewa
0.015  krystyna
0.02   elzbieta
0.015  magdalena
0.015  joanna
0.01   zofia
0.01   janina
0.01   monika
0.01   danuta
0.008  jadwiga
0.008  beata
0.008  aleksandra
0.008  irena
0.008  halina
0.008  grazyna
0.008  dorota
0.008  jolanta
0.008  renata
0.008  iwona
0.008  karolina
0.008  justyna
0.008  paulina
0.008  wanda
0.008  stanislawa
0.008  urszula
0.008  bozena
0.008  wieslawa
"""))

# ---- Czechia and Slovakia (share of Czechs / Slovaks; women's forms listed separately) ------
_BLOCKS.append((EU, "", """
0.006  novak
0.006  novakova
0.005  svoboda
0.005  svobodova
0.005  novotny
0.005  novotna
0.005  dvorak
0.005  dvorakova
0.004  cerny
0.004  cerna
0.004  prochazka
0.004  prochazkova
0.004  kucera
0.004  kucerova
0.003  vesely
0.003  vesela
0.003  horak
0.003  horakova
0.003  nemec
0.003  nemcova
0.003  marek
0.003  markova
0.003  pospisil
0.003  pospisilova
0.003  pokorny
0.003  pokorna
0.003  hajek
0.003  hajkova
0.003  kral
0.003  kralova
0.003  jelinek
0.003  jelinkova
0.003  ruzicka
0.003  ruzickova
0.003  benes
0.003  benesova
0.002  fiala
0.002  sedlacek
0.002  dolezal
0.002  zeman
0.002  kolar
0.002  navratil
0.002  cermak
0.002  vanek
0.002  urban
0.002  blazek
0.002  kriz
0.002  kovar
0.002  kratochvil
0.002  bartos
0.002  vlcek
0.002  polak
0.002  musil
0.002  kopecky
0.002  simek
0.002  konecny
0.002  maly
0.002  holub
0.002  cech
0.002  stepanek
0.002  stanek
0.002  kadlec
0.002  dostal
0.002  soukup
0.002  stastny
0.002  mares
0.002  moravec
0.002  sykora
0.002  tichy
0.002  valenta
0.002  vavra
0.002  horvath
0.002  kovac
0.002  varga
0.002  toth
0.002  nagy
0.002  balaz
0.002  molnar
0.002  szabo
"""))
_BLOCKS.append((EU, "m", """
0.04   jiri
0.035  petr
0.03   josef
0.03   pavel
0.02   jaroslav
0.02   tomas
0.02   miroslav
0.02   zdenek
0.02   vaclav
0.02   michal
0.02   frantisek
0.015  karel
0.015  milan
0.015  lukas
0.015  vladimir
0.015  ladislav
0.012  ondrej
0.012  antonin
0.01   vojtech
0.01   filip
0.01   radek
0.01   stanislav
0.01   jozef
0.01   jan
0.008  ales
0.008  jaromir
0.008  libor
0.008  dominik
0.008  patrik
0.008  vlastimil
0.008  jindrich
0.008  milos
0.008  oldrich
0.008  lubomir
0.008  rudolf
0.008  lubos
0.008  bohumil
0.008  ivo
"""))
_BLOCKS.append((EU, "f", """
0.04   jana
0.03   hana
0.02   lenka
0.02   katerina
0.02   vera
0.02   lucie
0.02   alena
0.02   petra
0.015  jaroslava
0.015  veronika
0.015  martina
0.015  ludmila
0.015  jitka
0.015  helena
0.012  zdenka
0.012  marketa
0.012  tereza
0.012  michaela
0.012  zuzana
0.012  ivana
0.012  miroslava
0.012  dagmar
0.01   vlasta
0.01   marcela
"""))

# ---- Hungary (share of Hungarians) ----------------------------------------------------------
_BLOCKS.append((EU, "", """
0.025  nagy
0.02   kovacs
0.02   toth
0.02   szabo
0.018  horvath
0.015  varga
0.014  kiss
0.012  molnar
0.012  nemeth
0.01   farkas
0.01   balogh
0.007  papp
0.006  takacs
0.006  juhasz
0.005  lakatos
0.005  meszaros
0.004  olah
0.004  racz
0.004  fekete
0.004  szilagyi
0.004  torok
0.004  feher
0.004  balazs
0.004  gal
0.004  kis
0.002  szucs
0.002  kocsis
0.002  orsos
0.002  pinter
0.002  fodor
0.002  szalai
0.002  sipos
0.002  magyar
0.002  lukacs
0.002  gulyas
0.002  biro
0.002  kiraly
0.002  laszlo
0.002  katona
0.002  jakab
0.002  bogdan
0.002  balog
0.002  sandor
0.002  boros
0.002  fazekas
0.002  kelemen
0.002  antal
0.002  orosz
0.002  somogyi
0.002  fulop
0.002  veres
0.002  vincze
0.002  hegedus
0.002  deak
0.002  pap
0.002  balint
0.002  illes
0.002  pal
0.002  vass
0.002  fabian
0.002  voros
0.002  lengyel
0.002  bognar
0.002  bodnar
0.002  hajdu
0.002  halasz
0.002  mate
0.002  szekely
0.002  gaspar
0.002  kozma
0.002  orban
"""))
_BLOCKS.append((EU, "m", """
0.04   laszlo
0.04   istvan
0.035  jozsef
0.03   janos
0.03   zoltan
0.025  sandor
0.025  gabor
0.025  ferenc
0.02   attila
0.02   tamas
0.02   zsolt
0.015  tibor
0.015  andras
0.015  csaba
0.015  imre
0.015  lajos
0.015  gyorgy
0.01   balazs
0.01   mihaly
0.01   bela
0.01   karoly
0.01   gyula
0.01   krisztian
0.01   miklos
0.01   norbert
0.01   adam
0.01   daniel
0.01   david
"""))
_BLOCKS.append((EU, "f", """
0.05   maria
0.04   erzsebet
0.03   katalin
0.025  ilona
0.025  eva
0.02   zsuzsanna
0.015  margit
0.015  judit
0.015  agnes
0.015  erika
0.015  krisztina
0.01   ibolya
0.01   aniko
0.01   edit
0.01   gabriella
0.01   julianna
0.01   szilvia
0.01   timea
"""))

# ---- Romania and Moldova (share of Romanians) ------------------------------------------------
_BLOCKS.append((EU, "", """
0.01   popescu
0.008  popa
0.008  pop
0.004  radu
0.004  ionescu
0.004  dumitru
0.004  stoica
0.004  stan
0.005  gheorghe
0.003  matei
0.003  ciobanu
0.004  rusu
0.004  munteanu
0.003  ionita
0.004  constantin
0.003  marin
0.003  dinu
0.003  tudor
0.003  lazar
0.003  moldovan
0.003  nistor
0.003  florea
0.003  dobre
0.003  barbu
0.004  mihai
0.003  toma
0.003  sima
0.003  ene
0.003  ilie
0.003  neagu
0.003  vasile
0.003  preda
0.003  oprea
0.003  dragomir
0.003  niculae
0.003  enache
0.003  cojocaru
0.003  ursu
0.003  mocanu
0.003  voicu
0.003  stanciu
0.003  anghel
0.003  lungu
0.003  zaharia
0.003  bogdan
0.003  cristea
0.003  ardelean
0.003  serban
0.003  sandu
"""))
_BLOCKS.append((EU, "m", """
0.04   ion
0.03   gheorghe
0.025  vasile
0.025  constantin
0.02   nicolae
0.02   ioan
0.02   mihai
0.015  dumitru
0.015  alexandru
0.01   andrei
0.01   florin
0.01   adrian
0.01   marian
0.01   cristian
0.01   ionut
0.01   marius
0.01   stefan
0.01   petru
0.01   dan
0.01   cornel
0.01   costel
0.01   ilie
0.01   viorel
0.01   valentin
0.01   catalin
0.01   bogdan
0.01   sorin
0.01   ovidiu
0.01   lucian
"""))
_BLOCKS.append((EU, "f", """
0.03   elena
0.02   ioana
0.02   mihaela
0.015  andreea
0.015  cristina
0.015  daniela
0.015  gabriela
0.01   georgeta
0.01   florica
0.01   mariana
0.01   vasilica
0.01   rodica
0.01   doina
0.01   aurelia
0.01   alina
0.01   ionela
0.01   nicoleta
0.01   luminita
0.01   simona
0.01   carmen
"""))

# ---- Greece and Cyprus (share of Greeks; women's surnames in the genitive listed apart) ------
_BLOCKS.append((EU, "", """
0.005  papadopoulos
0.005  papadopoulou
0.004  georgiou
0.004  ioannou
0.003  nikolaou
0.003  dimitriou
0.003  papadakis
0.003  pappas
0.003  oikonomou economou
0.003  vasileiou vasiliou
0.003  konstantinou
0.003  christodoulou
0.003  georgiadis
0.003  papanikolaou
0.003  antoniou
0.003  athanasiou
0.003  makris
0.003  alexiou
0.003  pavlou
0.003  karagiannis
0.003  papageorgiou
0.003  christou
0.003  michail
0.003  panagiotou
0.003  angelopoulos
0.003  nikolaidis
0.003  papadimitriou
0.003  konstantinidis
0.003  vlachos
0.003  dimopoulos
0.003  kyriakou
0.003  theodorou
0.003  charalambous
0.003  stylianou
0.003  andreou
0.003  savva
0.003  petrou
0.003  demetriou
0.003  loizou
0.003  hadjigeorgiou
0.003  papas
0.003  sotiriou
"""))
_BLOCKS.append((EU, "m", """
0.06   georgios giorgos
0.06   ioannis giannis yannis
0.05   konstantinos kostas
0.05   dimitrios dimitris
0.04   nikolaos nikos
0.03   panagiotis
0.03   vasileios vasilis
0.025  christos
0.02   athanasios thanasis
0.015  michail
0.015  evangelos
0.01   spyridon spyros
0.01   antonios
0.01   anastasios
0.01   theodoros
0.01   andreas
0.008  charalampos charalambos
0.008  stavros
0.008  emmanouil manolis
0.008  ilias
0.006  petros
0.006  sotirios
0.006  apostolos
0.006  stylianos
0.006  alexandros
0.006  stefanos
0.006  pavlos
0.006  kyriakos
0.006  savvas
"""))
_BLOCKS.append((EU, "f", """
0.04   eleni
0.03   aikaterini katerina
0.025  vasiliki
0.015  sofia
0.015  angeliki
0.015  georgia
0.015  dimitra
0.012  konstantina
0.012  paraskevi
0.01   christina
0.01   ioanna
0.01   panagiota
0.01   evangelia
0.012  eirini irini
0.008  athanasia
0.008  despoina
0.008  kyriaki
0.008  androulla
"""))

# ---- Former Yugoslavia and Bulgaria (share of Serbs, Croats, Bosnians, Slovenes, Macedonians,
# Bulgarians; -ić is folded to -ic, đ to d or dj) ---------------------------------------------
_BLOCKS.append((EU, "", """
0.012  jovanovic | јовановић јованович
0.01   petrovic | петровић петрович
0.009  nikolic | николић николич
0.008  markovic | марковић маркович
0.007  djordjevic dordevic | ђорђевић
0.006  stojanovic | стојановић
0.006  ilic | илић
0.005  stankovic | станковић
0.005  pavlovic | павловић
0.005  milosevic | милошевић
0.005  popovic | поповић
0.005  kovacevic | ковачевић
0.005  todorovic | тодоровић
0.005  djuric duric | ђурић
0.005  zivkovic | живковић
0.005  lazic | лазић
0.004  ristic | ристић
0.004  milovanovic | миловановић
0.004  marinkovic | маринковић
0.004  knezevic | кнежевић
0.004  vukovic | вуковић
0.004  tomic | томић
0.004  mitrovic | митровић
0.004  radovanovic | радовановић
0.004  simic | симић
0.004  stefanovic | стефановић
0.004  milic | милић
0.004  savic | савић
0.004  obradovic | обрадовић
0.004  kostic | костић
0.004  pesic | пешић
0.01   horvat
0.006  kovacic
0.006  babic
0.005  maric
0.005  juric
0.008  novak
0.004  vukovic
0.004  matic
0.004  bozic
0.004  blazevic
0.004  grgic
0.004  pavic
0.004  radic
0.004  peric
0.004  kralj
0.004  kranjc
0.004  zupancic
0.004  krajnc
0.005  hodzic
0.004  hadzic
0.004  delic
0.004  begic
0.004  mehmedovic
0.003  salihovic
0.004  hasanovic
0.003  husic
0.003  ahmetovic
0.003  osmanovic
0.003  alic
0.003  omerovic
0.003  suljic
0.003  mujic
0.003  ibrahimovic
0.003  halilovic
0.003  karic
0.003  causevic
0.003  becirovic
0.003  mujkic
0.005  ivanov | иванов
0.005  georgiev | георгиев +a
0.005  dimitrov | димитров +a
0.004  petrov
0.004  nikolov | николов +a
0.004  hristov | христов +a
0.004  stoyanov | стоянов +a
0.004  todorov | тодоров +a
0.004  iliev | илиев +a
0.004  angelov | ангелов +a
0.004  atanasov | атанасов +a
0.003  kolev | колев +a
0.003  petkov | петков +a
0.003  yordanov | йорданов +a
"""))
_BLOCKS.append((EU, "m", """
0.015  milan | милан
0.015  dragan | драган
0.015  zoran | зоран
0.012  nenad | ненад
0.012  goran | горан
0.012  marko | марко
0.012  nikola | никола
0.012  stefan | стефан
0.012  aleksandar | александар
0.012  dejan | дејан
0.01   milos | милош
0.01   jovan | јован
0.01   dusan | душан
0.01   predrag | предраг
0.01   slobodan | слободан
0.01   branko | бранко
0.01   zeljko | жељко
0.01   srdjan srdan | срђан
0.01   ivan
0.01   ivica
0.01   tomislav
0.01   josip
0.01   ante
0.01   mladen
0.01   darko
0.01   emir
0.01   adnan
0.01   edin
0.01   senad
0.01   mirza
0.01   almir
0.01   elvir
0.01   nermin
0.01   suad
0.01   mehmed
0.01   alija
0.01   ismet
0.01   enver
0.01   safet
0.01   sead
0.01   muhamed
0.01   kenan
0.01   georgi | георги
0.01   dimitar | димитър
0.01   hristo | христо
0.01   stoyan | стоян
0.01   todor | тодор
"""))
_BLOCKS.append((EU, "f", """
0.012  amra
0.012  emina
0.012  lejla
0.012  selma
0.012  amela
0.012  aida
0.012  azra
0.012  jasmina
0.012  senada
0.012  sabina
0.012  alma
0.012  merima
0.012  ajla
0.012  edina
0.012  elma
0.012  snezana | снежана
0.012  dragana | драгана
0.012  jelena | јелена
0.012  milica | милица
0.012  vesna | весна
0.012  ivana
0.012  marija | марија
0.012  ljiljana | љиљана
0.012  biljana | биљана
0.012  gordana | гордана
0.012  mirjana | мирјана
"""))

# ---- Albania and Kosovo (share of Albanians) ---------------------------------------------------
_BLOCKS.append((EU, "", """
0.02   krasniqi
0.015  gashi
0.01   hoxha
0.01   berisha
0.008  shehu
0.008  morina
0.008  hasani
0.006  hoti
0.006  shala
0.006  bytyqi
0.006  kastrati
0.006  rexhepi
0.006  ahmeti
0.006  ismaili
0.006  sylejmani
0.006  halili
0.006  leka
0.006  dervishi
0.006  kola
0.006  gjoka
0.006  marku
0.006  prifti
0.006  cela
0.006  lika
0.006  hysa
0.006  demiri
0.006  xhafa
0.006  zeqiri
0.006  aliu
0.006  osmani
0.006  bajrami
0.006  kurti
0.006  salihu
0.006  musliu
0.006  idrizi
0.006  beqiri
0.006  rama
0.006  basha
"""))
_BLOCKS.append((EU, "m", """
0.008  arben
0.008  besnik
0.008  agron
0.008  driton
0.008  fatmir
0.008  gent
0.008  ilir
0.008  skender
0.008  bujar
0.008  valon
0.008  ardit
0.008  arjan
0.008  artan
0.008  flamur
0.008  genc
0.008  dritan
0.008  edmond
0.008  ylli
0.008  bekim
0.008  agim
0.008  blerim
0.008  burim
0.008  fatos
0.008  gezim
0.008  kujtim
0.008  lulzim
0.008  mentor
0.008  naim
0.008  avni
"""))
_BLOCKS.append((EU, "f", """
0.008  albana
0.008  arta
0.008  blerta
0.008  drita
0.008  elona
0.008  flutura
0.008  jehona
0.008  lindita
0.008  mimoza
0.008  teuta
0.008  valbona
0.008  vjosa
0.008  zana
0.008  mirela
0.008  anila
0.008  besa
"""))

# ---- Israel and the Jewish diaspora (share of Israeli Jews) -----------------------------------
_BLOCKS.append((EU, "", """
0.01   cohen kohen
0.01   levi levy
0.005  mizrahi mizrachi
0.004  peretz perez
0.004  biton
0.004  dahan
0.004  avraham
0.004  friedman
0.003  azoulay azulay
0.003  malka
0.004  katz
0.003  yosef
0.003  amar
0.003  ohana
0.003  hadad
0.003  gabay gabai
0.003  shapira
0.003  goldstein
0.003  rosenberg
0.003  weiss
0.003  schwartz
0.003  levin
0.003  goldberg
0.003  greenberg
0.003  rosen
0.003  klein
0.003  kaplan
0.003  segal
0.003  shalom
0.003  elbaz
0.003  vaknin
0.003  ashkenazi
0.003  sasson
"""))
_BLOCKS.append((EU, "m", """
0.02   moshe
0.02   yosef yossef
0.015  avraham
0.015  yaakov yaacov
0.015  yitzhak itzhak
0.012  shlomo
0.012  eliyahu
0.012  haim chaim
0.012  shmuel
0.01   meir
0.01   yehuda
0.01   aharon
0.01   menachem
0.01   israel
0.008  avi
0.008  yossi
0.008  eli
0.008  amit
0.008  omer
0.008  noam
0.008  itai
0.008  yonatan
0.008  ariel
0.008  uri
0.008  ori
0.008  tal
0.008  guy
0.008  ron
0.008  gal
0.008  dror
0.008  eyal
0.008  oren
0.008  ofer
0.008  ronen
0.008  yoav
0.008  nir
0.008  roi
0.008  ido
0.008  erez
0.008  shai
0.008  asher
0.008  baruch
0.008  zvi tzvi
0.008  dov
0.008  mordechai
0.008  binyamin
"""))
_BLOCKS.append((EU, "f", """
0.015  rachel
0.01   miriam
0.01   esther
0.01   rivka
0.01   leah
0.01   yael
0.01   noa
0.01   tamar
0.01   michal
0.01   shira
0.008  ayelet
0.008  orly
0.008  galit
0.008  limor
0.008  sigal
0.008  keren
0.008  efrat
0.008  anat
0.008  dalia
0.008  naomi
0.008  osnat
0.008  ronit
0.008  hila
0.008  inbal
0.008  adi
0.008  liat
0.008  merav
0.008  sivan
0.008  tali
0.008  yifat
0.008  orit
0.008  einat
0.008  hagit
0.008  batya
0.008  chaya
0.008  shoshana
"""))

# ---- Africa: Hausa and northern Nigeria, Niger (share of people in the north; chain names) ----
_BLOCKS.append((AFR, "m", """
0.02   garba
0.015  lawal lawan
0.01   haruna
0.01   shehu
0.01   isa
0.01   yakubu
0.008  ismaila
0.01   idris
0.008  hussaini
0.01   mustapha
0.008  nuhu
0.008  salisu
0.01   bashir
0.008  jibrin jibril
0.006  tijani
0.006  auwal
0.008  kabiru
0.006  nasiru
0.006  rabiu
0.006  abba
0.006  umaru
0.006  dauda
0.005  zakari
0.008  usman
0.008  yusuf
0.008  umar
0.006  aminu
0.006  sadiq
0.003  buhari
0.006  danladi
0.006  danjuma
0.006  mamman
0.006  habibu
0.006  murtala
0.006  sule
0.006  bala
0.006  tanko
0.006  ado
0.006  hamisu
0.005  mahmud
0.01   alhaji
0.006  mallam malam
"""))
_BLOCKS.append((AFR, "f", """
0.02   aishatu aisha
0.02   fatima fati
0.015  hauwa
0.012  halima
0.01   hadiza
0.015  amina
0.008  hafsat
0.008  binta
0.006  rakiya
0.006  hajara
0.006  asmau
0.006  safiya
0.005  maimuna
0.005  rahama
0.005  zuwaira
0.005  balaraba
0.005  jummai
0.005  ladi
0.005  hadiza
0.01   hajiya
"""))

# ---- Africa: Yoruba, Igbo and southern Nigeria, Ghana (share of people in the region) --------
_BLOCKS.append((AFR, "", """
0.005  adebayo
0.005  adeyemi
0.003  ogunleye
0.003  olawale
0.004  adewale
0.003  akinola
0.004  afolabi
0.005  babatunde
0.003  olumide
0.004  oluwaseun
0.004  olusegun
0.004  ayodele
0.004  abiodun
0.003  bamidele
0.004  temitope
0.008  kehinde
0.008  taiwo
0.004  idowu
0.004  balogun
0.003  adeleke
0.004  adekunle
0.006  ojo
0.003  akande
0.005  ajayi
0.004  okonkwo
0.006  okafor
0.006  okeke
0.004  nwosu
0.008  eze
0.004  obi
0.005  okoro
0.005  chukwu
0.004  nwachukwu
0.003  ogbonna
0.004  okoye
0.003  anyanwu
0.004  uche
0.004  chinedu
0.004  chukwuemeka
0.005  emeka
0.004  ikechukwu
0.004  obinna
0.003  nnamdi
0.003  uchenna
0.003  chidi
0.003  kelechi
0.004  oyewole
0.004  ogunbiyi
0.004  adeniyi
0.004  olaniyan
0.004  alade
0.004  oladipo
0.004  akinyemi
0.004  oyebanji
0.004  adeoye
0.004  ibrahim
0.004  okon
0.004  effiong
0.004  bassey
0.004  etim
0.004  edet
0.02   mensah
0.01   boateng
0.012  owusu
0.008  asante
0.012  osei
0.008  appiah
0.006  agyei
0.006  amoah
0.006  addo
0.006  acheampong
0.006  adjei
0.006  ofori
0.006  darko
0.006  amponsah
0.006  frimpong
0.006  quaye
0.006  tetteh
0.006  annan
0.006  arthur
0.02   kwame
0.02   kwaku
0.02   kofi
0.02   kwasi kwesi
0.02   yaw
0.015  kwabena
0.01   kojo
0.015  akosua
0.015  ama
0.015  abena
0.015  akua
0.015  adwoa
0.015  afua
0.015  yaa
0.01   esi
0.01   efua
"""))
_BLOCKS.append((AFR, "f", """
0.004  ngozi
0.004  chioma
0.003  chinwe
0.003  nkechi
0.003  ifeoma
0.003  amaka
0.003  funmilayo
0.003  folake
0.004  yetunde
0.003  bukola
0.004  blessing
0.004  precious
0.004  mercy
0.004  comfort
0.004  patience
0.004  gift
0.004  joy
"""))

# ---- Africa: Somalia, Djibouti, Somali Ethiopia and Kenya (share of Somalis; chain names) -----
_BLOCKS.append((AFR, "m", """
0.02   abdirahman
0.01   abdulkadir
0.008  abdirashid
0.008  abdiaziz
0.006  abdisalam
0.005  abdiwali
0.006  abdinasir
0.008  abdikarim
0.005  abdiqani
0.006  abdirizak abdirisak
0.005  abdifatah
0.005  abdihakim
0.005  abdiweli
0.005  abdulahi abdillahi
0.02   farah
0.015  jama
0.02   nur
0.015  aden adan
0.005  hirsi
0.008  dahir
0.004  egal
0.008  elmi
0.02   mohamud mahamud
0.01   muse
0.006  guled
0.006  hersi
0.006  samatar
0.006  shire
0.005  gedi
0.005  duale
0.005  abdille
0.004  awale
0.006  barre
0.005  bile
0.004  dirie
0.004  kahin
0.005  khalif
0.005  mire
0.006  roble
0.004  ugas
0.004  gure
0.006  hashi
0.006  salad
0.004  sugule
0.006  warsame
0.006  omar
0.006  abdi
0.006  osman cusmaan
0.006  hassan xasan
0.005  ahmed axmed
0.005  yusuf
0.005  ismail
0.005  ibrahim
0.005  hussein
0.005  ali cali
0.005  abdullahi cabdullahi
0.005  abdi cabdi
0.005  mohamed maxamed
0.005  mohamud maxamuud
0.005  said siciid
"""))
_BLOCKS.append((AFR, "f", """
0.02   fadumo faadumo
0.01   halimo
0.008  hodan
0.015  asha
0.01   maryan
0.01   sahra
0.01   hawa
0.005  ifrah
0.006  nimco
0.005  sagal
0.005  ayan
0.005  ubah
0.006  fartun
0.006  deeqa
0.005  nasra
0.005  hibo
0.006  shukri
0.005  saida
0.006  zamzam
0.005  ruqia
0.005  sahro
0.005  ladan
0.005  idil
0.005  khadra
"""))

# ---- Africa: Kenya, Tanzania, Uganda, Swahili coast (share of people in the country) -------
_BLOCKS.append((AFR, "", """
0.02   juma
0.01   hamisi
0.01   ramadhani
0.01   omari
0.006  salimu
0.006  hassani
0.006  athumani
0.006  shabani
0.006  rashidi
0.006  bakari
0.006  ally
0.006  issa
0.006  mussa
0.006  saidi
0.006  hamadi
0.006  mwinyi
0.006  seif
0.01   odhiambo
0.01   onyango
0.01   omondi
0.006  owino
0.006  okoth
0.008  ouma
0.008  wanjiru
0.008  wanjiku
0.008  njoroge
0.008  kariuki
0.008  kimani
0.01   maina
0.008  mutua
0.008  kiprop
0.005  kiplagat
0.006  kiprono
0.008  kibet
0.006  cheruiyot
0.008  chebet
0.006  chepkoech
0.005  wafula
0.005  wekesa
0.005  barasa
0.008  achieng
0.008  akinyi
0.008  atieno
0.008  adhiambo
0.006  njeri
0.006  wambui
0.006  wairimu
0.006  muthoni
0.006  nyambura
0.006  mwangi
0.006  kamau
0.006  kipchumba
0.006  koech
0.006  langat
0.006  rotich
0.006  mutai
0.006  korir
0.006  kiptoo
0.006  musyoka
0.006  muli
0.006  kilonzo
0.006  mwenda
0.006  gitau
0.006  ndungu
0.006  waweru
0.006  macharia
0.006  githinji
0.006  wambua
0.006  nyaga
0.003  mwakyusa
0.003  msuya
0.003  mushi
0.003  massawe
0.003  kimaro
0.003  mrema
0.003  lyimo
0.003  shirima
0.003  swai
0.003  mwita
0.003  magesa
0.003  mtui
0.003  kileo
0.003  okello
0.003  opio
0.003  ocen
0.003  odongo
0.003  mugisha
0.003  tumusiime
0.003  byaruhanga
0.003  kato
0.003  nakato
0.003  babirye
0.003  nalubega
0.003  namubiru
0.003  ssempala
0.003  mukasa
0.003  kizza
0.003  wasswa
0.003  ssali
"""))

# ---- Africa: Ethiopia and Eritrea (share of Ethiopians / Eritreans; chain names) ------------
_BLOCKS.append((AFR, "", """
0.01   getachew
0.012  kebede
0.012  tadesse
0.008  mulugeta
0.012  abebe
0.008  desta
0.01   hailu
0.01   mekonnen
0.01   wolde welde
0.008  tesfay
0.02   gebre gebra
0.006  gebremariam
0.006  gebremichael gebremikael
0.004  gebreyesus
0.004  gebrehiwot
0.004  gebremedhin
0.004  gebreegziabher
0.006  tekle
0.008  berhane berhe
0.006  kidane
0.006  tsegaye
0.01   yohannes
0.008  dawit
0.008  solomon
0.004  tesfamariam
0.004  woldemariam
0.006  mengistu
0.006  asfaw
0.008  assefa
0.006  ayele
0.006  demissie
0.005  negash
0.006  tefera
0.006  worku
0.005  yilma
0.005  zewdu
0.008  alemayehu
0.005  mesfin
0.006  tilahun
0.005  shiferaw
0.005  legesse
0.004  mamo
0.006  lemma
0.005  taye
0.006  gebru
0.006  tekle
0.006  amanuel
0.006  habte
0.006  ghebremedhin
0.006  haileselassie
0.006  kahsay
0.006  kiros
0.006  abraha
0.006  teklay
0.006  haftom
0.006  negasi
0.01   tigist
0.008  meseret
0.008  almaz
0.006  hirut
0.006  selam
0.008  aster
0.006  genet
0.006  senait
0.006  saba
0.006  mekdes
0.006  yeshi
0.006  tirunesh
0.006  abeba
0.006  etenesh
0.006  hiwot
0.006  meron
0.006  mulu
0.006  alem
0.006  lemlem
0.006  tsehay
"""))

# ---- Africa: Sahel and West Africa, francophone spellings (share of people in the country;
# Burkina Faso, Mali, Senegal, Guinea, Niger, Chad, Mauritania, Côte d'Ivoire) -------------------
_BLOCKS.append((AFR, "", """
0.04   ouedraogo
0.03   sawadogo
0.02   kabore
0.01   compaore
0.01   zongo
0.015  bah
0.01   barry
0.008  balde
0.008  sylla
0.008  sidibe
0.008  sangare
0.006  sissoko
0.008  doumbia
0.012  diarra
0.01   dembele
0.006  kante
0.008  konate
0.01   ouattara
0.008  sanogo
0.012  fall
0.015  gueye
0.012  faye
0.008  seck
0.01   sarr
0.008  mbaye
0.008  thiam
0.008  diouf
0.008  sy
0.008  niang
0.008  kane
0.008  sall
0.006  diagne
0.005  ly
0.006  wade
0.006  sene
0.006  ndoye
0.006  tall
0.006  dieng
0.006  samake
0.006  sacko
0.006  dicko
0.015  maiga
0.006  haidara
0.006  djibo
0.008  issoufou
0.006  diakite
0.006  fofana
0.006  kamara
0.006  conde
0.006  soumah
0.006  bangoura
0.006  kourouma
0.006  dia
0.006  tounkara
0.006  yattara
0.006  coulibali
0.006  kouyate
0.006  diabate
0.006  kone
0.006  yao
0.006  kouame kouassi
0.006  konan
0.006  nguessan
0.006  kouadio
0.006  bamba
0.006  ouattara
"""))
_BLOCKS.append((AFR, "m", """
0.02   mahamat
0.015  mahamadou
0.015  adama
0.01   bakary
0.01   lamine
0.005  modibo
0.01   sekou
0.005  sidiki
0.01   seydou
0.008  oumarou
0.008  djibril
0.008  alassane
0.008  aliou
0.006  alpha
0.008  thierno
0.006  saliou
0.005  malick
0.008  babacar
0.01   modou
0.008  pape
0.006  ousseynou
0.006  assane
0.008  idrissa
0.008  yacouba
0.006  drissa
0.01   abdoul
0.01   abdou
0.008  moussa
0.008  hamidou
0.008  boubacar
0.008  souleymane
0.008  abakar
0.006  adoum
0.006  hissein
0.01   idriss
0.006  ahmat
0.006  hamadou
0.006  issa
0.006  mamadi
0.006  fode
0.006  mory
"""))
_BLOCKS.append((AFR, "f", """
0.02   mariam
0.012  aissata aissatou
0.015  awa
0.01   kadiatou
0.01   oumou
0.01   hawa
0.01   djeneba
0.006  assitan
0.008  rokia
0.006  ramata
0.006  salimata
0.006  kadidia
0.005  safiatou
0.015  ndeye
0.008  khady
0.008  coumba
0.008  astou
0.008  mame
0.005  adja
0.005  sokhna
0.005  dieynaba
0.012  mariama
0.008  fanta
0.005  nafissatou
0.005  ramatoulaye
0.006  maimouna
0.006  fatou
0.006  aminatou
0.006  hadja
"""))

# ---- Africa: Sudan and South Sudan (share of Sudanese; chain names) -------------------------
_BLOCKS.append((AFR, "m", """
0.015  adam
0.01   omer
0.006  eltayeb
0.006  abdalla
0.006  osman
0.006  musa
0.006  yagoub
0.006  ishag
0.006  hamid
0.006  babiker
0.006  elsadig
0.006  abdelrahim
0.006  mohamedain
0.006  hamdan
0.006  deng
0.006  garang
0.006  majok
0.006  akol
0.006  mabior
0.006  kuol
0.006  chol
0.006  lual
0.006  bol
0.006  mayen
"""))

# ---- Africa: southern and central Africa (share of people in the country) --------------------
_BLOCKS.append((AFR, "", """
0.01   khumalo
0.008  mokoena
0.008  mahlangu
0.008  sithole
0.008  zulu
0.006  mthembu
0.005  buthelezi
0.006  ngcobo
0.008  mkhize
0.005  zungu
0.005  shabalala
0.005  cele
0.005  ntuli
0.006  molefe
0.005  mabaso
0.005  ngubane
0.005  hlongwane
0.006  maseko
0.005  nkomo
0.02   moyo
0.015  ncube
0.015  sibanda
0.015  dube
0.008  mpofu
0.008  nyoni
0.03   banda
0.03   phiri
0.01   mwale
0.01   tembo
0.008  mbewe
0.006  daka
0.01   lungu
0.01   chanda
0.01   mulenga
0.008  bwalya
0.006  mumba
0.006  musonda
0.006  kabwe
0.006  mutale
0.006  nyirenda
0.006  chirwa
0.006  gondwe
0.006  kamanga
0.006  mhango
0.006  chikwanha
0.006  chimombe
0.006  mutasa
0.006  gumbo
0.006  shumba
0.006  marufu
0.006  chikowore
0.006  chigumba
0.006  nyathi
0.006  mazibuko
0.006  radebe
0.006  van
0.006  botha
0.006  pretorius
0.006  nel
0.006  smit
0.006  venter
0.006  fourie
0.006  coetzee
0.006  du
0.006  plessis
0.006  merwe
0.006  mokwena
0.006  nkuna
0.006  baloyi
0.006  maluleke
0.006  ndlela
0.01   ilunga
0.008  kabongo
0.006  kalala
0.005  mutombo
0.006  tshibangu
0.008  kasongo
0.006  mukendi
0.008  ngoy ngoie
0.006  mwamba
0.006  banza
0.006  lukusa
0.006  kanku
0.006  nzuzi
0.006  nsimba
0.006  makiese
0.006  kabamba
0.006  tshimanga
0.006  mbuyi
0.006  mbala
0.006  mpia
0.01   habimana
0.01   uwimana
0.008  hakizimana
0.008  bizimana
0.008  niyonzima
0.008  nshimiyimana
0.008  ndayishimiye
0.008  niyonsaba
0.008  nizeyimana
0.008  mukamana
0.008  ndayisenga
0.008  uwase
0.008  mukeshimana
0.008  iradukunda
0.008  ishimwe
0.008  nsengiyumva
0.008  munyaneza
0.008  twagirimana
0.008  ntakirutimana
0.008  nzeyimana
"""))
_BLOCKS.append((AFR, "m", """
0.008  sipho
0.008  thabo
0.008  themba
0.008  bongani
0.008  sibusiso
0.008  mandla
0.008  tendai
0.008  tafadzwa
0.008  tatenda
0.008  lovemore
0.008  tinashe
0.008  farai
0.008  kudakwashe
0.008  takudzwa
0.008  jean
0.008  pierre
0.008  emmanuel
0.008  innocent
0.008  patrick
0.008  joseph
"""))
_BLOCKS.append((AFR, "f", """
0.008  nomvula
0.008  thandiwe
0.008  nokuthula
0.008  zanele
0.008  lindiwe
0.008  nomsa
0.008  busisiwe
0.008  thandeka
0.008  ruvimbo
0.008  rutendo
0.008  chipo
0.008  nyasha
0.008  tsitsi
0.008  yeukai
"""))


_EXTENSION = [row for region, sex, text in _BLOCKS for row in _parse_block(region, sex, text)]

NAME_FREQ = [
    {
        "region": region,
        "sex": sex,
        "freq": freq,
        "latin": latin.split(),
        "native": native.split(),
        # Part 1 pairs are curated spellings for ar_latin.tsv; part 2 feeds name_freq.tsv only.
        "ar_latin": part == 1,
    }
    for part, entries in ((1, _ENTRIES), (2, _EXTENSION))
    for region, sex, freq, latin, native in entries
]
