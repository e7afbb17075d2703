"""A word's letter case carried over to another form of it: "ОмГУ" stays, "ПЕТРОВА" -> "ПЕТРОВ",
"Римского-Корсакова" -> "Римский-Корсаков" with both capitals."""
from __future__ import annotations


def recover_shape(word: str, like: str) -> str:
    if word.lower() == like.lower():
        return like        # "ОмГУ": mixed case survives as written
    if like.isupper() and len(like) > 1:
        return word.upper()
    parts, shapes = word.split("-"), like.split("-")
    if len(parts) != len(shapes):
        shapes = [like] * len(parts)
    return "-".join(p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shapes))
