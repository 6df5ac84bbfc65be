import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { DemoSection } from '../../components/Demo';
import { ErrorBar, Loading, PageHeader } from '../../components/Page';
import { AuditSection } from './AuditSection';
import { BackupsSection } from './BackupsSection';
import { ComplianceRulesSection } from './ComplianceRulesSection';
import { FinanceSettingsSection } from '../finance/FinanceSettingsSection';
import { OfficeSection } from './OfficeSection';
import { RegencySection } from './RegencySection';
import { RegionsSection } from './RegionsSection';
import { TargetsSection } from './TargetsSection';
import { WorkforceSection } from './WorkforceSection';

export function SettingsPage({ onSettingsChanged }: { onSettingsChanged: () => void }) {
  const settings = useApi('settings.get', {});
  const tree = useApi('regions.tree', {});
  const demo = useApi('demo.status', {});
  // Bumped on every change, so the audit log shows it; a restore also remounts the data sections.
  const [version, setVersion] = useState(0);
  const [restores, setRestores] = useState(0);
  if (!settings.data) return settings.error ? <ErrorBar message={settings.error} /> : <Loading />;

  const changed = () => {
    settings.reload();
    tree.reload();
    onSettingsChanged();
    setVersion((v) => v + 1);
  };
  const restored = () => {
    setRestores((r) => r + 1);
    changed();
  };
  return (
    <>
      <PageHeader title="Pengaturan" subtitle="Kabupaten, wilayah, penduduk bekerja, target cakupan, kop surat laporan, aturan kepatuhan, tagihan dan pendaftaran BPJS, cadangan dan log audit." />
      <RegencySection settings={settings.data} onChanged={changed} />
      <WorkforceSection key={`wf-${settings.data.regencyCode}-${restores}`} onChanged={changed} />
      <TargetsSection key={`t-${restores}`} onChanged={() => setVersion((v) => v + 1)} />
      <OfficeSection key={`o-${restores}`} onChanged={() => setVersion((v) => v + 1)} />
      <ComplianceRulesSection key={`c-${restores}`} onChanged={() => setVersion((v) => v + 1)} />
      <FinanceSettingsSection key={`f-${restores}`} onChanged={() => setVersion((v) => v + 1)} />
      <RegionsSection settings={settings.data} districts={tree.data?.districts ?? []} />
      <BackupsSection onRestored={restored} />
      <DemoSection status={demo.data} />
      <AuditSection version={version} />
    </>
  );
}
