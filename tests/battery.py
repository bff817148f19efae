"""A behavioural battery for hard news: invented press sentences, one construction (frame) each, crossed with names of
every shape and titles of every kind. The check is the speaker of each quote.

Everything here is invented for the project. ``python tests/battery.py`` prints the pass rates by frame, by shape of
name and by title (and the failures with ``--failures N``); ``tests/test_battery.py`` runs it with floors.
"""
from __future__ import annotations

import collections
import itertools
import sys
import unicodedata

# (surname, given name, shape). The canonical name is surname + given name, written without a space.
NAMES = [
    ("鈴木", "一郎", "common"),
    ("川口", "浩二", "common"),
    ("森田", "健一", "common"),
    ("髙橋", "健太", "variant kanji"),
    ("山﨑", "美咲", "variant kanji"),
    ("濵田", "修", "variant kanji"),
    ("佐藤", "真由子", "rare given name"),
    ("北川", "拓也", "rare given name"),
    ("西村", "悠斗", "rare given name"),
    ("堀", "蓮", "one-kanji parts"),
    ("林", "翔", "one-kanji parts"),
    ("辻", "恵", "one-kanji parts"),
    ("長野", "太郎", "place-name surname"),
    ("福岡", "大輔", "place-name surname"),
    ("秋田", "昌平", "place-name surname"),
    ("村田", "さとみ", "kana given name"),
    ("川口", "まゆみ", "kana given name"),
    ("大野", "ひろし", "kana given name"),
    ("スミス", "ジョン", "katakana"),
    ("ロペス", "マリア", "katakana"),
    ("ミュラー", "ハンス", "katakana"),
]

# (title, the organisation a news text puts before it, kind of title)
TITLES = [
    ("財務相", "", "government"),
    ("経済財政相", "", "government"),
    ("官房長官", "", "government"),
    ("外務副大臣", "", "government"),
    ("防衛政務官", "", "government"),
    ("報道官", "外務省", "government"),
    ("国務長官", "米国", "government"),
    ("消費者担当相", "", "government"),
    ("政調会長", "民政党", "party"),
    ("国対委員長", "民政党", "party"),
    ("幹事長", "民政党", "party"),
    ("議員", "", "assembly"),
    ("県議", "南原", "assembly"),
    ("知事", "南原県", "local government"),
    ("市長", "北浜市", "local government"),
    ("裁判長", "南原地裁", "court and police"),
    ("被告", "", "court and police"),
    ("容疑者", "", "court and police"),
    ("検事", "", "court and police"),
    ("社長", "ミナトテック", "company"),
    ("会長兼社長", "ミナトテック", "company"),
    ("代表取締役社長", "ミナトテック", "company"),
    ("執行役員", "ミナトテック", "company"),
    ("最高経営責任者", "ミナトテック", "company"),
    ("CEO", "ミナトテック", "company"),
    ("広報担当者", "ミナトテック", "company"),
    ("副会頭", "北浜商工会議所", "association"),
    ("理事長", "南原医師会", "association"),
    ("教授", "南原大学", "university"),
    ("学長", "南原大学", "university"),
    ("監督", "", "sports"),
    ("主将", "", "sports"),
    ("投手", "", "sports"),
]

# A second set of words for the same constructions, written before it was first run and never tuned on: the
# figures of `python tests/battery.py --words second` estimate how the battery fares with words nobody fitted.
NAMES_2 = [
    ("中村", "隆之", "common"),
    ("吉田", "恵美", "common"),
    ("髙田", "亮介", "variant kanji"),
    ("柳澤", "和也", "variant kanji"),
    ("藤原", "紗希", "rare given name"),
    ("小島", "琉生", "rare given name"),
    ("原", "航", "one-kanji parts"),
    ("関", "諒", "one-kanji parts"),
    ("千葉", "誠一", "place-name surname"),
    ("熊本", "健吾", "place-name surname"),
    ("野口", "あかり", "kana given name"),
    ("石川", "ゆうこ", "kana given name"),
    ("ブラウン", "ピーター", "katakana"),
    ("ガルシア", "ルイス", "katakana"),
]

TITLES_2 = [
    ("農林水産相", "", "government"),
    ("文部科学副大臣", "", "government"),
    ("内閣府政務官", "", "government"),
    ("官房副長官", "", "government"),
    ("外相", "英国", "government"),
    ("選対委員長", "民政党", "party"),
    ("代表代行", "民政党", "party"),
    ("参院議員", "", "assembly"),
    ("副知事", "北原県", "local government"),
    ("町長", "西山町", "local government"),
    ("判事", "", "court and police"),
    ("署長", "北原署", "court and police"),
    ("専務取締役", "ヒカリ精機", "company"),
    ("代表取締役", "ヒカリ精機", "company"),
    ("社長兼最高経営責任者", "ヒカリ精機", "company"),
    ("常務執行役員", "ヒカリ精機", "company"),
    ("広報部長", "ヒカリ精機", "company"),
    ("会頭", "北原商工会議所", "association"),
    ("准教授", "北原大学", "university"),
    ("主将", "", "sports"),
    ("捕手", "", "sports"),
]

LINES_2 = ["引き続き注視していく", "合意には至らなかった", "現場の声を聞いて判断する", "撤回するつもりはない",
           "一日も早い復旧を目指す", "説明責任を果たしてほしい"]
OTHER_2 = ("宮本", "茂樹", "common")

# A third set, written on 2026-11-30 before its first run, for the same purpose (see benchmarks/README.md for the
# figures of that first run).
NAMES_3 = [
    ("松本", "昌弘", "common"),
    ("井上", "直子", "common"),
    ("吉﨑", "智之", "variant kanji"),
    ("德永", "雅人", "variant kanji"),
    ("邉見", "孝", "variant kanji"),
    ("坂口", "陽葵", "rare given name"),
    ("今井", "湊斗", "rare given name"),
    ("東", "奏", "one-kanji parts"),
    ("岸", "怜", "one-kanji parts"),
    ("青森", "雄一", "place-name surname"),
    ("奈良", "修一", "place-name surname"),
    ("三浦", "みどり", "kana given name"),
    ("加藤", "さくら", "kana given name"),
    ("ジョンソン", "エミリー", "katakana"),
    ("シュミット", "クラウス", "katakana"),
    ("ペトロフ", "イワン", "katakana"),
]

TITLES_3 = [
    ("国土交通相", "", "government"),
    ("厚生労働副大臣", "", "government"),
    ("財務政務官", "", "government"),
    ("法相", "", "government"),
    ("外務報道官", "", "government"),
    ("幹事長代理", "民政党", "party"),
    ("総務会長", "民政党", "party"),
    ("衆院議員", "", "assembly"),
    ("市議", "東山", "assembly"),
    ("知事", "東山県", "local government"),
    ("区長", "港北区", "local government"),
    ("裁判官", "東山地裁", "court and police"),
    ("被告人", "", "court and police"),
    ("検事正", "東山地検", "court and police"),
    ("取締役会長", "アサヒ電工", "company"),
    ("代表執行役社長", "アサヒ電工", "company"),
    ("最高財務責任者", "アサヒ電工", "company"),
    ("広報室長", "アサヒ電工", "company"),
    ("専務理事", "東山観光協会", "association"),
    ("副学長", "東山大学", "university"),
    ("名誉教授", "東山大学", "university"),
    ("投手コーチ", "", "sports"),
    ("選手会長", "", "sports"),
]

LINES_3 = ["制度の見直しを急ぐ", "現段階でお答えすることはない", "被害の全容解明が先決だ", "国民の信頼を取り戻したい",
           "判断は妥当だったと考えている", "地元と協議を重ねていく"]
OTHER_3 = ("新井", "英明", "common")

# A fourth set, written on 2026-11-30 (session 6) before its first run, for the same purpose.
NAMES_4 = [
    ("山本", "和彦", "common"),
    ("小林", "由美子", "common"),
    ("齋藤", "浩", "variant kanji"),
    ("渡邊", "健司", "variant kanji"),
    ("廣瀬", "直樹", "variant kanji"),
    ("中川", "結翔", "rare given name"),
    ("岡田", "芽依", "rare given name"),
    ("石原", "颯太", "rare given name"),
    ("堤", "亘", "one-kanji parts"),
    ("南", "葵", "one-kanji parts"),
    ("森", "薫", "one-kanji parts"),
    ("宮崎", "俊介", "place-name surname"),
    ("岡山", "直人", "place-name surname"),
    ("広島", "康夫", "place-name surname"),
    ("高木", "まこと", "kana given name"),
    ("森本", "かおり", "kana given name"),
    ("ウィリアムズ", "ジェームズ", "katakana"),
    ("マルティネス", "カルロス", "katakana"),
    ("キム", "ミンジュ", "katakana"),
]

TITLES_4 = [
    ("環境相", "", "government"),
    ("経済産業副大臣", "", "government"),
    ("総務政務官", "", "government"),
    ("首相補佐官", "", "government"),
    ("復興相", "", "government"),
    ("代表", "民政党", "party"),
    ("参院幹事長", "民政党", "party"),
    ("県議会議長", "西原", "assembly"),
    ("町議", "西原", "assembly"),
    ("村長", "西原村", "local government"),
    ("副市長", "西原市", "local government"),
    ("弁護士", "", "court and police"),
    ("次席検事", "西原地検", "court and police"),
    ("本部長", "西原県警", "court and police"),
    ("社長執行役員", "ミドリ化成", "company"),
    ("取締役副社長", "ミドリ化成", "company"),
    ("最高執行責任者", "ミドリ化成", "company"),
    ("広報担当", "ミドリ化成", "company"),
    ("事務局長", "西原商工会", "association"),
    ("学部長", "西原大学", "university"),
    ("特任教授", "西原大学", "university"),
    ("ヘッドコーチ", "", "sports"),
    ("外野手", "", "sports"),
]

LINES_4 = ["具体的な日程は決まっていない", "指摘は当たらない", "早急に対策をまとめたい", "真摯に受け止める",
           "これ以上の値上げは避けたい", "一定の成果はあった"]
OTHER_4 = ("藤井", "康介", "common")

# A fifth set, written on 2026-11-30 (session 6) after the fourth was fixed and before its own first run.
NAMES_5 = [
    ("田村", "健太郎", "common"),
    ("佐々木", "由紀", "common"),
    ("桒原", "誠", "variant kanji"),
    ("富樫", "惠子", "variant kanji"),
    ("澤田", "隆", "variant kanji"),
    ("野村", "颯真", "rare given name"),
    ("菊地", "心愛", "rare given name"),
    ("柴", "舜", "one-kanji parts"),
    ("谷", "仁", "one-kanji parts"),
    ("岩手", "信也", "place-name surname"),
    ("長崎", "一輝", "place-name surname"),
    ("小川", "ひとみ", "kana given name"),
    ("安藤", "はるか", "kana given name"),
    ("アンダーソン", "マーク", "katakana"),
    ("グエン", "バン・ミン", "katakana"),
    ("フェルナンデス", "ソフィア", "katakana"),
]

TITLES_5 = [
    ("総務相", "", "government"),
    ("防衛副大臣", "", "government"),
    ("外務政務官", "", "government"),
    ("官房副長官", "", "government"),
    ("国家公安委員長", "", "government"),
    ("政務調査会長", "民政党", "party"),
    ("副幹事長", "民政党", "party"),
    ("参院議員", "", "assembly"),
    ("府議", "南山", "assembly"),
    ("知事", "南山県", "local government"),
    ("町長", "南山町", "local government"),
    ("地裁所長", "南山", "court and police"),
    ("容疑者", "", "court and police"),
    ("弁護人", "", "court and police"),
    ("代表取締役会長", "ヒノデ工業", "company"),
    ("常務取締役", "ヒノデ工業", "company"),
    ("最高技術責任者", "ヒノデ工業", "company"),
    ("広報課長", "ヒノデ工業", "company"),
    ("会長", "南山経済同友会", "association"),
    ("教授", "南山工科大学", "university"),
    ("研究科長", "南山大学", "university"),
    ("監督", "", "sports"),
    ("内野手", "", "sports"),
]

LINES_5 = ["当面は様子を見守りたい", "法に基づいて適切に対処する", "地域の声に耳を傾けたい", "責任を痛感している",
           "改善の余地は大きい", "計画に変更はない"]
OTHER_5 = ("堀江", "孝之", "common")

# A sixth set, written on 2026-11-30 (session 6) after the fifth was fixed and before its own first run.
NAMES_6 = [
    ("石井", "大輔", "common"),
    ("木村", "美穂", "common"),
    ("﨑山", "大地", "variant kanji"),
    ("栁田", "剛", "variant kanji"),
    ("濱口", "優", "variant kanji"),
    ("藤田", "蒼空", "rare given name"),
    ("松井", "碧", "rare given name"),
    ("木下", "結愛", "rare given name"),
    ("岡", "智", "one-kanji parts"),
    ("菅", "暁", "one-kanji parts"),
    ("楠", "拓", "one-kanji parts"),
    ("島根", "健", "place-name surname"),
    ("栃木", "裕之", "place-name surname"),
    ("山形", "涼子", "place-name surname"),
    ("上野", "みなみ", "kana given name"),
    ("石田", "なつみ", "kana given name"),
    ("オコナー", "ケビン", "katakana"),
    ("ロドリゲス", "ホセ", "katakana"),
    ("パク", "ジフン", "katakana"),
]

TITLES_6 = [
    ("文部科学相", "", "government"),
    ("経済再生担当相", "", "government"),
    ("国土交通政務官", "", "government"),
    ("財務事務次官", "", "government"),
    ("副総裁", "民政党", "party"),
    ("最高顧問", "民政党", "party"),
    ("都議", "", "assembly"),
    ("市議会議長", "北山", "assembly"),
    ("警視総監", "", "court and police"),
    ("裁判長", "北山地裁", "court and police"),
    ("被告", "", "court and police"),
    ("社長兼CEO", "サクラ通信", "company"),
    ("取締役専務執行役員", "サクラ通信", "company"),
    ("上級副社長", "サクラ通信", "company"),
    ("広報部長", "サクラ通信", "company"),
    ("副理事長", "北山医師会", "association"),
    ("名誉会長", "北山商工会議所", "association"),
    ("准教授", "北山大学", "university"),
    ("特任准教授", "北山大学", "university"),
    ("打撃コーチ", "", "sports"),
    ("ゼネラルマネジャー", "", "sports"),
    ("副主将", "", "sports"),
]

LINES_6 = ["丁寧に説明していきたい", "現時点で答えられない", "早期の解決を目指す", "重く受け止めている",
           "引き続き協議を続ける", "前向きに検討したい"]
OTHER_6 = ("西川", "和夫", "common")

NAMES_7 = [
    ("中川", "翔太", "common"),
    ("小林", "由美", "common"),
    ("髙木", "誠", "variant kanji"),
    ("吉﨑", "直人", "variant kanji"),
    ("德永", "学", "variant kanji"),
    ("宮本", "陽葵", "rare given name"),
    ("杉山", "湊", "rare given name"),
    ("今井", "琉生", "rare given name"),
    ("沖", "亮", "one-kanji parts"),
    ("原", "潤", "one-kanji parts"),
    ("関", "聡", "one-kanji parts"),
    ("千葉", "雄一", "place-name surname"),
    ("福島", "香織", "place-name surname"),
    ("熊本", "直樹", "place-name surname"),
    ("中島", "あかね", "kana given name"),
    ("小池", "ゆうこ", "kana given name"),
    ("ガルシア", "カルロス", "katakana"),
    ("チェン", "ウェイ", "katakana"),
    ("ヨハンソン", "エリック", "katakana"),
]

TITLES_7 = [
    ("農林水産相", "", "government"),
    ("デジタル相", "", "government"),
    ("厚生労働副大臣", "", "government"),
    ("内閣府政務官", "", "government"),
    ("官房副長官", "", "government"),
    ("選対委員長", "民政党", "party"),
    ("代表代行", "民政党", "party"),
    ("参院議員", "", "assembly"),
    ("県議会議長", "南原", "assembly"),
    ("検事正", "北浜地検", "court and police"),
    ("容疑者", "", "court and police"),
    ("署長", "北浜署", "court and police"),
    ("代表取締役会長", "ミナト電工", "company"),
    ("常務執行役員", "ミナト電工", "company"),
    ("最高技術責任者", "ミナト電工", "company"),
    ("専務理事", "北浜商工会", "association"),
    ("会長", "南原県医師会", "association"),
    ("学長", "南原大学", "university"),
    ("名誉教授", "南原大学", "university"),
    ("監督", "", "sports"),
    ("ヘッドコーチ", "", "sports"),
    ("投手コーチ", "", "sports"),
]

LINES_7 = ["慎重に判断したい", "説明責任を果たしていく", "事実関係を確認している", "深くおわびする", "今後も注視していく",
           "全力で取り組みたい"]
OTHER_7 = ("岡本", "隆", "common")

