import {
  Badge,
  Button,
  Dropdown,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { ImportResultDto } from '../../../../shared/contract';
import { formatNumber } from '../../../../shared/domain/format';
import { WORKER_FIELD_LABELS, WORKER_FIELDS, type WorkerField } from '../../../../shared/domain/workerFields';
import { Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';
import { DuplicateNotice } from './DuplicateNotice';
import { confidenceLabel } from './labels';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '12px', marginBottom: '16px' },
  sheet: { marginBottom: '16px' },
  actions: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginTop: '12px' },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  preview: ImportResultDto;
  dirty: boolean;
  busy: boolean;
  onChangeColumn: (sheet: string, column: number, field: WorkerField) => void;
  onRecheck: () => void;
  commitButton: ReactNode;
}

/** What the import would do, before anything is written: sheets, column mapping, counts, problems. */
export function PreviewView({ preview, dirty, busy, onChangeColumn, onRecheck, commitButton }: Props) {
  const styles = useStyles();
  const rowIssues = preview.issues.filter((i) => i.row !== null);
  return (
    <Section title="Pratinjau" hint="Belum ada yang disimpan. Periksa cara kolom dibaca, lalu impor.">
      {preview.duplicateOf && <DuplicateNotice duplicate={preview.duplicateOf} committed={false} />}
      <div className={styles.cards}>
        <StatCard testId="count-new" label="Akan ditambah" value={formatNumber(preview.accepted)} />
        <StatCard testId="count-updated" label="Akan diperbarui" value={formatNumber(preview.updated)} />
        <StatCard testId="count-unchanged" label="Tidak berubah" value={formatNumber(preview.unchanged)} />
        <StatCard testId="count-rejected" label="Ditolak" value={formatNumber(preview.rejected)} />
        <StatCard testId="count-warnings" label="Dengan peringatan" value={formatNumber(preview.warnings)} />
      </div>

      {preview.sheets.map((sheet) => (
        <div key={sheet.name} className={styles.sheet}>
          <Text as="h3" weight="semibold" size={400} style={{ display: 'block', margin: '8px 0 4px' }}>
            Sheet "{sheet.name}"
          </Text>
          {sheet.status === 'skipped' ? (
            <Text className={styles.muted}>Dilewati: {sheet.reason}</Text>
          ) : (
            <>
              <Text className={styles.muted} style={{ display: 'block', marginBottom: 8 }}>
                Judul kolom di baris {sheet.headerRow}; {formatNumber(sheet.rows)} baris data.
                {sheet.defaultVillage && ` Tanpa kolom desa/nagari: semua baris dianggap dari ${sheet.defaultVillage} (dari nama atau judul sheet).`}
              </Text>
              <Table size="small" aria-label={`Pemetaan kolom sheet ${sheet.name}`}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell style={{ width: 70 }}>Kolom</TableHeaderCell>
                    <TableHeaderCell>Judul di berkas</TableHeaderCell>
                    <TableHeaderCell style={{ width: 260 }}>Dibaca sebagai</TableHeaderCell>
                    <TableHeaderCell style={{ width: 200 }}>Keyakinan</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {sheet.columns.map((column) => {
                    const label = confidenceLabel(column);
                    return (
                      <TableRow key={column.index}>
                        <TableCell>{column.letter}</TableCell>
                        <TableCell>{column.header || <span className={styles.muted}>(kosong)</span>}</TableCell>
                        <TableCell>
                          <Dropdown
                            aria-label={`Kolom ${column.letter} dibaca sebagai`}
                            value={WORKER_FIELD_LABELS[column.field]}
                            selectedOptions={[column.field]}
                            onOptionSelect={(_e, d) => onChangeColumn(sheet.name, column.index, d.optionValue as WorkerField)}
                            disabled={busy}
                            style={{ minWidth: 230 }}
                          >
                            {WORKER_FIELDS.map((field) => (
                              <Option key={field} value={field}>
                                {WORKER_FIELD_LABELS[field]}
                              </Option>
                            ))}
                          </Dropdown>
                        </TableCell>
                        <TableCell>
                          <Badge appearance="tint" color={label.color}>
                            {label.text}
                          </Badge>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </>
          )}
        </div>
      ))}

      <div className={styles.actions}>
        {dirty && (
          <Button icon={<ArrowClockwise20Regular />} onClick={onRecheck} disabled={busy}>
            Periksa ulang dengan pemetaan baru
          </Button>
        )}
        {commitButton}
        {dirty && <Text className={styles.muted}>Pemetaan diubah: periksa ulang sebelum impor.</Text>}
      </div>

      {rowIssues.length > 0 && (
        <>
          <Text as="h3" weight="semibold" size={400} style={{ display: 'block', margin: '20px 0 4px' }}>
            Masalah ({formatNumber(preview.issueCount - (preview.issues.length - rowIssues.length))} baris/kolom)
          </Text>
          <Table size="small" aria-label="Masalah per baris">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: 110 }}>Jenis</TableHeaderCell>
                <TableHeaderCell style={{ width: 140 }}>Sheet</TableHeaderCell>
                <TableHeaderCell style={{ width: 70 }}>Baris</TableHeaderCell>
                <TableHeaderCell style={{ width: 70 }}>Kolom</TableHeaderCell>
                <TableHeaderCell>Keterangan</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rowIssues.map((issue, i) => (
                <TableRow key={i}>
                  <TableCell>
                    <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'}>
                      {issue.severity === 'error' ? 'Ditolak' : 'Peringatan'}
                    </Badge>
                  </TableCell>
                  <TableCell>{issue.sheet}</TableCell>
                  <TableCell>{issue.row}</TableCell>
                  <TableCell>{issue.column ?? '–'}</TableCell>
                  <TableCell>{issue.message.replace(/^.*?: /, '')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {preview.issueCount > preview.issues.length && (
            <Text className={styles.muted}>
              Ditampilkan {formatNumber(preview.issues.length)} masalah pertama dari {formatNumber(preview.issueCount)}. Semuanya ada di berkas baris ditolak
              setelah impor.
            </Text>
          )}
        </>
      )}
    </Section>
  );
}
