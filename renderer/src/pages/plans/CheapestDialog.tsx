import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { PLAN_SOURCES, type PlanScenarioInput, type PlanSource } from '../../../../shared/contract/plans';
import { formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { parseDecimal, parseWholeNumber } from '../../../../shared/domain/numbers';
import { FUNDING_SOURCE_LABELS } from '../../../../shared/domain/programs';
import { call } from '../../api/client';
import { ErrorBar } from '../../components/Page';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '10px 16px' },
  list: { margin: '4px 0 0', paddingLeft: '18px', lineHeight: 1.5 },
});

type Cheapest = Output<'plans.cheapest'>;

/**
 * The cheapest mix: the officer gives the most each source can put in (and how far employers and
 * construction projects are expected to come), Cakap proposes the lines and says plainly when the
 * target cannot be reached with those limits.
 */
export function CheapestDialog({ base, onClose, onApply }: { base: PlanScenarioInput; onClose: () => void; onApply: (proposal: Cheapest) => void }) {
  const styles = useStyles();
  const [limits, setLimits] = useState<Record<PlanSource, string>>({ apbd_kabupaten: '', apbd_provinsi: '', dbh_sawit: '', apb_nagari: '', csr: '', other: '' });
  const [employer, setEmployer] = useState('0');
  const [construction, setConstruction] = useState('0');
  const [proposal, setProposal] = useState<Cheapest | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function propose() {
    setError(null);
    setProposal(null);
    const given: { source: PlanSource; maxBudget: number }[] = [];
    for (const source of PLAN_SOURCES) {
      const text = limits[source].trim().replace(/^rp\.?\s*/i, '');
      if (!text) continue;
      const value = parseWholeNumber(text);
      if (value === null || Number.isNaN(value)) return setError(`Batas ${FUNDING_SOURCE_LABELS[source]} harus berupa jumlah Rupiah, misalnya 1.000.000.000.`);
      given.push({ source, maxBudget: value });
    }
    const share = (text: string) => (text.trim() === '' ? 0 : parseDecimal(text) / 100);
    const employerShareMax = share(employer);
    const constructionShareMax = share(construction);
    if (Number.isNaN(employerShareMax) || Number.isNaN(constructionShareMax)) return setError('Bagian pemberi kerja dan konstruksi ditulis sebagai persen, misalnya 30.');
    try {
      setProposal(await call('plans.cheapest', { scenario: base, limits: given, employerShareMax, constructionShareMax }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface style={{ maxWidth: 720 }}>
        <DialogBody>
          <DialogTitle>Susunan termurah untuk mencapai target</DialogTitle>
          <DialogContent>
            <Text as="p" style={{ marginTop: 0 }}>
              Pemberi kerja dan proyek konstruksi dihitung dulu karena tanpa biaya bagi daerah; lalu sumber dana dari yang termurah per pekerja-tahun, masing-masing sampai batasnya. Kosongkan sumber yang tidak tersedia. Susunan yang dipakai menggantikan baris sumber dana skenario; perpanjangan yang dicentang tetap.
            </Text>
            <div className={styles.grid}>
              {PLAN_SOURCES.map((source) => (
                <Field key={source} label={`Batas ${FUNDING_SOURCE_LABELS[source]}`}>
                  <Input aria-label={`Batas ${FUNDING_SOURCE_LABELS[source]}`} contentBefore="Rp" value={limits[source]} onChange={(_e, d) => setLimits({ ...limits, [source]: d.value })} />
                </Field>
              ))}
              <Field label="Pemberi kerja paling banyak (%)">
                <Input aria-label="Pemberi kerja paling banyak" contentAfter="%" value={employer} onChange={(_e, d) => setEmployer(d.value)} />
              </Field>
              <Field label="Proyek konstruksi paling banyak (%)">
                <Input aria-label="Proyek konstruksi paling banyak" contentAfter="%" value={construction} onChange={(_e, d) => setConstruction(d.value)} />
              </Field>
            </div>
            <div style={{ marginTop: 12 }}>
              <ErrorBar message={error} />
            </div>
            {proposal && (
              <MessageBar intent={proposal.reachable ? 'success' : 'warning'} style={{ marginTop: 12 }}>
                <MessageBarBody>
                  <MessageBarTitle>
                    {proposal.reachable
                      ? `Target tercapai: proyeksi ${formatPercent(proposal.result.projectedCoverage)}, biaya ${formatRupiah(proposal.result.totalCost)}.`
                      : `Target tidak tercapai dengan batas ini: proyeksi ${formatPercent(proposal.result.projectedCoverage)}.`}
                  </MessageBarTitle>
                  <ul className={styles.list}>
                    {proposal.explanation.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Tutup</Button>
            <Button onClick={propose}>Hitung susunan</Button>
            <Button appearance="primary" disabled={!proposal} onClick={() => proposal && onApply(proposal)}>
              Pakai susunan ini
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
