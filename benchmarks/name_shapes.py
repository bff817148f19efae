"""A stress run of the name stage through the whole extractor: common surnames crossed with given names of every
shape (kana names UniDic reads as verbs, adjectives or particles; one-kanji names it reads as adverbs or suffixes;
rare kanji), in three press frames. Prints how many texts give the quote to the full name, and the names that fail.

    python benchmarks/name_shapes.py [--every N] [--show N]

Every text is invented here; ``--every`` keeps one combination in N (7 by default: 3,948 texts), and ``--show``
how many failing given names to print with an example.
"""
from __future__ import annotations

import argparse
import collections
import itertools
import sys
from pathlib import Path

try:
    import attribution
except ImportError:   # pragma: no cover - run from a source tree without an install
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import attribution

SURNAMES = ("佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田 "
            "橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 "
            "金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 "
            "内田 高木 安藤 島田 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 "
            "岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部").split()
GIVEN_NAMES = ("あゆむ すすむ みのる かおる ひとみ めぐみ のぞみ ひかり あきら まこと しのぶ つばさ いずみ あおい さくら はるか "
               "みどり こころ ゆうき かける わたる ただし たかし ひろし きよし さとし まさる ゆたか つとむ はじめ おさむ まもる "
               "しげる のぼる いたる さとる ひびき かなで あかね しずか まゆみ 翔太 大輝 陽菜 結衣 蓮 湊 樹 悠真 陽翔 颯 凛 葵 "
               "紬 芽依 心春 結翔 朝陽 碧 律 匠 健 誠 学 勝 茂 実 進 明 薫 光 望 歩 渉 航 峻 怜 玲 響 奏 彩 瞳 恵 愛 舞 遥 "
               "楓 桜 萌 栞 杏 雫 澪").split()
TITLES = (("財務相", ""), ("社長", "北斗電機"), ("議員", ""), ("監督", ""), ("教授", "東都大学"), ("容疑者", ""),
          ("知事", "南浜県"), ("会長", "日本農業協会"))
FRAMES = (
    lambda s, g, t, o: f"{o}{t}の{s}{g}氏は19日、「方針は変わらない」と述べた。",
    lambda s, g, t, o: f"{s}{g}{t}は同日の記者会見で「方針は変わらない」と語った。",
    lambda s, g, t, o: f"会見には{o}{t}の{s}{g}氏が出席した。{s}氏は「方針は変わらない」と語った。",
)


def run(extractor, every=7):
    """(texts, failures by given name, an example failure by given name)."""
    fails, example, total = collections.Counter(), {}, 0
    for k, (given, surname) in enumerate(itertools.product(GIVEN_NAMES, SURNAMES)):
        if k % every:
            continue
        title, org = TITLES[k % len(TITLES)]
        for frame in FRAMES:
            text = frame(surname, given, title, org)
            got = [q.speaker for q in extractor.extract(text).quotes]
            total += 1
            if got != [surname + given]:
                fails[given] += 1
                example.setdefault(given, (text, got))
    return total, fails, example


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=7)
    ap.add_argument("--show", type=int, default=20)
    a = ap.parse_args(argv)
    total, fails, example = run(attribution.Extractor(), a.every)
    wrong = sum(fails.values())
    print(f"{total - wrong} of {total} texts give the quote to the full name ({(total - wrong) / total:.3f})")
    for given, n in fails.most_common(a.show):
        text, got = example[given]
        print(f"{given}\t{n} wrong\t{text}\tgot={got}")


if __name__ == "__main__":
    main()
