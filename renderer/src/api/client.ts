import type { CoreEvent, Input, MethodName, Output } from '../../../shared/contract';
import type { FileRef } from '../../../shared/contract/common';
import type { DesktopBridge } from '../../../shared/contract/desktop';
import { ApiCallError, ERROR_CODES, type ApiResult } from '../../../shared/contract/errors';
import type { CurrentUser } from '../../../shared/contract/users';

/**
 * The renderer's only way to the core: Electron IPC when the preload exposed `window.cakap`,
 * the HTTP bridge otherwise: with the token from the page address (browser mode on this PC), or
 * with the session cookie of a signed-in account (kantor bersama). Typed from the contract.
 */

declare global {
  interface Window {
    cakap?: DesktopBridge;
  }
}

const desktop = window.cakap;
const token = new URLSearchParams(window.location.search).get('token') ?? '';

export const isDesktop = desktop !== undefined;

/** Fired when the bridge answers that the session is gone (expired, signed out elsewhere, account disabled). */
export const SIGNED_OUT_EVENT = 'cakap:signed-out';

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const response = desktop ? await desktop.call(method, input) : await httpCall(method, input);
  if (!response.ok) {
    if (response.error.code === ERROR_CODES.loginRequired) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    throw new ApiCallError(response.error);
  }
  return response.result as Output<M>;
}

/** Kantor bersama: signs in; the session lives in a cookie the page cannot read. */
export async function signIn(username: string, password: string): Promise<CurrentUser> {
  const response = await fetch('./api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const result = await readResult(response);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.result as CurrentUser;
}

export async function signOut(): Promise<void> {
  await fetch('./api/session', { method: 'DELETE' });
}

async function httpCall(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`./api/call/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Cakap-Token': token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'OFFLINE', message: 'Server Cakap tidak menjawab. Pastikan perintah serve masih berjalan.' } };
  }
  return readResult(response);
}

async function readResult(response: Response): Promise<ApiResult<unknown>> {
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'BAD_RESPONSE', message: `Jawaban server tidak dapat dibaca (HTTP ${response.status}).` } };
  }
}

export interface FileKind {
  /** Shown in the desktop dialog, e.g. "Lembar kerja". */
  name: string;
  extensions: string[];
}

/**
 * Lets the user choose a file. Desktop: the native dialog, nothing is copied. Browser: a file
 * input, then the file is uploaded to the bridge. Either way the core sees only a file id.
 * Must be called from a click handler (browsers only open the chooser on a user gesture).
 */
export async function chooseFile(kind: FileKind): Promise<FileRef | null> {
  if (desktop) return desktop.pickFile([kind]);
  const file = await browseForFile(kind.extensions.map((e) => `.${e}`).join(','));
  if (!file) return null;
  const response = await fetch(`./api/files?name=${encodeURIComponent(file.name)}`, {
    method: 'PUT',
    headers: { 'X-Cakap-Token': token, 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  const result = await readResult(response);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.result as FileRef;
}

function browseForFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Saves a file the core produced: a save dialog on the desktop, a download in the browser. */
export async function saveFile(fileRef: FileRef): Promise<void> {
  if (desktop) {
    await desktop.saveFile(fileRef.fileId, fileRef.name);
    return;
  }
  const link = document.createElement('a');
  link.href = `./api/files/${encodeURIComponent(fileRef.fileId)}?token=${encodeURIComponent(token)}`;
  link.download = fileRef.name;
  link.click();
}

type Listener = (event: CoreEvent) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;

/** Subscribes to core events (job progress): IPC on the desktop, server-sent events in the browser. */
export function onCoreEvent(listener: Listener): () => void {
  if (desktop) return desktop.onEvent((event) => listener(event as CoreEvent));
  listeners.add(listener);
  if (!source) {
    source = new EventSource(`./api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as CoreEvent;
      for (const l of listeners) l(event);
    };
  }
  return () => {
    listeners.delete(listener);
  };
}

/** An id for a long call (import), chosen here so its progress can be followed and cancelled. */
export function newJobId(): string {
  return crypto.randomUUID();
}
