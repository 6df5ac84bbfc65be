import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronLeft20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { formatNumber } from '../../../shared/domain/format';

const useStyles = makeStyles({
  pager: { display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'flex-end', marginTop: '12px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** "51–100 dari 1.234 pekerja" with previous and next; `atLeast` when the total is a lower bound. */
export function Pager({
  offset,
  pageSize,
  shown,
  total,
  noun,
  atLeast = false,
  onChange,
  testId,
}: {
  offset: number;
  pageSize: number;
  shown: number;
  total: number;
  noun: string;
  atLeast?: boolean;
  onChange: (offset: number) => void;
  testId?: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.pager}>
      <Text className={styles.muted} data-testid={testId}>
        {total === 0 ? `0 ${noun}` : `${formatNumber(offset + 1)}–${formatNumber(offset + shown)} dari ${atLeast ? 'lebih dari ' : ''}${formatNumber(total)} ${noun}`}
      </Text>
      <Button icon={<ChevronLeft20Regular />} disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - pageSize))} aria-label="Halaman sebelumnya" />
      <Button icon={<ChevronRight20Regular />} disabled={offset + pageSize >= total && !atLeast} onClick={() => onChange(offset + pageSize)} aria-label="Halaman berikutnya" />
    </div>
  );
}
