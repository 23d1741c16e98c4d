#!/usr/bin/env python3
"""Where a wasm module's code bytes go: code size per function, read from the
code section and named from the name section (so use a module that still has
one: target/wasm-bindgen/release/ip-explorer_bg.wasm after a release build, not
the wasm-opt output in dist/). Names are demangled with c++filt when present.

usage: scripts/wasm-functions.py FILE [N] [--group]
  N        how many rows (default 40)
  --group  sum by the first two path segments (crate::module) instead
"""
import collections
import re
import shutil
import subprocess
import sys


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def read(path):
    data = open(path, 'rb').read()
    i, imported, bodies, names, sections = 8, 0, [], {}, {}
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if sid == 2:  # imports: functions count before the module's own
            count, j = leb(data, i)
            for _ in range(count):
                for _ in range(2):
                    n, j = leb(data, j)
                    j += n
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:
                    j += 2
        elif sid == 10:
            count, j = leb(data, i)
            for _ in range(count):
                n, j = leb(data, j)
                bodies.append(n)
                j += n
        elif sid == 0:
            n, j = leb(data, i)
            if data[j:j + n] == b'name':
                j += n
                while j < end:
                    sub = data[j]
                    n, j = leb(data, j + 1)
                    if sub == 1:
                        count, k = leb(data, j)
                        for _ in range(count):
                            idx, k = leb(data, k)
                            m, k = leb(data, k)
                            names[idx] = data[k:k + m].decode('utf8', 'replace')
                            k += m
                    j += n
        sections[sid] = sections.get(sid, 0) + size
        i = end
    return imported, bodies, names, sections


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if not args:
        sys.exit(__doc__)
    rows_wanted = int(args[1]) if len(args) > 1 else 40
    imported, bodies, names, sections = read(args[0])
    if shutil.which('c++filt') and names:
        keys = sorted(names)
        out = subprocess.run(['c++filt'], input='\n'.join(names[k] for k in keys),
                             capture_output=True, text=True).stdout.split('\n')
        for k, name in zip(keys, out):
            names[k] = re.sub(r'::h[0-9a-f]{16}$', '', name)
    rows = [(size, names.get(n + imported, f'func{n}')) for n, size in enumerate(bodies)]
    print(f'code {sum(bodies)} B in {len(bodies)} functions; data {sections.get(11, 0)} B')
    if '--group' in sys.argv:
        groups = collections.Counter()
        for size, name in rows:
            m = re.match(r'[<&]*(?:dyn )?([A-Za-z_0-9]+)(?:\[[0-9a-f]+\])?(?:::([A-Za-z_0-9]+))?', name)
            groups[(m.group(1) + ('::' + m.group(2) if m.group(2) else '')) if m else name] += size
        rows = [(size, name) for name, size in groups.items()]
    for size, name in sorted(rows, reverse=True)[:rows_wanted]:
        print(f'{size:8d} {name[:160]}')


if __name__ == '__main__':
    main()
