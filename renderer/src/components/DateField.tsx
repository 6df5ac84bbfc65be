import { Field, Label, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { DatePicker, type CalendarStrings } from '@fluentui/react-datepicker-compat';
import { useState, type CSSProperties } from 'react';
import { parseDateInput, parseMonthInput } from '../../../shared/domain/dates';
import { formatDate, formatMonth, MONTH_NAMES } from '../../../shared/domain/format';

/**
 * Date and month fields that show and accept Indonesian dates whatever the language of the PC:
 * the browser's own date input follows the system locale (12/03/2026 on an English Windows), so
 * these are Fluent's DatePicker with Indonesian names, Monday first, and a parser for what office
 * staff type ("3 Desember 2026", "03-12-2026", "Des 2026"). Values stay ISO ("2026-12-03", "2026-12").
 */

const ID_STRINGS: CalendarStrings = {
  months: [...MONTH_NAMES],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  days: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  shortDays: ['M', 'S', 'S', 'R', 'K', 'J', 'S'],
  goToToday: 'Hari ini',
  weekNumberFormatString: 'Minggu ke-{0}',
  prevMonthAriaLabel: 'Bulan sebelumnya',
  nextMonthAriaLabel: 'Bulan berikutnya',
  prevYearAriaLabel: 'Tahun sebelumnya',
  nextYearAriaLabel: 'Tahun berikutnya',
  prevYearRangeAriaLabel: 'Rentang tahun sebelumnya',
  nextYearRangeAriaLabel: 'Rentang tahun berikutnya',
  closeButtonAriaLabel: 'Tutup',
  selectedDateFormatString: 'Tanggal terpilih {0}',
  todayDateFormatString: 'Hari ini {0}',
  monthPickerHeaderAriaLabel: '{0}, ganti tahun',
  yearPickerHeaderAriaLabel: '{0}, ganti bulan',
  dayMarkedAriaLabel: 'bertanda',
};

const MONDAY = 1;
const OUT_OF_BOUNDS = 'Di luar rentang yang boleh dipilih.';

/** "2026-12-03" -> a local Date at midnight; the picker works in local time. */
function toDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1) : null;
}

function isoOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

interface CommonProps {
  /** Shown above the field; leave out inside a toolbar that labels it otherwise. */
  label?: string;
  'aria-label': string;
  required?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  className?: string;
}

export interface DateFieldProps extends CommonProps {
  /** "YYYY-MM-DD", or '' for none. */
  value: string;
  onChange(value: string): void;
  min?: string;
  max?: string;
}

export function DateField(props: DateFieldProps) {
  return (
    <PickerField
      {...props}
      message="Tanggal tidak dikenali; tulis mis. 3 Desember 2026 atau 03-12-2026."
      placeholder="mis. 3 Desember 2026"
      format={(date) => formatDate(isoOf(date))}
      parse={(text) => {
        const iso = parseDateInput(text);
        return iso ? toDate(iso) : null;
      }}
      onSelect={(date) => props.onChange(isoOf(date))}
      monthOnly={false}
    />
  );
}

export interface MonthFieldProps extends CommonProps {
  /** "YYYY-MM", or '' for none. */
  value: string;
  onChange(value: string): void;
  min?: string;
  max?: string;
}

export function MonthField(props: MonthFieldProps) {
  return (
    <PickerField
      {...props}
      message="Bulan tidak dikenali; tulis mis. Desember 2026 atau 12-2026."
      placeholder="mis. Januari 2026"
      format={(date) => formatMonth(isoOf(date))}
      parse={(text) => {
        const month = parseMonthInput(text);
        return month ? toDate(month) : null;
      }}
      onSelect={(date) => props.onChange(isoOf(date).slice(0, 7))}
      monthOnly
    />
  );
}

interface PickerFieldProps extends CommonProps {
  value: string;
  min?: string;
  max?: string;
  message: string;
  placeholder: string;
  format(date: Date): string;
  parse(text: string): Date | null;
  onSelect(date: Date): void;
  monthOnly: boolean;
}

const useStyles = makeStyles({
  // A fixed width: long enough for "30 September 2026", and the error message wraps under the field
  // instead of pushing the buttons of a toolbar aside.
  width: { width: '220px', maxWidth: '100%' },
  labelled: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  // The picker's own minimum width would overflow a narrow grid cell; it takes the field's width.
  picker: { minWidth: 0, width: '100%' },
});

function PickerField(props: PickerFieldProps) {
  const styles = useStyles();
  const id = useId('tanggal');
  const [error, setError] = useState<'invalid-input' | 'out-of-bounds' | 'required-input' | undefined>();
  const min = props.min ? toDate(props.min) : null;
  const max = props.max ? toDate(props.max) : null;
  // The visible label is a plain <Label>, not Field's: Field would name the input by aria-labelledby,
  // hiding the more precise aria-label ("Keadaan per tanggal") that screen readers and tests use.
  const field = (
    <Field
      className={props.label === undefined ? mergeClasses(styles.width, props.className) : undefined}
      style={props.label === undefined ? props.style : undefined}
      validationState={error ? 'error' : 'none'}
      validationMessage={error === 'invalid-input' ? props.message : error === 'out-of-bounds' ? OUT_OF_BOUNDS : undefined}
    >
      <DatePicker
        className={styles.picker}
        id={id}
        aria-label={props['aria-label']}
        value={toDate(props.value)}
        allowTextInput
        disabled={props.disabled}
        required={props.required}
        placeholder={props.placeholder}
        strings={ID_STRINGS}
        firstDayOfWeek={MONDAY}
        formatDate={(date) => (date ? props.format(date) : '')}
        parseDateFromString={props.parse}
        onSelectDate={(date) => date && props.onSelect(date)}
        onValidationResult={(result) => setError(result.error === 'required-input' ? undefined : result.error)}
        minDate={min ?? undefined}
        maxDate={max ?? undefined}
        showGoToToday
        calendar={props.monthOnly ? { isDayPickerVisible: false, highlightSelectedMonth: true } : undefined}
      />
    </Field>
  );
  if (props.label === undefined) return field;
  return (
    <div className={mergeClasses(styles.labelled, styles.width, props.className)} style={props.style}>
      <Label htmlFor={id} required={props.required} disabled={props.disabled}>
        {props.label}
      </Label>
      {field}
    </div>
  );
}
