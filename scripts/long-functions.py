#!/usr/bin/env python3
"""The longest Rust functions under a folder, for the rule "a function over about 120
lines is split into named steps".

Usage: python3 scripts/long-functions.py [--over N] [--top N] [FOLDER or FILE ...]
       (default: src/, the 20 longest; --over 120 lists only those longer, and exits 1 if
       there are any)

A function's length is its lines from the `fn` keyword to its closing brace, both included,
blank lines and comments too (what a reader has to hold). A function inside another is
listed on its own and also counts towards the outer one. Function components and `impl`
methods count like any other `fn`. Comments, strings and character literals are skipped
when matching braces; a `fn` in a type (`fn(u32) -> u32`) or one without a body (a trait's
declaration) is not a function here.
"""

import argparse
import os
import re
import sys

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def blank_out(src):
    """The source with comments, strings and char literals replaced by spaces, newlines
    kept, so braces and `fn` are found only in code and line numbers stay right."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif (c == "r" or src.startswith("br", i)) and re.match(r"b?r#*\"", src[i:]) and (
            i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")
        ):
            m = re.match(r"b?r(#*)\"", src[i:])
            close = '"' + m.group(1)
            j = src.find(close, i + m.end())
            j = n if j < 0 else j + len(close)
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif c == '"' or (c == "b" and src.startswith('b"', i)):
            j = i + (2 if c == "b" else 1)
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            j += 1
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif c == "'":
            # A char literal ('a', '\n', '\u{1F600}', '{') or a lifetime ('a): a lifetime
            # has no closing quote right after its name.
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'", src[i:])
            if m:
                out.append(" " * m.end())
                i += m.end()
            else:
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(path):
    """(name, first line, length in lines) of every function with a body in the file."""
    with open(path, encoding="utf-8") as f:
        code = blank_out(f.read())
    line_at = []
    line = 1
    for ch in code:
        line_at.append(line)
        if ch == "\n":
            line += 1
    found = []
    for m in re.finditer(r"\bfn\b", code):
        name = IDENT.match(code, m.end() + len(code[m.end():]) - len(code[m.end():].lstrip()))
        if not name:
            continue  # `fn(...)`: a type
        # The body starts at the first `{` outside brackets; a `;` first means no body.
        depth, j = 0, name.end()
        while j < len(code):
            ch = code[j]
            if ch in "([<" and not (ch == "<" and code[j - 1] == "-"):
                depth += 1
            elif ch in ")]>" and not (ch == ">" and code[j - 1] in "-="):
                depth -= 1
            elif ch == "{" and depth <= 0:
                break
            elif ch == ";" and depth <= 0:
                j = -1
                break
            j += 1
        if j < 0 or j >= len(code):
            continue
        braces, k = 0, j
        while k < len(code):
            if code[k] == "{":
                braces += 1
            elif code[k] == "}":
                braces -= 1
                if braces == 0:
                    break
            k += 1
        first, last = line_at[m.start()], line_at[min(k, len(code) - 1)]
        found.append((name.group(0), first, last - first + 1))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", default=["src"])
    ap.add_argument("--over", type=int, help="list only functions longer than this")
    ap.add_argument("--top", type=int, default=20, help="how many to list (default 20)")
    args = ap.parse_args()
    rows = []
    paths = []
    for folder in args.folders:
        if os.path.isfile(folder):
            paths.append(folder)
        for root, _, files in os.walk(folder):
            paths += [os.path.join(root, n) for n in sorted(files) if n.endswith(".rs")]
    for path in paths:
        rows += [(n, path, line, length) for n, line, length in functions(path)]
    rows.sort(key=lambda r: (-r[3], r[1], r[2]))
    if args.over is not None:
        rows = [r for r in rows if r[3] > args.over]
    else:
        rows = rows[: args.top]
    for name, path, line, length in rows:
        print(f"{length:5}  {path}:{line}  {name}")
    if args.over is not None:
        print(f"{len(rows)} function(s) over {args.over} lines", file=sys.stderr)
        sys.exit(1 if rows else 0)


if __name__ == "__main__":
    main()
