import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Settings } from '../../../../shared/contract';
import { Section } from '../../components/Page';

const useStyles = makeStyles({
  villages: { columns: '3 220px', margin: 0, paddingLeft: '20px' },
  code: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
});

interface District {
  code: string;
  name: string;
  villages: { code: string; name: string }[];
}

export function RegionsSection({ settings, districts }: { settings: Settings; districts: District[] }) {
  const styles = useStyles();
  const villageCount = districts.reduce((n, d) => n + d.villages.length, 0);
  return (
    <Section
      title={`Kecamatan dan ${settings.villageLabel.toLowerCase()}`}
      hint={`${districts.length} kecamatan, ${villageCount} ${settings.villageLabel.toLowerCase()}, dengan kode Kemendagri.`}
    >
      <Accordion multiple collapsible>
        {districts.map((d) => (
          <AccordionItem key={d.code} value={d.code}>
            <AccordionHeader>
              <Text>
                {d.name} <span className={styles.code}>· {d.code} · {d.villages.length} {settings.villageLabel.toLowerCase()}</span>
              </Text>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.villages}>
                {d.villages.map((v) => (
                  <li key={v.code}>
                    {v.name} <span className={styles.code}>{v.code}</span>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </Section>
  );
}