NAMES_8 = [
    ("大塚", "健司", "common"),
    ("松本", "恵子", "common"),
    ("渡邊", "浩", "variant kanji"),
    ("齋藤", "隆之", "variant kanji"),
    ("濱田", "雅人", "variant kanji"),
    ("坂本", "結翔", "rare given name"),
    ("野口", "心結", "rare given name"),
    ("岩田", "煌", "rare given name"),
    ("森", "渉", "one-kanji parts"),
    ("東", "徹", "one-kanji parts"),
    ("西", "淳", "one-kanji parts"),
    ("長崎", "俊介", "place-name surname"),
    ("宮崎", "美和", "place-name surname"),
    ("奈良", "一成", "place-name surname"),
    ("吉田", "ひかる", "kana given name"),
    ("小川", "さくら", "kana given name"),
    ("アンダーソン", "ポール", "katakana"),
    ("ヌグエン", "タン", "katakana"),
    ("サンチェス", "ルイス", "katakana"),
]

TITLES_8 = [
    ("外相", "", "government"),
    ("経済産業相", "", "government"),
    ("環境副大臣", "", "government"),
    ("総務政務官", "", "government"),
    ("首相補佐官", "", "government"),
    ("幹事長代行", "民政党", "party"),
    ("総務会長", "民政党", "party"),
    ("衆院議員", "", "assembly"),
    ("市議", "北浜", "assembly"),
    ("地検次席検事", "南原", "court and police"),
    ("被告", "", "court and police"),
    ("県警本部長", "南原", "court and police"),
    ("社長", "ミナトフーズ", "company"),
    ("取締役副社長", "ミナトフーズ", "company"),
    ("広報担当者", "ミナトフーズ", "company"),
    ("理事長", "南原県医師会", "association"),
    ("事務局長", "北浜商工会議所", "association"),
    ("教授", "北浜大学", "university"),
    ("副学長", "北浜大学", "university"),
    ("主将", "", "sports"),
    ("GM", "", "sports"),
    ("打撃コーチ", "", "sports"),
]

LINES_8 = ["状況を注視している", "真摯に受け止めたい", "議論を尽くすべきだ", "遺憾に思う", "早急に対応したい",
           "現時点で判断できない"]
OTHER_8 = ("中村", "浩一", "common")

NAMES_9 = [
    ("岡田", "直哉", "common"),
    ("前田", "千尋", "common"),
    ("髙野", "真司", "variant kanji"),
    ("邊見", "和也", "variant kanji"),
    ("國分", "敦子", "variant kanji"),
    ("新井", "蒼大", "rare given name"),
    ("北村", "柚葉", "rare given name"),
    ("堤", "暖", "rare given name"),
    ("泉", "仁", "one-kanji parts"),
    ("谷", "誠", "one-kanji parts"),
    ("南", "剛", "one-kanji parts"),
    ("広島", "正人", "place-name surname"),
    ("新潟", "和美", "place-name surname"),
    ("仙台", "勇", "place-name surname"),
    ("三浦", "まこと", "kana given name"),
    ("工藤", "しおり", "kana given name"),
    ("ブラウン", "デビッド", "katakana"),
    ("キム", "ソヨン", "katakana"),
    ("シュミット", "アンナ", "katakana"),
]

TITLES_9 = [
    ("法相", "", "government"),
    ("国家公安委員長", "", "government"),
    ("財務副大臣", "", "government"),
    ("外務報道官", "", "government"),
    ("首相", "", "government"),
    ("副代表", "民政党", "party"),
    ("参院会長", "民政党", "party"),
    ("区議", "北浜", "assembly"),
    ("町長", "南原町", "local government"),
    ("検事総長", "", "court and police"),
    ("弁護士", "", "court and police"),
    ("捜査1課長", "南原県警", "court and police"),
    ("代表取締役社長", "ミナト建設", "company"),
    ("執行役員", "ミナト建設", "company"),
    ("社外取締役", "ミナト建設", "company"),
    ("会頭", "北浜商工会議所", "association"),
    ("委員長", "南原県教育委員会", "association"),
    ("研究員", "北浜大学", "university"),
    ("総長", "北浜大学", "university"),
    ("監督", "", "sports"),
    ("コーチ", "", "sports"),
    ("キャプテン", "", "sports"),
]

LINES_9 = ["説明を尽くしたい", "改めて検証する", "一定の成果があった", "重大な問題だ", "引き続き努力したい",
           "詳細は控えたい"]
OTHER_9 = ("吉川", "誠一", "common")

NAMES_10 = [
    ("山下", "智之", "common"),
    ("石川", "直美", "common"),
    ("髙山", "修一", "variant kanji"),
    ("濵口", "聡子", "variant kanji"),
    ("澤田", "浩之", "variant kanji"),
    ("菊池", "碧斗", "rare given name"),
    ("内田", "紬", "rare given name"),
    ("平野", "律希", "rare given name"),
    ("辻", "純", "one-kanji parts"),
    ("林", "隆", "one-kanji parts"),
    ("北", "優", "one-kanji parts"),
    ("大分", "賢治", "place-name surname"),
    ("富山", "貴子", "place-name surname"),
    ("浜松", "剛志", "place-name surname"),
    ("中山", "みずき", "kana given name"),
    ("藤井", "ゆかり", "kana given name"),
    ("ウィリアムズ", "マーク", "katakana"),
    ("イ", "ミンホ", "katakana"),
    ("ペトロフ", "イワン", "katakana"),
]

TITLES_10 = [
    ("防衛相", "", "government"),
    ("復興相", "", "government"),
    ("内閣官房参与", "", "government"),
    ("文部科学副大臣", "", "government"),
    ("大統領報道官", "米国", "government"),
    ("幹事長代理", "民政党", "party"),
    ("政調会長代理", "民政党", "party"),
    ("県議", "南原", "assembly"),
    ("村長", "北浜村", "local government"),
    ("地裁所長", "北浜", "court and police"),
    ("元被告", "", "court and police"),
    ("刑事部長", "北浜県警", "court and police"),
    ("専務取締役", "ミナト重工", "company"),
    ("社長室長", "ミナト重工", "company"),
    ("最高財務責任者", "ミナト重工", "company"),
    ("常務理事", "北浜医師会", "association"),
    ("事務総長", "北浜商工会議所", "association"),
    ("学部長", "南原大学", "university"),
    ("客員教授", "南原大学", "university"),
    ("ヘッドコーチ", "", "sports"),
    ("主将", "", "sports"),
    ("球団社長", "", "sports"),
]

LINES_10 = ["今後の対応を協議したい", "一日も早い解決を望む", "慎重に見極めたい", "残念でならない", "真摯に対応していく",
            "責任を痛感している"]
OTHER_10 = ("松田", "健", "common")

# The eleventh set, written before its first run (blind), like the fourth to tenth
NAMES_11 = [
    ("岡田", "雅人", "common"),
    ("前田", "恵美", "common"),
    ("德永", "裕二", "variant kanji"),
    ("栁田", "悟", "variant kanji"),
    ("渡邉", "美穂", "variant kanji"),
    ("小林", "陽葵", "rare given name"),
    ("松本", "湊", "rare given name"),
    ("岩崎", "煌大", "rare given name"),
    ("関", "学", "one-kanji parts"),
    ("原", "誠", "one-kanji parts"),
    ("堤", "亘", "one-kanji parts"),
    ("熊本", "正和", "place-name surname"),
    ("千葉", "真一", "place-name surname"),
    ("長崎", "由美", "place-name surname"),
    ("木村", "あやの", "kana given name"),
    ("斉藤", "しげる", "kana given name"),
    ("ガルシア", "カルロス", "katakana"),
    ("キム", "ジヨン", "katakana"),
    ("ブラウン", "エマ", "katakana"),
]

TITLES_11 = [
    ("環境相", "", "government"),
    ("総務副大臣", "", "government"),
    ("財務政務官", "", "government"),
    ("首相補佐官", "", "government"),
    ("選対委員長", "民政党", "party"),
    ("副代表", "民政党", "party"),
    ("市議", "北浜", "assembly"),
    ("参院議員", "", "assembly"),
    ("副知事", "南原県", "local government"),
    ("町長", "東山町", "local government"),
    ("被告人", "", "court and police"),
    ("署長", "北浜署", "court and police"),
    ("検事正", "南原地検", "court and police"),
    ("代表取締役会長", "ミナト電工", "company"),
    ("副社長", "ミナト電工", "company"),
    ("取締役", "ミナト電工", "company"),
    ("会長", "北浜商工会", "association"),
    ("理事長", "南原医師会", "association"),
    ("准教授", "南原大学", "university"),
    ("学長", "北浜大学", "university"),
    ("投手コーチ", "", "sports"),
    ("監督", "北浜ベアーズ", "sports"),
]

LINES_11 = ["冷静に対応したい", "説明責任を果たす", "結果に満足している", "誠に遺憾だ", "早期の合意を目指す",
            "全力で取り組みたい"]
OTHER_11 = ("今井", "学", "common")

NAMES_12 = [
    ("石井", "和也", "common"),
    ("中島", "紀子", "common"),
    ("藤井", "健", "common"),
    ("齋藤", "隆", "variant kanji"),
    ("髙木", "千尋", "variant kanji"),
    ("濱口", "直樹", "variant kanji"),
    ("高橋", "蒼", "rare given name"),
    ("野口", "結愛", "rare given name"),
    ("佐野", "颯太", "rare given name"),
    ("辻", "翼", "one-kanji parts"),
    ("森", "亮", "one-kanji parts"),
    ("菅", "彩", "one-kanji parts"),
    ("福島", "健太", "place-name surname"),
    ("奈良", "智子", "place-name surname"),
    ("岡山", "正人", "place-name surname"),
    ("中村", "ゆうこ", "kana given name"),
    ("加藤", "まさる", "kana given name"),
    ("ミラー", "トーマス", "katakana"),
    ("パク", "ソンホ", "katakana"),
]

TITLES_12 = [
    ("国土交通相", "", "government"),
    ("文部科学副大臣", "", "government"),
    ("内閣府政務官", "", "government"),
    ("官房副長官", "", "government"),
    ("幹事長代理", "民政党", "party"),
    ("政審会長", "民政党", "party"),
    ("県議会議長", "南原", "assembly"),
    ("衆院議員", "", "assembly"),
    ("区長", "北浜区", "local government"),
    ("村長", "西原村", "local government"),
    ("裁判官", "北浜地裁", "court and police"),
    ("警部", "南原署", "court and police"),
    ("弁護人", "", "court and police"),
    ("専務執行役員", "ミナト電工", "company"),
    ("常務", "ミナト電工", "company"),
    ("最高技術責任者", "ミナト電工", "company"),
    ("副会頭", "北浜商工会議所", "association"),
    ("専務理事", "南原経済協会", "association"),
    ("教授", "北浜大学", "university"),
    ("研究科長", "南原大学", "university"),
    ("主将", "北浜ベアーズ", "sports"),
    ("ヘッドコーチ", "北浜ベアーズ", "sports"),
]

LINES_12 = ["事態を注視していく", "重く受け止めている", "一日も早い解決を望む", "コメントは差し控えたい",
            "粛々と手続きを進める", "改めて謝罪したい"]
OTHER_12 = ("西田", "誠", "common")

# The thirteenth set, written blind in the tenth session (none of these names, titles or lines was used before)
NAMES_13 = [
    ("上田", "浩平", "common"),
    ("樋口", "典子", "common"),
    ("市川", "猛", "common"),
    ("嶋田", "篤志", "variant kanji"),
    ("桒田", "悟史", "variant kanji"),
    ("﨑田", "晴香", "variant kanji"),
    ("須藤", "大翔", "rare given name"),
    ("桑原", "凛", "rare given name"),
    ("杉本", "彩花", "rare given name"),
    ("堺", "岳", "one-kanji parts"),
    ("楠田", "萌", "one-kanji parts"),
    ("岸", "舞", "one-kanji parts"),
    ("吉野", "宗一郎", "place-name surname"),
    ("鹿島", "昌也", "place-name surname"),
    ("長崎", "直美", "place-name surname"),
    ("土屋", "あゆみ", "kana given name"),
    ("大西", "かおる", "kana given name"),
    ("ゴメス", "ルーカス", "katakana"),
    ("ナム", "ヒョンス", "katakana"),
]

TITLES_13 = [
    ("法務副大臣", "", "government"),
    ("外務審議官", "", "government"),
    ("統合幕僚長", "", "government"),
    ("選挙対策委員長", "民政党", "party"),
    ("副議長", "南原県議会", "assembly"),
    ("道議", "", "assembly"),
    ("府知事", "北浜", "local government"),
    ("教育長", "西原市", "local government"),
    ("消防局長", "北浜市", "local government"),
    ("主任弁護人", "", "court and police"),
    ("弁護団長", "", "court and police"),
    ("捜査一課長", "南原県警", "court and police"),
    ("副署長", "北浜署", "court and police"),
    ("監査役", "ミナト電工", "company"),
    ("会長代行", "ミナト電工", "company"),
    ("組合長", "北浜漁協", "association"),
    ("代表理事", "南原観光協会", "association"),
    ("院長", "北浜中央病院", "hospital and school"),
    ("校長", "南原高校", "hospital and school"),
    ("総監督", "北浜ベアーズ", "sports"),
    ("助監督", "北浜ベアーズ", "sports"),
    ("主審", "", "sports"),
]

LINES_13 = ["説明責任を果たしたい", "現時点で答えられることはない", "再発防止に全力を挙げる", "大変遺憾に思う",
            "前向きに検討したい", "引き続き協議していく"]
OTHER_13 = ("小田", "勝", "common")

# The fourteenth set, written blind right after the thirteenth was fixed (none of these names, titles or lines was
# used before)
NAMES_14 = [
    ("後藤", "圭介", "common"),
    ("川島", "美樹", "common"),
    ("森田", "亮太", "common"),
    ("﨑本", "千夏", "variant kanji"),
    ("髙須", "沙織", "variant kanji"),
    ("濱本", "紘", "variant kanji"),
    ("野村", "遥斗", "rare given name"),
    ("小松", "心春", "rare given name"),
    ("大塚", "琴音", "rare given name"),
    ("港", "陸", "one-kanji parts"),
    ("柴", "瞳", "one-kanji parts"),
    ("蔦", "晃", "one-kanji parts"),
    ("山梨", "蒼真", "place-name surname"),
    ("香川", "栞", "place-name surname"),
    ("新潟", "柊", "place-name surname"),
    ("平田", "たかし", "kana given name"),
    ("石川", "ちはる", "kana given name"),
    ("アーサー", "リウ", "katakana"),
    ("チョウ", "ジエ", "katakana"),
]

TITLES_14 = [
    ("最高裁長官", "", "court and police"),
    ("高裁長官", "北浜", "court and police"),
    ("警察庁長官", "", "court and police"),
    ("町議会議長", "西原", "assembly"),
    ("参院議員会長", "民政党", "party"),
    ("市議会議員", "北浜", "assembly"),
    ("支店長", "ミナト銀行北浜", "company"),
    ("工場長", "ミナト電工南原", "company"),
    ("労組委員長", "ミナト電工", "company"),
    ("商工会長", "西原町", "association"),
    ("研究所長", "北浜大学医学", "university"),
    ("終身名誉監督", "北浜ベアーズ", "sports"),
    ("バッテリーコーチ", "北浜ベアーズ", "sports"),
    ("守備コーチ", "北浜ベアーズ", "sports"),
    ("球団代表", "北浜ベアーズ", "sports"),
    ("強化部長", "南原サッカー協会", "sports"),
    ("総合監督", "北浜大学陸上部", "sports"),
    ("連合会長", "", "association"),
    ("政務調査会長", "民政党", "party"),
    ("国家公安委員長", "", "government"),
    ("防衛副大臣", "", "government"),
    ("駐日大使", "北浜国", "government"),
]

LINES_14 = ["詳細は調査中だ", "責任の重さを痛感している", "全力で臨みたい", "今後の推移を見守りたい",
            "理解を求めていく", "安全を最優先に考える"]
OTHER_14 = ("岩本", "直人", "common")

# The fifteenth set, written blind at the end of session 11 (none of these names, titles or lines was used before)
NAMES_15 = [
    ("井口", "拓海", "common"),
    ("三宅", "達彦", "common"),
    ("菅原", "杏奈", "common"),
    ("齊藤", "鉄平", "variant kanji"),
    ("櫻井", "真央", "variant kanji"),
    ("眞鍋", "渚", "variant kanji"),
    ("秋山", "陽斗", "rare given name"),
    ("片岡", "樹", "rare given name"),
    ("内藤", "輝", "rare given name"),
    ("舘", "光", "one-kanji parts"),
    ("畑", "碧", "one-kanji parts"),
    ("桐", "渉", "one-kanji parts"),
    ("奈良", "一輝", "place-name surname"),
    ("熊本", "紬", "place-name surname"),
    ("宮崎", "蓮", "place-name surname"),
    ("北条", "みのり", "kana given name"),
    ("松尾", "まさと", "kana given name"),
    ("エマ", "ロッシ", "katakana"),
    ("リー", "ウェイ", "katakana"),
]

