"""The hard-news battery (tests/battery.py): invented press sentences, one construction each, crossed with names of
every shape and titles of every kind. Floors: overall, and for every frame, shape of name and title.

The third word set was written after the first two were fixed and scored 0.858 on its first run; the fourth was
written in the next session, after the third was fixed, and scored 0.862 on its first run (titles that open with a
body glued to the name, 県|議会議長, 学|部長; 広報担当; katakana titles glued to a name; a katakana given name that
UniDic splits, ミン|ジュ; one-kanji names before a ministry's title). The fifth, written after the fourth was fixed,
scored 0.841 on its first run (given names UniDic reads as one-kanji words of other kinds: 颯|真, 心|愛; 研究科長,
弁護人); the sixth scored 0.900 (ゼネラルマネジャー, 警視総監, a given name read as a common noun: 藤田|蒼空). The
seventh, written in the session after, scored 0.971 on its first run (a body kanji read as the title's before a field
it does not open, 徳永学|官房副長官; a given name of a kanji UniDic lacks and one it reads as a suffix, 琉|生; a katakana
field before 相 after a katakana name, デジタル|相); the eighth, written next, 0.923 (a one-kanji given name UniDic reads
as a common noun, 岩田|煌; GM; a given name ending in a body's kanji before 議, 渡邊|浩市|議; a surname after a title and
a dot, コーチ・野口|心|結); the ninth 0.953 (a numbered department in a title, 捜査|1|課長; a ministry's field before
報道官 after a name, 仙台勇|外務|報道官; 正|人 and 柚|葉 as given names); the tenth 0.927 (a surname UniDic reads as an
adverb, 大分|賢治; a one-kana katakana surname, ミンホ・イ; a kanji read as a prefix before a compound title, 平野律|希|
客員教授). All are now held to the floors of the first two. The eleventh, written in the session after, scored 0.935
on its first run (a given name UniDic reads as a common noun and a prefix before a title, 岩崎|煌|大|財務相; a given
name it reads as a proper noun of no kind after a place-name surname, 熊本|正和; a numeral that ends a given name before
a counter, 德永裕|二|町長); it is held a little lower, for what is left is where the dictionary joins the name's last
kanji to the title (岩崎煌|大会|長), reads the whole name as one word (関学, an abbreviation), or a name and a title
read as a town's office (千葉|真|一|町長; now read). The twelfth, written blind two sessions on, after the titles of
news found on unlabelled hard news were added, scored 1.000 on its first run and is held to the floors of the first.
The thirteenth, written blind in the session after, scored 0.889 on its first run: titles the tables lacked (監査役,
主審, 助監督, a prefecture's 府知事 whose 府 UniDic glued to the given name) and a one-kanji surname UniDic reads as a
place (堺|岳|教育長) before a compound title opening with a field word the tables lacked (教育, 選挙対策, 統合幕僚).
The fourteenth, written blind once the thirteenth was fixed, scored 0.954 on its first run: a place-name surname
before a given name UniDic reads as two one-kanji names (山梨|蒼|真), fields of compound titles (支店, 工場, 守備,
駐日, 強化…), a body that opens an assembly's title after one-kanji parts (港|陸|町|議会|議長), バッテリーコーチ.
What is left: UniDic joins a given name's last kanji and the body of the title into one name (小松|心|春町|議会|議長).
The fifteenth, written blind in session 11, scored 0.840 on its first run: ゴールキーパー and the other positions of
football, a one-kanji surname and given name UniDic reads as suffixes (舘|光), a given name it reads as a suffix before
a compound title (片岡|樹|副会長), a one-kanji surname read as a common noun before a one-kanji given name (桐|渉). Now
0.930, held lower: what is left is where UniDic reads a place name across the surname and the given name (秋|山陽|斗,
畑|碧海|上保安庁) or the given name and the title (片岡|樹海|上保安庁). Session 13 reads a name across its parts when
its first two or three kanji alone are a surname (秋山|陽斗): 0.975 (rare given name 0.648 -> 0.944); then a given
name read as a suffix or one-kanji parts read as suffixes before a long compound title (片岡|樹|経理部長,
舘|光|海上保安庁長官) and 党副 as a body's field: 0.993; left: a given name UniDic glues to the title
(片岡|樹海|上保安庁).
The sixteenth, written blind at the start of session 12, scored 0.917 on its first run: a given name whose last kanji
UniDic reads as an auxiliary verb (大川|朔|也: なり), a one-kanji surname and given name before a compound title whose
field the tables lacked (峯|凪|国税|庁|長官, 萩|司|人事|部|長), a fielding position UniDic splits (遊撃|手), and a name
with that position before an age read as one name. Now 1.000, held to the floors of the first.
Ten frames were added blind in the same session (a topic before the name, 取材に対し, 述べた上で, the quote before
と X が述べた, Xの「…」との発言, a source close to X, a post on X, 指摘。「…」と述べた, a quote two sentences on); over
the sixteen word sets they scored 0.900 to 0.972 on their first run, all of it one frame: Y氏は、Xが「…」と述べたことに
ついて「…」と批判した gave Y's words to X (0.50). A clause made a noun by こと or の may now quote words of its own.
The seventeenth set, written blind after that, scored 0.904 on its first run (over the 31 frames): a given name with a
kanji UniDic lacks, which MeCab glues to the honorific or title after it (石黒颯|汰氏, 颯|汰副首相), and two titles the
tables lacked (内閣危機管理監, 力士). Now 0.997; what is left is a given name UniDic reads with the title into one word
(邊田|智力|士), held to 0.94 per frame, shape and title. Session 13 reads that one (邊田智, 力士): 1.000, floor 0.98.
The eighteenth set, written blind in session 13 after that session's changes to the name stage, scored 0.993 on its
first run: a given name UniDic reads as a common noun before a title head of one word the suffix table lacks
(長谷川|蒼空|会頭) or of two words (遊撃|手), a given name whose last kanji UniDic reads into the field that opens the
title (宇都宮|隆広|報部長), a one-kanji surname read as a prefix after a verb (語る|原|奏監督). Now 1.000.
The nineteenth set, written blind in session 14, scored 0.981 on its first run (rare given names 0.910): given names
UniDic reads together with the title glued after them (堤|聖会|長|兼|CEO, 神戸|孝助|教, 野村|煌|大町|議会|副|議長,
宮本|琉|生|親方), now read again from the title tables (MentionFinder._glued_title). Now 1.000.
The twentieth set, written blind in session 15, scored 0.944 on its first run (katakana names 0.704): a foreign given
name that is also the clipped アナ (アナ・ペレス lost the given name as a job before the dot), a surname UniDic reads as a
common noun after の with a given name read as an adverb and a symbol (総裁の桑原|颯|真氏), and 共同代表 after one-kanji
parts (南|凛|共同|代表). Now 1.000. The same session lifted the fifteenth (海上 a field: 片岡|樹海|上保安庁長官; と語る|舘
read as a suffix of the verb): 0.993 -> 0.998, each frame, shape and title at least 0.969.
Session 16 added twelve frames written blind (53 frames): over the twenty word sets they scored 0.977 to 0.984 on
their first run, one frame at 0.000 in every set (「…」――。X は…、こう訴えた: a dash between the words and 。) and one
name (菊地|心|愛知|事: a given name's last kanji and the title's first read as a place). Now 0.994 to 1.000. The
twenty-first set, written blind in the same session, scored 0.993 on its first run (学部長 0.936: 松本|孝学|部長 and
ソヨン・パク|学|部長, the title's first kanji read into the given name); now 0.996. What is left is a place-name surname
before a given name UniDic reads as a common noun and a title (長崎|知恵|市議), where the words may as well be a body's
role: place-name surnames 0.969.
Session 17 added twelve frames written blind (65 frames): over the twenty-one word sets they scored 0.933 on their
first run, one frame at 0.000 in every set (「…」。X は19日の会見で語気を強めた: words that make a sentence of their
own, then a sentence whose subject is at an occasion for speaking, with no cue after the words), the rest 0.998 to
1.000 (the names left above). Now 0.999 over the twelve. The twenty-second word set, written blind in the same
session after those changes (variant kanji 齋藤, 德田, 廣瀬; given names of one kanji; place-name surnames; titles such
as 会長兼CEO, 幹事長代行, 投手コーチ, 検事長), scored 1.000 on its first run over the 65 frames.
Session 18 added fourteen frames written blind, then seven more (84 frames): 0.999 and 0.998 to 1.000 on their first
runs over the twenty-two sets (the failures a one-kana surname, ミンホ・イ → イ氏, and a one-kanji surname read as a
suffix, 舘光 → 舘氏, alone after the full name; now found). An eighth, name・org title は (川口浩二・北浜市長は), scored
0.650 and is left out (see benchmarks/README.md). The twenty-third word set, written blind after them, scored 0.994 on
its first run (監督 0.933: a one-kanji given name UniDic reads as a suffix before a title of one word, 岩田|樹|監督,
and a katakana name whose part after the dot opens with a kana read as a particle, ヤン・ノ|バク); now 1.000.
Session 19 added five frames written blind (89 frames): 0.999 on their first run over the twenty-three sets; the
failures 関学 (a surname and a one-kanji given name UniDic reads as one proper noun, the university) before a title with
no honorific, and 長崎|知恵 before 捕手 or デジタル相. They bring the eleventh set's 財務政務官 to 0.949 (関学財務政務官は:
no name read), so that set's floor for each frame, shape and title is 0.94 until 関学 is read; its 副代表 (関学|副|代表)
is fixed (a one-kanji prefix before the title is no part of a name the dictionary lacks).
Session 21 added twelve frames written blind (101 frames): 0.9963 on their first run over the twenty-four sets, the
loss mostly in one (the full name with its title, then surname + title alone: 0.963; the surname's title read into a
name, 関|内閣|府政務官 → 関内閣, 井口|駐米 → 井口駐米, or a surname UniDic reads as a word, 南|ヘッドコーチ), and 「…」と
大分賢治社長室長。 (a surname read as an adverb before the name that closes the sentence); 0.9989 now. The same
session wrote a twenty-fourth word set blind (places and bodies as real news writes them, 大阪府, 愛知県警,
東京地裁; titles no set had): 0.930 on its first run, every miss one of two titles — 二軍監督 0.259 (二 read into the
given name, or a katakana name before it lost) and 小結 0.269 (no title); every other title 1.000. Now 1.000.
Session 22 wrote a twenty-fifth set blind (titles of agencies, courts, companies and teams no set had): 0.923 on its
first run, the loss in one title and one name: 判事補 0.258 (no title), and 安田陽翔, none of its 420 quotes right (a
surname UniDic reads as a proper noun of another kind, then a given name it reads as two one-kanji names: 陽翔 alone
was read). Now 1.000.
Session 23 wrote a twenty-sixth set blind (surnames of three and four kanji, given names with 之 and 々, variant kanji
in both parts, prefectures as surnames; titles of the press, temples, museums and hospitals): 0.972 on its first run,
the loss in one name and three titles: 宮城大地 (a prefecture, then a given name UniDic reads as a common noun)
before 解説委員長, 論説委員 and 編集局長 (the name cut to 宮城, 大地 taken into the title), 「…」と…解説委員長は (解説
read as the verb of the quote), 森力議員団長 (森力議員 read as the name), 滋賀支局長 (滋賀支) and 出雲大社宮司・
ルーカス・ヴィエイラ氏 (出雲大社 read as a person). Now 1.000.
Session 27 wrote a twenty-seventh set blind (kana given names, three-kanji surnames, titles of the press, schools,
courts and envoys no set had): 0.923 on its first run, the loss in two names and one title: 岸本あゆむ (a kana given
name UniDic reads as the verb 歩む; after の the surname reads as a place), 百目鬼航 (a surname read as a numeral, a
counter and a suffix; in apposition after a title and の the given name reads as one), 特命全権大使 (its fields not in
the tables), and 南浜高校校長・ラジ・カプール氏 (a school not read as an organisation). Now 0.963: what is left is
百目鬼航 outside apposition, where UniDic reads 航 as a common noun too (百|目|鬼|航|財務相): no name, no speaker. Held
to 0.96 overall and 0.74 for each frame, shape and title until that name is read.
Session 29 wrote a twenty-eighth set blind (variant kanji 栁, 曾, 𠮷; given names such as 心晴, 碧斗, 希空; titles of
envoys, parties' offices, police, hospitals, chambers of commerce and schools): 0.991 on its first run, the loss in one
title, 病院長 after a given name UniDic reads as a name and a common noun (原田|希|空|病院|長 read as 原田希空病, 院長);
an organisation's word with 長 (病院長, 組合長) is now a title. Now 1.000.
The same session added twelve frames (113 frames; the first, name title らは, written after ら was read after a
title, the rest blind): 0.9969 on their first run over the twenty-eight sets (32,838 of 32,940), the loss in ら after
a compound title or a given name UniDic reads with it (財務相|ら, 木下隼人|助教 read as a given name before ら), a
one-kanji surname UniDic reads as a suffix after a verb (これに対し|峯|凪), and 「…」と理解を求めた after a
spokesperson's words (an appeal, not a question put to the one who holds the floor). Now 0.9976; what is left are the
names above (百目鬼航, 関学, 小松心春, 畑碧, 長崎知恵). The twenty-seventh's rare given names fall to 0.740 with them:
held to 0.73.
Two frames of a name, a dot and the role (name・org title は, org の name・title は), as wire reports write them, were
tried in session 18 and left out at 0.650; measured again in session 29 over the twenty-eight sets they scored 0.858
and 0.842: the role after the dot was not read for a name with no particle after it (川口まゆみ・主将), nor a given name
that only a title glued after it made one (堤|暖, 野村|颯|真, 新潟|雅人, 大分|賢治, 舘|光), and a katakana name took in
the part after the next dot (エマ・ブラウン・北浜|市議, ピーター・ブラウン・ヒカリ|精機社長) or lost its first part
(ディエゴ・|オルティス・: MeCab glued the dot to the word; トマ|シュ). Now 0.990 and 0.994 (115 frames); the floors hold.
The twenty-ninth set, written blind at the end of session 29, scored 0.923 on its first run over the 115 frames: a
title the tables lacked (主務, a university team's manager: 0.237) and one name, 大橋湊斗, none of whose quotes was right
(UniDic reads 大橋 as a common noun, alone too, then 湊 as a place and 斗 as a counter). 主務 is now a title, and a word
UniDic reads first as a common noun is a surname when one of its next readings (MeCab's n-best) is one (大橋): 1.000.
The thirtieth set, written blind in session 30, scored 0.959 on its first run: one name, 東颯, right in 15% of its
quotes (UniDic reads 東 as a common noun, alone too, and 颯 as an adverb, さっ), and the title 法学部長 after a name of
one kanji each (the field 法学 was no field of the tables). A one-kanji given name UniDic reads as an adverb now joins
a one-kanji surname before a title, faculties (法学, 医学, 工学…) are fields of a title, and a one-kanji word is a surname
where one of its next readings is (東, 西, 関; not 本, 上, 北): 0.9998. Left: a katakana name, a dot and a katakana
company's title (クロエ・フォンテーヌ・ミナトテックCTO).
Twelve frames written blind in session 30 (127 frames now: X 氏が「…」と尋ねると、name title は…と答えた, X 氏が「…」
と述べたことに触れ, 「…」と記者団に語ったのは…だ, name title の代理人弁護士は (no speaker named), と困惑した表情を見せた,
X 氏から「…」と問われた name title は, …委員会で、X 氏の質問に「…」と答弁した, 「…」とした上で、「…」との考えを示した,
…会見で、こう述べ、理解を求めた, name title とともに会見した X 氏は, 公式サイトで「…」とのコメントを発表した,
name title の発言をめぐり、X 氏は) scored 0.874 on their first run over the thirty sets: eleven at 0.997 or more, and
「…」との考えを示した at 0.000 (考え after との was read as a topic, not a view stated). 考え is now no topic: 0.9985.
Adding them moved names onto other titles in the first set's frame name・org title は, where a katakana name, a dot
and a katakana company glued to its title (マリア・ロペス・ミナトテック社長) took the company into the name (0.940);
the company's part is now read as the role's: 0.976.
The thirty-first set, written blind at the end of session 30, scored 0.972 on its first run over the 127 frames: 辻颯
before a compound title (辻|颯|副町長, 辻|颯|国土交通事務次官: a one-kanji given name UniDic reads as an adverb was kept
only before a suffix of the tables), the surname alone before 駐仏大使 and 予算特別委員長 (fields the tables lacked:
青山|駐仏 read as a name) and 原ゆりか before a dot and a role (ゆり|か: the kana read as a particle). Now 0.9996.
The thirty-second set, written blind in session 31, scored 0.981 on its first run: one-kanji parts glued to a title
whose first word is glued to a suffix (城|旭|病院|長, 岩|翠|資源|エネルギー|庁|長官: read only before a title word of the
tables), a one-kanji surname UniDic reads as a common noun before a given name, a dot and a title (岩|翠・外務次官 → 翠),
事業 as a title's field (大野|事業|本部長 → 大野事業), and a company of two katakana words after a name and a dot
(ルシア・バスケス・ミナト|テック代表取締役副社長). Now 1.000. The thirty-third, written blind next, scored 0.999 on its
first run: one-kanji parts read as common nouns before a dot and a compound title (畑|蒼・首相|補佐|官: the role read
as 首相 alone; 畑|蒼・決算|特別|委員長: 特別, an adjectival noun, ended the title), a one-kanji surname before a field
(畑|決算特別委員長 → 畑決算). Now 0.9999: left, a katakana company after a name and a dot that MeCab reads with the
name as one unknown word (ジャンピエール・ルロワ・ミナトテック|最高技術責任者).
Session 31 added twelve frames written blind (139 frames): over the thirty-three sets ten scored 0.997 or more on their
first run (the names left above), and two failed in every set: a statement's heading, name title の話　「…」 (0.000:
no cue), and name title はこう話す。「…」 with the words on the announcing sentence's line (0.198: only a quote opening
its line was announced). Now 0.997 to 1.000. Adding them moved names onto other titles in the fourth set's frame
name・org title は, where a company ending in 化成 (ミドリ化成) was no company: 0.947, now 1.000. Twelve more written
blind after those changes (151 frames: a quote in the next sentence after a lead with no subject, 「…」。19日、X はこう
語り, と述べるなど, などと話しているという, ツイッターに書き込んだ, こう付け加えた, ものの, X 氏について, 改めて, two
speakers across ことを受け, 言葉を選びながら) scored 0.997 to 0.999 on their first run: no construction failed, only
the names left above (百目鬼航, 関学, 長崎知恵, 小松心春, 藤田蒼空). A given name UniDic reads as a common noun is now
read before an assembly member's title (藤田|蒼空|都議, which read 蒼空 into the title): the sixth set 0.965 -> 1.000.
The floors of the sets that hold 0.984 or more in every frame, shape and title are raised to 0.98 (0.97 for the
eighteenth and twenty-ninth).
The thirty-fourth set, written blind after that, scored 0.959 on its first run over the 151 frames: a given name ending
in a body's kanji (福田瑚都: the tokenizer cut the unknown word before 都, which opens titles such as 都議会, also before
氏; and MeCab read 瑚|都県|警 before 県警本部長), a small katakana read as a symbol inside a katakana name (イヴ|ァ|ノヴァ),
中央 opening a union's title (金沢|中央執行委員長 read 金沢中央). Now 0.9998 (left: the invented place 北浜, which
UniDic reads as a surname, after a katakana name and a dot).
The thirty-fifth set, written blind in session 32 (variant kanji 齋, 櫻, 﨑; given names such as 煌大, 結芽, 暖人;
titles of ministers in charge, vice-ministers, prosecutors, police stations, company officers, coaches and foreign
governments), scored 0.9995 on its first run (15,197 of 15,204): a field before 担当 and a title read into the given
name (水野|労務|担当部長 → 水野労務; 担当 now marks the word before it as the title's field), and 北浜南署署長, where
UniDic reads the invented place 北浜 and 南 as a surname and a given name (名・北浜南署署長は: 0.964). Now 0.9997.
Twelve frames written blind after it (163 frames: 「…」。name title が…講演し、…について述べた (no こう), X 氏は、
name title が「…」と発言したことについて「…」, name title の「…」という発言に対し, との立場を改めて示した, 文書で
「…」と回答した, name title の長女は (no one named), 記者団から「…」と問われ、「…」と答えた, そう意気込んだ, 一方、,
電話取材に, 都内で記者会見。「…」と述べた, name title の後任の X 氏は) scored 0.9978 to 1.000 on their first run over
the thirty-five sets: no construction failed, only the names left above (百目鬼航, 関学, 小松心春, 長崎知恵, 畑碧). Adding
them moved names onto other titles: a katakana name MeCab read with a katakana title after a dot as one unknown word
(ミンホ・イ・ヘッドコーチ, now read part by part where the last part is a word of the dictionary), and in the tenth
set the invented places again (ミンホ・イ・北浜村村長: 北浜 read as a surname; 南原の辻純県議: UniDic knows 原の辻 as a
place), whose floor per frame is 0.97 for that.
The thirty-sixth set, written blind after that (variant kanji 濱, 國, 澁; Chinese and Korean names 李明華, 朴昌浩, 張偉;
given names such as 心愛, 琉生; ジャン＝ピエール・ルロワ; titles such as 社主, 頭取, 会頭, 国家主席, 統一相, 捜査1課長),
scored 0.949 on its first run (15,625 of 16,464): the title 社主 (0.245: no title of the tables), 李明華 before 氏
(李|明|華氏: MeCab reads the last kanji with the honorific as 華氏, Fahrenheit) and 張偉 before 氏 (偉 read as a prefix).
社主 is a title now, the last kanji of a given name read with an honorific joins the name, and a one-kanji given name
read as a prefix before an honorific is read: 0.991. Left: 李明華主将 (李|明|華主|将: the kanji read with the title's
first), 主将 0.811; session 34 reads it (the words after a given name that make no title and end in no suffix give
their first kanji to the given name; 医院|長 and 本店|長 end in the suffix 長 and stay): 0.9998.
The thirty-seventh set, written blind in session 33 (德永, 瀨川, 槇原; 勅使河原結愛, 東海林颯; 呉俊傑, 辻蒼;
マリア・デ・ラ・クルス; titles such as 代表執行役, 内閣法制局長官, 検事正, 大統領報道官, 幹事長代行), scored 0.961 on its
first run (15,823 of 16,464): 呉俊傑 everywhere (呉 read as the city クレ, 俊傑 as a common noun: a one-kanji surname
read as a place now opens a name as longer ones did) and 代表執行役 after a katakana company (ミナト|テック|代表|執行|役:
代表執行役 and 執行役 are titles of the tables now, and a katakana company of dictionary words between a dotted full
name and its title ends the name): 1.000.
The thirty-eighth set, written blind after that (栁田, 曾根, 渡邉; 小鳥遊陽葵, 一ノ瀬心晴; 楊志強, 黄美玲, 関碧;
アフマド・アル＝ハサン; titles such as 経済安全保障担当相, 特捜部長, 最高財務責任者, 首席補佐官, 主務), scored 0.961 on
its first run: 楊志強 everywhere (UniDic knows 楊志 whole, a person of a story, and reads 強 apart: such a name and one
kanji more before a title, an honorific or a dot and a title is one name now): 1.000.
The thirty-ninth set, written blind in session 34 (髙木, 濵田, 齋藤; 勘解由小路聡, 鬼頭煌星, 五百旗頭舞; 蔡英明, 魏大勲;
大谷こはる; ヤン・ファン・デル・ベルフ; titles such as 内閣府副大臣, 幹事長代理, 刑事部長, 代表取締役会長, ヘッドコーチ after
a katakana team), scored 0.882 on its first run: 勘解由小路聡 (a surname of five kanji UniDic reads as a place: names of
six characters are read when the given name is read as one), 大谷こはる (こ read as a suffix, はる as an auxiliary: the
first kana of a given name may be a suffix that is no honorific), 魏大勲 (魏 read as the old state: one kanji read first
as a state and as a surname among its readings is one), ヤン・ファン・デル・ベルフ (the part after a particle of the
name, デル, is the name's, not a company's) and ブレイブス|ヘッドコーチ (MeCab glues a katakana title to an unknown word
before it: the tokenizer cuts it off): 0.999, lowest frame 0.964 (報道官 after 奈良岳 and 松江航, place-name surnames
with one-kanji given names, in a few frames).
The fortieth set, written blind in session 35 (淺野, 山嵜, 黑川; 九十九湊, 十文字遥, 躑躅森晶; 秦怜, 郭宇, 余航; 鎌倉大樹;
三井あやめ, 吉永ゆず; ママドゥ・ンドゥール, リュック・サン・ピエール; titles such as 環境事務次官, 政調会長代行, 捜査三課長,
最高マーケティング責任者, 副将, 附属病院長, 欧州委員長), scored 0.848 on its first run: 副将 (no title of the tables),
黑川 (黑, an old form UniDic knows alone, read as a common noun before 川; old forms it lacks or knows only alone are
read as the standard ones now, not those it knows inside a name: 元彌), 躑躅森晶 (a common noun of two kanji, then a
surname and a given name before an honorific or a title: one surname now, and 躑躅|森氏 later is that name), 九十九湊
(read as numerals and a place before a title: a run that opens with a numeral is read as a name where UniDic, reading
it as a name after の and before 氏, reads a surname and a given name; that also reads the twenty-seventh set's
百目鬼航, 0.963 -> 1.000) and 鎌倉大樹 before a compound title (大樹 read as a common noun: one that UniDic also reads
as a given name among its three best readings is one before any compound title). Now 0.996, lowest frame 0.988: left,
余航 (余 read as a pronoun) and the invented place 北浜 read as a surname after a katakana name and a dot.
Thirteen frames written blind after that (176 frames: 同氏 after the full name, が…記者会見し, さん with an age, two
lines after 次のように, three turns of two people, 同席した X 氏によると, the words on their own line after
…取材に応じた, と前置きしたうえで, 指摘。then another's 反論, the wife named after the person, the words first and then
a sentence that shows a feeling (不快感を示した), その上で after a sentence with no words, and another's words quoted
inside the sentence) scored 0.999 to 1.000 on their first run over the forty sets but two: the bare words after
…取材に応じた (0.192: no rule; short words are no bare utterance) and the words first with 不快感を示した after (0.000:
a predicate that shows a view or a feeling, a noun of the word class stance or one ending in 感 before を示す,
見せる, あらわにする, now gives the words to the sentence's subject; a sentence whose subject answers at an occasion,
…取材に応じた, now hands the words on the next line to them). Now 0.999 both.
The forty-first set, written blind in session 36 (髙木, 濵田, 德永; 小鳥遊詩, 五十嵐煌, 勅使河原凛; 林陸, 関渚, 姜敏;
長崎颯太, 秋田結衣, 熊本一輝; 今村さくら, 大西あかり; ピーテル・ヴァンデンブルック, ナディア・アル・ハシミ, ジョセフ・ムワンギ;
titles such as 経済再生担当相, 国会対策副委員長, 主任弁護人, 代表執行役社長, 論説委員長, ヘッドコーチ after a katakana
team, 報道官 of 米国務省), scored 0.9999 on its first run: two quotes of ジョセフ・ムワンギ, where MeCab read a katakana
team, its katakana title, a dot and the name as one word (北浜ブレーブスヘッドコーチ・ジョセフ・ムワンギ: the tokenizer
cuts the title off the first part, as it did without a dot) and glued the dot after the name to it (ムワンギ・|北浜地裁:
the dot is a mark of its own); that also lifts the seventeenth, twenty-ninth, thirtieth, thirty-first and
thirty-ninth sets by one to two quotes. Now 1.000.
Fourteen frames written blind after that (190 frames: X 氏から「…」との指摘を受けた, 「…」との批判を浴びた, これを受け,
the words first and X 氏 …の発言をこう批判した, が…と否定した, によると with a suspect, a question put at a press
conference then the answer, と…に伝えたことを明らかにした, と同調した, について「…」と評価した, 文書で…とのコメントを発表した,
…について問われ, the words first and こう切り出した, の発言を受け) scored 0.9998 over the forty-one sets on their first
run, every frame at least 0.97 in every set: the misses are names of the sets already known (関学, 余航, 小松心春 before
町議会議長, 畑碧 before 海上保安庁長官).
"""
import pytest

