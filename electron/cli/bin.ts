import { runCli } from './main';

// Output piped into a program that stopped reading (`| head`) is not an error of Cakap's.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Kesalahan internal Cakap: ${String(error)}`);
    process.exitCode = 1;
  },
);