TITLES_15 = [
    ("次長検事", "", "court and police"),
    ("海上保安庁長官", "", "government"),
    ("衆院議長", "", "assembly"),
    ("市議会副議長", "北浜", "assembly"),
    ("党副代表", "民政党", "party"),
    ("財務官", "", "government"),
    ("駐米大使", "", "government"),
    ("農林水産政務官", "", "government"),
    ("経理部長", "ミナト電工", "company"),
    ("営業本部長", "ミナト電工", "company"),
    ("研究開発本部長", "北浜製薬", "company"),
    ("副会長", "北浜商工会議所", "association"),
    ("労働組合委員長", "ミナト電工", "company"),
    ("ゴールキーパー", "北浜FC", "sports"),
]

LINES_15 = ["関係者に深くおわびする", "手応えを感じている", "早期の解決を目指す", "慎重に判断したい",
            "現場の声に耳を傾ける", "改革の手を緩めない"]
OTHER_15 = ("杉山", "和夫", "common")

# The sixteenth set, written blind at the start of session 12 (none of these names, titles or lines was used before)
NAMES_16 = [
    ("荒木", "智也", "common"),
    ("武田", "恭子", "common"),
    ("小野寺", "伸也", "common"),
    ("冨田", "雅也", "variant kanji"),
    ("增田", "恵子", "variant kanji"),
    ("槇原", "大介", "variant kanji"),
    ("飯田", "絢斗", "rare given name"),
    ("吉岡", "椿", "rare given name"),
    ("大川", "朔也", "rare given name"),
    ("峯", "凪", "one-kanji parts"),
    ("萩", "司", "one-kanji parts"),
    ("湊", "晴", "one-kanji parts"),
    ("福井", "菜摘", "place-name surname"),
    ("松山", "竜也", "place-name surname"),
    ("金沢", "陽介", "place-name surname"),
    ("今村", "ゆきな", "kana given name"),
    ("遠藤", "こうき", "kana given name"),
    ("村上", "あすか", "kana given name"),
    ("ハリス", "ノア", "katakana"),
    ("サイード", "アリ", "katakana"),
    ("オルセン", "ラース", "katakana"),
]

TITLES_16 = [
    ("金融担当相", "", "government"),
    ("国税庁長官", "", "government"),
    ("復興副大臣", "", "government"),
    ("国防長官", "米国", "government"),
    ("大統領補佐官", "米国", "government"),
    ("国対副委員長", "民政党", "party"),
    ("選対本部長", "民政党", "party"),
    ("区議会議長", "北浜", "assembly"),
    ("副町長", "西原町", "local government"),
    ("主任検事", "南原地検", "court and police"),
    ("刑事課長", "北浜署", "court and police"),
    ("人事部長", "ミナト電工", "company"),
    ("代表取締役専務", "北浜製薬", "company"),
    ("事務局次長", "北浜商工会議所", "association"),
    ("講師", "北浜大学", "university"),
    ("遊撃手", "北浜ベアーズ", "sports"),
    ("騎手", "", "sports"),
    ("監督代行", "南原FC", "sports"),
]

LINES_16 = ["国民生活を守る責任がある", "引き続き説明を求めていく", "必要な措置を講じる", "市場の動向を注視する",
            "一丸となって取り組む", "信頼回復に努めたい"]
OTHER_16 = ("大久保", "哲也", "common")

# The seventeenth set, written blind in session 12 after the sixteenth was fixed
NAMES_17 = [
    ("久保田", "俊介", "common"),
    ("宮下", "加奈子", "common"),
    ("大久保", "亮", "common"),
    ("髙島", "洋平", "variant kanji"),
    ("濱野", "真理子", "variant kanji"),
    ("邊田", "智", "variant kanji"),
    ("石黒", "颯汰", "rare given name"),
    ("三好", "瑛太", "rare given name"),
    ("古川", "凛花", "rare given name"),
    ("関", "雫", "one-kanji parts"),
    ("東", "遼", "one-kanji parts"),
    ("丹", "匠", "one-kanji parts"),
    ("岐阜", "正樹", "place-name surname"),
    ("富士", "健二", "place-name surname"),
    ("白河", "葵", "place-name surname"),
    ("川端", "みさき", "kana given name"),
    ("岡部", "ゆうた", "kana given name"),
    ("野田", "あおい", "kana given name"),
    ("ベルナール", "ルイ", "katakana"),
    ("コワルスキ", "アダム", "katakana"),
    ("ナイドゥ", "プリヤ", "katakana"),
]

TITLES_17 = [
    ("こども政策担当相", "", "government"),
    ("内閣危機管理監", "", "government"),
    ("国土交通審議官", "", "government"),
    ("副首相", "北浜国", "government"),
    ("党首", "民政党", "party"),
    ("幹事長代行", "民政党", "party"),
    ("都議会議長", "", "assembly"),
    ("県議会副議長", "南原", "assembly"),
    ("教育長", "北浜市", "local government"),
    ("総括審議官", "北浜県警", "court and police"),
    ("裁判官", "南原地裁", "court and police"),
    ("専務執行役員", "ミナト電工", "company"),
    ("最高財務責任者", "北浜製薬", "company"),
    ("理事長", "北浜医師会", "association"),
    ("学長", "南原大学", "university"),
    ("ヘッドコーチ", "北浜ベアーズ", "sports"),
    ("二塁手", "南原シャークス", "sports"),
    ("力士", "", "sports"),
]

LINES_17 = ["全容の解明を急ぐ", "地域経済への影響を懸念している", "極めて残念な結果だ", "今後も対話を続けたい",
            "早急に再発防止策をまとめる", "現時点では何も決まっていない"]
OTHER_17 = ("荻原", "直樹", "common")

# The eighteenth set, written blind in session 13 after the name stage's changes of that session
NAMES_18 = [
    ("佐々木", "健吾", "common"),
    ("中島", "由美子", "common"),
    ("松尾", "大地", "common"),
    ("德田", "誠", "variant kanji"),
    ("𠮷田", "康介", "variant kanji"),
    ("齋藤", "和也", "variant kanji"),
    ("長谷川", "蒼空", "rare given name"),
    ("小野寺", "結衣", "rare given name"),
    ("早川", "陽翔", "rare given name"),
    ("谷", "潤", "one-kanji parts"),
    ("森", "湊", "one-kanji parts"),
    ("原", "奏", "one-kanji parts"),
    ("広島", "雅人", "place-name surname"),
    ("熊本", "直美", "place-name surname"),
    ("宇都宮", "隆", "place-name surname"),
    ("藤井", "かおり", "kana given name"),
    ("上田", "ひかる", "kana given name"),
    ("今村", "さくら", "kana given name"),
    ("ロドリゲス", "カルロス", "katakana"),
    ("グエン", "ミン", "katakana"),
    ("オコンクォ", "チディ", "katakana"),
]

TITLES_18 = [
    ("国家公安委員長", "", "government"),
    ("経済安全保障担当相", "", "government"),
    ("財務次官", "", "government"),
    ("首席補佐官", "北浜国", "government"),
    ("選挙対策委員長", "民政党", "party"),
    ("参院議員会長", "民政党", "party"),
    ("市議会議長", "北浜", "assembly"),
    ("副知事", "南原県", "local government"),
    ("刑事部長", "北浜県警", "court and police"),
    ("主任弁護人", "", "court and police"),
    ("代表執行役社長", "ミナト電工", "company"),
    ("広報部長", "北浜製薬", "company"),
    ("会頭", "北浜商工会議所", "association"),
    ("准教授", "南原大学", "university"),
    ("監督", "北浜ベアーズ", "sports"),
    ("遊撃手", "南原シャークス", "sports"),
    ("横綱", "", "sports"),
    ("主将", "北浜FC", "sports"),
]

LINES_18 = ["慎重に検討を進める", "国民の理解を得たい", "責任を痛感している", "早期の決着を望む", "改めて調査を尽くす",
            "対応に万全を期す"]
OTHER_18 = ("平田", "光一", "common")

# The nineteenth set, written blind in session 14 and run once before any fix
NAMES_19 = [
    ("松本", "弘樹", "common"),
    ("井上", "恵理", "common"),
    ("木下", "隼人", "common"),
    ("澤田", "純一", "variant kanji"),
    ("髙野", "真理", "variant kanji"),
    ("濱本", "拓海", "variant kanji"),
    ("野村", "煌大", "rare given name"),
    ("上野", "柚葉", "rare given name"),
    ("宮本", "琉生", "rare given name"),
    ("堤", "聖", "one-kanji parts"),
    ("泉", "朔", "one-kanji parts"),
    ("楠", "渉", "one-kanji parts"),
    ("長崎", "翼", "place-name surname"),
    ("富山", "陽子", "place-name surname"),
    ("神戸", "孝", "place-name surname"),
    ("原田", "ゆかり", "kana given name"),
    ("小川", "はるか", "kana given name"),
    ("中野", "しげる", "kana given name"),
    ("ガルシア", "ルイス", "katakana"),
    ("コワルスキ", "ピョートル", "katakana"),
    ("ハッサン", "アリ", "katakana"),
]

TITLES_19 = [
    ("厚生労働相", "", "government"),
    ("金融庁長官", "", "government"),
    ("内閣府副大臣", "", "government"),
    ("国防相", "北浜国", "government"),
    ("書記局長", "民政党", "party"),
    ("国会対策委員長", "民政党", "party"),
    ("町議会副議長", "北浜", "assembly"),
    ("衆院副議長", "", "assembly"),
    ("副村長", "南原村", "local government"),
    ("原告団長", "", "court and police"),
    ("高検検事長", "北浜", "court and police"),
    ("生活安全課長", "北浜署", "court and police"),
    ("執行役副社長", "ミナト電工", "company"),
    ("会長兼CEO", "北浜製薬", "company"),
    ("代表幹事", "北浜経済同友会", "association"),
    ("助教", "南原大学", "university"),
    ("親方", "", "sports"),
    ("三塁手", "南原シャークス", "sports"),
]

LINES_19 = ["引き続き注視していく", "前向きに受け止めている", "説明責任を果たしたい", "まだ判断する段階にない",
            "痛恨の極みだ", "一日も早い復旧を目指す"]
OTHER_19 = ("新井", "健", "common")

# The twentieth set, written blind in session 15 and run once before any fix
NAMES_20 = [
    ("石井", "達也", "common"),
    ("前田", "智子", "common"),
    ("岡本", "和彦", "common"),
    ("渡邊", "恵介", "variant kanji"),
    ("廣瀬", "美穂", "variant kanji"),
    ("齊藤", "隆志", "variant kanji"),
    ("桑原", "颯真", "rare given name"),
    ("内田", "心春", "rare given name"),
    ("菅野", "瑛太", "rare given name"),
    ("南", "凛", "one-kanji parts"),
    ("沖", "匠", "one-kanji parts"),
    ("峰", "薫", "one-kanji parts"),
    ("香川", "真一", "place-name surname"),
    ("福島", "直樹", "place-name surname"),
    ("宮崎", "葵", "place-name surname"),
    ("松田", "あゆみ", "kana given name"),
    ("森本", "けんじ", "kana given name"),
    ("酒井", "のぞみ", "kana given name"),
    ("ペレス", "アナ", "katakana"),
    ("キム", "ミンジュン", "katakana"),
    ("ウィリアムズ", "サラ", "katakana"),
]

TITLES_20 = [
    ("内閣法制局長官", "", "government"),
    ("総裁", "日本銀行", "government"),
    ("大統領", "北浜国", "government"),
    ("環境副大臣", "", "government"),
    ("首相秘書官", "", "government"),
    ("政策審議会長", "民政党", "party"),
    ("共同代表", "民政党", "party"),
    ("区議", "北浜", "assembly"),
    ("県議会副議長", "南原", "assembly"),
    ("副町長", "西山町", "local government"),
    ("教育長", "北浜市", "local government"),
    ("裁判官", "", "court and police"),
    ("警視総監", "", "court and police"),
    ("弁護団長", "", "court and police"),
    ("取締役専務執行役員", "ミナト電工", "company"),
    ("社長室長", "北浜製薬", "company"),
    ("機長", "北浜航空", "company"),
    ("会長", "南原県医師会", "association"),
    ("事務総長", "北浜経済連合会", "association"),
    ("総長", "北浜大学", "university"),
    ("講師", "南原大学", "university"),
    ("大関", "", "sports"),
    ("ヘッドコーチ", "北浜ベアーズ", "sports"),
]

LINES_20 = ["重く受け止めている", "冷静に対応したい", "詳細は調査中だ", "全力で支援していく", "遺憾に思う",
            "議論を尽くすべきだ"]
OTHER_20 = ("浅野", "俊介", "common")

# the twenty-first set, written blind in session 16 (before any run)
NAMES_21 = [
    ("小川", "雅人", "common"),
    ("中島", "由美", "common"),
    ("松本", "孝", "common"),
    ("髙木", "優子", "variant kanji"),
    ("濱口", "誠", "variant kanji"),
    ("邉見", "和夫", "variant kanji"),
    ("佐々木", "結愛", "rare given name"),
    ("大塚", "陽葵", "rare given name"),
    ("新井", "湊", "rare given name"),
    ("原", "翼", "one-kanji parts"),
    ("関", "望", "one-kanji parts"),
    ("泉", "聡", "one-kanji parts"),
    ("熊本", "信也", "place-name surname"),
    ("岡山", "亮", "place-name surname"),
    ("長崎", "知恵", "place-name surname"),
    ("河野", "かおる", "kana given name"),
    ("宇野", "まさみ", "kana given name"),
    ("平田", "ひとみ", "kana given name"),
    ("ゴンサレス", "カルロス", "katakana"),
    ("パク", "ソヨン", "katakana"),
    ("ベルナール", "ルイ", "katakana"),
]

TITLES_21 = [
    ("復興相", "", "government"),
    ("デジタル相", "", "government"),
    ("駐日大使", "北浜国", "government"),
    ("外務審議官", "", "government"),
    ("選挙対策委員長", "民政党", "party"),
    ("総務会長", "民政党", "party"),
    ("市議", "北浜", "assembly"),
    ("議長", "南原県議会", "assembly"),
    ("副知事", "南原県", "local government"),
    ("区長", "北浜区", "local government"),
    ("検事正", "北浜地検", "court and police"),
    ("本部長", "南原県警", "court and police"),
    ("代表取締役", "ミナト物産", "company"),
    ("副社長", "北浜化学", "company"),
    ("常務取締役", "南原電機", "company"),
    ("会頭", "南原商工会議所", "association"),
    ("代表理事", "北浜青年会議所", "association"),
    ("准教授", "北浜大学", "university"),
    ("学部長", "南原大学", "university"),
    ("GM", "北浜ベアーズ", "sports"),
    ("横綱", "", "sports"),
    ("捕手", "", "sports"),
]

LINES_21 = ["誠に申し訳なく思っている", "早急に検討を進める", "地域の声を大切にしたい", "説明責任を果たしていく",
            "引き続き注視していく", "現状では難しいと言わざるを得ない"]
OTHER_21 = ("上田", "茂", "common")

# the twenty-second set, written blind in session 17, before any run
NAMES_22 = [
    ("石井", "健太", "common"),
    ("森", "直子", "common"),
    ("吉村", "大輔", "common"),
    ("齋藤", "隆", "variant kanji"),
    ("德田", "浩二", "variant kanji"),
    ("廣瀬", "直樹", "variant kanji"),
    ("田村", "悠真", "rare given name"),
    ("木下", "紬", "rare given name"),
    ("柴田", "蓮", "rare given name"),
    ("林", "豊", "one-kanji parts"),
    ("堀", "楓", "one-kanji parts"),
    ("辻", "勇", "one-kanji parts"),
    ("福岡", "将人", "place-name surname"),
    ("奈良", "典子", "place-name surname"),
    ("秋田", "豪", "place-name surname"),
    ("杉山", "さくら", "kana given name"),
    ("北条", "あゆみ", "kana given name"),
    ("丸山", "はるか", "kana given name"),
    ("ロドリゲス", "マリア", "katakana"),
    ("ミュラー", "トーマス", "katakana"),
    ("チェン", "ウェイ", "katakana"),
]

TITLES_22 = [
    ("経済再生相", "", "government"),
    ("官房長官", "", "government"),
    ("内閣府副大臣", "", "government"),
    ("防衛政務官", "", "government"),
    ("政調会長", "民政党", "party"),
    ("幹事長代行", "民政党", "party"),
    ("国対委員長", "南原党", "party"),
    ("県議", "南原", "assembly"),
    ("副議長", "南原県議会", "assembly"),
    ("町長", "北浜町", "local government"),
    ("教育長", "南原県", "local government"),
    ("裁判長", "北浜地裁", "court and police"),
    ("署長", "北浜署", "court and police"),
    ("検事長", "南原高検", "court and police"),
    ("会長兼CEO", "ミナト物産", "company"),
    ("専務執行役員", "北浜化学", "company"),
    ("社外取締役", "南原電機", "company"),
    ("理事長", "北浜医師会", "association"),
    ("学長", "北浜大学", "university"),
    ("名誉教授", "南原大学", "university"),
    ("監督", "北浜ベアーズ", "sports"),
    ("大関", "", "sports"),
    ("主将", "北浜FC", "sports"),
    ("投手コーチ", "北浜ベアーズ", "sports"),
]

