// Prints the release build's download sizes and enforces the budgets (issue 6):
// what the first paint needs (the files index.html links: loader, app JS and wasm, CSS) is
// at most 350 KB gzip; the analysis worker (core, sample) loads after the first
// paint, and the whole app stays under a second ceiling so that neither part creeps up.
// Usage: node tools/sizes.mjs [dist]   (exit 1 when over budget)
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_PAINT_BUDGET = 350_000;
// Raised from 450 KB when the metric rules for unseen reports (stop 10) grew the worker by
// 7 KB, and to 500 KB when the core was built for speed rather than size (stop 12: opt-level
// 3 and wasm-opt -O3, +13 KB, the analysis ~1.4× faster in Chromium), and to 515 KB when
// reports in traditional characters were read in simplified ones (stop 13: OpenCC's table of
// 2,966 characters as a bit set and their simplified forms, +12 KB), and to 530 KB when the
// rules that six more held-out reports led to (stop 14: ASCII punctuation, web pages saved
// with their links split and a front matter, budgets' funders, thresholds, lists of examples)
// grew the worker by 9.6 KB, and to 545 KB when the worker became a package of its own so that
// link-time optimisation runs at opt-level 3 for it instead of the page's "z" (stop 15: +12 KB,
// the sample 3.0 → 2.1 ms in the worker alone), and to 560 KB when the rules that seven more
// held-out reports led to (stop 16: one number of several metrics, fractions, lists of
// ordinals and kinds, relative clauses, quotes and clause marks cut onto lines of their own)
// grew the worker by 12 KB (328 → 340 KB), and to 575 KB when the rules of stop 18's
// held-out reports (a budget report's sums and shares, declines signed, levels cut by links,
// titles cut out onto lines of their own, subjects and actions shared by a list) took it past
// 560 KB (353 KB for the worker). Lowered to 470 KB when the worker stopped carrying
// encoding_rs (stop 20: it links every decoder it has, Japanese and Korean tables included,
// ~122 KB gzip; the worker reads GB18030 and Big5 with the browser's TextDecoder): 18 KB of
// room for the analyzer to grow, a ceiling to decide on growth, not to freeze the analyzer.
// Raised to 480 KB when the rules of stop 22's held-out reports (headings glued to their
// paragraphs, sectors that fared, amounts per head, deposits and loans, lengths after an
// addition, and more) took the worker from 257.7 to 264.7 KB and everything to 472.2 KB.
// Raised to 490 KB when the rules of stop 23's first six held-out reports (funders and their
// verbs, a document and its saying, units shared over a `分别` list, multiples of a base said
// in full, areas listed without brackets, sectors as topics, and more) took the worker from
// 264.7 to 274.8 KB and everything to 482.3 KB: about 1.3 KB a report, which a redesign of the
// word lists (one pass over a clause for all of them, the 3000× aim) would also address.
// Stop 24's four held-out reports and outline fixes took the worker to 280.2 KB and everything
// to 487.7 KB, under it; raised to 500 KB when its next two reports and the repair of page
// furniture in PDF-like layouts (running headers after headings, page numbers after letters,
// digits spaced out one by one, a letter typed for a digit) took the worker to 283.9 KB and
// everything to 491.4 KB (490.4 KB at its end, after its last tuning and one more report):
// still about 1 KB a report, the word lists' redesign still open.
// Raised to 520 KB at stop 25, when tables became metrics (a communiqué's rows under their
// header, caption and unit line: `metrics/table.rs`, with a web page's table rows kept one a
// line): the worker 282.6 → 300.5 KB, everything 490.1 → 508.0 KB. Most of the 18 KB is the
// table reader itself (measured by building the worker with and without it); marking its
// functions not to be inlined made it larger.
// Raised to 530 KB at stop 28, when the rules of genre probes (a budget's other lines, classes
// of goods, periods from a clause's year and a deadline, vague ranges `三四百家`, units of a
// communiqué's weather and land) took everything from 517.5 to 520.7 KB; building the worker
// with wasm-opt -Os instead of -O3 saved only 0.6 KB, not worth its speed.
// Raised to 540 KB at stop 29, when its rules (a change of an amount as a kind of its own,
// round counts `逾千人`, doublings `翻一番`, ranks in Chinese numerals, a budget's lines over
// sentences, periods from a year said alone, and a dozen more) took everything from 521.8 to
// 532.0 KB (the worker 313.0 → 323.2 KB; a power function for doublings alone was 3.2 KB,
// replaced by integers). At `opt-level = 3` LLVM unrolls each search over a short word list,
// so every rule costs more than its source suggests: the word lists' redesign is still open.
// Raised to 550 KB at stop 31, when its rules (ranks right after their whole, `增速全省第一`,
// and the places a rank moved, `排名上升2位`; what people gain, `农民人均增收`; the changes of
// output, revenue and spending) and stop 30's took everything from 537.8 to 539.9 KB: the
// issue's own budget is the first paint's (350 KB, 204.5 KB used); this one keeps the worker's
// growth a decision, and the word lists' redesign would address it. At stop 32's end 549.0 KB;
// stop 33 built the core and the worker at opt-level 2 instead of 3 (LLVM unrolls and inlines
// less; as fast in Chromium): 543.1 KB.
// Raised to 560 KB at stop 35, when its rules (a news page's byline date, one reading of the
// periods a title names for the outline and the metrics, a cut at a rate `按5%的幅度压减…`, a
// higher bar for things counted before `5亿元以上41个`, and five more) took everything from
// 546.9 to 551.6 KB, each built on this machine (the worker alone 339.0 → 343.7 KB), and to
// 554.1 KB by the stop's end (a target set before, a debt ceiling, lists of measures). Most of it
// is not the new code's size but LLVM inlining differently in the metrics pass's one large
// function; marking the new helpers not to be inlined made it 0.2 KB larger. The first paint,
// the issue's own budget, did not change (203.4 KB of 350 KB).
// Raised to 570 KB at stop 37, when its rules (a plan's years as periods, the place a report is
// of, a budget's share said with `占` and its amount, kinds after `其中` and after `；`, parts of
// the year compared, two fixes of the repair's idempotence, and a dozen more) took everything
// from 556.6 to 562.8 KB (the worker alone 348.6 → 354.8 KB); the first paint did not change.
// Raised to 580 KB at stop 39 (three sessions long), when its rules (a town's report, qualifiers
// `超` and `约合`, review periods read from the first paragraph, scope notes, lists before
// `分别` up to `等`, targets named after their figure, and two dozen more) took everything from
// 562.8 to 571.0 KB (the worker alone 354.8 -> 363.0 KB); the first paint did not change
// (203.4 KB). By the stop's end, 577.8 KB (labels before a colon, publication tables, notices,
// and a dozen more rules; rounding base values by formatting and parsing them had cost 13 KB
// alone, and was replaced by arithmetic). Word lists held as data rather than as code is the
// change that would win this back.
// Lowered to 565 KB at stop 40, when the worker was built at `opt-level = "z"` instead of 2
// (Cargo.toml: as fast in Chromium, 2.5 ms for the sample in the worker alone): everything
// 577.8 -> 550.6 KB, and the ceiling keeps about 14 KB of room, so growth stays a decision.
// Raised to 575 KB at stop 44, when its rules from genre probes (what each of a list pulled up,
// a rate of decline signed, tables past a row that lost its label, sectors of a part of the
// economy over `；`, a month's cumulative figures, meeting attendance dropped, bylines that open
// with the time, a story's year past, and half a dozen more) took everything from 564.9 to
// 567.7 KB (the worker alone 356.8 -> 359.7 KB); the first paint did not change (203.5 KB).
// Building the worker with wasm-opt -Oz instead of -O3 saved only 0.6 KB (565.7 KB then).
// Raised to 585 KB at stop 47, when the rules of stops 45-47 from genre probes (bases' figures
// in brackets, estimate notes `（预计数，下同）`, run-in headings, final accounts as results, a
// price rise `涨幅` as a growth, budget lines listed before `等`, and two dozen more) took
// everything from 567.7 to 576.6 KB (the worker alone 359.7 -> 368.6 KB); the first paint did
// not change (203.5 KB). The word lists' redesign remains what would win it back.
// Raised to 595 KB at stop 48, when its rules from genre probes (months from January as a range,
// plan and budget years from titles, top ranks, sittings of a congress, trade with partners after
// `分别`, a base's own rate, rates that slowed, a household's spending per head, and a dozen more)
// took everything from 577.3 KB (stop 47's head built on this stop's machine) to about 587.5 KB;
// measured on the raw worker wasm the growth is spread over the stop's commits (1-3 KB gzip
// each), not one rule. The first paint did not change (203.5 KB).
// Raised to 605 KB at stop 51, when the rules of stops 49-51 from genre probes (a web page run
// into one line split into paragraphs, a year's figures restated, each industry's pull, a rank on
// a list said before, Markdown tables with units in their cells, parts of an income by who
// collected them, targets in brackets after their result, a clause cut before its figure, and a
// dozen more) took everything from 587.1 to 595.4 KB (the worker alone 379.0 -> 387.3 KB); the
// first paint did not change (203.5 KB). The word lists' redesign remains what would win it back.
// Raised to 612 KB at stop 53, when its rules from genre probes (no change said in words,
// `与上年持平`; nominal and real rates told apart; a measure named by its name in brackets;
// a part left out; town and country of the measure before; shares given, `贡献了50%以上的
// 税收`; ranges of shares, `4至5成`, and `万分之三`; the share of a target reached; amounts
// converted, `折1162亿美元`; a month alone, `当月`; and a few more) took everything from 599.8
// to about 604.1 KB (the worker alone 391.0 -> 395.1 KB measured with wasm-opt -O3 outside
// trunk; 1.3 KB of it a sort of quantities, taken out again). The first paint did not change
// (203.5 KB). The word lists' redesign remains what would win it back.
const TOTAL_BUDGET = 612_000;
const dist = process.argv[2] ?? 'dist';
const html = await readFile(join(dist, 'index.html'), 'utf8');
const linked = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]));
const rows = [];
for (const name of (await readdir(dist)).sort()) {
  if (!/\.(wasm|js|css)$/.test(name)) continue;
  const bytes = await readFile(join(dist, name));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const part = linked.has(name) ? 'first paint' : name === 'sw.js' ? 'offline' : 'after paint';
  rows.push({ name, raw: bytes.length, gzip, part });
}
const sum = (part) => rows.filter((r) => !part || r.part === part).reduce((s, r) => s + r.gzip, 0);
for (const r of rows) console.log(`  ${r.name.padEnd(44)} ${String(r.raw).padStart(9)} bytes ${String(r.gzip).padStart(8)} gzip  ${r.part}`);
const firstPaint = sum('first paint');
const total = sum();
console.log(`  ${'first paint'.padEnd(44)} ${''.padStart(15)} ${String(firstPaint).padStart(8)} gzip  (budget ${FIRST_PAINT_BUDGET})`);
console.log(`  ${'everything'.padEnd(44)} ${''.padStart(15)} ${String(total).padStart(8)} gzip  (budget ${TOTAL_BUDGET})`);
let over = false;
if (firstPaint > FIRST_PAINT_BUDGET) { console.error(`over budget: the first paint needs ${firstPaint} B gzip > ${FIRST_PAINT_BUDGET}`); over = true; }
if (total > TOTAL_BUDGET) { console.error(`over budget: the app is ${total} B gzip > ${TOTAL_BUDGET}`); over = true; }
if (!linked.size || !rows.some((r) => r.part === 'first paint' && r.name.endsWith('.wasm'))) {
  console.error('index.html links no wasm: the size check would measure nothing'); over = true;
}
process.exit(over ? 1 : 0);
