"""Helpers shared by the modules that compile patterns from word lists."""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["alternation"]


def alternation(words: Iterable[str]) -> str:
    """A regex that matches any of ``words``, escaped, the longest first.

    Where one word is a prefix of another, the longer wins (*chars d'assaut* before *chars*).

    The words are factored by their common prefixes (a trie): the regex engine then reads
    each character once instead of trying every word in turn, which makes a list of
    hundreds of words several times faster to match than a plain alternation, with the same
    matches.

    >>> alternation(["char", "chars", "drone"])
    '(?:char(?:s)?|drone)'
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie, top=True)


_Trie = dict[str, "_Trie"]


def _pattern(node: _Trie, top: bool = False) -> str:
    """The regex of a trie node: its branches, optional where a word ends at the node."""
    branches = [
        regex.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not top else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