LINES_22 = ["国民の皆様におわびしたい", "早期の解決を目指す", "現場の声に耳を傾けたい", "一日も早い復旧を願っている",
            "全容の解明に努める", "重く受け止めなければならない"]
OTHER_22 = ("三浦", "健一", "common")

# A twenty-third set, written on 2026-12-01 (session 18) before its first run.
NAMES_23 = [
    ("大塚", "雅彦", "common"),
    ("横田", "恵子", "common"),
    ("平野", "修", "common"),
    ("髙木", "英樹", "variant kanji"),
    ("濱口", "俊彦", "variant kanji"),
    ("嶋﨑", "仁", "variant kanji"),
    ("松尾", "陽翔", "rare given name"),
    ("野田", "結菜", "rare given name"),
    ("岩田", "樹", "rare given name"),
    ("関", "亮", "one-kanji parts"),
    ("谷", "薫", "one-kanji parts"),
    ("浜", "茂", "one-kanji parts"),
    ("長崎", "和夫", "place-name surname"),
    ("静岡", "一樹", "place-name surname"),
    ("富山", "真理", "place-name surname"),
    ("坂本", "ゆかり", "kana given name"),
    ("宮田", "ひとみ", "kana given name"),
    ("内田", "なお", "kana given name"),
    ("ペレス", "アナ", "katakana"),
    ("ノバク", "ヤン", "katakana"),
    ("リー", "デビッド", "katakana"),
]

TITLES_23 = [
    ("財務相", "", "government"),
    ("農林水産副大臣", "", "government"),
    ("外務政務官", "", "government"),
    ("内閣官房副長官", "", "government"),
    ("選対委員長", "民政党", "party"),
    ("副代表", "南原党", "party"),
    ("参院議員", "", "assembly"),
    ("市議会議長", "北浜", "assembly"),
    ("副市長", "北浜市", "local government"),
    ("村長", "西山村", "local government"),
    ("地検検事正", "北浜", "court and police"),
    ("本部長", "南原県警", "court and police"),
    ("被告", "", "court and police"),
    ("代表取締役会長", "ミナト重工", "company"),
    ("常務取締役", "北浜興産", "company"),
    ("広報部長", "南原電鉄", "company"),
    ("会頭", "北浜商工会議所", "association"),
    ("副学長", "南原大学", "university"),
    ("准教授", "北浜工業大学", "university"),
    ("ヘッドコーチ", "北浜ベアーズ", "sports"),
    ("関脇", "", "sports"),
    ("監督", "南原FC", "sports"),
]

LINES_23 = ["引き続き丁寧に説明したい", "重大な事態と受け止めている", "早急に原因を究明する", "まだ何も決まっていない",
            "地域の理解を得たい", "適切に対応していく"]
OTHER_23 = ("森本", "和也", "common")

# A twenty-fourth set, written on 2026-12-01 (session 21) before its first run: the places and bodies are written as
# real news writes them (大阪府, 愛知県警, 東京地裁), the titles are ones no set above has.
NAMES_24 = [
    ("岡村", "和人", "common"),
    ("北野", "裕子", "common"),
    ("三木", "孝", "common"),
    ("齋木", "達郎", "variant kanji"),
    ("髙畑", "美紀", "variant kanji"),
    ("濱崎", "浩", "variant kanji"),
    ("西田", "湊翔", "rare given name"),
    ("荒井", "結心", "rare given name"),
    ("北原", "絆", "rare given name"),
    ("岸", "敦", "one-kanji parts"),
    ("牧", "昴", "one-kanji parts"),
    ("畑", "晶", "one-kanji parts"),
    ("宮城", "俊之", "place-name surname"),
    ("松江", "秀樹", "place-name surname"),
    ("鳥取", "麻衣", "place-name surname"),
    ("岡田", "みゆき", "kana given name"),
    ("松井", "かずみ", "kana given name"),
    ("堀内", "あきら", "kana given name"),
    ("ベッカー", "ルーカス", "katakana"),
    ("オルティス", "ディエゴ", "katakana"),
    ("ホフマン", "クララ", "katakana"),
]

TITLES_24 = [
    ("文部科学政務官", "", "government"),
    ("国土交通副大臣", "", "government"),
    ("法務事務次官", "", "government"),
    ("副大統領", "米国", "foreign government"),
    ("外交部報道官", "中国", "foreign government"),
    ("政調副会長", "国民連合", "party"),
    ("議会運営委員長", "横浜市議会", "assembly"),
    ("府議", "大阪", "assembly"),
    ("知事", "愛知県", "local government"),
    ("副知事", "大阪府", "local government"),
    ("市長", "横浜市", "local government"),
    ("裁判長", "東京地裁", "court and police"),
    ("捜査2課長", "愛知県警", "court and police"),
    ("取締役社長", "東洋重工", "company"),
    ("上席執行役員", "日本通信工業", "company"),
    ("CFO", "東洋重工", "company"),
    ("専務理事", "日本サッカー協会", "association"),
    ("特任教授", "京都大学", "university"),
    ("二軍監督", "大阪ブルズ", "sports"),
    ("小結", "", "sports"),
    ("調教師", "", "sports"),
]

LINES_24 = ["真摯に受け止めたい", "現段階では答えられない", "一刻も早く結論を出したい", "安全を最優先に考える",
            "地元と丁寧に協議していく", "到底受け入れられない"]
OTHER_24 = ("上村", "洋平", "common")

# A twenty-fifth set, written on 2026-12-01 (session 22) before its first run: titles no set above has, of the
# agencies, courts, companies and teams news reports on, with the bodies real news names.
NAMES_25 = [
    ("今村", "直樹", "common"),
    ("吉川", "真理", "common"),
    ("水野", "誠", "common"),
    ("髙松", "裕介", "variant kanji"),
    ("﨑村", "博", "variant kanji"),
    ("德山", "亜希", "variant kanji"),
    ("吉村", "煌斗", "rare given name"),
    ("安田", "陽翔", "rare given name"),
    ("河合", "心結", "rare given name"),
    ("林", "悟", "one-kanji parts"),
    ("杉", "渚", "one-kanji parts"),
    ("滝", "勉", "one-kanji parts"),
    ("徳島", "隆", "place-name surname"),
    ("福井", "沙織", "place-name surname"),
    ("長野", "洋介", "place-name surname"),
    ("竹田", "ゆかり", "kana given name"),
    ("小池", "しおり", "kana given name"),
    ("宇野", "たけし", "kana given name"),
    ("シュミット", "ヨナス", "katakana"),
    ("ガルシア", "マテオ", "katakana"),
    ("ノヴァク", "トマシュ", "katakana"),
]

TITLES_25 = [
    ("観光庁長官", "", "government"),
    ("外務事務次官", "", "government"),
    ("内閣広報官", "", "government"),
    ("国家主席", "中国", "foreign government"),
    ("国連大使", "米国", "foreign government"),
    ("参院国対委員長", "国民連合", "party"),
    ("広報本部長", "国民連合", "party"),
    ("市議団長", "大阪維新", "assembly"),
    ("村議", "長野県", "assembly"),
    ("副区長", "世田谷区", "local government"),
    ("交通部長", "警視庁", "court and police"),
    ("判事補", "東京地裁", "court and police"),
    ("副検事", "大阪区検", "court and police"),
    ("代表取締役副社長", "東洋重工", "company"),
    ("取締役常務執行役員", "日本通信工業", "company"),
    ("最高情報責任者", "東洋重工", "company"),
    ("副会長兼専務理事", "日本陸上競技連盟", "association"),
    ("副学部長", "大阪大学", "university"),
    ("編成部長", "大阪ブルズ", "sports"),
    ("内野守備走塁コーチ", "大阪ブルズ", "sports"),
    ("前頭", "", "sports"),
]

LINES_25 = ["重く受け止めている", "詳細は把握していない", "今後も緊張感を持って取り組む", "信頼回復に努めたい",
            "現時点でコメントは控える", "全力で支援していく"]
OTHER_25 = ("上原", "和夫", "common")

# A twenty-sixth set, written on 2026-12-01 (session 23) before its first run: surnames of three and four kanji,
# given names with 之 and 々, variant kanji in both parts, prefectures as surnames; titles of the press, temples,
# museums and hospitals, and of officials no set above has.
NAMES_26 = [
    ("岡本", "修", "common"),
    ("菅原", "美穂", "common"),
    ("大塚", "健太", "common"),
    ("廣瀬", "惠", "variant kanji"),
    ("藏本", "彌生", "variant kanji"),
    ("嶋田", "晃", "variant kanji"),
    ("五十嵐", "龍之介", "rare given name"),
    ("東海林", "菜々子", "rare given name"),
    ("勅使河原", "慎之介", "rare given name"),
    ("森", "力", "one-kanji parts"),
    ("堤", "翔", "one-kanji parts"),
    ("泉", "光", "one-kanji parts"),
    ("宮城", "大地", "place-name surname"),
    ("滋賀", "正人", "place-name surname"),
    ("岡山", "栞", "place-name surname"),
    ("一ノ瀬", "まなみ", "kana given name"),
    ("二階堂", "ひかる", "kana given name"),
    ("佐藤", "みどり", "kana given name"),
    ("オコンコ", "チディ", "katakana"),
    ("ヴィエイラ", "ルーカス", "katakana"),
    ("ハンセン", "エリック", "katakana"),
]

TITLES_26 = [
    ("防衛事務次官", "", "government"),
    ("国務次官", "米国", "foreign government"),
    ("主任裁判官", "大阪高裁", "court and police"),
    ("取締役会議長", "東洋重工", "company"),
    ("頭取", "みなと銀行", "company"),
    ("病院長", "大阪大学医学部附属病院", "university"),
    ("報道局長", "東都テレビ", "press"),
    ("解説委員長", "東都テレビ", "press"),
    ("論説委員", "東都新聞", "press"),
    ("編集局長", "東都新聞", "press"),
    ("支局長", "共同通信", "press"),
    ("知事公室長", "沖縄県", "local government"),
    ("議会事務局長", "横浜市", "local government"),
    ("園長", "上野動物園", "local government"),
    ("館長", "国立西洋美術館", "association"),
    ("宮司", "出雲大社", "association"),
    ("住職", "延暦寺", "association"),
    ("議員団長", "国民連合", "party"),
    ("選挙対策委員長", "国民連合", "party"),
    ("副議長", "大阪府議会", "assembly"),
    ("育成コーチ", "大阪ブルズ", "sports"),
]

LINES_26 = ["責任を痛感している", "早急に原因を究明したい", "一切関与していない", "前向きに検討したい",
            "引き続き注視していく", "誠に遺憾に思う"]
OTHER_26 = ("村田", "和也", "common")

NAMES_27 = [
    ("寺田", "直樹", "common"),
    ("松岡", "由美", "common"),
    ("杉山", "誠一", "common"),
    ("澤村", "浩", "variant kanji"),
    ("冨田", "純", "variant kanji"),
    ("濱口", "智子", "variant kanji"),
    ("御手洗", "颯太", "rare given name"),
    ("小鳥遊", "凛", "rare given name"),
    ("百目鬼", "航", "rare given name"),
    ("萩", "忍", "one-kanji parts"),
    ("楠", "聡", "one-kanji parts"),
    ("畑", "守", "one-kanji parts"),
    ("山形", "健司", "place-name surname"),
    ("長崎", "亮", "place-name surname"),
    ("新潟", "雅人", "place-name surname"),
    ("野口", "かなえ", "kana given name"),
    ("松下", "ゆうこ", "kana given name"),
    ("岸本", "あゆむ", "kana given name"),
    ("ドラギッチ", "ミラン", "katakana"),
    ("オリヴェイラ", "ペドロ", "katakana"),
    ("カプール", "ラジ", "katakana"),
]

TITLES_27 = [
    ("拉致問題担当相", "", "government"),
    ("特命全権大使", "", "government"),
    ("統合幕僚長", "自衛隊", "government"),
    ("次長検事", "最高検", "court and police"),
    ("最高裁長官", "", "court and police"),
    ("代表執行役", "北斗電機", "company"),
    ("取締役副社長", "北斗電機", "company"),
    ("監査役", "北斗電機", "company"),
    ("労組委員長", "北斗電機", "company"),
    ("研究所長", "理化研究機構", "association"),
    ("施設長", "南浜ホーム", "association"),
    ("論説主幹", "東都新聞", "press"),
    ("編集委員", "東都新聞", "press"),
    ("村長", "白川村", "local government"),
    ("副知事", "新潟県", "local government"),
    ("市議会議長", "北浜市", "assembly"),
    ("参院幹事長", "民政党", "party"),
    ("政審会長", "民政党", "party"),
    ("打撃コーチ", "北浜ジェッツ", "sports"),
    ("球団社長", "北浜ジェッツ", "sports"),
    ("校長", "南浜高校", "school"),
]

LINES_27 = ["疑念を招いたことは反省している", "法令違反はなかったと認識している", "関係者に深くおわびしたい",
            "早期の合意を目指す", "断じて容認できない", "捜査には全面的に協力する"]
OTHER_27 = ("石田", "和彦", "common")

NAMES_28 = [
    ("中西", "康弘", "common"),
    ("岩井", "真理", "common"),
    ("黒田", "昌史", "common"),
    ("栁田", "雅之", "variant kanji"),
    ("曾根", "恵子", "variant kanji"),
    ("𠮷川", "浩一", "variant kanji"),
    ("高木", "心晴", "rare given name"),
    ("松村", "碧斗", "rare given name"),
    ("原田", "希空", "rare given name"),
    ("岡", "巧", "one-kanji parts"),
    ("泉", "渚", "one-kanji parts"),
    ("槙", "塁", "one-kanji parts"),
    ("熊谷", "直人", "place-name surname"),
    ("奈良", "美帆", "place-name surname"),
    ("豊田", "光一", "place-name surname"),
    ("平野", "あおい", "kana given name"),
    ("森下", "つばさ", "kana given name"),
    ("三好", "ちひろ", "kana given name"),
    ("ロドリゲス", "カルロス", "katakana"),
    ("コワルスキ", "ヤン", "katakana"),
    ("タン", "メイリン", "katakana"),
]

TITLES_28 = [
    ("駐中国大使", "", "government"),
    ("財務事務次官", "", "government"),
    ("防衛装備庁長官", "", "government"),
    ("広報局長", "民政党", "party"),
    ("幹事長代理", "民政党", "party"),
    ("県議会副議長", "南原", "assembly"),
    ("地裁所長", "北浜", "court and police"),
    ("刑事部長", "南原県警", "court and police"),
    ("編集長", "東都新聞", "press"),
    ("報道部長", "東都テレビ", "press"),
    ("代表取締役会長", "北斗電機", "company"),
    ("執行役員専務", "北斗電機", "company"),
    ("支配人", "北浜ホテル", "company"),
    ("病院長", "北浜中央病院", "association"),
    ("事務局長", "北浜商工会議所", "association"),
    ("副町長", "白川町", "local government"),
    ("副区長", "北浜区", "local government"),
    ("総監督", "北浜ジェッツ", "sports"),
    ("強化委員長", "北浜陸上連盟", "sports"),
    ("教頭", "南浜中学校", "school"),
    ("副検事", "", "court and police"),
]

LINES_28 = ["前向きに検討していきたい", "誠に遺憾である", "説明責任を果たしたい", "安全対策を徹底する",
            "改革の手を緩めない", "詳細は調査中だ"]
OTHER_28 = ("北村", "茂樹", "common")

NAMES_29 = [
    ("大橋", "秀樹", "common"),
    ("小西", "由香", "common"),
    ("桜井", "正人", "common"),
    ("廣田", "修平", "variant kanji"),
    ("髙野", "真奈美", "variant kanji"),
    ("濵口", "健", "variant kanji"),
    ("菅原", "陽菜", "rare given name"),
    ("大橋", "湊斗", "rare given name"),
    ("小西", "結衣花", "rare given name"),
    ("堀", "岳", "one-kanji parts"),
    ("関", "碧", "one-kanji parts"),
    ("南", "凛", "one-kanji parts"),
    ("岐阜", "俊之", "place-name surname"),
    ("福島", "亜希子", "place-name surname"),
    ("秋田", "翔太", "place-name surname"),
    ("桜井", "いずみ", "kana given name"),
    ("嶋田", "ゆうき", "kana given name"),
    ("小西", "みなみ", "kana given name"),
    ("マルティン", "フアン", "katakana"),
    ("ナカムラ", "ケン", "katakana"),
    ("オコエ", "ダニエル", "katakana"),
]

