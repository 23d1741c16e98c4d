#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml, after minify-js.sh): joins the style sheets
# of a release build into one file, in the order index.html links them, and
# links that one file in their place. The sources stay one sheet per job
# (style/*.css); the bundle ships one, since gzip shares words across the
# sheets and each file carries its own overhead: 7,453 B gzip -9 as seven
# files, 5,520 B as one (issue 15). embed.js loads whatever sheets index.html
# links, so host pages get the same one file.
#
# The joined file is named for its content (`style-<sha256, 16 hex>.css`) and
# linked with its SRI hash, as Trunk links its own. Debug builds (trunk serve)
# keep the separate files.
set -euo pipefail

[[ "${TRUNK_PROFILE:-}" == release ]] || exit 0
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"

node - "$staging" <<'EOF'
const fs = require('fs'), path = require('path'), crypto = require('crypto');
const staging = process.argv[2];
const indexPath = path.join(staging, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');
// Trunk writes `<link href=./x.css integrity=... rel=stylesheet>`, quoted or not.
const tag = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/g;
const links = [...html.matchAll(tag)].map((m) => {
  const href = /\bhref=["']?([^"'\s>]+)/.exec(m[0])[1];
  const base = path.basename(href);
  return { prefix: href.slice(0, href.length - base.length), file: path.join(staging, base) };
});
if (links.length < 2) process.exit(0);
const css = links.map((l) => fs.readFileSync(l.file, 'utf8').replace(/\s*$/, '\n')).join('');
const name = `style-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
const sri = `sha384-${crypto.createHash('sha384').update(css).digest('base64')}`;
fs.writeFileSync(path.join(staging, name), css);
let first = true;
const out = html.replace(tag, () => {
  if (!first) return '';
  first = false;
  return `<link href=${links[0].prefix}${name} integrity=${sri} rel=stylesheet>`;
});
fs.writeFileSync(indexPath, out);
for (const l of links) fs.unlinkSync(l.file);
console.log(`merge-css: joined ${links.length} style sheets into ${name}`);
EOF
