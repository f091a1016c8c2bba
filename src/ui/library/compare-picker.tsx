import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../wizard/paths';
import type { Row } from './assessment-row';
import { formatDate } from './format-date';

/** Chooses an earlier and a later assessment to compare. */
export function ComparePicker({ rows }: { rows: readonly Row[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const byAge = [...rows].sort((a, b) => a.meta.createdAt.localeCompare(b.meta.createdAt));
  const [before, setBefore] = useState(byAge.at(-2)?.meta.id ?? '');
  const [after, setAfter] = useState(byAge.at(-1)?.meta.id ?? '');
  const [error, setError] = useState(false);
  const options = byAge.map((row) => (
    <option key={row.meta.id} value={row.meta.id}>
      {row.displayName} ({formatDate(row.meta.createdAt, i18n.language)})
    </option>
  ));
  return (
    <section className="library-compare" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('library.compareTitle')}</h2>
      <p>{t('library.compareIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (before === after) {
            setError(true);
            return;
          }
          void navigate(paths.compare.href(before, after));
        }}
      >
        <label htmlFor={`${id}-before`}>{t('library.compareBefore')}</label>
        <select id={`${id}-before`} value={before} onChange={(e) => setBefore(e.target.value)}>
          {options}
        </select>
        <label htmlFor={`${id}-after`}>{t('library.compareAfter')}</label>
        <select
          id={`${id}-after`}
          value={after}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error || undefined}
          onChange={(e) => setAfter(e.target.value)}
        >
          {options}
        </select>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t('library.compareSame')}
          </p>
        )}
        <button type="submit" className="button primary">
          {t('library.compare')}
        </button>
      </form>
    </section>
  );
}
