import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { DemoSection } from '../../components/Demo';
import { ErrorBar, Loading, PageHeader, Section } from '../../components/Page';
import { useCan, useCurrentUser } from '../../components/Session';
import { AccountsSection } from './AccountsSection';
import { AuditSection } from './AuditSection';
import { BackupsSection } from './BackupsSection';
import { ComplianceRulesSection } from './ComplianceRulesSection';
import { FinanceSettingsSection } from '../finance/FinanceSettingsSection';
import { OfficeSection } from './OfficeSection';
import { PasswordSection } from './PasswordSection';
import { RegencySection } from './RegencySection';
import { RegionsSection } from './RegionsSection';
import { SharingSection } from './SharingSection';
import { TargetsSection } from './TargetsSection';
import { WorkforceSection } from './WorkforceSection';

export function SettingsPage({ onSettingsChanged }: { onSettingsChanged: () => void }) {
  const can = useCan();
  const user = useCurrentUser();
  if (!can('admin')) {
    // Colleagues of kantor bersama who are not admins change only their own password here.
    return (
      <>
        <PageHeader title="Pengaturan" subtitle="Pengaturan kantor diubah oleh admin Cakap." />
        {user?.officeMode && <PasswordSection />}
        <Section title="Pengaturan kantor">
          <Text>Kabupaten, target, penduduk bekerja, kop surat, aturan kepatuhan, cadangan, akun dan log audit diatur oleh admin. Hubungi admin bila ada yang perlu diubah.</Text>
        </Section>
      </>
    );
  }
  return <AdminSettings onSettingsChanged={onSettingsChanged} officeMode={user?.officeMode ?? false} />;
}

function AdminSettings({ onSettingsChanged, officeMode }: { onSettingsChanged: () => void; officeMode: boolean }) {
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
      <PageHeader title="Pengaturan" subtitle="Kabupaten, wilayah, penduduk bekerja, target cakupan, kop surat laporan, aturan kepatuhan, tagihan dan pendaftaran BPJS, kantor bersama, cadangan dan log audit." />
      {officeMode && <PasswordSection />}
      <RegencySection settings={settings.data} onChanged={changed} />
      <WorkforceSection key={`wf-${settings.data.regencyCode}-${restores}`} onChanged={changed} />
      <TargetsSection key={`t-${restores}`} onChanged={() => setVersion((v) => v + 1)} />
      <OfficeSection key={`o-${restores}`} onChanged={() => setVersion((v) => v + 1)} />
      <ComplianceRulesSection key={`c-${restores}`} onChanged={() => setVersion((v) => v + 1)} />
      <FinanceSettingsSection key={`f-${restores}`} onChanged={() => setVersion((v) => v + 1)} />
      <RegionsSection settings={settings.data} districts={tree.data?.districts ?? []} />
      <AccountsSection onChanged={() => setVersion((v) => v + 1)} />
      <SharingSection version={version} />
      <BackupsSection onRestored={restored} />
      <DemoSection status={demo.data} />
      <AuditSection version={version} />
    </>
  );
}