TITLES_29 = [
    ("厚生労働相", "", "government"),
    ("駐英大使", "", "government"),
    ("内閣官房参与", "", "government"),
    ("統括官", "内閣府", "government"),
    ("代表理事", "北浜農協", "association"),
    ("常務理事", "北浜医師会", "association"),
    ("専務", "ミナト工業", "company"),
    ("支店長", "みなと銀行", "company"),
    ("工場長", "ミナト工業", "company"),
    ("巡査部長", "南原署", "court and police"),
    ("警部", "南原県警", "court and police"),
    ("調査官", "最高裁", "court and police"),
    ("弁護団長", "", "court and police"),
    ("解説委員", "東都テレビ", "press"),
    ("編集局長", "東都新聞", "press"),
    ("主務", "南浜大学野球部", "sports"),
    ("監督代行", "北浜ジェッツ", "sports"),
    ("副学長", "南浜大学", "school"),
    ("館長", "北浜市立図書館", "association"),
    ("宮司", "北浜神社", "association"),
    ("町長", "白川町", "local government"),
]

LINES_29 = ["経緯を丁寧に説明したい", "制度の見直しを急ぐ", "地域の安全を守る", "一日も早い解決を願う",
            "厳正に対処する", "ご心配をおかけした"]
OTHER_29 = ("水野", "隆", "common")

NAMES_30 = [
    ("西岡", "慎吾", "common"),
    ("坂井", "千秋", "common"),
    ("大谷", "和樹", "common"),
    ("髙森", "亮介", "variant kanji"),
    ("﨑谷", "康平", "variant kanji"),
    ("德丸", "秀人", "variant kanji"),
    ("星野", "彪雅", "rare given name"),
    ("大森", "杏珠", "rare given name"),
    ("宇佐美", "煌士", "rare given name"),
    ("東", "颯", "one-kanji parts"),
    ("坂", "瞬", "one-kanji parts"),
    ("芝", "恵", "one-kanji parts"),
    ("茨木", "健太郎", "place-name surname"),
    ("佐賀", "裕介", "place-name surname"),
    ("宇治", "真由美", "place-name surname"),
    ("戸田", "さやか", "kana given name"),
    ("永井", "ゆい", "kana given name"),
    ("村松", "はじめ", "kana given name"),
    ("フォンテーヌ", "クロエ", "katakana"),
    ("ムワンギ", "ジョセフ", "katakana"),
    ("レイエス", "ミゲル", "katakana"),
]

TITLES_30 = [
    ("沖縄北方担当相", "", "government"),
    ("国家安全保障局長", "", "government"),
    ("駐韓大使", "", "government"),
    ("国際局長", "民政党", "party"),
    ("総務委員長", "北浜市議会", "assembly"),
    ("特捜部長", "南原地検", "court and police"),
    ("警備部長", "南原県警", "court and police"),
    ("首席調査官", "最高裁", "court and police"),
    ("取締役営業本部長", "ミナト工業", "company"),
    ("CTO", "ミナトテック", "company"),
    ("副社長執行役員", "みなと銀行", "company"),
    ("広報担当部長", "ミナト工業", "company"),
    ("主任研究員", "北浜総合研究所", "company"),
    ("政治部長", "東都新聞", "press"),
    ("球団本部長", "北浜ジェッツ", "sports"),
    ("学長", "南浜大学", "university"),
    ("法学部長", "南浜大学", "university"),
    ("顧問", "北浜医師会", "association"),
    ("監事", "北浜農協", "association"),
    ("危機管理監", "北浜市", "local government"),
    ("副大統領", "", "foreign government"),
]

LINES_30 = ["現場の声に耳を傾けたい", "あらゆる手段を検討する", "責任を痛感している", "協議を続けていく",
            "安心して暮らせる街にしたい", "事実関係を確認中だ"]
OTHER_30 = ("松浦", "孝之", "common")

NAMES_31 = [
    ("青山", "智史", "common"),
    ("工藤", "直美", "common"),
    ("長尾", "康介", "common"),
    ("齋藤", "礼子", "variant kanji"),
    ("邉見", "剛士", "variant kanji"),
    ("槇野", "亮平", "variant kanji"),
    ("三上", "蒼介", "rare given name"),
    ("永田", "陽向", "rare given name"),
    ("内海", "紬希", "rare given name"),
    ("林", "凜", "one-kanji parts"),
    ("辻", "颯", "one-kanji parts"),
    ("北", "尚", "one-kanji parts"),
    ("大和", "健一", "place-name surname"),
    ("三島", "孝子", "place-name surname"),
    ("小倉", "隆之", "place-name surname"),
    ("原", "ゆりか", "kana given name"),
    ("荒木", "まどか", "kana given name"),
    ("横山", "ひろみ", "kana given name"),
    ("アルバレス", "ホセ", "katakana"),
    ("ニルセン", "イダ", "katakana"),
    ("ソン", "ミンソク", "katakana"),
]

TITLES_31 = [
    ("国土交通事務次官", "", "government"),
    ("内閣府特命担当相", "", "government"),
    ("駐仏大使", "", "government"),
    ("参院政審会長", "民政党", "party"),
    ("県議団長", "民政党", "party"),
    ("予算特別委員長", "北浜市議会", "assembly"),
    ("地裁判事", "南原", "court and police"),
    ("刑事部長", "南原地検", "court and police"),
    ("交通課長", "南原署", "court and police"),
    ("取締役会長", "ミナト工業", "company"),
    ("常務執行役員", "みなと銀行", "company"),
    ("広報室長", "ミナトテック", "company"),
    ("最高財務責任者", "ミナトテック", "company"),
    ("論説委員長", "東都新聞", "press"),
    ("ゼネラルマネジャー", "北浜ジェッツ", "sports"),
    ("副学長", "南浜大学", "university"),
    ("研究科長", "南浜大学", "university"),
    ("事務総長", "北浜商工会議所", "association"),
    ("理事", "北浜医師会", "association"),
    ("副町長", "白川町", "local government"),
    ("外相", "", "foreign government"),
]

LINES_31 = ["職責を全うしたい", "事態を注視している", "誠意をもって対応する", "検証を急ぎたい",
            "丁寧な説明に努める", "再発防止策をまとめる"]
OTHER_31 = ("宮内", "達郎", "common")

NAMES_32 = [
    ("新田", "哲也", "common"),
    ("土井", "恵子", "common"),
    ("大野", "雅之", "common"),
    ("瀨戸", "健太郎", "variant kanji"),
    ("峯岸", "由紀", "variant kanji"),
    ("國枝", "真理", "variant kanji"),
    ("渕上", "心陽", "rare given name"),
    ("甲斐", "暖人", "rare given name"),
    ("岡野", "汐里", "rare given name"),
    ("城", "旭", "one-kanji parts"),
    ("岩", "翠", "one-kanji parts"),
    ("柴", "凪", "one-kanji parts"),
    ("松江", "直樹", "place-name surname"),
    ("米沢", "美穂", "place-name surname"),
    ("高岡", "亮", "place-name surname"),
    ("小泉", "あずさ", "kana given name"),
    ("片山", "ひなた", "kana given name"),
    ("堀江", "みのり", "kana given name"),
    ("バスケス", "ルシア", "katakana"),
    ("パテル", "ラジ", "katakana"),
    ("ドラグノフ", "イワン", "katakana"),
]

TITLES_32 = [
    ("資源エネルギー庁長官", "", "government"),
    ("外務次官", "", "government"),
    ("財務副大臣", "", "government"),
    ("幹事長代理", "民政党", "party"),
    ("政務調査会長代理", "民政党", "party"),
    ("副議長", "北浜県議会", "assembly"),
    ("生活安全部長", "南原県警", "court and police"),
    ("次席検事", "南原地検", "court and police"),
    ("刑事課長", "北浜署", "court and police"),
    ("財務部長", "みなと銀行", "company"),
    ("事業本部長", "ミナト工業", "company"),
    ("代表取締役副社長", "ミナトテック", "company"),
    ("最高執行責任者", "ミナト工業", "company"),
    ("報道局長", "北浜テレビ", "press"),
    ("投手コーチ", "北浜ジェッツ", "sports"),
    ("病院長", "南浜大学", "university"),
    ("准教授", "南浜大学", "university"),
    ("副理事長", "北浜医師会", "association"),
    ("事務局長", "北浜農協", "association"),
    ("副知事", "南原県", "local government"),
    ("国防長官", "", "foreign government"),
]

LINES_32 = ["改善策を速やかに示す", "地域経済への影響を注視する", "全面的に協力していく", "判断は時期尚早だ",
            "説明責任を果たしたい", "計画の見直しは避けられない"]
OTHER_32 = ("吉岡", "正人", "common")

NAMES_33 = [
    ("野々村", "誠", "common"),
    ("伊東", "京子", "common"),
    ("杉田", "浩之", "common"),
    ("增井", "浩", "variant kanji"),
    ("峯村", "裕子", "variant kanji"),
    ("冨岡", "大輔", "variant kanji"),
    ("桑田", "煌雅", "rare given name"),
    ("成瀬", "叶翔", "rare given name"),
    ("真鍋", "紬", "rare given name"),
    ("宮", "陸", "one-kanji parts"),
    ("梅", "凛", "one-kanji parts"),
    ("畑", "蒼", "one-kanji parts"),
    ("徳島", "康弘", "place-name surname"),
    ("諏訪", "恵美", "place-name surname"),
    ("浜松", "淳", "place-name surname"),
    ("藤本", "かおる", "kana given name"),
    ("村井", "さやか", "kana given name"),
    ("杉浦", "たくみ", "kana given name"),
    ("ルロワ", "ジャンピエール", "katakana"),
    ("ハッサン", "アリ", "katakana"),
    ("ノヴァク", "マレク", "katakana"),
]

TITLES_33 = [
    ("公正取引委員長", "", "government"),
    ("消費者庁長官", "", "government"),
    ("首相補佐官", "", "government"),
    ("代表代行", "民政党", "party"),
    ("選対本部長", "民政党", "party"),
    ("決算特別委員長", "南原県議会", "assembly"),
    ("捜査二課長", "南原県警", "court and police"),
    ("検事正", "南原地検", "court and police"),
    ("経営企画部長", "ミナトテック", "company"),
    ("社長室長", "ミナト工業", "company"),
    ("最高技術責任者", "ミナトテック", "company"),
    ("専務取締役", "みなと銀行", "company"),
    ("編集長", "週刊北浜", "press"),
    ("総監督", "北浜ジェッツ", "sports"),
    ("医学部長", "南浜大学", "university"),
    ("特任教授", "南浜大学", "university"),
    ("会長", "北浜観光協会", "association"),
    ("常務理事", "北浜医師会", "association"),
    ("副市長", "北浜市", "local government"),
    ("大統領首席補佐官", "", "foreign government"),
    ("外相", "", "foreign government"),
]

LINES_33 = ["制度の抜本的な見直しが必要だ", "被害者の救済を急ぐ", "指摘は当たらない", "引き続き注視していきたい",
            "党として結束して臨む", "極めて遺憾だ"]
OTHER_33 = ("片桐", "茂", "common")

NAMES_34 = [
    ("安藤", "正樹", "common"),
    ("北村", "裕美", "common"),
    ("酒井", "健二", "common"),
    ("廣川", "誠", "variant kanji"),
    ("栁沢", "美香", "variant kanji"),
    ("眞田", "浩一", "variant kanji"),
    ("三浦", "律希", "rare given name"),
    ("福田", "瑚都", "rare given name"),
    ("大西", "湊翔", "rare given name"),
    ("谷", "萌", "one-kanji parts"),
    ("堀", "律", "one-kanji parts"),
    ("岸", "蒼", "one-kanji parts"),
    ("秋田", "茂", "place-name surname"),
    ("福井", "亜希子", "place-name surname"),
    ("金沢", "秀人", "place-name surname"),
    ("坂口", "ゆかり", "kana given name"),
    ("望月", "あおい", "kana given name"),
    ("宮崎", "さとし", "kana given name"),
    ("オコンジョ", "ンゴジ", "katakana"),
    ("イヴァノヴァ", "エレナ", "katakana"),
    ("チャン", "ウェイ", "katakana"),
]

TITLES_34 = [
    ("統合幕僚長", "", "government"),
    ("防衛政務官", "", "government"),
    ("官房審議官", "", "government"),
    ("代表", "民政党", "party"),
    ("国対委員長代理", "民政党", "party"),
    ("議長", "北浜区議会", "assembly"),
    ("最高裁長官", "", "court and police"),
    ("県警本部長", "南原", "court and police"),
    ("社長兼CEO", "ミナトテック", "company"),
    ("執行役員", "みなと銀行", "company"),
    ("院長", "北浜中央病院", "company"),
    ("編集局次長", "東都新聞", "press"),
    ("監督", "北浜ジェッツ", "sports"),
    ("校長", "北浜中学校", "university"),
    ("客員研究員", "南浜大学", "university"),
    ("中央執行委員長", "ミナト労組", "association"),
    ("宮司", "北浜神社", "association"),
    ("消防局長", "北浜市", "local government"),
    ("区長", "北浜区", "local government"),
    ("国連事務次長", "", "foreign government"),
    ("駐日大使", "", "foreign government"),
]

LINES_34 = ["国民の安全を守り抜く", "現場の判断を尊重したい", "再発防止を徹底する", "まだ結論は出ていない",
            "一日も早い復旧を目指す", "誠に申し訳ない"]
OTHER_34 = ("富田", "健一", "common")

NAMES_35 = [
    ("岩崎", "隆之", "common"),
    ("小池", "紀子", "common"),
    ("松尾", "和也", "common"),
    ("齋藤", "千尋", "variant kanji"),
    ("櫻井", "哲也", "variant kanji"),
    ("﨑本", "亮", "variant kanji"),
    ("石川", "煌大", "rare given name"),
    ("吉村", "結芽", "rare given name"),
    ("水野", "暖人", "rare given name"),
    ("泉", "渚", "one-kanji parts"),
    ("南", "柊", "one-kanji parts"),
    ("東", "葵", "one-kanji parts"),
    ("奈良", "圭介", "place-name surname"),
    ("宮城", "涼子", "place-name surname"),
    ("富山", "慎也", "place-name surname"),
    ("内田", "かおる", "kana given name"),
    ("柴田", "ゆうき", "kana given name"),
    ("菊地", "あかね", "kana given name"),
    ("ハーディング", "ルーシー", "katakana"),
    ("アブドゥラ", "ハリド", "katakana"),
    ("ペトロフ", "イワン", "katakana"),
]

TITLES_35 = [
    ("沖縄北方担当相", "", "government"),
    ("国土交通副大臣", "", "government"),
    ("文部科学政務官", "", "government"),
    ("幹事長代行", "民政党", "party"),
    ("政調会長代理", "民政党", "party"),
    ("副議長", "北浜市議会", "assembly"),
    ("副市長", "北浜市", "local government"),
    ("検事正", "北浜地検", "court and police"),
    ("署長", "北浜南署", "court and police"),
    ("常務取締役", "ミナトテック", "company"),
    ("代表取締役社長兼CEO", "みなと電機", "company"),
    ("会長兼CEO", "北浜ホールディングス", "company"),
    ("労務担当部長", "南原製作所", "company"),
    ("編集主幹", "東都新聞", "press"),
    ("球団代表", "北浜ジェッツ", "sports"),
    ("投手コーチ", "北浜ジェッツ", "sports"),
    ("副学長", "南浜大学", "university"),
    ("名誉教授", "北浜大学", "university"),
    ("事務局長", "北浜観光協会", "association"),
    ("国防相", "ドイツ", "foreign"),
    ("首相", "ニュージーランド", "foreign"),
]

LINES_35 = ["責任の重さを痛感している", "丁寧に説明を尽くしたい", "全力で再建に取り組む", "現時点では答えられない",
            "大変遺憾に思う", "地域の声に耳を傾ける"]
OTHER_35 = ("石井", "大樹", "common")

NAMES_36 = [
    ("上野", "陽介", "common"),
    ("中川", "智子", "common"),
    ("石原", "大輔", "common"),
    ("濱口", "真司", "variant kanji"),
    ("國分", "隆", "variant kanji"),
    ("澁谷", "直美", "variant kanji"),
    ("小野寺", "心愛", "rare given name"),
    ("宇佐美", "蒼大", "rare given name"),
    ("早乙女", "琉生", "rare given name"),
    ("李", "明華", "one-kanji parts"),
    ("朴", "昌浩", "one-kanji parts"),
    ("張", "偉", "one-kanji parts"),
    ("広島", "健太", "place-name surname"),
    ("岡山", "美穂", "place-name surname"),
    ("神戸", "雅也", "place-name surname"),
    ("小島", "あゆみ", "kana given name"),
    ("堤", "ちなつ", "kana given name"),
    ("高田", "まなぶ", "kana given name"),
    ("ルロワ", "ジャン＝ピエール", "katakana"),
    ("ゴンサレス", "アナ", "katakana"),
    ("オコナー", "ショーン", "katakana"),
]

