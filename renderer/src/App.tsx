import { makeStyles, NavDrawer, NavDrawerBody, NavDrawerHeader, NavItem, Text, tokens } from '@fluentui/react-components';
import { ArrowSync24Regular, ArrowUpload24Regular, Board24Regular, BookQuestionMark24Regular, BuildingFactory24Regular, DataTrending24Regular, Money24Regular, People24Regular, ReceiptMoney24Regular, Settings24Regular } from '@fluentui/react-icons';
import { useEffect, useState, type ReactElement } from 'react';
import { isDesktop, onCoreEvent } from './api/client';
import { useApi } from './api/useApi';
import { DemoBanner } from './components/Demo';
import { Loading } from './components/Page';
import { PAGES, useCurrentPage, type PageId } from './navigation';
import { DashboardPage } from './pages/report/DashboardPage';
import { FirstRunWizard } from './pages/firstRun/FirstRunWizard';
import { GuidePage } from './pages/guide/GuidePage';
import { ImportPage } from './pages/import/ImportPage';
import { PlansPage } from './pages/plans/PlansPage';
import { ProgramsPage } from './pages/programs/ProgramsPage';
import { ReconciliationPage } from './pages/bpjs/ReconciliationPage';
import { CompliancePage, type ComplianceFilter } from './pages/compliance/CompliancePage';
import { FinancePage } from './pages/finance/FinancePage';
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
  pengaturan: <Settings24Regular />,
  panduan: <BookQuestionMark24Regular />,
};

const useStyles = makeStyles({
  root: { display: 'flex', height: '100%' },
  nav: { minWidth: '220px', backgroundColor: tokens.colorNeutralBackground2 },
  brand: { display: 'flex', flexDirection: 'column', padding: '12px 16px 4px' },
  main: { flex: 1, overflow: 'auto', padding: '24px 32px', backgroundColor: tokens.colorNeutralBackground3 },
});

export function App() {
  const styles = useStyles();
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

  if (!firstRun.data && !firstRun.error) return <Loading />;
  if (firstRun.data?.needed && !wizardDone) {
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
        selectedValue={page}
        onNavItemSelect={(_event, data) => goTo(data.value as PageId)}
      >
        <NavDrawerHeader className={styles.brand}>
          <Text weight="bold" size={500}>
            Cakap
          </Text>
          <Text size={200}>{settings.data?.regencyName ?? 'Cakupan Kepesertaan'}</Text>
        </NavDrawerHeader>
        <NavDrawerBody>
          {PAGES.map((p) => (
            <NavItem key={p.id} value={p.id} icon={ICONS[p.id]}>
              {p.label}
            </NavItem>
          ))}
        </NavDrawerBody>
      </NavDrawer>
      <main className={styles.main}>
        {demo.data?.active && <DemoBanner status={demo.data} />}
        {page === 'dasbor' && (
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
        {page === 'impor' && (
          <ImportPage onShowWorkers={(batchId) => openWorkers({ batchId })} />
        )}
        {page === 'pekerja' && <WorkersPage initial={workersFilter} />}
        {page === 'program' && <ProgramsPage initialProgramId={programId} />}
        {page === 'rencana' && <PlansPage />}
        {page === 'rekonsiliasi' && <ReconciliationPage />}
        {page === 'tagihan' && <FinancePage />}
        {page === 'kepatuhan' && <CompliancePage key={JSON.stringify(complianceFilter ?? null)} initial={complianceFilter} />}
        {page === 'pengaturan' && <SettingsPage onSettingsChanged={settings.reload} />}
        {page === 'panduan' && <GuidePage />}
      </main>
    </div>
  );
}
