/**
 * Stand-ins for LayerCake helpers that the charts never reach in the browser (islands build
 * only: vite.islands.config.ts swaps the helper modules for these). Every chart draws through
 * toolkit/SceneChart.svelte, the one LayerCake on the site, which passes no accessor (`x`, `y`,
 * …: the marks carry their own positions), no `*Padding`, no `debug`, and `verbose` only in
 * development. So LayerCake never measures extents (measureExtent, extentProblems), pads a
 * scale (padScale), prints its debug table (printDebug) or warns about an empty container
 * (warnEmptySize) here: about 3 KB gzip. The server build uses the real helpers.
 */
import { standIn } from './stand-in';

const why = 'SceneChart gives LayerCake no accessor, padding or debug, and verbose only in development';

export const measureExtent = standIn('LayerCake measureExtent()', why);
export const extentProblems = standIn('LayerCake extentProblems()', why);
export const padScale = standIn('LayerCake padScale()', why);
export const printDebug = standIn('LayerCake printDebug()', why);
export const warnEmptySize = standIn('LayerCake warnEmptySize()', why);
