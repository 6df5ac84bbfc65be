import { Menu, MenuButton, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { TEMPLATE_KIND_INFO, type TemplateKind } from '../../../shared/domain/templates';
import { call, saveFile } from '../api/client';

/**
 * "Unduh templat" where one button imports several kinds of list (Kepatuhan: three employer lists,
 * two construction lists): one menu, one template per list, each saved like TemplateButton's.
 */
export function TemplateMenu({ groups, label = 'Unduh templat' }: { groups: { title: string; kinds: readonly TemplateKind[] }[]; label?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download(kind: TemplateKind) {
    setBusy(true);
    setError(null);
    try {
      await saveFile(await call('templates.write', { kind }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton icon={<DocumentTable20Regular />} disabled={busy} title="Templat Excel untuk pengirim daftar: nomor berformat teks, daftar pilihan, petunjuk pengisian">
            {label}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {groups.map((group) => (
              <MenuGroup key={group.title}>
                <MenuGroupHeader>{group.title}</MenuGroupHeader>
                {group.kinds.map((kind) => (
                  <MenuItem key={kind} secondaryContent={TEMPLATE_KIND_INFO[kind].sender} onClick={() => download(kind)}>
                    {TEMPLATE_KIND_INFO[kind].label}
                  </MenuItem>
                ))}
              </MenuGroup>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      {error && (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {error}
        </Text>
      )}
    </>
  );
}
