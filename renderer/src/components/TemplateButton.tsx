import { Button, Text, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Input } from '../../../shared/contract';
import { call, saveFile } from '../api/client';

/**
 * "Unduh templat": the .xlsx a sender fills in (NIK as text, drop-down lists, instructions), so the
 * list comes back in a shape that imports without questions. Shown at every place a list is imported.
 */
export function TemplateButton({ label = 'Unduh templat', ...input }: Input<'templates.write'> & { label?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      await saveFile(await call('templates.write', input));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button icon={<DocumentTable20Regular />} onClick={download} disabled={busy} title="Templat Excel untuk pengirim: NIK berformat teks, daftar pilihan kecamatan dan desa, petunjuk pengisian">
        {label}
      </Button>
      {error && (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {error}
        </Text>
      )}
    </>
  );
}
