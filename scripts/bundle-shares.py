#!/usr/bin/env python3
"""Where a built bundle's bytes go: gzip -9 of each share, for BENCHMARKS.md.

Splits the files of DIST into JavaScript, CSS, HTML and other, and the wasm into
its code section, the embedded corpus (found in the data section by its bytes)
and the rest of the data section (string literals, panic locations, Unicode and
stemmer tables, vtables). Each share is compressed on its own, so the shares
add up to slightly more than the whole file compressed at once.

usage: scripts/bundle-shares.py DIST [CORPUS_BIN]
  CORPUS_BIN  the corpus.bin build.rs wrote (default: the newest one under
              $CARGO_TARGET_DIR, else target/, then
              wasm32-unknown-unknown/release/build/)

Without the corpus (no CORPUS_BIN found, or one from another build) the
corpus counts under "wasm data: the rest", and the script says so.
"""
import glob
import os
import sys
import zlib


def gz(data):
    # zlib's deflate at level 9, as gzip -9 (minus gzip's 18-byte frame).
    return len(zlib.compress(data, 9)) + 12


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(wasm):
    i, out = 8, {}
    while i < len(wasm):
        sid = wasm[i]
        size, i = leb(wasm, i + 1)
        out.setdefault(sid, []).append(wasm[i:i + size])
        i += size
    return out


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    dist = sys.argv[1]
    if len(sys.argv) > 2:
        corpus_path = sys.argv[2]
    else:
        target = os.environ.get('CARGO_TARGET_DIR', 'target')
        found = glob.glob(os.path.join(
            target, 'wasm32-unknown-unknown/release/build/ip-explorer-*/out/corpus.bin'))
        corpus_path = max(found, key=os.path.getmtime) if found else None
    corpus = open(corpus_path, 'rb').read() if corpus_path else b''
    shares = {}
    total = 0
    for root, _, files in os.walk(dist):
        if '.stage' in root:
            continue
        for name in files:
            data = open(os.path.join(root, name), 'rb').read()
            total += gz(data)
            if name.endswith('.wasm'):
                secs = sections(data)
                code = b''.join(secs.get(10, []))
                datasec = b''.join(secs.get(11, []))
                rest = datasec.replace(corpus, b'') if corpus and corpus in datasec else datasec
                in_wasm = corpus if corpus and corpus in datasec else b''
                other = len(data) - len(code) - len(datasec)
                shares['wasm code'] = (len(code), gz(code))
                shares['wasm data: corpus'] = (len(in_wasm), gz(in_wasm) if in_wasm else 0)
                shares['wasm data: the rest'] = (len(rest), gz(rest))
                shares['wasm other sections'] = (other, 0)
                continue
            kind = {'.js': 'JavaScript', '.css': 'CSS', '.html': 'HTML'}.get(
                os.path.splitext(name)[1], 'other files')
            raw, packed = shares.get(kind, (0, 0))
            shares[kind] = (raw + len(data), packed + gz(data))
    print(f"{'share':<24} {'raw':>10} {'gzip -9':>10}")
    for name, (raw, packed) in shares.items():
        print(f'{name:<24} {raw:>10} {packed:>10}')
    print(f"{'all files (each whole)':<24} {'':>10} {total:>10}")
    if not shares.get('wasm data: corpus', (0, 0))[0]:
        print('note: the corpus was not found in the wasm, so "the rest" includes it; '
              'pass CORPUS_BIN or set CARGO_TARGET_DIR', file=sys.stderr)


main()