TITLES_36 = [
    ("国家公安委員長", "", "government"),
    ("財務事務次官", "", "government"),
    ("金融担当相", "", "government"),
    ("党首", "みらい党", "party"),
    ("書記局長", "民政党", "party"),
    ("総務委員長", "南原県議会", "assembly"),
    ("教育長", "北浜市", "local government"),
    ("捜査1課長", "南原県警", "court and police"),
    ("主任弁護人", "", "court and police"),
    ("頭取", "みなと銀行", "company"),
    ("取締役会議長", "ミナトテック", "company"),
    ("最高執行責任者", "北浜電機", "company"),
    ("社主", "東都新聞", "press"),
    ("論説委員", "南原日報", "press"),
    ("GM", "北浜ジェッツ", "sports"),
    ("主将", "南浜大学ラグビー部", "sports"),
    ("教授", "北浜工業大学", "university"),
    ("会頭", "北浜商工会議所", "association"),
    ("国家主席", "中国", "foreign"),
    ("統一相", "韓国", "foreign"),
    ("報道官", "ロシア外務省", "foreign"),
]

LINES_36 = ["引き続き注視していく", "説明が足りなかった", "国民の理解を得たい", "結果を真摯に受け止める",
            "これ以上の遅れは許されない", "前向きに検討したい"]
OTHER_36 = ("藤本", "誠", "common")

NAMES_37 = [
    ("森下", "健一", "common"),
    ("川村", "由美", "common"),
    ("杉山", "翔太", "common"),
    ("德永", "浩二", "variant kanji"),
    ("瀨川", "美咲", "variant kanji"),
    ("槇原", "拓真", "variant kanji"),
    ("勅使河原", "結愛", "rare given name"),
    ("五十嵐", "煌", "rare given name"),
    ("東海林", "颯", "rare given name"),
    ("岸", "遼", "one-kanji parts"),
    ("辻", "蒼", "one-kanji parts"),
    ("呉", "俊傑", "one-kanji parts"),
    ("長野", "亮介", "place-name surname"),
    ("福井", "沙織", "place-name surname"),
    ("奈良", "大地", "place-name surname"),
    ("松浦", "さやか", "kana given name"),
    ("吉岡", "ゆうき", "kana given name"),
    ("桜井", "みのり", "kana given name"),
    ("ミュラー", "トーマス", "katakana"),
    ("シャルマ", "ラジ", "katakana"),
    ("デ・ラ・クルス", "マリア", "katakana"),
]

TITLES_37 = [
    ("外務副大臣", "", "government"),
    ("復興相", "", "government"),
    ("内閣法制局長官", "", "government"),
    ("選挙対策委員長", "民政党", "party"),
    ("幹事長代行", "みらい党", "party"),
    ("議会運営委員長", "北浜市議会", "assembly"),
    ("副市長", "南原市", "local government"),
    ("検事正", "北浜地検", "court and police"),
    ("裁判官", "南原地裁", "court and police"),
    ("署長", "北浜中央署", "court and police"),
    ("代表執行役", "ミナトテック", "company"),
    ("専務取締役", "北浜電機", "company"),
    ("広報部長", "みなと銀行", "company"),
    ("編集局長", "東都新聞", "press"),
    ("球団社長", "北浜ジェッツ", "sports"),
    ("学長", "南原大学", "university"),
    ("理事長", "日本北浜協会", "association"),
    ("国防相", "ドイツ", "foreign"),
    ("大統領報道官", "米国", "foreign"),
    ("外相", "インド", "foreign"),
    ("専務理事", "南原県農協", "association"),
]

LINES_37 = ["真摯に対応していく", "誠に遺憾に思う", "原因の調査を急ぎたい", "慎重に判断する", "責任は極めて重い",
            "関係者に協力を求めていく"]
OTHER_37 = ("宮本", "和也", "common")

NAMES_38 = [
    ("西村", "恵子", "common"),
    ("岡本", "大樹", "common"),
    ("藤原", "真理", "common"),
    ("栁田", "恭平", "variant kanji"),
    ("曾根", "彩花", "variant kanji"),
    ("渡邉", "誠", "variant kanji"),
    ("一ノ瀬", "心晴", "rare given name"),
    ("小鳥遊", "陽葵", "rare given name"),
    ("百瀬", "律", "rare given name"),
    ("関", "碧", "one-kanji parts"),
    ("楊", "志強", "one-kanji parts"),
    ("黄", "美玲", "one-kanji parts"),
    ("熊本", "直樹", "place-name surname"),
    ("宮城", "咲", "place-name surname"),
    ("千葉", "陸", "place-name surname"),
    ("星野", "あかね", "kana given name"),
    ("井上", "ひかる", "kana given name"),
    ("森", "さくら", "kana given name"),
    ("ウィリアムズ", "サラ", "katakana"),
    ("コワルスキ", "ピョートル", "katakana"),
    ("アル＝ハサン", "アフマド", "katakana"),
]

TITLES_38 = [
    ("官房副長官", "", "government"),
    ("経済安全保障担当相", "", "government"),
    ("防衛事務次官", "", "government"),
    ("参院議員会長", "民政党", "party"),
    ("代表代行", "みらい党", "party"),
    ("市議会副議長", "北浜市", "assembly"),
    ("教育委員長", "北浜市", "local government"),
    ("特捜部長", "北浜地検", "court and police"),
    ("被告", "", "court and police"),
    ("弁護団長", "", "court and police"),
    ("最高財務責任者", "ミナトテック", "company"),
    ("常務執行役員", "北浜電機", "company"),
    ("社外取締役", "みなと銀行", "company"),
    ("報道局長", "北浜テレビ", "press"),
    ("打撃コーチ", "南浜ベアーズ", "sports"),
    ("主務", "南浜大学野球部", "sports"),
    ("名誉教授", "北浜大学", "university"),
    ("事務総長", "日本北浜連盟", "association"),
    ("首席補佐官", "米大統領", "foreign"),
    ("外務次官", "韓国", "foreign"),
    ("監督", "南原FC", "sports"),
]

LINES_38 = ["説明責任を果たしたい", "判断は適切だった", "引き続き協議を続ける", "深くおわびする", "事実関係を確認中だ",
            "結論を急ぐべきではない"]
OTHER_38 = ("石井", "正人", "common")

NAMES_39 = [
    ("中島", "健一", "common"),
    ("小林", "由美", "common"),
    ("斎藤", "翔太", "common"),
    ("髙木", "隆", "variant kanji"),
    ("濵田", "結衣", "variant kanji"),
    ("齋藤", "光", "variant kanji"),
    ("勘解由小路", "聡", "rare given name"),
    ("鬼頭", "煌星", "rare given name"),
    ("五百旗頭", "舞", "rare given name"),
    ("蔡", "英明", "one-kanji parts"),
    ("林", "檀", "one-kanji parts"),
    ("魏", "大勲", "one-kanji parts"),
    ("奈良", "岳", "place-name surname"),
    ("高松", "結菜", "place-name surname"),
    ("松江", "航", "place-name surname"),
    ("西田", "みのり", "kana given name"),
    ("大谷", "こはる", "kana given name"),
    ("岩井", "なぎさ", "kana given name"),
    ("マルティネス", "ルシア", "katakana"),
    ("オルセン", "ラース", "katakana"),
    ("ファン・デル・ベルフ", "ヤン", "katakana"),
]

TITLES_39 = [
    ("国土交通相", "", "government"),
    ("内閣府副大臣", "", "government"),
    ("幹事長代理", "みらい党", "party"),
    ("総務会長", "民政党", "party"),
    ("県議会議長", "北浜県", "assembly"),
    ("副市長", "南原市", "local government"),
    ("裁判長", "北浜地裁", "court and police"),
    ("刑事部長", "北浜県警", "court and police"),
    ("容疑者", "", "court and police"),
    ("代表取締役会長", "ミナトテック", "company"),
    ("執行役員", "北浜製薬", "company"),
    ("広報部長", "みなと航空", "company"),
    ("論説委員長", "北浜新聞", "press"),
    ("主将", "南浜高校ラグビー部", "sports"),
    ("ヘッドコーチ", "北浜ブレイブス", "sports"),
    ("投手コーチ", "北浜ファイターズ", "sports"),
    ("学長", "南原大学", "university"),
    ("会長", "北浜商工会議所", "association"),
    ("国防相", "仏", "foreign"),
    ("報道官", "中国外務省", "foreign"),
]

LINES_39 = ["対応を急ぎたい", "不安を与えて申し訳ない", "方針に変わりはない", "議論を尽くす必要がある", "詳細は調査中だ",
            "現場の声を聞きたい"]
OTHER_39 = ("村上", "和也", "common")

NAMES_40 = [
    ("太田", "悠人", "common"),
    ("近藤", "麻美", "common"),
    ("青木", "拓也", "common"),
    ("淺野", "真一", "variant kanji"),
    ("山嵜", "翔", "variant kanji"),
    ("黑川", "美和", "variant kanji"),
    ("九十九", "湊", "rare given name"),
    ("十文字", "遥", "rare given name"),
    ("躑躅森", "晶", "rare given name"),
    ("秦", "怜", "one-kanji parts"),
    ("郭", "宇", "one-kanji parts"),
    ("余", "航", "one-kanji parts"),
    ("大津", "亮平", "place-name surname"),
    ("桐生", "蒼", "place-name surname"),
    ("鎌倉", "大樹", "place-name surname"),
    ("三井", "あやめ", "kana given name"),
    ("堀田", "つぐみ", "kana given name"),
    ("吉永", "ゆず", "kana given name"),
    ("オドノヒュー", "シアラン", "katakana"),
    ("ンドゥール", "ママドゥ", "katakana"),
    ("サン・ピエール", "リュック", "katakana"),
]

TITLES_40 = [
    ("環境事務次官", "", "government"),
    ("地方創生担当相", "", "government"),
    ("政調会長代行", "みらい党", "party"),
    ("組織運動本部長", "民政党", "party"),
    ("議院運営委員長", "参院", "assembly"),
    ("県議会総務委員長", "北浜県", "assembly"),
    ("捜査三課長", "北浜県警", "court and police"),
    ("特捜部副部長", "南原地検", "court and police"),
    ("弁護団事務局長", "原告", "court and police"),
    ("取締役副会長", "ミナトテック", "company"),
    ("最高マーケティング責任者", "北浜製薬", "company"),
    ("執行役員広報部長", "みなと航空", "company"),
    ("外信部長", "北浜新聞", "press"),
    ("副将", "南浜高校柔道部", "sports"),
    ("打撃投手", "北浜ファイターズ", "sports"),
    ("附属病院長", "南原大学", "university"),
    ("会長代理", "北浜青年会議所", "association"),
    ("国務副長官", "米", "foreign"),
    ("外交部長", "台湾", "foreign"),
    ("欧州委員長", "EU", "foreign"),
]

LINES_40 = ["責任の所在を明らかにしたい", "早急に原因を究明する", "誠に遺憾に思う", "一歩ずつ前に進むしかない",
            "地元の理解を得る努力を続ける", "今は何も申し上げられない"]
OTHER_40 = ("坂田", "智也", "common")

NAMES_41 = [
    ("岩崎", "大和", "common"),
    ("小野寺", "千尋", "common"),
    ("平野", "健吾", "common"),
    ("髙木", "雄一", "variant kanji"),
    ("濵田", "恵", "variant kanji"),
    ("德永", "由紀", "variant kanji"),
    ("小鳥遊", "詩", "rare given name"),
    ("五十嵐", "煌", "rare given name"),
    ("勅使河原", "凛", "rare given name"),
    ("林", "陸", "one-kanji parts"),
    ("関", "渚", "one-kanji parts"),
    ("姜", "敏", "one-kanji parts"),
    ("長崎", "颯太", "place-name surname"),
    ("秋田", "結衣", "place-name surname"),
    ("熊本", "一輝", "place-name surname"),
    ("今村", "さくら", "kana given name"),
    ("野口", "ひかる", "kana given name"),
    ("大西", "あかり", "kana given name"),
    ("ヴァンデンブルック", "ピーテル", "katakana"),
    ("アル・ハシミ", "ナディア", "katakana"),
    ("ムワンギ", "ジョセフ", "katakana"),
]

TITLES_41 = [
    ("経済再生担当相", "", "government"),
    ("内閣府副大臣", "", "government"),
    ("選挙対策委員長", "みらい党", "party"),
    ("国会対策副委員長", "民政党", "party"),
    ("予算委員長", "衆院", "assembly"),
    ("市議会議長", "南原市", "assembly"),
    ("裁判官", "北浜地裁", "court and police"),
    ("刑事部長", "南原県警", "court and police"),
    ("主任弁護人", "被告側", "court and police"),
    ("代表執行役社長", "ミナトテック", "company"),
    ("最高財務責任者", "北浜製薬", "company"),
    ("常務執行役員", "みなと航空", "company"),
    ("論説委員長", "北浜新聞", "press"),
    ("ヘッドコーチ", "北浜ブレーブス", "sports"),
    ("主将", "南浜大学ラグビー部", "sports"),
    ("副学長", "南原大学", "university"),
    ("専務理事", "北浜商工会議所", "association"),
    ("報道官", "米国務省", "foreign"),
    ("国防相", "フランス", "foreign"),
    ("首相", "英国", "foreign"),
]

LINES_41 = ["現時点で結論は出ていない", "前向きに検討したい", "極めて残念な結果だ", "引き続き注視していく",
            "法と証拠に基づいて判断する", "できることは全てやった"]
OTHER_41 = ("木下", "隆之", "common")

LINES = ["景気の回復を最優先に取り組む", "現時点で辞任は考えていない", "丁寧に説明を尽くしたい", "全く問題はないと考えている",
         "選挙目当てのばらまきだ", "再発防止に全力を挙げる", "結果を重く受け止めている", "今後の推移を見守りたい"]
OTHER = ("川上", "重信", "common")   # a second person where a frame needs one


def _canon(person):
    sur, given, shape = person
    return given + "・" + sur if shape == "katakana" else sur + given


def _short(person):
    return person[0]


# A frame: (name, function(person, title, org, line, other) -> (text, [expected speaker of each quote])). {p} is the
# person's full name as news writes it, {s} the surname; the expected speakers are canonical names or None.
def _f(text, *speakers):
    return text, list(speakers)


