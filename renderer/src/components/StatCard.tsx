import { makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: '14px 18px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    minWidth: '150px',
    flex: '1 1 150px',
  },
  label: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** One headline figure with its label and a line of context. */
export function StatCard({ label, value, note, testId, compact }: { label: string; value: string; note?: string; testId?: string; compact?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.card} data-testid={testId}>
      <Text size={300} className={styles.label}>
        {label}
      </Text>
      <Text size={compact ? 600 : 800} weight="semibold">
        {value}
      </Text>
      {note && (
        <Text size={200} className={styles.note}>
          {note}
        </Text>
      )}
    </div>
  );
}
