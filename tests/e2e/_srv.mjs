import { serveDir } from '/work/main/tests/e2e/serve.mjs';
const s = await serveDir(process.argv[2], '/');
console.log(s.url);
setInterval(() => {}, 1e6);
