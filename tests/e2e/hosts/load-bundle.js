// Loads embed.js from the bundle named by ?bundle= (another origin in the
// tests); a real page writes
//   <script type="module" src="https://cdn.example/explorer/embed.js"></script>
// A file, not an inline script, so the page runs under a policy without
// 'unsafe-inline'.
const bundle = new URLSearchParams(location.search).get('bundle');
const script = document.createElement('script');
script.type = 'module';
script.src = new URL('embed.js', bundle).href;
document.head.append(script);
