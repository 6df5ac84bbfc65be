import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import guide from '../../../../docs/panduan.md?raw';

/**
 * Bantuan › Panduan: docs/panduan.md, the staff guide, bundled with the app so it reads offline and
 * always matches this version. Its pictures are the screenshots the end-to-end tests take.
 * Markdown becomes React elements (react-markdown), never HTML strings, so the strict CSP holds.
 */
const pictures = import.meta.glob<string>('../../../../docs/panduan/*.png', { eager: true, query: '?url', import: 'default' });
const pictureByName = new Map(Object.entries(pictures).map(([file, url]) => [file.slice(file.lastIndexOf('/') + 1), url]));

const useStyles = makeStyles({
  page: {
    maxWidth: '980px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: '8px 36px 32px',
    lineHeight: '1.6',
    fontSize: tokens.fontSizeBase300,
    '& h1': { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, margin: '20px 0 8px' },
    '& h2': {
      fontSize: tokens.fontSizeBase600,
      fontWeight: tokens.fontWeightSemibold,
      margin: '32px 0 8px',
      paddingTop: '12px',
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    '& h3': { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '20px 0 4px' },
    '& img': {
      display: 'block',
      maxWidth: '100%',
      margin: '8px 0 16px',
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
      boxShadow: tokens.shadow4,
    },
    '& table': { borderCollapse: 'collapse', margin: '8px 0 16px', width: '100%' },
    '& th, & td': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' },
    '& th': { backgroundColor: tokens.colorNeutralBackground3 },
    '& code': { fontFamily: tokens.fontFamilyMonospace, fontSize: '0.92em', backgroundColor: tokens.colorNeutralBackground3, padding: '1px 4px', borderRadius: '3px' },
    '& pre': { backgroundColor: tokens.colorNeutralBackground3, padding: '10px 12px', borderRadius: tokens.borderRadiusMedium, overflowX: 'auto' },
    '& pre code': { padding: 0 },
    '& blockquote': { margin: '8px 0', padding: '4px 16px', borderLeft: `4px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  },
});

/** "Importing a list" -> "importing-a-list": the id a table-of-contents link jumps to. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function textOf(children: ReactNode): string {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(textOf).join('');
  if (children && typeof children === 'object' && 'props' in children) return textOf((children.props as { children?: ReactNode }).children);
  return '';
}

const components: Components = {
  h2: ({ children }) => <h2 id={slug(textOf(children))}>{children}</h2>,
  h3: ({ children }) => <h3 id={slug(textOf(children))}>{children}</h3>,
  img: ({ src, alt }) => {
    const name = typeof src === 'string' ? src.slice(src.lastIndexOf('/') + 1) : '';
    const url = pictureByName.get(name);
    return url ? <img src={url} alt={alt ?? ''} /> : <em>[gambar {alt}]</em>;
  },
  a: ({ href, children }) => {
    // The app routes by the address hash: a link inside the guide scrolls instead of changing page.
    if (href?.startsWith('#')) {
      return (
        <a
          href={href}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(href.slice(1))?.scrollIntoView({ block: 'start' });
          }}
        >
          {children}
        </a>
      );
    }
    // Other links (README, files) mean nothing inside the app: shown as text.
    return <span>{children}</span>;
  },
};

export function GuidePage() {
  const styles = useStyles();
  return (
    <article className={styles.page} aria-label="Panduan Cakap">
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {guide}
      </Markdown>
    </article>
  );
}