FRAMES = {
    "title の name 氏は、「…」と述べた": lambda p, t, o, l, x: _f(
        f"{o}{t}の{_canon(p)}氏は19日、「{l}」と述べた。", _canon(p)),
    "name + title は会見で「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は同日の記者会見で「{l}」と語った。", _canon(p)),
    "name 氏は次のように話した。/「…」": lambda p, t, o, l, x: _f(
        f"{o}{t}の{_canon(p)}氏は会見で次のように話した。\n「{l}。関係者の理解を得たい」", _canon(p)),
    "「…」。name + title はこう述べた": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は19日、記者団にこう述べた。", _canon(p)),
    "「…」と話すのは org title の name 氏だ": lambda p, t, o, l, x: _f(
        f"「{l}」と話すのは{o}{t}の{_canon(p)}氏だ。", _canon(p)),
    "name 氏（org title）は「…」とコメントした": lambda p, t, o, l, x: _f(
        f"{_canon(p)}氏（{o}{t}）は「{l}」とコメントした。", _canon(p)),
    "full name first, surname 氏は「…」 later": lambda p, t, o, l, x: _f(
        f"会見には{o}{t}の{_canon(p)}氏が出席した。質疑は1時間に及んだ。{_short(p)}氏は「{l}」と語った。", _canon(p)),
    "X 氏の発言について、name title は「…」と反論した": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏の発言について、{_canon(p)}{t}は「{l}」と反論した。", _canon(p)),
    "A は「…」と述べ、B は「…」と応じた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は「国会で議論すべきだ」と述べ、{_canon(p)}{t}は「{l}」と応じた。", _canon(x), _canon(p)),
    "関係者によると、name title は周囲に「…」と漏らしたという": lambda p, t, o, l, x: _f(
        f"関係者によると、{_canon(p)}{t}は周囲に「{l}」と漏らしたという。", _canon(p)),
    "「…」と name title は強調した": lambda p, t, o, l, x: _f(
        f"「{l}」と{_canon(p)}{t}は強調した。", _canon(p)),
    "「…」と語る name title": lambda p, t, o, l, x: _f(
        f"「{l}」と語る{_canon(p)}{t}の表情は硬かった。", _canon(p)),
    "〜によると、name title は「…」と述べたという": lambda p, t, o, l, x: _f(
        f"共同通信によると、{_canon(p)}{t}は20日、「{l}」と述べたという。", _canon(p)),
    "name title（55）は「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}（55）は「{l}」と語った。", _canon(p)),
    "name 氏（55）＝place＝は「…」と話した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}氏（55）＝北浜市＝は「{l}」と話した。", _canon(p)),
    "name title は「…」との認識を示した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」との認識を示した。", _canon(p)),
    "name title は…説明した。「…」とも述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日の会見で経緯を説明した。「{l}」とも述べた。", _canon(p)),
    "org の title・name 氏は「…」と話している": lambda p, t, o, l, x: _f(
        f"{o or '同省'}の{t}・{_canon(p)}氏は「{l}」と話している。", _canon(p)),
    "name title は声明で「…」とした": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は同日発表した声明で「{l}」とした。", _canon(p)),
    "name title は記者団から「…」と問われ、「…」と答えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、記者団から「続投するのか」と問われ、「{l}」と答えた。", None, _canon(p)),
    "「…」。name title は記者団に問われ、そう答えた": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は19日、記者団に今後の対応を問われ、そう答えた。", _canon(p)),
    # frames written blind in session 12, before any run
    "…について、name title は「…」と話した": lambda p, t, o, l, x: _f(
        f"法案の修正について、{_canon(p)}{t}は「{l}」と話した。", _canon(p)),
    "name title は取材に対し「…」と答えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は20日、共同通信の取材に対し「{l}」と答えた。", _canon(p)),
    "name title は「…」と述べた上で、「…」と強調した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べた上で、「対話の窓は開いている」と強調した。", _canon(p), _canon(p)),
    "「…」と name title が述べた": lambda p, t, o, l, x: _f(
        f"19日の会見では「{l}」と{_canon(p)}{t}が述べた。", _canon(p)),
    "name title の「…」との発言": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の「{l}」との発言が波紋を広げている。", _canon(p)),
    "X 氏は、name title が「…」と述べたことについて「…」と批判した": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は、{_canon(p)}{t}が「{l}」と述べたことについて「無責任だ」と批判した。", _canon(p), _canon(x)),
    "name title に近い関係者は「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}に近い関係者は「{l}」と語った。", None),
    "name title は自身のX（旧ツイッター）で「…」と投稿した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は自身のX（旧ツイッター）で「{l}」と投稿した。", _canon(p)),
    "org title の name 氏は、…と指摘。「…」と述べた": lambda p, t, o, l, x: _f(
        f"{o}{t}の{_canon(p)}氏は、対応の遅れを指摘。「{l}」と述べた。", _canon(p)),
    "name title は…会見し、「…」と語った（two sentences later: 「…」と付け加えた）": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、都内で記者会見し、「{l}」と語った。会見は30分ほどで終わった。"
        f"最後に「以上です」と付け加えた。", _canon(p), _canon(p)),
    # frames written blind in session 15, before any run
    "name title は19日、「…」と述べ、…の考えを示した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、「{l}」と述べ、早期の対応を急ぐ考えを示した。", _canon(p)),
    "name title は「…」などと述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」などと述べた。", _canon(p)),
    "会見で name title は「…」と明言した": lambda p, t, o, l, x: _f(
        f"19日の定例会見で、{_canon(p)}{t}は「{l}」と明言した。", _canon(p)),
    "name title も「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は「協議を急ぐべきだ」と語った。{_canon(p)}{t}も「{l}」と述べた。", _canon(x), _canon(p)),
    "name title は、X 氏との会談後、記者団に「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、{_canon(x)}氏との会談後、記者団に「{l}」と語った。", _canon(p)),
    "name title は19日、X 氏に対し「…」と伝えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、{_canon(x)}氏に対し「{l}」と伝えた。", _canon(p)),
    "X 氏によると、name title は「…」と話したという": lambda p, t, o, l, x: _f(
        f"同席した{_canon(x)}氏によると、{_canon(p)}{t}は「{l}」と話したという。", _canon(p)),
    "name title は談話を発表し、「…」とした": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日に談話を発表し、「{l}」とした。", _canon(p)),
    "name title は「…」「…」と繰り返した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は会見で「{l}」「申し訳ない」と繰り返した。", _canon(p), _canon(p)),
    "org title の name 氏が「…」とあいさつした": lambda p, t, o, l, x: _f(
        f"式典では、{o}{t}の{_canon(p)}氏が「{l}」とあいさつした。", _canon(p)),
    # frames written blind in session 16, before any run
    "name title は「…」と述べるにとどめた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べるにとどめた。", _canon(p)),
    "name title は「…」と語気を強めた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日の会見で「{l}」と語気を強めた。", _canon(p)),
    "name title は会見の冒頭、「…」と陳謝した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は会見の冒頭、「{l}」と陳謝した。", _canon(p)),
    "name title は「…」と述べ、X 氏の対応を批判した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べ、{_canon(x)}氏の対応を批判した。", _canon(p)),
    "name title は「…」との見解を示した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は記者会見で、「{l}」との見解を示した。", _canon(p)),
    "name title は「…」と危機感をあらわにした": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と危機感をあらわにした。", _canon(p)),
    "name title は19日、「…」とのコメントを出した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、「{l}」とのコメントを出した。", _canon(p)),
    "name title は同日、X 氏と電話で会談し、「…」と伝えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は同日、{_canon(x)}氏と電話で会談し、「{l}」と伝えた。", _canon(p)),
    "name title は「…」と述べた。一方、X 氏は「…」と反論した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べた。一方、{_canon(x)}氏は「根拠がない」と反論した。", _canon(p), _canon(x)),
    "name title に対し、X 氏は「…」と詰め寄った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}に対し、{_canon(x)}氏は「{l}」と詰め寄った。", _canon(x)),
    "「…」――。name title は…、こう訴えた": lambda p, t, o, l, x: _f(
        f"「{l}」――。{_canon(p)}{t}は19日、都内で開かれた集会で、こう訴えた。", _canon(p)),
    "name title は「…」と胸を張った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と胸を張った。", _canon(p)),
    # frames written blind in session 17, before any run
    "name title は、…について問われると「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、今後の進退について問われると「{l}」と語った。", _canon(p)),
    "「…」。name title は…の会見で語気を強めた": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は19日の会見で語気を強めた。", _canon(p)),
    "name title は経緯を説明。そのうえで「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は会見で経緯を説明。そのうえで「{l}」と述べた。", _canon(p)),
    "X 氏は name title について「…」と評した": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は{_canon(p)}{t}について「{l}」と評した。", _canon(x)),
    "name title の発言を受け、X 氏は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の発言を受け、{_canon(x)}氏は「{l}」と述べた。", _canon(x)),
    "name title は「…」と語り、X 氏の提案を受け入れた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と語り、{_canon(x)}氏の提案を受け入れた。", _canon(p)),
    "会談では name title が「…」と切り出し、X 氏は「…」と応じた": lambda p, t, o, l, x: _f(
        f"会談では{_canon(p)}{t}が「{l}」と切り出し、{_canon(x)}氏は「前向きに検討する」と応じた。",
        _canon(p), _canon(x)),
    "name title は「…」と涙ながらに語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と涙ながらに語った。", _canon(p)),
    "name title によれば、「…」という": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}によれば、「{l}」という。", _canon(p)),
    "name title は『…』と題したブログで「…」とつづった": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は『ご報告』と題したブログで「{l}」とつづった。", _canon(p)),
    "name title は「…」と述べ、「…」と付け加えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べ、「詳細は後日説明する」と付け加えた。", _canon(p), _canon(p)),
    "X 氏が「…」と問いただすと、name title は「…」と答えた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏が「責任をどう取るのか」と問いただすと、{_canon(p)}{t}は「{l}」と答えた。",
        _canon(x), _canon(p)),
    # frames written blind in session 18, before any run
    "name title は閣議後会見で、「…」と述べ、方針を示した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日の閣議後会見で、「{l}」と述べ、早期に対策をまとめる方針を示した。", _canon(p)),
    "「…」。会見で、name title はこう強調した": lambda p, t, o, l, x: _f(
        f"「{l}」。19日の会見で、{_canon(p)}{t}はこう強調した。", _canon(p)),
    "name title は「…」と強調。その上で「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と強調。その上で「関係者と協議を続ける」と語った。", _canon(p), _canon(p)),
    "…について、name title は「…」との認識を示した": lambda p, t, o, l, x: _f(
        f"一連の問題について、{_canon(p)}{t}は「{l}」との認識を示した。", _canon(p)),
    "name title は…について問われ、「…」と答えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は記者団から進退について問われ、「{l}」と答えた。", _canon(p)),
    "辞意を固めた。関係者によると、surname 氏は「…」と話しているという": lambda p, t, o, l, x: _f(
        f"{o}{t}の{_canon(p)}氏が辞意を固めた。関係者によると、{_short(p)}氏は「{l}」と話しているという。", _canon(p)),
    "X 氏は「…」と述べた。同席した name title は「…」と付け加えた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は「国会で説明する」と述べた。会見に同席した{_canon(p)}{t}は「{l}」と付け加えた。",
        _canon(x), _canon(p)),
    "name title が「…」と発言したことについて、X 氏は「…」と批判した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}が「{l}」と発言したことについて、{_canon(x)}氏は「無責任だ」と批判した。",
        _canon(p), _canon(x)),
    "name title は声明を発表し、「…」とした": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は20日に声明を発表し、「{l}」とした。", _canon(p)),
    "name title は取材に対し、「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は北浜新聞の取材に対し、「{l}」と述べた。", _canon(p)),
    "name title は「…」と語った。一方、X 氏は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と語った。一方、{_canon(x)}氏は「時期尚早だ」と述べた。", _canon(p), _canon(x)),
    "name title の「…」との発言に対し、X 氏は「…」と反発した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の「{l}」との発言に対し、{_canon(x)}氏は「到底受け入れられない」と反発した。",
        _canon(p), _canon(x)),
    # Twelve frames written blind in session 30, before their first run.
    "name title は、X 氏が「…」と尋ねると、「…」と答えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、{_canon(x)}氏が「続投するのか」と尋ねると、「{l}」と答えた。", _canon(x), _canon(p)),
    "name title は、X 氏が「…」と述べたことに触れ、「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、{_canon(x)}氏が「説明が足りない」と述べたことに触れ、「{l}」と語った。", _canon(x), _canon(p)),
    "「…」と記者団に語ったのは name title だ": lambda p, t, o, l, x: _f(
        f"「{l}」と記者団に語ったのは{_canon(p)}{t}だ。", _canon(p)),
    "name title の代理人弁護士は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の代理人弁護士は「{l}」と述べた。", None),
    "name title は「…」と困惑した表情を見せた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と困惑した表情を見せた。", _canon(p)),
    "X 氏から「…」と問われた name title は、「…」と答えた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏から「責任をどう取るのか」と問われた{_canon(p)}{t}は、「{l}」と答えた。", _canon(x), _canon(p)),
    "name title は…委員会で、X 氏の質問に「…」と答弁した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日の参院予算委員会で、{_canon(x)}氏の質問に「{l}」と答弁した。", _canon(p)),
    "name title は「…」とした上で、「…」との考えを示した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」とした上で、「早期の決着を目指す」との考えを示した。", _canon(p), _canon(p)),
    "「…」。name title は…会見で、こう述べ、理解を求めた": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は19日の記者会見で、こう述べ、理解を求めた。", _canon(p)),
    "name title とともに会見した X 氏は「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}とともに会見した{_canon(x)}氏は「{l}」と語った。", _canon(x)),
    "name title は同日、公式サイトで「…」とのコメントを発表した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は同日、公式サイトで「{l}」とのコメントを発表した。", _canon(p)),
    "name title の発言をめぐり、X 氏は「…」と指摘した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の発言をめぐり、{_canon(x)}氏は「{l}」と指摘した。", _canon(x)),
    # twelve written blind in session 31
    "name title の話　「…」": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の話　「{l}」", _canon(p)),
    "…との声も。「…」（name title）": lambda p, t, o, l, x: _f(
        f"会見では慎重な意見も出た。「{l}」（{_canon(p)}{t}）", _canon(p)),
    "X 氏は19日、name title に「…」と要請した": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は19日、{_canon(p)}{t}に「{l}」と要請した。", _canon(x)),
    "name title は「…」。": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」。", _canon(p)),
    "name title は…講演し、「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、都内で講演し、「{l}」と語った。", _canon(p)),
    "name title はこう話す。「…」": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}はこう話す。「{l}」", _canon(p)),
    "name title は…を訪れ、「…」と激励した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、被災地の避難所を訪れ、「{l}」と激励した。", _canon(p)),
    "name title は「…」と答えるのがやっとだった": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と答えるのがやっとだった。", _canon(p)),
    "name title は、…考えを示し、「…」と強調した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、来年度中に制度を改める考えを示し、「{l}」と強調した。", _canon(p)),
    "「…」。name title は…理由をこう説明する": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は、計画を見直した理由をこう説明する。", _canon(p)),
    "name title は「…」と言い切った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と言い切った。", _canon(p)),
    "name title が「…」と語ったと、X 氏が明らかにした": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}が「{l}」と語ったと、{_canon(x)}氏が19日、明らかにした。", _canon(p)),
    # twelve more written blind later in session 31
    "name title は…表明した。「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、記者会見し、来期の続投を正式に表明した。「{l}」と述べた。", _canon(p)),
    "「…」。19日、name title は記者団にこう語り、…を否定した": lambda p, t, o, l, x: _f(
        f"「{l}」。19日、{_canon(p)}{t}は記者団にこう語り、辞任を否定した。", _canon(p)),
    "name title は「…」と述べ、…認識を示した。X 氏も「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べ、問題はないとの認識を示した。{_canon(x)}氏も「同じ考えだ」と述べた。",
        _canon(p), _canon(x)),
    "…について、name title は「…」と述べるなど、…姿勢を示した": lambda p, t, o, l, x: _f(
        f"法案について、{_canon(p)}{t}は「{l}」と述べるなど、慎重な姿勢を示した。", _canon(p)),
    "name title は、「…」などと話しているという": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、「{l}」などと話しているという。", _canon(p)),
    "name title は同日夜、自身のツイッターに「…」と書き込んだ": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は同日夜、自身のツイッターに「{l}」と書き込んだ。", _canon(p)),
    "「…」。name title は会見の最後にこう付け加えた": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は会見の最後にこう付け加えた。", _canon(p)),
    "name title は「…」と述べたものの、…には言及しなかった": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べたものの、具体策には言及しなかった。", _canon(p)),
    "name title は、X 氏について「…」と述べ、…を求めた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、{_canon(x)}氏について「{l}」と述べ、説明を求めた。", _canon(p)),
    "name title は「…」と改めて強調した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と改めて強調した。", _canon(p)),
    "name title が会見で「…」と述べたことを受け、X 氏は「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}が会見で「{l}」と述べたことを受け、{_canon(x)}氏は「驚いている」と語った。",
        _canon(p), _canon(x)),
    "name title はこの日、「…」と言葉を選びながら語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}はこの日、「{l}」と言葉を選びながら語った。", _canon(p)),
    # twelve written blind in session 32
    "「…」。name title が19日、…で講演し、…について述べた": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}が19日、都内で講演し、今後の方針について述べた。", _canon(p)),
    "X 氏は、name title が「…」と発言したことについて「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は、{_canon(p)}{t}が「{l}」と発言したことについて「理解できない」と述べた。",
        _canon(p), _canon(x)),
    "name title の「…」という発言に対し、X 氏は「…」と反論した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の「{l}」という発言に対し、{_canon(x)}氏は「事実と違う」と反論した。", _canon(p), _canon(x)),
    "…について、name title は「…」との立場を改めて示した": lambda p, t, o, l, x: _f(
        f"増税について、{_canon(p)}{t}は「{l}」との立場を改めて示した。", _canon(p)),
    "name title は、19日付の文書で「…」と回答した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、19日付の文書で「{l}」と回答した。", _canon(p)),
    "name title の長女は「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の長女は「{l}」と語った。", None),
    "name title は、記者団から「…」と問われ、「…」と答えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、記者団から「続投するのか」と問われ、「{l}」と答えた。", None, _canon(p)),
    "「…」。name title は、…を前に、そう意気込んだ": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は、来月の選挙を前に、そう意気込んだ。", _canon(p)),
    "一方、name title は「…」と慎重な見方を示した": lambda p, t, o, l, x: _f(
        f"景気は回復しつつある。一方、{_canon(p)}{t}は「{l}」と慎重な見方を示した。", _canon(p)),
    "name title は、電話取材に「…」と話した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、電話取材に「{l}」と話した。", _canon(p)),
    "name title は19日、都内で記者会見。「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、都内で記者会見。「{l}」と述べた。", _canon(p)),
    "name title の後任の X 氏は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の後任の{_canon(x)}氏は「{l}」と述べた。", _canon(x)),
    "X 氏に対し、name title は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏に対し、{_canon(p)}{t}は「{l}」と述べた。", _canon(p)),
    "name title は会見の冒頭、「…」と陳謝した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は会見の冒頭、「{l}」と陳謝した。", _canon(p)),
    # seven more written blind later in session 18 (an eighth, name・org title は, first ran at 0.650 and, once the
    # apposition was read as one person, at 0.837: left out of the floors, see benchmarks/README.md)
    "name title は「…」と述べた上で、「…」と強調した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べた上で、「責任は重い」と強調した。", _canon(p), _canon(p)),
    "name title は「…」と語る一方、「…」とも述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と語る一方、「課題も多い」とも述べた。", _canon(p), _canon(p)),
    "name title＝写真＝は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}＝写真＝は「{l}」と述べた。", _canon(p)),
    "org title・name 氏は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{o}{t}・{_canon(p)}氏は「{l}」と述べた。", _canon(p)),
    "name title（55）＝org＝は「…」と話した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}（55）＝{o or '北浜市'}＝は「{l}」と話した。", _canon(p)),
    "19日夜、name title は「…」と記者団に語った": lambda p, t, o, l, x: _f(
        f"19日夜、{_canon(p)}{t}は「{l}」と記者団に語った。", _canon(p)),
    "name title は…後、記者団の取材に応じ、「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は会談後、記者団の取材に応じ、「{l}」と語った。", _canon(p)),
    # written on 2026-12-01 (session 19) before their first run
    "title の name 氏は…このように切り返した。/「…」": lambda p, t, o, l, x: _f(
        f"{o}{t}の{_canon(p)}氏は記者の質問に対し、このように切り返した。\n「{l}」", _canon(p)),
    "「…」「…」と name title は語った": lambda p, t, o, l, x: _f(
        f"「{l}」「全力を尽くす」と{_canon(p)}{t}は語った。", _canon(p), _canon(p)),
    "name title も「…」と述べ、理解を求めた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は会見で説明した。{_canon(p)}{t}も「{l}」と述べ、理解を求めた。", _canon(p)),
    "「…」。name title は記者会見でそう語った": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は20日の記者会見でそう語った。", _canon(p)),
    "name title が「…」と述べると、X 氏は「…」と応じた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}が「{l}」と述べると、{_canon(x)}氏は「検討したい」と応じた。", _canon(p), _canon(x)),
    # Twelve frames written blind in session 21, before their first run.
    "「…」と name title。": lambda p, t, o, l, x: _f(
        f"「{l}」と{_canon(p)}{t}。", _canon(p)),
    "org title の name 氏は…表明した。surname title は「…」": lambda p, t, o, l, x: _f(
        f"{o}{t}の{_canon(p)}氏は19日、辞任を表明した。{_short(p)}{t}は記者会見で「{l}」と述べた。", _canon(p)),
    "name title は「…」と述べ、X 氏も「…」と同調した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は法案について「{l}」と述べ、{_canon(x)}氏も「慎重に判断すべきだ」と同調した。",
        _canon(p), _canon(x)),
    "name title は自身のブログを更新し、「…」とつづった": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、自身のブログを更新し、「{l}」とつづった。", _canon(p)),
    "name title は「…」と声を詰まらせた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と声を詰まらせた。", _canon(p)),
    "name title が「…」と答えると、会場からは拍手が起きた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}が「{l}」と答えると、会場からは拍手が起きた。", _canon(p)),
    "name title は…について「…」と述べ、「…」と続けた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は今後の対応について「{l}」と述べ、「責任は重い」と続けた。", _canon(p), _canon(p)),
    "name title は同日、「…」とする談話を出した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は同日、「{l}」とする談話を出した。", _canon(p)),
    "name title は、X 氏の発言を「…」と批判した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、{_canon(x)}氏の発言を「{l}」と批判した。", _canon(p)),
    "記者会見した name title は「…」と語った": lambda p, t, o, l, x: _f(
        f"記者会見した{_canon(p)}{t}は「{l}」と語った。", _canon(p)),
    "org の name title は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{o + 'の' if o else ''}{_canon(p)}{t}は19日、「{l}」と述べた。", _canon(p)),
    "「…」。X 氏の質問に、name title はこう答えた": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(x)}氏の質問に、{_canon(p)}{t}はこう答えた。", _canon(p)),
    # Twelve frames written in session 29 (the first written after ら was read after a title; the rest blind).
    "name title らは…会見し、「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}らは19日、記者会見し、「{l}」と述べた。", _canon(p)),
    "会合では、name title から「…」との指摘があった": lambda p, t, o, l, x: _f(
        f"19日の会合では、{_canon(p)}{t}から「{l}」との指摘があった。", _canon(p)),
    "name title は「…」として、…意向を表明した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」として、続投する意向を表明した。", _canon(p)),
    "X 氏は…求めた。これに対し name title は「…」と一蹴した": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は辞任を求めた。これに対し{_canon(p)}{t}は「{l}」と一蹴した。", _canon(p)),
    "name title は…番組に出演し、「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日夜、NHKの番組に出演し、「{l}」と述べた。", _canon(p)),
    "name title は「…」と述べたが、X 氏は「…」と批判した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べたが、{_canon(x)}氏は「説明不足だ」と批判した。", _canon(p), _canon(x)),
    "X 氏は「…」と述べた。同日会見した name title も「…」と話した": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は「遺憾だ」と述べた。同日会見した{_canon(p)}{t}も「{l}」と話した。", _canon(x), _canon(p)),
    "name title は記者団の質問に「…」と応じた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、記者団の質問に「{l}」と応じた。", _canon(p)),
    "name title は「…」と説明。「…」と理解を求めた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「予算の見直しが必要だ」と説明。「{l}」と理解を求めた。", _canon(p), _canon(p)),
    "name title は…を通じて「…」とのコメントを発表した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、事務所を通じて「{l}」とのコメントを発表した。", _canon(p)),
    "…を巡り、name title は「…」と語った": lambda p, t, o, l, x: _f(
        f"法案の扱いを巡り、{_canon(p)}{t}は19日、「{l}」と語った。", _canon(p)),
    "X 氏とともに会見した name title は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏とともに会見した{_canon(p)}{t}は「{l}」と述べた。", _canon(p)),
    # Two frames of a name, a dot and the role, as wire reports write them (tried in session 18 and left out at 0.650;
    # measured again in session 29 at 0.858 and 0.842 over the 28 word sets, then read).
    "name・org title は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}・{o}{t}は19日、「{l}」と述べた。", _canon(p)),
    "org の name・title は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{o + 'の' if o else ''}{_canon(p)}・{t}は19日、「{l}」と述べた。", _canon(p)),
    # Thirteen frames written blind in session 35.
    "title の name 氏は…表明した。同氏は「…」と述べた": lambda p, t, o, l, x: _f(
        f"{o}{t}の{_canon(p)}氏は19日、辞任を表明した。同氏は記者会見で「{l}」と述べた。", _canon(p)),
    "name title が…記者会見し、「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}が19日、記者会見し、「{l}」と述べた。", _canon(p)),
    "title の name さん（55）は「…」と話した": lambda p, t, o, l, x: _f(
        f"{o}{t}の{_canon(p)}さん（55）は「{l}」と話した。", _canon(p)),
    "name title は次のように述べた。/「…」/「…」": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は会見で次のように述べた。\n「{l}」\n「関係者の理解を得たい」", _canon(p), _canon(p)),
    "X 氏は「…」。name title は「…」と答えた。X 氏は「…」と反発した": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は「説明を求める」と述べた。{_canon(p)}{t}は「{l}」と答えた。{_canon(x)}氏は「納得できない」と"
        f"反発した。", _canon(x), _canon(p), _canon(x)),
    "会見に同席した X 氏によると、name title は「…」と語ったという": lambda p, t, o, l, x: _f(
        f"会見に同席した{_canon(x)}氏によると、{_canon(p)}{t}は「{l}」と語ったという。", _canon(p)),
    "name title は…取材に応じた。/「…」": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、本紙の取材に応じた。\n「{l}」", _canon(p)),
    "name title は「…」と前置きしたうえで、「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「個人的な考えだが」と前置きしたうえで、「{l}」と述べた。", _canon(p), _canon(p)),
    "name title は「…」と指摘。X 氏は「…」と反論した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と指摘。{_canon(x)}氏は「事実誤認だ」と反論した。", _canon(p), _canon(x)),
    "name title の妻、X さんは「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の妻、{_canon(x)}さんは「{l}」と語った。", _canon(x)),
    "「…」。name title は…X 氏の発言に不快感を示した": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は19日、{_canon(x)}氏の発言に不快感を示した。", _canon(p)),
    "name title は…考えを示した。その上で「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、法案の修正に応じる考えを示した。その上で「{l}」と語った。", _canon(p)),
    "name title は、X 氏の「…」との発言について「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は、{_canon(x)}氏の「問題はない」との発言について「{l}」と述べた。", _canon(x), _canon(p)),
    # Fourteen frames written blind in session 36.
    "name title は X 氏から「…」との指摘を受けた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、{_canon(x)}氏から「{l}」との指摘を受けた。", _canon(x)),
    "name title は「…」との批判を浴びた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は先月の会見で「{l}」との批判を浴びた。", None),
    "name title は…と述べた。これを受け、X 氏は「…」と語った": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、法案を見送る考えを示した。これを受け、{_canon(x)}氏は「{l}」と語った。", _canon(x)),
    "「…」。X 氏は name title の発言をこう批判した": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(x)}氏は19日、{_canon(p)}{t}の発言をこう批判した。", _canon(x)),
    "name title は「…」と述べたが、X 氏は「…」と否定した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と述べたが、{_canon(x)}氏は「そのような事実はない」と否定した。", _canon(p), _canon(x)),
    "name title によると、X 容疑者は「…」と供述している": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}によると、{_canon(x)}容疑者は「{l}」と供述している。", _canon(x)),
    "会見では「…」との質問が出たが、name title は「…」と答えた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、会見を開いた。会見では「責任をどう取るのか」との質問が出たが、{_short(p)}氏は"
        f"「{l}」と答えた。", None, _canon(p)),
    "name title は「…」と X 氏に伝えたことを明らかにした": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と{_canon(x)}氏に伝えたことを明らかにした。", _canon(p)),
    "name title は「…」と話し、X 氏も「…」と同調した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は「{l}」と話し、{_canon(x)}氏も「同じ考えだ」と同調した。", _canon(p), _canon(x)),
    "X 氏は name title について「…」と評価した": lambda p, t, o, l, x: _f(
        f"{_canon(x)}氏は{_canon(p)}{t}について「{l}」と評価した。", _canon(x)),
    "name title は文書で「…」とのコメントを発表した": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日、文書で「{l}」とのコメントを発表した。", _canon(p)),
    "name title は…X 氏の辞任について問われ、「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}は19日の会見で、{_canon(x)}氏の辞任について問われ、「{l}」と述べた。", _canon(p)),
    "「…」。name title は…X 氏との会談でこう切り出した": lambda p, t, o, l, x: _f(
        f"「{l}」。{_canon(p)}{t}は19日、{_canon(x)}氏との会談でこう切り出した。", _canon(p)),
    "name title の発言を受け、X 氏は記者団に「…」と述べた": lambda p, t, o, l, x: _f(
        f"{_canon(p)}{t}の発言を受け、{_canon(x)}氏は記者団に「{l}」と述べた。", _canon(x)),
}


