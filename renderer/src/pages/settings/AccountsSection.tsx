import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Account } from '../../../../shared/contract/users';
import { ROLE_HINTS, ROLE_LABELS, ROLES, type Role } from '../../../../shared/domain/accounts';
import { formatDateTime } from '../../../../shared/domain/format';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Outcome, Section } from '../../components/Page';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '16px' },
  muted: { color: tokens.colorNeutralForeground3, display: 'block' },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
});

/** Kantor bersama's accounts: each colleague signs in with their own, so the audit log says who did what. */
export function AccountsSection({ onChanged }: { onChanged: () => void }) {
  const styles = useStyles();
  const accounts = useApi('users.list', {});
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('operator');
  const [password, setPassword] = useState('');
  const [resetting, setResetting] = useState<Account | null>(null);
  const [newPassword, setNewPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function act(action: () => Promise<string>) {
    setError(null);
    setDone(null);
    try {
      setDone(await action());
      accounts.reload();
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const add = () =>
    act(async () => {
      const account = await call('users.add', { username, fullName, role, password });
      setUsername('');
      setFullName('');
      setPassword('');
      return `Akun ${account.username} (${ROLE_LABELS[account.role].toLowerCase()}) dibuat. Beri tahu ${account.fullName} nama pengguna dan kata sandinya secara langsung, jangan lewat grup pesan.`;
    });

  return (
    <Section title="Akun" hint="Setiap rekan kerja yang memakai Cakap dari peramban lewat kantor bersama masuk dengan akunnya sendiri; log audit mencatat siapa melakukan apa (UU 27/2022).">
      <div className={styles.form}>
        <Field label="Nama pengguna" hint="misalnya siti.aminah">
          <Input value={username} onChange={(_e, d) => setUsername(d.value)} aria-label="Nama pengguna baru" />
        </Field>
        <Field label="Nama lengkap">
          <Input value={fullName} onChange={(_e, d) => setFullName(d.value)} style={{ minWidth: 220 }} />
        </Field>
        <Field label="Peran" hint={ROLE_HINTS[role]}>
          <Dropdown aria-label="Peran" value={ROLE_LABELS[role]} selectedOptions={[role]} onOptionSelect={(_e, d) => setRole(d.optionValue as Role)}>
            {ROLES.map((r) => (
              <Option key={r} value={r}>
                {ROLE_LABELS[r]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Kata sandi awal" hint="paling sedikit 8 karakter">
          <Input type="password" value={password} onChange={(_e, d) => setPassword(d.value)} autoComplete="new-password" />
        </Field>
        <Button appearance="primary" icon={<PersonAdd20Regular />} disabled={!username || !fullName || !password} onClick={add}>
          Tambah akun
        </Button>
      </div>
      <Table size="small" aria-label="Akun kantor bersama">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Akun</TableHeaderCell>
            <TableHeaderCell>Peran</TableHeaderCell>
            <TableHeaderCell>Keadaan</TableHeaderCell>
            <TableHeaderCell>Dibuat</TableHeaderCell>
            <TableHeaderCell>Tindakan</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(accounts.data ?? []).map((a) => (
            <TableRow key={a.id}>
              <TableCell>
                <strong>{a.fullName}</strong>
                <span className={styles.muted}>{a.username}</span>
              </TableCell>
              <TableCell>{ROLE_LABELS[a.role]}</TableCell>
              <TableCell>
                {!a.active ? (
                  <Badge appearance="tint" color="subtle">
                    Nonaktif
                  </Badge>
                ) : a.lockedUntil ? (
                  <Badge appearance="tint" color="warning" title={`sampai ${formatDateTime(a.lockedUntil)}`}>
                    Dikunci
                  </Badge>
                ) : (
                  <Badge appearance="tint" color="success">
                    Aktif
                  </Badge>
                )}
              </TableCell>
              <TableCell>
                {formatDateTime(a.createdAt)}
                <span className={styles.muted}>oleh {a.createdBy}</span>
              </TableCell>
              <TableCell>
                <div className={styles.actions}>
                  <Button size="small" onClick={() => act(async () => (await call('users.setActive', { id: a.id, active: !a.active }), a.active ? `Akun ${a.username} dinonaktifkan; sesinya berakhir.` : `Akun ${a.username} aktif lagi.`))}>
                    {a.active ? 'Nonaktifkan' : 'Aktifkan'}
                  </Button>
                  <Button size="small" appearance="subtle" onClick={() => setResetting(a)}>
                    Kata sandi baru
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
          {accounts.data?.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>Belum ada akun. Komputer ini tetap dapat memakai Cakap seperti biasa.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Outcome error={error ?? accounts.error} success={done} />
      <ConfirmDialog
        open={resetting !== null}
        title={`Kata sandi baru untuk ${resetting?.username ?? ''}`}
        confirmLabel="Simpan kata sandi"
        onConfirm={() => {
          const account = resetting!;
          setResetting(null);
          void act(async () => {
            await call('users.resetPassword', { id: account.id, password: newPassword });
            setNewPassword('');
            return `Kata sandi ${account.username} diganti; sesinya yang terbuka berakhir dan kuncinya dibuka.`;
          });
        }}
        onCancel={() => setResetting(null)}
      >
        <Field label="Kata sandi baru" hint="paling sedikit 8 karakter">
          <Input type="password" value={newPassword} onChange={(_e, d) => setNewPassword(d.value)} autoComplete="new-password" />
        </Field>
      </ConfirmDialog>
    </Section>
  );
}
