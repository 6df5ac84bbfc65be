import { runCli } from './main';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Kesalahan internal Cakap: ${String(error)}`);
    process.exitCode = 1;
  },
);
