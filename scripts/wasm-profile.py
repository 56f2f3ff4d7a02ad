#!/usr/bin/env python3
"""Where a bundle's code is: python3 scripts/wasm-profile.py NAMED.wasm [N]

NAMED.wasm is the copy with function names that scripts/wasm-size.sh keeps. Prints the code
section's bytes (raw, after wasm-opt -Oz; brotli takes about a third) grouped by our module
(a view counts towards its page), by crate for the rest, and serde's code made for our types
on its own line; then the N biggest functions. Names are demangled by `c++filt` (binutils).
"""
import collections
import re
import subprocess
import sys


def leb(b, i):
    result = shift = 0
    while True:
        byte = b[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def read(path):
    """(number of imported functions, body size per defined function, names, data bytes)"""
    b = open(path, "rb").read()
    i, imported, bodies, names, data = 8, 0, [], {}, 0
    while i < len(b):
        section = b[i]
        size, i = leb(b, i + 1)
        start, end = i, i + size
        if section == 2:  # imports: count the functions
            count, j = leb(b, start)
            for _ in range(count):
                for _ in range(2):
                    n, j = leb(b, j)
                    j += n
                kind = b[j]
                j += 1
                if kind == 0:
                    _, j = leb(b, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(b, j)
                    _, j = leb(b, j)
                    if flags & 1:
                        _, j = leb(b, j)
                elif kind == 2:
                    flags, j = leb(b, j)
                    _, j = leb(b, j)
                    if flags & 1:
                        _, j = leb(b, j)
                elif kind == 3:
                    j += 2
        elif section == 10:
            count, j = leb(b, start)
            for _ in range(count):
                n, j = leb(b, j)
                bodies.append(n)
                j += n
        elif section == 11:
            data = size
        elif section == 0:
            n, j = leb(b, start)
            if b[j : j + n] == b"name":
                j += n
                while j < end:
                    kind = b[j]
                    sub, j = leb(b, j + 1)
                    if kind == 1:
                        count, k = leb(b, j)
                        for _ in range(count):
                            index, k = leb(b, k)
                            n, k = leb(b, k)
                            names[index] = b[k : k + n].decode("utf8", "replace")
                            k += n
                    j += sub
        i = end
    return imported, bodies, names, data


def demangle(names):
    keys = list(names)
    text = "\n".join(names[k].replace("\n", " ") for k in keys)
    out = subprocess.run(["c++filt"], input=text, capture_output=True, text=True).stdout.split("\n")
    return {k: re.sub(r"\[[0-9a-f]{16}\]", "", v).replace("supported_work::", "") for k, v in zip(keys, out)}


OURS = r"(?:app|better_off|tasks|tracker|backup|store|i18n|embed|money|calendar|svg|tool|base64url)"


def group(name):
    if "serde" in name:
        m = re.search(r"\b" + OURS + r"((?:::[a-z_0-9]+)*)::[A-Z]", name)
        if m:
            return "serde for " + m.group(0).rsplit("::", 1)[0]
    m = re.search(r"\bapp::pages::[a-z_]+(?:::[a-z_]+)?", name) or re.search(
        r"\b(?:app::[a-z_]+(?:::[a-z_]+)?|" + OURS + r"(?:::[a-z_]+)?)(?=::)", name
    )
    if m:
        return m.group(0)
    m = re.match(r"<?([a-z_0-9]+)::", name)
    return "crate " + m.group(1) if m else "(other) " + name[:40]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    imported, bodies, names, data = read(path)
    names = demangle(names)
    groups = collections.Counter()
    for k, size in enumerate(bodies):
        groups[group(names.get(k + imported, "?"))] += size
    print(f"code {sum(bodies):,} bytes in {len(bodies):,} functions; data {data:,} bytes (raw)")
    for name, size in groups.most_common(50):
        print(f"{size:9,}  {name}")
    print(f"--- the {top} biggest functions")
    biggest = sorted(((s, names.get(k + imported, "?")) for k, s in enumerate(bodies)), reverse=True)
    for size, name in biggest[:top]:
        print(f"{size:9,}  {name[:200]}")


if __name__ == "__main__":
    main()