from battery import report, run

FLOORS = {   # word set -> (overall, each frame, shape of name and title)
    "first": (0.99, 0.98),
    "second": (0.99, 0.98),
    "third": (0.99, 0.98),
    "fourth": (0.99, 0.98),
    "fifth": (0.99, 0.98),
    "sixth": (0.99, 0.98),
    "seventh": (0.99, 0.98),
    "eighth": (0.99, 0.98),
    "ninth": (0.99, 0.98),
    "tenth": (0.99, 0.97),   # 北浜|村村長 (北浜 read as a surname), 南|原の辻 (a place UniDic knows): invented words
    "eleventh": (0.99, 0.94),   # 関学財務政務官 0.950 over 101 frames (see above)
    "twelfth": (0.99, 0.98),
    "thirteenth": (0.99, 0.98),
    "fourteenth": (0.99, 0.95),
    "fifteenth": (0.99, 0.95),
    "sixteenth": (0.99, 0.98),
    "seventeenth": (0.99, 0.98),
    "eighteenth": (0.99, 0.97),
    "nineteenth": (0.99, 0.98),
    "twentieth": (0.99, 0.98),
    "twenty-first": (0.99, 0.95),
    "twenty-second": (0.99, 0.98),
    "twenty-third": (0.99, 0.98),
    "twenty-fourth": (0.99, 0.98),
    "twenty-fifth": (0.99, 0.98),
    "twenty-sixth": (0.99, 0.98),
    "twenty-seventh": (0.99, 0.98),
    "twenty-eighth": (0.99, 0.98),
    "twenty-ninth": (0.99, 0.97),
    "thirtieth": (0.99, 0.97),
    "thirty-first": (0.99, 0.97),
    "thirty-second": (0.99, 0.98),
    "thirty-third": (0.99, 0.98),
    "thirty-fourth": (0.99, 0.97),
    "thirty-fifth": (0.99, 0.96),   # 北浜南署 (the invented place 北浜 and 南 read as a full name) before 署長
    "thirty-sixth": (0.99, 0.98),
    "thirty-seventh": (0.99, 0.98),
    "thirty-eighth": (0.99, 0.98),
    "thirty-ninth": (0.99, 0.96),   # 奈良岳報道官, 松江航報道官 in a few frames (see above)
    "fortieth": (0.99, 0.96),   # 余航 (余 read as a pronoun) before titles (see above)
    "forty-first": (0.99, 0.98),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, extractor):
    rates, failures = run(extractor, words=request.param)
    print(f"\nwords: {request.param}\n" + report(rates))
    for frame, text, want, got in failures[:20]:
        print(f"FAILED {frame}: {text} want={want} got={got}")
    return request.param, rates


def test_battery_overall(scored):
    words, rates = scored
    ok, n = rates["all"]["all"]
    assert n > 1000
    assert ok / n >= FLOORS[words][0], report(rates)


@pytest.mark.parametrize("dimension", ["frame", "shape", "title"])
def test_battery_every_frame_shape_and_title(scored, dimension):
    words, rates = scored
    floor = FLOORS[words][1]
    low = {k: round(ok / n, 3) for k, (ok, n) in rates[dimension].items() if ok / n < floor}
    assert not low, f"{dimension}s under {floor}: {low}"