WORDS = {"first": (NAMES, TITLES, LINES, OTHER), "second": (NAMES_2, TITLES_2, LINES_2, OTHER_2),
         "third": (NAMES_3, TITLES_3, LINES_3, OTHER_3), "fourth": (NAMES_4, TITLES_4, LINES_4, OTHER_4),
         "fifth": (NAMES_5, TITLES_5, LINES_5, OTHER_5), "sixth": (NAMES_6, TITLES_6, LINES_6, OTHER_6),
         "seventh": (NAMES_7, TITLES_7, LINES_7, OTHER_7), "eighth": (NAMES_8, TITLES_8, LINES_8, OTHER_8),
         "ninth": (NAMES_9, TITLES_9, LINES_9, OTHER_9), "tenth": (NAMES_10, TITLES_10, LINES_10, OTHER_10),
         "eleventh": (NAMES_11, TITLES_11, LINES_11, OTHER_11),
         "twelfth": (NAMES_12, TITLES_12, LINES_12, OTHER_12),
         "thirteenth": (NAMES_13, TITLES_13, LINES_13, OTHER_13),
         "fourteenth": (NAMES_14, TITLES_14, LINES_14, OTHER_14),
         "fifteenth": (NAMES_15, TITLES_15, LINES_15, OTHER_15),
         "sixteenth": (NAMES_16, TITLES_16, LINES_16, OTHER_16),
         "seventeenth": (NAMES_17, TITLES_17, LINES_17, OTHER_17),
         "eighteenth": (NAMES_18, TITLES_18, LINES_18, OTHER_18),
         "nineteenth": (NAMES_19, TITLES_19, LINES_19, OTHER_19),
         "twentieth": (NAMES_20, TITLES_20, LINES_20, OTHER_20),
         "twenty-first": (NAMES_21, TITLES_21, LINES_21, OTHER_21),
         "twenty-second": (NAMES_22, TITLES_22, LINES_22, OTHER_22),
         "twenty-third": (NAMES_23, TITLES_23, LINES_23, OTHER_23),
         "twenty-fourth": (NAMES_24, TITLES_24, LINES_24, OTHER_24),
         "twenty-fifth": (NAMES_25, TITLES_25, LINES_25, OTHER_25),
         "twenty-sixth": (NAMES_26, TITLES_26, LINES_26, OTHER_26),
         "twenty-seventh": (NAMES_27, TITLES_27, LINES_27, OTHER_27),
         "twenty-eighth": (NAMES_28, TITLES_28, LINES_28, OTHER_28),
         "twenty-ninth": (NAMES_29, TITLES_29, LINES_29, OTHER_29),
         "thirtieth": (NAMES_30, TITLES_30, LINES_30, OTHER_30),
         "thirty-first": (NAMES_31, TITLES_31, LINES_31, OTHER_31),
         "thirty-second": (NAMES_32, TITLES_32, LINES_32, OTHER_32),
         "thirty-third": (NAMES_33, TITLES_33, LINES_33, OTHER_33),
         "thirty-fourth": (NAMES_34, TITLES_34, LINES_34, OTHER_34),
         "thirty-fifth": (NAMES_35, TITLES_35, LINES_35, OTHER_35),
         "thirty-sixth": (NAMES_36, TITLES_36, LINES_36, OTHER_36),
         "thirty-seventh": (NAMES_37, TITLES_37, LINES_37, OTHER_37),
         "thirty-eighth": (NAMES_38, TITLES_38, LINES_38, OTHER_38),
         "thirty-ninth": (NAMES_39, TITLES_39, LINES_39, OTHER_39),
         "fortieth": (NAMES_40, TITLES_40, LINES_40, OTHER_40),
         "forty-first": (NAMES_41, TITLES_41, LINES_41, OTHER_41)}


def cases(titles_per_name=4, words="first"):
    """Every case: (frame, shape, title, text, expected speakers). Each frame crosses every name with
    ``titles_per_name`` titles, rotating through the title list so that every title meets every frame."""
    names, titles, lines_, other_person = WORDS[words]
    out = []
    lines = itertools.cycle(lines_)
    k = 0
    for frame, make in FRAMES.items():
        for person in names:
            for _ in range(titles_per_name):
                title, org, _kind = titles[k % len(titles)]
                k += 1
                other = other_person if person[0] != other_person[0] else ("松井", "勇", "common")
                text, speakers = make(person, title, org, next(lines), other)
                out.append((frame, person[2], title, text, speakers))
    return out


def _key(name):
    return "".join(unicodedata.normalize("NFKC", name).split()).replace("・", "") if name else None


def run(extractor, titles_per_name=4, words="first"):
    """Score every case: returns (rates by dimension, failures). Rates: {dimension: {value: (right, total)}}."""
    rates = {"frame": collections.defaultdict(lambda: [0, 0]), "shape": collections.defaultdict(lambda: [0, 0]),
             "title": collections.defaultdict(lambda: [0, 0]), "all": collections.defaultdict(lambda: [0, 0])}
    failures = []
    for frame, shape, title, text, want in cases(titles_per_name, words):
        got = [q.speaker for q in extractor.extract(text).quotes]
        for i, w in enumerate(want):
            ok = i < len(got) and _key(got[i]) == _key(w) and len(got) == len(want)
            for dim, val in (("frame", frame), ("shape", shape), ("title", title), ("all", "all")):
                rates[dim][val][0] += ok
                rates[dim][val][1] += 1
            if not ok:
                failures.append((frame, text, want, got))
    return {d: {k: tuple(v) for k, v in r.items()} for d, r in rates.items()}, failures


def report(rates):
    lines = []
    for dim in ("all", "frame", "shape", "title"):
        lines.append(f"| {dim} | right | quotes |")
        lines.append("|---|---|---|")
        for val, (ok, n) in sorted(rates[dim].items(), key=lambda kv: kv[1][0] / kv[1][1]):
            lines.append(f"| {val} | {ok / n:.3f} | {n} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
    import attribution
    n_fail = int(sys.argv[sys.argv.index("--failures") + 1]) if "--failures" in sys.argv else 0
    words = sys.argv[sys.argv.index("--words") + 1] if "--words" in sys.argv else "first"
    rates, failures = run(attribution.Extractor(), words=words)
    print(report(rates))
    for frame, text, want, got in failures[:n_fail]:
        print(f"{frame}\t{text}\twant={want}\tgot={got}")
