import { Button, makeStyles, NavDrawer, NavDrawerBody, NavDrawerFooter, NavDrawerHeader, NavItem, Text, tokens } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import { ArrowSync24Regular, Globe24Regular, ArrowUpload24Regular, Board24Regular, BookQuestionMark24Regular, BuildingFactory24Regular, DataTrending24Regular, Money24Regular, People24Regular, ReceiptMoney24Regular, Settings24Regular } from '@fluentui/react-icons';
import { useEffect, useState, type ReactElement } from 'react';
import { isDesktop, onCoreEvent, signOut } from './api/client';
import { ROLE_LABELS } from '../../shared/domain/accounts';
import { useApi } from './api/useApi';
import { DemoBanner } from './components/Demo';
import { Loading } from './components/Page';
import { useCan, useCurrentUser } from './components/Session';
import { PAGES, PROVINCE_PAGES, REGENCY_PAGES, useCurrentPage, type PageId } from './navigation';
import { DashboardPage } from './pages/report/DashboardPage';
import { FirstRunWizard } from './pages/firstRun/FirstRunWizard';
import { GuidePage } from './pages/guide/GuidePage';
import { ImportPage } from './pages/import/ImportPage';
import { PlansPage } from './pages/plans/PlansPage';
import { ProgramsPage } from './pages/programs/ProgramsPage';
import { ReconciliationPage } from './pages/bpjs/ReconciliationPage';
import { CompliancePage, type ComplianceFilter } from './pages/compliance/CompliancePage';
import { FinancePage } from './pages/finance/FinancePage';
import { ProvincePage } from './pages/province/ProvincePage';
import { WorkersPage, type WorkerFilter } from './pages/workers/WorkersPage';
import { SettingsPage } from './pages/settings/SettingsPage';

const ICONS: Record<PageId, ReactElement> = {
  dasbor: <Board24Regular />,
  impor: <ArrowUpload24Regular />,
  pekerja: <People24Regular />,
  program: <Money24Regular />,
  rencana: <DataTrending24Regular />,
  rekonsiliasi: <ArrowSync24Regular />,
  tagihan: <ReceiptMoney24Regular />,
  kepatuhan: <BuildingFactory24Regular />,
  provinsi: <Globe24Regular />,
  pengaturan: <Settings24Regular />,
  panduan: <BookQuestionMark24Regular />,
};

const useStyles = makeStyles({
  root: { display: 'flex', height: '100%' },
  nav: { minWidth: '220px', backgroundColor: tokens.colorNeutralBackground2 },
  brand: { display: 'flex', flexDirection: 'column', padding: '12px 16px 4px' },
  main: { flex: 1, overflow: 'auto', padding: '24px 32px', backgroundColor: tokens.colorNeutralBackground3 },
  user: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '4px', padding: '8px 16px 16px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function App() {
  const styles = useStyles();
  const user = useCurrentUser();
  const can = useCan();
  const [page, goTo] = useCurrentPage();
  const settings = useApi('settings.get', {});
  const firstRun = useApi('firstRun.status', {});
  const demo = useApi('demo.status', {});
  const [wizardDone, setWizardDone] = useState(false);
  // Bantuan › Panduan Cakap in the desktop menu (browser mode has no menu, and no event stream is opened for it).
  useEffect(() => {
    if (!isDesktop) return undefined;
    return onCoreEvent((event) => {
      if (event.type === 'app.open' && PAGES.some((p) => p.id === event.page)) window.location.hash = `#/${event.page}`;
    });
  }, []);
  const [workersFilter, setWorkersFilter] = useState<WorkerFilter | undefined>();
  const [programId, setProgramId] = useState<number | undefined>();
  const [complianceFilter, setComplianceFilter] = useState<ComplianceFilter | undefined>();
  const openWorkers = (filter: WorkerFilter) => {
    setWorkersFilter(filter);
    goTo('pekerja');
  };

  if ((!firstRun.data && !firstRun.error) || !settings.data) return <Loading />;
  const province = settings.data.mode === 'province';
  const pages = PAGES.filter((p) => (province ? PROVINCE_PAGES : REGENCY_PAGES).includes(p.id));
  const shown: PageId = pages.some((p) => p.id === page) ? page : pages[0]!.id;
  if (firstRun.data?.needed && !wizardDone && can('admin') && !province) {
    return (
      <FirstRunWizard
        onSettingsChanged={settings.reload}
        onFinished={(next) => {
          setWizardDone(true);
          settings.reload();
          goTo(next);
        }}
      />
    );
  }

  return (
    <div className={styles.root}>
      <NavDrawer
        open
        type="inline"
        className={styles.nav}
        selectedValue={shown}
        onNavItemSelect={(_event, data) => goTo(data.value as PageId)}
      >
        <NavDrawerHeader className={styles.brand}>
          <Text weight="bold" size={500}>
            Cakap
          </Text>
          <Text size={200}>{province ? `Provinsi ${settings.data.provinceName ?? ''}` : (settings.data.regencyName ?? 'Cakupan Kepesertaan')}</Text>
        </NavDrawerHeader>
        <NavDrawerBody>
          {pages.map((p) => (
            <NavItem key={p.id} value={p.id} icon={ICONS[p.id]}>
              {p.label}
            </NavItem>
          ))}
        </NavDrawerBody>
        {user?.officeMode && (
          <NavDrawerFooter className={styles.user}>
            <Text size={200} weight="semibold" data-testid="current-user">
              {user.fullName}
            </Text>
            <Text size={200} className={styles.muted}>
              {user.username} · {ROLE_LABELS[user.role]}
            </Text>
            <Button
              size="small"
              icon={<SignOut20Regular />}
              onClick={() => {
                void signOut().then(() => window.location.reload());
              }}
            >
              Keluar
            </Button>
          </NavDrawerFooter>
        )}
      </NavDrawer>
      <main className={styles.main}>
        {demo.data?.active && <DemoBanner status={demo.data} />}
        {shown === 'dasbor' && (
          <DashboardPage
            onOpenSettings={() => goTo('pengaturan')}
            onOpenWorkers={openWorkers}
            onOpenProgram={(id) => {
              setProgramId(id);
              goTo('program');
            }}
            onOpenCompliance={(filter) => {
              setComplianceFilter(filter);
              goTo('kepatuhan');
            }}
            onOpenFinance={() => goTo('tagihan')}
          />
        )}
        {shown === 'impor' && (
          <ImportPage onShowWorkers={(batchId) => openWorkers({ batchId })} />
        )}
        {shown === 'pekerja' && <WorkersPage initial={workersFilter} />}
        {shown === 'program' && <ProgramsPage initialProgramId={programId} />}
        {shown === 'rencana' && <PlansPage />}
        {shown === 'rekonsiliasi' && <ReconciliationPage />}
        {shown === 'tagihan' && <FinancePage />}
        {shown === 'kepatuhan' && <CompliancePage key={JSON.stringify(complianceFilter ?? null)} initial={complianceFilter} />}
        {shown === 'pengaturan' && <SettingsPage onSettingsChanged={settings.reload} />}
        {shown === 'provinsi' && <ProvincePage />}
        {shown === 'panduan' && <GuidePage />}
      </main>
    </div>
  );
}
