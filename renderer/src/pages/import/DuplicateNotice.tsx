import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ImportResultDto } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/domain/format';
import { pendingRejectionsSentence } from '../../../../shared/domain/importMessages';
import { call, saveFile } from '../../api/client';

type Duplicate = NonNullable<ImportResultDto['duplicateOf']>;

/**
 * The same file came in again: nothing will change, but the rows rejected the first time may still
 * wait to be fixed; say how many and offer their file to send back to the sender.
 */
export function DuplicateNotice({ duplicate, committed }: { duplicate: Duplicate; committed: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const pending = pendingRejectionsSentence(duplicate);
  async function download() {
    setError(null);
    try {
      await saveFile(await call('import.rejectionFile', { batchId: duplicate.batchId }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }
  return (
    <MessageBar intent="warning" style={{ marginBottom: 12, marginTop: committed ? 12 : 0 }} data-testid="duplicate-notice">
      <MessageBarBody>
        <MessageBarTitle>Berkas ini sudah diimpor sebagai impor #{duplicate.batchId}</MessageBarTitle>
        Sama persis dengan impor #{duplicate.batchId} ({formatDateTime(duplicate.createdAt)});{' '}
        {committed ? 'tidak ada yang diubah.' : 'mengimpornya lagi tidak akan mengubah apa pun.'}
        {pending && ` ${pending}`}
        {duplicate.stillRejected > 0 && ' Kirim baris itu kembali ke pengirim untuk diperbaiki, lalu impor berkas perbaikannya.'}
        {error && ` ${error}`}
      </MessageBarBody>
      {duplicate.rejected > 0 && duplicate.stillRejected > 0 && (
        <MessageBarActions>
          <Button icon={<ArrowDownload20Regular />} onClick={download}>
            Unduh baris ditolak
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
