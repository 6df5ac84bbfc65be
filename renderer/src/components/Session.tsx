import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { LockClosed20Regular } from '@fluentui/react-icons';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Access } from '../../../shared/contract/method';
import type { CurrentUser } from '../../../shared/contract/users';
import { ERROR_CODES } from '../../../shared/contract/errors';
import { mayCall } from '../../../shared/domain/accounts';
import { call, signIn, SIGNED_OUT_EVENT } from '../api/client';
import { Loading } from './Page';

const useStyles = makeStyles({
  page: { display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%', backgroundColor: tokens.colorNeutralBackground3 },
  card: {
    width: '380px',
    display: 'flex',
    flexDirection: 'column',
    gap: '14px',
    padding: '28px 32px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const CurrentUserContext = createContext<CurrentUser | null>(null);

/** Who uses this page, and their role (at the desk: the computer's user, with every right). */
export function useCurrentUser(): CurrentUser | null {
  return useContext(CurrentUserContext);
}

/** Whether the user may do what a method of this access level does (so the page offers only that). */
export function useCan(): (access: Access) => boolean {
  const user = useCurrentUser();
  return useCallback((access: Access) => user === null || mayCall(user.role, access), [user]);
}

/**
 * Loads who is using Cakap. In kantor bersama a browser must sign in first, and again when its
 * session ends (after half an hour without use, or when an admin disables the account).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [state, setState] = useState<'loading' | 'signIn' | 'ready'>('loading');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only a session that was in use can "end"; the first visit just asks to sign in.
  const signedIn = useRef(false);
  signedIn.current = state === 'ready' && user?.officeMode === true;

  const load = useCallback(() => {
    call('users.current', {}).then(
      (current) => {
        setUser(current);
        setState('ready');
      },
      (failure: { code?: string; message?: string }) => {
        if (failure.code === ERROR_CODES.loginRequired) setState('signIn');
        else {
          setError(failure.message ?? String(failure));
          setState('ready');
        }
      },
    );
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    const ended = () => {
      if (!signedIn.current) return;
      setNotice('Sesi Anda berakhir (lama tidak dipakai, atau akun dinonaktifkan). Silakan masuk lagi.');
      setState('signIn');
    };
    window.addEventListener(SIGNED_OUT_EVENT, ended);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, ended);
  }, []);

  if (state === 'loading') return <Loading />;
  if (state === 'signIn') {
    return (
      <SignInPage
        notice={notice}
        onSignedIn={(current) => {
          setNotice(null);
          setUser(current);
          setState('ready');
        }}
      />
    );
  }
  if (error) {
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

function SignInPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: (user: CurrentUser) => void }) {
  const styles = useStyles();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(username, password));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.page}>
      <form className={styles.card} onSubmit={submit} aria-label="Masuk ke Cakap">
        <div>
          <Text as="h1" size={700} weight="semibold" style={{ margin: 0 }}>
            Cakap
          </Text>
          <Text size={300} block className={styles.muted}>
            Kantor bersama: masuk dengan akun Anda.
          </Text>
        </div>
        {notice && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        <Field label="Nama pengguna" required>
          <Input value={username} onChange={(_e, d) => setUsername(d.value)} autoComplete="username" autoFocus />
        </Field>
        <Field label="Kata sandi" required>
          <Input type="password" value={password} onChange={(_e, d) => setPassword(d.value)} autoComplete="current-password" />
        </Field>
        {error && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <Button appearance="primary" type="submit" icon={<LockClosed20Regular />} disabled={busy || !username || !password}>
          {busy ? 'Memeriksa…' : 'Masuk'}
        </Button>
        <Text size={200} className={styles.muted}>
          Lupa kata sandi? Minta admin Cakap di kantor memberi kata sandi baru.
        </Text>
      </form>
    </div>
  );
}
