"""The name stage on its own (``Extractor.names``): each form a text uses for a speaker, and the canonical name
coreference gives it. One table of cases, as fugashi keeps one per layer; every text is invented."""
import pytest

NAME_CASES = [
    # id, text, {form as written: canonical name} (forms not listed are not checked; None: the form must be absent)
    ("full name, then surname with 氏", "会見には北浜電機の木下 悟氏が出席した。木下氏は質問に答えた。",
     {"木下 悟氏": "木下悟", "木下氏": "木下悟"}),
    ("title before, name after", "北原県知事の三田村浩一氏が視察した。三田村知事は満足げだった。",
     {"三田村浩一氏": "三田村浩一", "三田村知事": "三田村浩一"}),
    ("compound title after the name", "森本直樹経済財政相が会見した。", {"森本直樹経済財政相": "森本直樹"}),
    ("a variant kanji UniDic lacks", "吉﨑智之国土交通相が会見した。", {"吉﨑智之国土交通相": "吉﨑智之"}),
    ("a kana given name, then the surname", "村田さとみ選手が優勝した。村田は笑顔を見せた。",
     {"村田さとみ選手": "村田さとみ", "村田": "村田さとみ"}),
    ("a name UniDic reads as common nouns, known by the age after it", "女優・剛腕未来（21）が来場した。剛腕は喜んだ。",
     {"剛腕未来": "剛腕未来", "剛腕": "剛腕未来"}),
    ("a one-kanji word before a one-kanji surname and a given name", "社長の勘坂康弘氏が謝罪した。",
     {"勘坂康弘氏": "勘坂康弘"}),
    ("... but not a relative or a word of time before it", "父林翔さんとその時林恵さんが来た。",
     {"林翔さん": "林翔", "林恵さん": "林恵"}),
    ("one foreign name spelt with a small and a full-size vowel", "デイヴィット・バーンが出演した。撮影を終えたディヴィットは笑った。",
     {"ディヴィット": "デイヴィット・バーン"}),
    ("NAME・ROLE", "狛山向洋・東山市長が会見した。", {"狛山向洋・東山市長": "狛山向洋"}),
    ("a title before a dot in a katakana name", "投手コーチ・エミリー・ジョンソン氏が来日した。",
     {"コーチ・エミリー・ジョンソン氏": "エミリー・ジョンソン"}),
    ("a handle in brackets before an honorific", "ユーザーの「ぽん太」さんが登壇した。", {"「ぽん太」さん": "ぽん太"}),
    ("initials", "会社員のＡさん（32）に聞いた。", {"Ａさん": "Ａ"}),
    ("a nickname tied by こと", "キング・ケンこと大野健二さんが登場した。ケンは叫んだ。",
     {"キング・ケン": "大野健二", "ケン": "大野健二"}),
    ("a nickname given in brackets", "大野健二さん（愛称・ケンちゃん）が来た。ケンちゃんは笑った。",
     {"ケンちゃん": "大野健二"}),
    ("通称 before こと", "通称「ドン」こと大野健二さんが来た。ドンは笑った。", {"ドン": "大野健二"}),
    ("an organisation's fullest name the text writes", "スポンサーの北浜食品工業が撤退した。北浜食品は説明した。",
     {"北浜食品": "北浜食品工業"}),
    ("同社: the company named before", "家電のミナミ電機が新製品を出した。同社は説明した。", {"同社": "ミナミ電機"}),
    ("a role alone: the one person with that role", "北浜市長の森田健一氏が出席した。市長は話した。",
     {"市長": "森田健一"}),
    ("a surname UniDic reads as a noun and a verb (柿|居)", "調教師の柿居康弘氏が来た。柿居調教師は笑った。",
     {"柿居康弘氏": "柿居康弘", "柿居調教師": "柿居康弘"}),
    ("a given name's last kanji, not the body that opens the title", "山川和彦県議会議長が会見した。",
     {"山川和彦県議会議長": "山川和彦"}),
    ("... but a body kanji is the name's end before a one-word title", "日本代表の長友佑都選手が来た。",
     {"長友佑都選手": "長友佑都"}),
    ("a one-kanji surname and given name before a ministry's title", "南葵環境相が視察した。", {"南葵環境相": "南葵"}),
    ("a kana given name whose last kana UniDic reads as a particle", "高木まこと取締役副社長が会見した。",
     {"高木まこと取締役副社長": "高木まこと"}),
    ("a katakana title glued to a name", "森本かおりヘッドコーチが会見した。", {"森本かおりヘッドコーチ": "森本かおり"}),
    ("a katakana name's end that UniDic reads as a suffix", "外野手のミンジュ・キム氏が来日した。",
     {"ミンジュ・キム氏": "ミンジュ・キム"}),
    ("a given name's last kanji in a list of names", "番組では、森下誠、川岸佑都、北川勇樹が登場した。",
     {"川岸佑都": "川岸佑都"}),
    ("a surname read with a suffix and a given name read as a common noun, before a title",
     "北浜市の幸山政史市長が会見した。", {"幸山政史市長": "幸山政史"}),
    ("a given name ending in 子 that UniDic reads as a suffix", "声優の横川智佐子さんが登場した。",
     {"横川智佐子さん": "横川智佐子"}),
    ("a given name's last kanji read as a prefix, before a suffix", "北浜署は森田智大容疑者を逮捕した。",
     {"森田智大容疑者": "森田智大"}),
    ("... but a title's prefix stays the title's", "山川太郎総監督が会見した。", {"山川太郎総監督": "山川太郎"}),
    ("a given name read as a common noun, before a title of one word", "北原県の松沢成文知事が会見した。",
     {"松沢成文知事": "松沢成文"}),
    ("... also after a surname read as a place", "同市の門川大作市長が会見した。", {"門川大作市長": "門川大作"}),
    ("... but a field of the title tables opens the title", "山本裁判官が会見した。", {"山本裁判官": "山本"}),
    ("a given name UniDic reads as one-kanji words of other kinds (心|愛: a prefix and a noun)",
     "北原大学の菊地心愛教授が講演した。", {"菊地心愛教授": "菊地心愛"}),
    ("... after a surname UniDic reads as a proper noun of another kind (野村|颯|真)", "総務相の野村颯真氏が会見した。",
     {"野村颯真氏": "野村颯真"}),
    ("... but a kanji read as a suffix before a one-kanji suffix opens a title (中西|場|長)", "種馬場の中西場長が話した。",
     {"中西場長": "中西"}),
    ("a given name read as a common noun before an honorific or a compound title", "藤田蒼空氏は西山町の藤田蒼空副町長だ。",
     {"藤田蒼空氏": "藤田蒼空", "藤田蒼空副町長": "藤田蒼空"}),
    ("... but not before a department's head", "鈴木人事課長が話した。", {"鈴木人事課長": "鈴木"}),
    ("a given name UniDic glued to the body that opens the title", "島根健市議会議長が話した。",
     {"島根健市議会議長": "島根健"}),
    ("the surname's reading in brackets between surname and given name", "部下の元係長・川岸(かわぎし)勉被告が証言した。川岸被告は認めた。",
     {"川岸(かわぎし)勉被告": "川岸勉", "川岸被告": "川岸勉", "元係長": None}),
    ("the writer", "筆者が尋ねた。", {"筆者": "筆者"}),
    ("a source that is no name is left out", "関係者は話した。", {"関係者": None}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NAME_CASES], ids=[c[0] for c in NAME_CASES])
def test_name_stage(extractor, text, expected):
    names = extractor.names(text)
    for form, canonical in expected.items():
        if canonical is None:
            assert form not in names
        else:
            assert form in names, f"{form} not found in {names}"
            assert names[form][0] == canonical
