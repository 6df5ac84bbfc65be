import { useApi } from '../../api/useApi';
import { ErrorBar, Loading, PageHeader } from '../../components/Page';
import { RegencySection } from './RegencySection';
import { RegionsSection } from './RegionsSection';
import { TargetsSection } from './TargetsSection';
import { WorkforceSection } from './WorkforceSection';

export function SettingsPage({ onSettingsChanged }: { onSettingsChanged: () => void }) {
  const settings = useApi('settings.get', {});
  const tree = useApi('regions.tree', {});
  if (!settings.data) return settings.error ? <ErrorBar message={settings.error} /> : <Loading />;

  const changed = () => {
    settings.reload();
    tree.reload();
    onSettingsChanged();
  };
  return (
    <>
      <PageHeader title="Pengaturan" subtitle="Kabupaten, wilayah, penduduk bekerja dan target cakupan." />
      <RegencySection settings={settings.data} onChanged={changed} />
      <WorkforceSection key={`wf-${settings.data.regencyCode}`} onChanged={changed} />
      <TargetsSection />
      <RegionsSection settings={settings.data} districts={tree.data?.districts ?? []} />
    </>
  );
}
