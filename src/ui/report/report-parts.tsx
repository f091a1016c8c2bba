import type { ReactNode } from 'react';
import { CITED_LEGAL_REF } from '@/engine/legal/cite-legal-ref';
import { legalRefUrl } from '@/report/report-texts';

/** A text with each legal reference in it ("Art. 28(3) GDPR", "art. 28 lid 3 AVG") linked to the law. */
export function Refs({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(CITED_LEGAL_REF)) {
    parts.push(text.slice(at, match.index));
    parts.push(
      <a key={match.index} href={legalRefUrl(match[0])} rel="noreferrer">
        {match[0]}
      </a>,
    );
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** A multi-line text (answers listed with bullets) as lines. */
export function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} className="report-line">
          {line}
        </span>
      ))}
    </>
  );
}

/** A chapter: a heading that starts a printed page, and its content. */
export function Chapter({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section className="report-chapter" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p className="report-intro">{intro}</p>}
      {children}
    </section>
  );
}
