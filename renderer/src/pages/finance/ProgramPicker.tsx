import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { Program } from '../../../../shared/contract';

/** The program a bill, a payment or a registration file is for, among the year's programs. */
export function ProgramPicker({ programs, value, onChange, label = 'Program' }: { programs: readonly Program[]; value: number | null; onChange: (id: number) => void; label?: string }) {
  const chosen = programs.find((p) => p.id === value);
  return (
    <Field label={label} style={{ minWidth: 300 }}>
      <Dropdown
        aria-label={label}
        placeholder={programs.length === 0 ? 'Belum ada program tahun ini' : 'Pilih program'}
        value={chosen ? chosen.name : ''}
        selectedOptions={chosen ? [String(chosen.id)] : []}
        onOptionSelect={(_e, d) => onChange(Number(d.optionValue))}
      >
        {programs.map((p) => (
          <Option key={p.id} value={String(p.id)} text={p.name}>
            {p.name} ({p.sourceLabel})
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
