import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const h = readFileSync(process.argv[2], 'utf8');
const gz = (s) => gzipSync(s, { level: 6 }).length;
const base = gz(h);
const root = parse(h, { comment: true });
const walk = (el, depth) => {
  for (const c of el.childNodes) {
    if (c.nodeType !== 1) continue;
    const html = c.toString();
    const saved = base - gz(h.replace(html, ''));
    if (saved < 120) continue;
    console.log(`${'  '.repeat(depth)}${c.rawTagName}.${(c.getAttribute('class')||'').split(' ')[0]} ${saved} B gz, ${html.length} raw`);
    if (depth < 5) walk(c, depth + 1);
  }
};
walk(root.querySelector('body'), 0);
