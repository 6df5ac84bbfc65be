import fs from 'node:fs';
import path from 'node:path';
import { api, describeInvalidInput, ERROR_CODES, isMethodName, type ApiResult, type Input, type MethodName, type Output } from '../../../shared/contract';
import { mayCall, ROLE_LABELS, type Caller } from '../../../shared/domain/accounts';
import { maskNiksDeep } from '../../../shared/domain/nik';
import { ApiCallError } from '../../../shared/contract/errors';
import type { CoreEvent } from '../../../shared/contract/events';
import { currentActor, type CoreContext, type DemoBuilder } from '../platform/context';
import { dailyBackup } from '../platform/db/backup';
import { openDatabase } from '../platform/db/open';
import { createStore } from '../platform/db/store';
import { CakapError } from '../platform/errors';
import { isDatabaseBusy, writeWhenFree } from '../platform/db/busy';
import { folderLocation, networkFolderRefusal, type FolderLocation } from '../platform/files/networkPath';
import { FileRegistry } from '../platform/files/registry';
import type { Handler, Handlers } from '../platform/handlers';
import { jobsHandlers } from './jobs/handlers';
import { createJobRunner } from '../platform/jobs/runner';
import { auditHandlers } from '../features/audit/handlers';
import { backupHandlers } from '../features/backups/handlers';
import { bpjsHandlers } from '../features/bpjs/handlers';
import { complianceHandlers } from '../features/compliance/handlers';
import { enrollmentHandlers } from '../features/enrollments/handlers';
import { financeHandlers } from '../features/finance/handlers';
import { importHandlers } from '../features/import/handlers';
import { officeHandlers } from '../features/office/handlers';
import { planHandlers } from '../features/plans/handlers';
import { programHandlers } from '../features/programs/handlers';
import { regionHandlers } from '../features/regions/handlers';
import { reportHandlers } from '../features/report/handlers';
import { chooseRegency, readSettings } from '../features/settings/settings';
import { settingsHandlers } from '../features/settings/handlers';
import { targetHandlers } from '../features/targets/handlers';
import { templateHandlers } from '../features/templates/handlers';
import { workerHandlers } from '../features/workers/handlers';
import { packageHandlers } from '../features/package/handlers';
import { provinceHandlers } from '../features/province/handlers';
import { sharingHandlers } from '../features/sharing/handlers';
import { officeServerConfig, type OfficeServerConfig } from '../features/sharing/sharing';
import { usersHandlers } from '../features/users/handlers';
import { resumeSession, signIn, signOut, type SignIn } from '../features/users/sessions';
import { workforceHandlers } from '../features/workforce/handlers';
import { demoHandlers } from './demo/handlers';
import { firstRunHandlers } from './firstRun/handlers';
import { handlerRegistry, type Merged } from './registry';

const GROUPS = [
  settingsHandlers,
  officeHandlers,
  regionHandlers,
  workforceHandlers,
  targetHandlers,
  importHandlers,
  jobsHandlers,
  workerHandlers,
  programHandlers,
  enrollmentHandlers,
  bpjsHandlers,
  reportHandlers,
  backupHandlers,
  auditHandlers,
  planHandlers,
  templateHandlers,
  firstRunHandlers,
  demoHandlers,
  complianceHandlers,
  usersHandlers,
  sharingHandlers,
  packageHandlers,
  provinceHandlers,
  financeHandlers,
] as const;

// A contract method that no group answers fails the typecheck here (naming it), and a duplicate fails at start-up.
type Unanswered = Exclude<MethodName, keyof Merged<typeof GROUPS>>;
const _everyMethodAnswered: [Unanswered] extends [never] ? true : Unanswered = true;
const handlers: Handlers = handlerRegistry(GROUPS);

/** The job thread's entry: it knows every feature's jobs (app/jobs/list.ts). */
const JOB_THREAD = { name: 'jobThread', source: new URL('./jobs/jobThread.ts', import.meta.url) };

export interface CoreOptions {
  dbPath: string;
  actor?: string;
  /** Load this regency when the database has none yet (a fresh install). */
  defaultRegency?: string;
  now?: () => Date;
  /** Take the once-a-day backup at start (default true); the CLI's `backup` command makes its own. */
  dailyBackup?: boolean;
  /** Lets the app open the demo regency (demo.open); the doors pass demo/buildDemo's demoBuilder. */
  buildDemo?: DemoBuilder;
  /** Where a folder is (platform/files/networkPath.ts); tests give a network answer a test machine cannot. */
  folderLocation?: (folder: string) => FolderLocation;
  /**
   * Told of a fault behind the generic "kesalahan di dalam Cakap" answer (default: logged on stderr);
   * the self-test puts it in its report.
   */
  onInternalError?: (method: string, error: unknown) => void;
}

export interface Core {
  readonly context: CoreContext;
  /**
   * Validates the input against the contract, runs the handler, never throws. Every door uses this.
   * `caller`: the account calling through office mode, whose role limits what it may call (and a
   * reader gets every NIK masked); none at the desk (window, CLI, one-person browser mode).
   */
  call(method: string, input: unknown, caller?: Caller): Promise<ApiResult<unknown>>;
  /** Office mode's sign-in (features/users/sessions.ts): the door keeps the token in a cookie. */
  sessions: {
    signIn(username: string, password: string, address: string | null): Promise<SignIn>;
    resume(token: string): Caller | null;
    signOut(token: string): void;
  };
  /** What the office server needs now (address, port, certificate), or null when kantor bersama is off; `override` for `serve --office --host`. */
  officeServerConfig(override?: { host: string; port: number }): Promise<OfficeServerConfig | null>;
  /** Subscribes to core events (job progress); returns the unsubscribe function. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
  /** Typed convenience for code inside this process (CLI, tests); throws ApiCallError on failure. */
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  close(): void;
}

