import {
  Badge,
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Code20Regular, DocumentPdf20Regular, Flash20Regular, Save20Regular, Star20Regular, Table20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { describeInvalidInput } from '../../../../shared/contract/errors';
import { planScenarioSchema, type PlanResult, type PlanScenarioInput } from '../../../../shared/contract/plans';
import { formatDate, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { call, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBar, Outcome, PageHeader, Section } from '../../components/Page';
import { CheapestDialog } from './CheapestDialog';
import { ComparePanel } from './ComparePanel';
import { emptyForm, fromScenario, toScenario, type PlanForm } from './form';
import { PlanResultView } from './PlanResultView';
import { ScenarioEditor } from './ScenarioEditor';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center', marginBottom: '16px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  row: { cursor: 'pointer' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { display: 'flex', gap: '8px', alignItems: 'center', minHeight: '24px', marginBottom: '8px' },
});

/** Recomputing waits this long after the last keystroke, so the page follows typing without a call per key. */
const DEBOUNCE_MS = 250;

/**
 * Rencana: a scenario for next year's budget and the Perbup, computed as the officer types, saved,
 * compared with up to two others, proposed at the lowest cost, and exported as PDF, Excel or JSON.
 */
export function PlansPage() {
  const can = useCan();
  const styles = useStyles();
  const settings = useApi('settings.get', {});
  const tree = useApi('regions.tree', {});
  const programs = useApi('programs.list', {});
  const targets = useApi('targets.list', {});
  const saved = useApi('plans.list', {});
  const [form, setForm] = useState<PlanForm>(() => emptyForm());
  const [currentId, setCurrentId] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<PlanResult | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [computing, setComputing] = useState(false);
  const [message, setMessage] = useState<{ error: string | null; success: string | null }>({ error: null, success: null });
  const [compare, setCompare] = useState<number[]>([]);
  const [showCompare, setShowCompare] = useState<number[] | null>(null);
  const [cheapest, setCheapest] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);

  const villageLabel = settings.data?.villageLabel ?? 'Nagari';
  const villages = useMemo(() => (tree.data?.districts ?? []).flatMap((d) => d.villages.map((v) => ({ code: v.code, name: v.name, districtName: d.name }))), [tree.data]);
  const villageNames = useMemo(() => new Map(villages.map((v) => [v.code, v.name])), [villages]);
  const converted = useMemo(() => toScenario(form, villageLabel), [form, villageLabel]);
  const scenario: PlanScenarioInput | null = 'scenario' in converted ? converted.scenario : null;
  const scenarioKey = scenario ? JSON.stringify(scenario) : null;
  const current = saved.data?.find((p) => p.id === currentId) ?? null;
  const storedTarget = targets.data?.find((t) => t.year === Number(form.year))?.percent ?? null;

  // Recompute as the officer types: the latest answer wins.
  useEffect(() => {
    if (!scenarioKey) {
      setProblem('problem' in converted ? converted.problem : null);
      return;
    }
    // The contract's own checks first: a slip while typing is said at once, without a call.
    const checked = planScenarioSchema.safeParse(JSON.parse(scenarioKey));
    if (!checked.success) {
      setProblem(describeInvalidInput(checked.error));
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      setComputing(true);
      call('plans.compute', { scenario: JSON.parse(scenarioKey) as PlanScenarioInput }).then(
        (computed) => {
          if (!live) return;
          setResult(computed);
          setProblem(null);
          setComputing(false);
        },
        (failure: unknown) => {
          if (!live) return;
          setProblem(failure instanceof Error ? failure.message : String(failure));
          setComputing(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `converted` changes with the key; only the key matters here.
  }, [scenarioKey]);

  const edit = (next: PlanForm) => {
    setForm(next);
    setDirty(true);
    setMessage({ error: null, success: null });
  };

  async function run(action: () => Promise<void>) {
    setMessage({ error: null, success: null });
    try {
      await action();
    } catch (failure) {
      setMessage({ error: failure instanceof Error ? failure.message : String(failure), success: null });
    }
  }

  const save = (asNew: boolean) =>
    run(async () => {
      if (!scenario) throw new Error('problem' in converted ? converted.problem : 'Skenario belum lengkap.');
      const plan = await call('plans.save', { scenario, ...(currentId !== null && !asNew ? { id: currentId } : {}) });
      setCurrentId(plan.id);
      setDirty(false);
      saved.reload();
      setMessage({ error: null, success: `Rencana #${plan.id} "${plan.name}" tersimpan.` });
    });

  const open = (id: number) =>
    run(async () => {
      const plan = await call('plans.get', { id });
      setForm(fromScenario(plan.scenario, villageNames));
      setCurrentId(plan.id);
      setDirty(false);
    });

  const exportAs = (format: 'pdf' | 'xlsx' | 'json') =>
    run(async () => {
      setExporting(format);
      try {
        if (!scenario) throw new Error('problem' in converted ? converted.problem : 'Skenario belum lengkap.');
        await saveFile(await call('plans.export', currentId !== null && !dirty ? { id: currentId, format } : { scenario, format }));
      } finally {
        setExporting(null);
      }
    });

  return (
    <>
      <PageHeader
        title="Rencana menutup kekurangan"
        subtitle="Skenario anggaran tahun depan dan Perbup: siapa membiayai berapa pekerja, yang keluar bila tidak diperpanjang, dan sisa kekurangannya."
        actions={
          <div className={styles.actions} style={{ marginBottom: 0 }}>
            <Button
              icon={<Add20Regular />}
              onClick={() => {
                setForm(emptyForm());
                setCurrentId(null);
                setDirty(false);
                setMessage({ error: null, success: null });
              }}
            >
              Rencana baru
            </Button>
            <Button icon={<Flash20Regular />} disabled={!scenario} onClick={() => setCheapest(true)}>
              Susun termurah
            </Button>
          </div>
        }
      />

      <Section title="Rencana tersimpan" hint="Klik untuk membuka; centang sampai tiga untuk dibandingkan. Rencana terpilih masuk laporan pimpinan.">
        <ErrorBar message={saved.error} />
        <Table size="small" aria-label="Rencana tersimpan">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '6%' }}>Banding</TableHeaderCell>
              <TableHeaderCell style={{ width: '30%' }}>Rencana</TableHeaderCell>
              <TableHeaderCell style={{ width: '14%' }}>Tahun · keadaan per</TableHeaderCell>
              <TableHeaderCell style={{ width: '12%' }} className={styles.numberHeader}>Proyeksi</TableHeaderCell>
              <TableHeaderCell style={{ width: '16%' }} className={styles.numberHeader}>Biaya</TableHeaderCell>
              <TableHeaderCell style={{ width: '12%' }} className={styles.numberHeader}>Sisa kekurangan</TableHeaderCell>
              <TableHeaderCell style={{ width: '10%' }}>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(saved.data ?? []).map((p) => (
              <TableRow
                key={p.id}
                className={`${styles.row} ${p.id === currentId ? styles.selected : ''}`}
                onClick={() => open(p.id)}
                onKeyDown={(e) => e.key === 'Enter' && open(p.id)}
                tabIndex={0}
                aria-label={`Rencana ${p.name}`}
              >
                <TableCell onClick={(e) => e.stopPropagation()}>
                  <Checkbox
                    aria-label={`Bandingkan ${p.name}`}
                    checked={compare.includes(p.id)}
                    disabled={!compare.includes(p.id) && compare.length >= 3}
                    onChange={(_e, d) => setCompare(d.checked ? [...compare, p.id] : compare.filter((id) => id !== p.id))}
                  />
                </TableCell>
                <TableCell>
                  <strong>{p.name}</strong>
                  {p.problem && <div className={styles.muted}>{p.problem}</div>}
                </TableCell>
                <TableCell>
                  {p.year} · {formatDate(p.asOf)}
                </TableCell>
                <TableCell className={styles.number}>
                  {p.projectedCoverage === null ? '–' : formatPercent(p.projectedCoverage)}
                  {p.targetPercent !== null && <div className={styles.muted}>target {formatPercent(p.targetPercent)}</div>}
                </TableCell>
                <TableCell className={styles.number}>{p.totalCost === null ? '–' : formatRupiah(p.totalCost)}</TableCell>
                <TableCell className={styles.number}>{p.remainingGapWorkers === null ? '–' : formatNumber(p.remainingGapWorkers)}</TableCell>
                <TableCell>{p.chosen && <Badge appearance="tint" color="success">Terpilih</Badge>}</TableCell>
              </TableRow>
            ))}
            {saved.data?.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>Belum ada rencana tersimpan. Susun skenario di bawah, lalu simpan.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <div className={styles.actions} style={{ marginTop: 12, marginBottom: 0 }}>
          <Button disabled={compare.length < 2} onClick={() => setShowCompare([...compare])}>
            Bandingkan {compare.length > 0 ? `(${compare.length})` : ''}
          </Button>
          {compare.length < 2 && <Text className={styles.muted}>Centang dua atau tiga rencana untuk dibandingkan.</Text>}
        </div>
      </Section>

      {showCompare && <ComparePanel ids={showCompare} />}

      <ScenarioEditor
        form={form}
        onChange={edit}
        result={result}
        programs={programs.data ?? []}
        villages={villages}
        villageLabel={villageLabel}
        storedTarget={storedTarget}
      />

      <div className={styles.actions}>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!scenario || !can('operate')} onClick={() => save(false)}>
          {currentId !== null ? `Simpan rencana #${currentId}` : 'Simpan rencana'}
        </Button>
        {currentId !== null && (
          <Button icon={<Save20Regular />} disabled={!scenario || !can('operate')} onClick={() => save(true)}>
            Simpan sebagai rencana baru
          </Button>
        )}
        {current && (
          <Button
            icon={<Star20Regular />}
            onClick={() =>
              run(async () => {
                await call('plans.choose', { id: current.id, chosen: !current.chosen });
                saved.reload();
                setMessage({ error: null, success: current.chosen ? 'Tanda terpilih dibatalkan.' : `"${current.name}" menjadi rencana terpilih di laporan pimpinan.` });
              })
            }
          >
            {current.chosen ? 'Batalkan tanda terpilih' : 'Tandai sebagai terpilih'}
          </Button>
        )}
        <Button icon={<DocumentPdf20Regular />} disabled={!scenario || exporting !== null} onClick={() => exportAs('pdf')}>
          {exporting === 'pdf' ? 'Menyusun PDF…' : 'PDF'}
        </Button>
        <Button icon={<Table20Regular />} disabled={!scenario || exporting !== null} onClick={() => exportAs('xlsx')}>
          Excel
        </Button>
        <Button icon={<Code20Regular />} disabled={!scenario || exporting !== null} onClick={() => exportAs('json')}>
          JSON
        </Button>
        {current && (
          <Button appearance="subtle" onClick={() => setConfirmDelete(true)}>
            Hapus rencana
          </Button>
        )}
        {dirty && currentId !== null && <Text className={styles.muted}>Ada perubahan yang belum disimpan.</Text>}
      </div>
      <Outcome error={message.error} success={message.success} />

      <div className={styles.status} aria-live="polite">
        {computing && <Spinner size="tiny" label="Menghitung…" labelPosition="after" />}
      </div>
      {problem && (
        <MessageBar intent="error" role="alert" layout="multiline" style={{ marginBottom: 16 }} data-testid="plan-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {result && <PlanResultView plan={result} />}

      {cheapest && scenario && (
        <CheapestDialog
          base={scenario}
          onClose={() => setCheapest(false)}
          onApply={(proposal) => {
            edit({ ...fromScenario(proposal.scenario, villageNames), name: form.name, targetPercent: form.targetPercent });
            setCheapest(false);
          }}
        />
      )}
      <ConfirmDialog
        open={confirmDelete}
        title="Hapus rencana?"
        confirmLabel="Hapus"
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          if (!current) return;
          void run(async () => {
            await call('plans.delete', { id: current.id });
            setCurrentId(null);
            setCompare(compare.filter((id) => id !== current.id));
            saved.reload();
            setMessage({ error: null, success: `Rencana "${current.name}" dihapus.` });
          });
        }}
      >
        Rencana "{current?.name}" akan dihapus. Data pekerja dan program tidak berubah.
      </ConfirmDialog>
    </>
  );
}
