/**
 * Stand-ins for d3-color and d3-format in the islands build only (vite.islands.config.ts).
 * In the browser, d3 is reached only through LayerCake's scales, whose domains and ranges are
 * numbers ([0, 100] and percentRange: see toolkit/SceneChart.svelte): d3-scale's linear scale
 * imports d3-format for tick labels and d3-interpolate imports d3-color for colour ranges, about
 * 5 KB gzip that no chart calls. If one ever does (a colour range, a tick format drawn in the
 * browser), it fails loudly here rather than drawing something wrong. The server build, which
 * renders every page, uses the real packages.
 */
import { standIn } from './stand-in';

const stub = (name: string) => standIn(name, 'charts hand LayerCake numbers only');

// d3-color, as d3-interpolate imports it.
export const color = stub('d3-color color()');
export const rgb = stub('d3-color rgb()');
export const hsl = stub('d3-color hsl()');
export const lab = stub('d3-color lab()');
export const hcl = stub('d3-color hcl()');
export const cubehelix = stub('d3-color cubehelix()');

// d3-format, as d3-scale imports it.
export const format = stub('d3-format format()');
export const formatPrefix = stub('d3-format formatPrefix()');
export const formatSpecifier = stub('d3-format formatSpecifier()');
export const precisionFixed = stub('d3-format precisionFixed()');
export const precisionPrefix = stub('d3-format precisionPrefix()');
export const precisionRound = stub('d3-format precisionRound()');
