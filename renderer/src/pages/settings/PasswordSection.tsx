import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { call } from '../../api/client';
import { Outcome, Section } from '../../components/Page';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap' },
});

/** A colleague of kantor bersama changes their own password. */
export function PasswordSection() {
  const styles = useStyles();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Section title="Kata sandi saya" hint="Kata sandi baru paling sedikit 8 karakter; jangan memakai kata sandi yang sama dengan akun lain.">
      <div className={styles.form}>
        <Field label="Kata sandi sekarang">
          <Input type="password" value={current} onChange={(_e, d) => setCurrent(d.value)} autoComplete="current-password" />
        </Field>
        <Field label="Kata sandi baru">
          <Input type="password" value={next} onChange={(_e, d) => setNext(d.value)} autoComplete="new-password" />
        </Field>
        <Button
          appearance="primary"
          disabled={!current || !next}
          onClick={async () => {
            setError(null);
            setDone(null);
            try {
              await call('users.changePassword', { current, next });
              setCurrent('');
              setNext('');
              setDone('Kata sandi diganti.');
            } catch (failure) {
              setError(failure instanceof Error ? failure.message : String(failure));
            }
          }}
        >
          Ganti kata sandi
        </Button>
      </div>
      <Outcome error={error} success={done} />
    </Section>
  );
}