export const DEFAULT_REGENCY = '13.11';

export async function createCore(options: CoreOptions): Promise<Core> {
  // SQLite keeps a database whole only when every connection is on one host: never on a share.
  const folder = path.dirname(path.resolve(options.dbPath));
  const refusal = networkFolderRefusal(folder, (options.folderLocation ?? folderLocation)(folder));
  if (refusal) throw new CakapError('DB_ON_NETWORK', refusal);
  const isNew = !fs.existsSync(options.dbPath);
  let { db } = openDatabase(options.dbPath);
  const actor = options.actor ?? currentActor();
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: CoreEvent) => void>();
  const context: CoreContext = {
    store: createStore(db),
    dbPath: options.dbPath,
    officeDbPath: options.dbPath,
    buildDemo: options.buildDemo,
    actor,
    caller: null,
    files: new FileRegistry(),
    officeServer: { url: null, error: null },
    jobs: createJobRunner(JOB_THREAD, () => context.dbPath),
    now,
    audit: (action, detail) => context.store.audit.add(now().toISOString(), actor, action, detail),
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
    replaceDatabase(swap, target) {
      const previous = context.dbPath;
      const next = target ?? previous;
      db.close();
      let failure: unknown = null;
      try {
        swap();
      } catch (error) {
        failure = error;
      }
      try {
        db = openDatabase(next).db;
        context.dbPath = next;
      } catch (error) {
        db = openDatabase(previous).db;
        failure ??= error;
      }
      context.store = createStore(db);
      if (failure !== null) throw failure;
    },
  };

  if (!isNew && options.dailyBackup !== false) {
    // Once a day, at the first start: a whole copy in cadangan/. A failure must not keep the office out.
    try {
      dailyBackup(db, options.dbPath, now());
    } catch (error) {
      console.error('[cakap] cadangan harian gagal:', error);
    }
  }

  try {
    const current = readSettings(context.store);
    if (options.defaultRegency && current.mode === 'regency' && !current.regencyCode) {
      await chooseRegency(context, options.defaultRegency);
    }
  } catch (error) {
    db.close();
    // A database that could not even be set up is not left behind half-made.
    if (isNew) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(options.dbPath + suffix, { force: true });
    throw error;
  }

  /** The context of one call through office mode: the account acts, and the audit log says so. */
  function contextFor(caller: Caller): CoreContext {
    const scoped = Object.create(context) as CoreContext;
    Object.defineProperties(scoped, {
      actor: { value: caller.username },
      caller: { value: caller },
      audit: { value: (action: string, detail: unknown) => context.store.audit.add(now().toISOString(), caller.username, action, detail) },
    });
    return scoped;
  }

  async function call(method: string, input: unknown, caller?: Caller): Promise<ApiResult<unknown>> {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: ERROR_CODES.unknownMethod, message: `Perintah "${String(method)}" tidak dikenal.` } };
    }
    const spec = api[method];
    if (caller && !mayCall(caller.role, spec.access)) {
      // A refusal that concerns data is kept in the audit log with the account that tried.
      if (spec.access !== 'read') {
        // Answered now even while a colleague's import holds the write lock; the entry keeps its own time.
        const at = now().toISOString();
        writeWhenFree(() => context.store.audit.add(at, caller.username, 'access.refused', { method, role: caller.role }));
      }
      const who = spec.access === 'admin' ? 'admin' : 'operator atau admin';
      return {
        ok: false,
        error: {
          code: ERROR_CODES.forbidden,
          message: `Hanya ${who} yang boleh melakukan ini; akun ${caller.username} berperan ${ROLE_LABELS[caller.role].toLowerCase()}. Tidak ada yang berubah.`,
        },
      };
    }
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: ERROR_CODES.invalidInput, message: describeInvalidInput(parsed.error) } };
    }
    try {
      const handler = handlers[method] as Handler<MethodName>;
      const result = spec.output.parse(await handler(parsed.data as never, caller ? contextFor(caller) : context));
      // Outputs are checked too: what leaves the core is exactly what the contract promises. A reader sees no full NIK.
      return { ok: true, result: caller?.role === 'reader' ? maskNiksDeep(result) : result };
    } catch (error) {
      if (error instanceof CakapError) return { ok: false, error: { code: error.code, message: error.message } };
      if (isDatabaseBusy(error)) {
        return { ok: false, error: { code: ERROR_CODES.busy, message: 'Cakap sedang menyimpan pekerjaan lain (misalnya impor daftar besar); tidak ada yang berubah. Coba lagi sebentar lagi.' } };
      }
      (options.onInternalError ?? ((name, fault) => console.error(`[cakap] ${name} gagal:`, fault)))(method, error);
      return {
        ok: false,
        error: {
          code: ERROR_CODES.internal,
          message: 'Terjadi kesalahan di dalam Cakap; tidak ada data yang berubah. Coba lagi, atau laporkan ke pengelola aplikasi.',
        },
      };
    }
  }

  return {
    context,
    call,
    sessions: {
      signIn: (username, password, address) => signIn(context, username, password, address),
      resume: (token) => resumeSession(context, token),
      signOut: (token) => signOut(context, token),
    },
    officeServerConfig: (override) => officeServerConfig(context, override),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async invoke(method, input) {
      const response = await call(method, input);
      if (!response.ok) throw new ApiCallError(response.error);
      return response.result as Output<typeof method>;
    },
    close() {
      context.files.dispose();
      db.close();
    },
  };
}
