import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Program } from '../../../../shared/contract';
import { formatMonthRange, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { BENEFIT_LABELS } from '../../../../shared/domain/programs';
import { call } from '../../api/client';
import { ErrorBar, Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';
import { TemplateButton } from '../../components/TemplateButton';
import { Beneficiaries } from './Beneficiaries';
import { EnrollPanel } from './EnrollPanel';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '12px', marginBottom: '12px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', marginBottom: '12px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** One program: its money, its rules, enrolling workers, and the beneficiaries. */
export function ProgramDetail({ program, onEdit, onChanged, onDeleted }: { program: Program; onEdit: () => void; onChanged: () => void; onDeleted: () => void }) {
  const can = useCan();
  const styles = useStyles();
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const changed = () => {
    setVersion((v) => v + 1);
    onChanged();
  };
  const rules = [
    program.benefits.map((b) => `${b} (${BENEFIT_LABELS[b]})`).join(', '),
    `iuran ${formatRupiah(program.premium)} per pekerja per bulan`,
    program.minAge !== null || program.maxAge !== null ? `umur ${program.minAge ?? 0}–${program.maxAge ?? '…'} tahun saat mulai` : null,
    program.occupations ? `pekerjaan: ${program.occupations.join(', ')}` : null,
    program.domicileRequired ? 'berdomisili di kabupaten' : null,
    program.agency ? `dikelola ${program.agency}` : null,
  ].filter(Boolean);

  async function act(action: () => Promise<unknown>, after: () => void) {
    setError(null);
    try {
      await action();
      after();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <Section title={`Program #${program.id}: ${program.name}`} hint={`${program.sourceLabel}${program.sourceDetail ? `, ${program.sourceDetail}` : ''} · ${formatMonthRange(program.from, program.to)} · ${rules.join(' · ')}`}>
      <div className={styles.cards}>
        <StatCard compact testId="program-budget" label="Anggaran" value={formatRupiah(program.budget)} />
        <StatCard compact testId="program-committed" label="Terpakai (komitmen)" value={formatRupiah(program.committed)} note={`${formatNumber(program.beneficiaries)} penerima`} />
        <StatCard compact testId="program-remaining" label="Sisa anggaran" value={formatRupiah(program.remaining)} />
        <StatCard
          compact
          testId="program-more"
          label="Masih dapat membiayai"
          value={`${formatNumber(program.moreWorkersFundable)} pekerja`}
          note="untuk sisa periode program"
        />
      </div>
      <div className={styles.actions}>
        <Button onClick={onEdit} disabled={!can('operate')}>Ubah program</Button>
        <Button disabled={!can('operate')} onClick={() => act(() => call('programs.close', { id: program.id, reopen: program.status === 'closed' }), onChanged)}>
          {program.status === 'closed' ? 'Buka kembali program' : 'Tutup program'}
        </Button>
        <TemplateButton kind="beneficiaries" programId={program.id} label="Unduh templat calon penerima" />
        {program.beneficiaries === 0 && (
          <Button appearance="subtle" disabled={!can('operate')} onClick={() => act(() => call('programs.delete', { id: program.id }), onDeleted)}>
            Hapus program
          </Button>
        )}
      </div>
      <ErrorBar message={error} />
      {program.status === 'closed' ? (
        <MessageBar intent="info" style={{ marginBottom: 12 }}>
          <MessageBarBody>Program ditutup: tidak menerima pendaftaran baru. Penerima dan biayanya tetap tercatat.</MessageBarBody>
        </MessageBar>
      ) : (
        <EnrollPanel program={program} onEnrolled={changed} />
      )}
      <Text as="h3" weight="semibold" size={400} style={{ display: 'block', margin: '16px 0 4px' }}>
        Penerima
      </Text>
      <Beneficiaries program={program} version={version} onChanged={changed} />
    </Section>
  );
}
