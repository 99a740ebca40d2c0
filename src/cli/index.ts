// Public exports of src/cli: the `sop` command's entry point and its command table (for scripts
// and tests that run commands in-process). src/index.ts does not re-export this barrel.
export { main, reportError } from './main';
export { COMMANDS, DEFAULT_SEED, DEFAULT_DRAWS, commandHelp, generalHelp, type CommandSpec, type CommandModule } from './command-table';
export { type CliIo, processIo } from './io';
