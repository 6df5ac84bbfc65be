import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: '16px', marginBottom: '20px' },
  titles: { display: 'flex', flexDirection: 'column', gap: '2px' },
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: '16px 20px 20px',
    marginBottom: '20px',
  },
  sectionTitle: { display: 'block', marginBottom: '4px' },
  sectionHint: { display: 'block', marginBottom: '12px', color: tokens.colorNeutralForeground3 },
});

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <div className={styles.titles}>
        <Text as="h1" size={700} weight="semibold" style={{ margin: 0 }}>
          {title}
        </Text>
        {subtitle && <Text size={300}>{subtitle}</Text>}
      </div>
      {actions}
    </div>
  );
}

export function Section({ title, hint, children, id }: { title: string; hint?: string; children: ReactNode; id?: string }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h2" id={id} size={500} weight="semibold" className={styles.sectionTitle} style={{ marginTop: 0 }}>
        {title}
      </Text>
      {hint && (
        <Text size={200} className={styles.sectionHint}>
          {hint}
        </Text>
      )}
      {children}
    </section>
  );
}

export function Loading({ label = 'Memuat…' }: { label?: string }) {
  return <Spinner size="small" label={label} labelPosition="after" />;
}

export function ErrorBar({ message }: { message: string | null }) {
  if (!message) return null;
  // Multiline: a message is a sentence, and "auto" can leave a long one cut at the edge until a resize.
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

/** Under a section's controls: what went wrong, or what was done. */
export function Outcome({ error, success }: { error: string | null | undefined; success: string | null }) {
  return (
    <div style={{ marginTop: 12 }}>
      <ErrorBar message={error ?? null} />
      {success && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{success}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
