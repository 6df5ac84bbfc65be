import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { IPC_CHANNELS } from '../../shared/contract/desktop';
import { OPEN_GUIDE } from '../../shared/contract/events';

/** The application menu, in Bahasa Indonesia. */
export function buildMenu(window: () => BrowserWindow | null): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Berkas',
      submenu: [{ label: 'Keluar', accelerator: 'Alt+F4', click: () => app.quit() }],
    },
    {
      label: 'Sunting',
      submenu: [
        { label: 'Batalkan', role: 'undo' },
        { label: 'Ulangi', role: 'redo' },
        { type: 'separator' },
        { label: 'Potong', role: 'cut' },
        { label: 'Salin', role: 'copy' },
        { label: 'Tempel', role: 'paste' },
        { label: 'Pilih semua', role: 'selectAll' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { label: 'Muat ulang', role: 'reload' },
        { type: 'separator' },
        { label: 'Perbesar', role: 'zoomIn' },
        { label: 'Perkecil', role: 'zoomOut' },
        { label: 'Ukuran sebenarnya', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Layar penuh', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Bantuan',
      submenu: [
        {
          // The guide is a page of the app itself (bundled docs/panduan.md): nothing is loaded from elsewhere.
          label: 'Panduan Cakap',
          accelerator: 'F1',
          click: () => window()?.webContents.send(IPC_CHANNELS.event, OPEN_GUIDE),
        },
        { type: 'separator' },
        {
          label: 'Tentang Cakap',
          click: () => {
            const owner = window();
            const options = {
              type: 'info' as const,
              title: 'Tentang Cakap',
              message: `Cakap ${app.getVersion()}`,
              detail: 'Cakupan Kepesertaan: capaian Universal Coverage Jamsostek kabupaten.',
            };
            void (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
