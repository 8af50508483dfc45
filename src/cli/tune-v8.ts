import { setFlagsFromString } from 'node:v8';

/**
 * The V8 compiler settings the command runs with. They are the process's, so worker threads get
 * them too; set them before the cleaner's code has run much, since they apply to what is compiled after.
 *
 * - V8 first runs a regular expression in its interpreter and compiles it to machine code on its
 *   second use. For the phrase rules the two compilations together cost more than cleaning a small
 *   file, so they compile to machine code straight away (the first file of a run cleans in a third
 *   of the time; long runs are no slower).
 * - V8's optimising compiler inlines up to 920 bytes of bytecode into a function by default. The
 *   cleaner's large functions then take much of a short run to compile, on the core a worker
 *   thread could use; with 150 a run does a fifth less work in all and the compiled code is no slower.
 *
 * The figures are in README (Quality and speed); test/bench/engine.mjs applies the same settings.
 */
export function tuneV8(): void {
  // V8 answers a flag it does not know with an error line on stderr on every run; so only on the
  // Node.js versions whose V8 has both flags (20 to 24). Elsewhere winnow runs untuned.
  const major = Number(process.versions.node.split('.')[0]);
  if (!(major >= 20 && major <= 24)) return;
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
}
