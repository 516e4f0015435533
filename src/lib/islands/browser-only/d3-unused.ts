/**
 * Stand-ins for d3-interpolate, d3-color and d3-format in the islands build only
 * (vite.islands.config.ts). In the browser, d3 is reached only through LayerCake's scales, and
 * the one LayerCake (toolkit/SceneChart.svelte) is handed identity scales on [0, 100]: the
 * marks come already placed in percent of the plot. So no linear scale is ever evaluated there,
 * and nothing interpolates (d3-scale's continuous scales import d3-interpolate, which imports
 * d3-color for colour ranges) or formats ticks (d3-scale imports d3-format): about 6.5 KB gzip
 * that no chart calls. If one ever does, it fails loudly here rather than drawing something
 * wrong. The server build, which renders every page, uses the real packages.
 */
import { standIn } from './stand-in';

const stub = (name: string) => standIn(name, 'charts hand LayerCake identity scales on numbers (SceneChart.svelte)');

// d3-interpolate, as d3-scale imports it.
export const interpolate = stub('d3-interpolate interpolate()');
export const interpolateNumber = stub('d3-interpolate interpolateNumber()');
export const interpolateRound = stub('d3-interpolate interpolateRound()');
export const piecewise = stub('d3-interpolate piecewise()');

// d3-color, as LayerCake's printDebug imports it (itself left out: layercake-unused.ts).
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
