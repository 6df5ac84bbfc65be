import type { EmployerStatus, ProjectStatus } from '../../../../shared/domain/compliance';

/** Badge colours of the statuses: red for what must be acted on, amber for partial, green for done. */
export const EMPLOYER_STATUS_COLORS: Record<EmployerStatus, 'danger' | 'warning' | 'success' | 'subtle' | 'severe'> = {
  pwbd: 'danger',
  pdsWorkers: 'severe',
  pdsProgram: 'warning',
  arrears: 'warning',
  compliant: 'success',
  noWorkers: 'subtle',
};

export const PROJECT_STATUS_COLORS: Record<ProjectStatus, 'danger' | 'warning' | 'success' | 'subtle'> = {
  unregistered: 'danger',
  late: 'warning',
  pending: 'subtle',
  registered: 'success',
};

export const FOLLOW_UP_ACTIONS = [
  { value: 'visit', label: 'Dikunjungi' },
  { value: 'reported', label: 'Melapor sudah mendaftar' },
  { value: 'note', label: 'Catatan' },
  { value: 'closed', label: 'Tutup kasus (dengan alasan)' },
] as const;
