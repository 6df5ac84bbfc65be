import { Dropdown, Field, MessageBar, MessageBarBody, MessageBarTitle, Option, OptionGroup } from '@fluentui/react-components';
import { useApi } from '../../api/useApi';

/** No village chosen: the kecamatan of each worker comes from the NIK. */
const NONE = '';

interface Props {
  sheet: string;
  /** The village chosen (code), or null for none. */
  value: string | null;
  /** Where the value came from: the sheet's name or title, or the operator. */
  fromTitle: boolean;
  disabled: boolean;
  onChange: (code: string | null) => void;
}

/**
 * The mapping step's question for a list with no nagari or kecamatan column (a one-nagari export
 * from OpenSID, for one): which nagari is the whole list from? Left empty, each worker's kecamatan
 * comes from the NIK.
 */
export function VillagePicker({ sheet, value, fromTitle, disabled, onChange }: Props) {
  const tree = useApi('regions.tree', {});
  const settings = useApi('settings.get', {});
  const label = settings.data?.villageLabel ?? 'Nagari';
  const lower = label.toLowerCase();
  const districts = tree.data?.districts ?? [];
  const chosen = districts.flatMap((d) => d.villages.map((v) => ({ ...v, district: d.name }))).find((v) => v.code === value);
  return (
    <MessageBar intent={chosen ? 'info' : 'warning'} layout="multiline" style={{ marginBottom: 8 }}>
      <MessageBarBody>
        <MessageBarTitle>Tanpa kolom {lower} atau kecamatan</MessageBarTitle>
        {chosen
          ? `Semua baris dianggap dari ${chosen.name} (Kecamatan ${chosen.district})${fromTitle ? ', menurut nama atau judul sheet' : ''}. Ganti bila keliru.`
          : `Dari ${lower} mana seluruh daftar ini? Bila dibiarkan kosong, kecamatan tiap pekerja diambil dari NIK (ditandai "dari NIK") dan ${lower}nya tidak diketahui.`}
        <Field label={`${label} seluruh daftar`} style={{ marginTop: 8, maxWidth: 420 }}>
          <Dropdown
            aria-label={`${label} seluruh daftar sheet ${sheet}`}
            placeholder={`Pilih ${lower}`}
            value={chosen ? `${chosen.name} (Kec. ${chosen.district})` : ''}
            selectedOptions={[value ?? NONE]}
            disabled={disabled}
            onOptionSelect={(_e, d) => onChange(d.optionValue ? d.optionValue : null)}
          >
            <Option value={NONE} text="Tidak diketahui">
              Tidak diketahui (kecamatan dari NIK)
            </Option>
            {districts.map((d) => (
              <OptionGroup key={d.code} label={`Kecamatan ${d.name}`}>
                {d.villages.map((v) => (
                  <Option key={v.code} value={v.code} text={`${v.name} (Kec. ${d.name})`}>
                    {v.name}
                  </Option>
                ))}
              </OptionGroup>
            ))}
          </Dropdown>
        </Field>
      </MessageBarBody>
    </MessageBar>
  );
}
