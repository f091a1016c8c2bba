import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DpaElement, VendorAgreement } from '@/report/report.types';
import { useReportTexts } from '../wizard/use-report-texts';
import { WizardContext } from '../wizard/wizard-context';
import { useKnowledgeTexts } from './use-knowledge-texts';

export interface VendorReviewProps {
  readonly result: VendorAgreement;
  readonly checked: readonly string[];
  readonly elements: readonly DpaElement[];
  /** The vendor's name, or the text for a nameless one. */
  readonly name: string;
  readonly onRemove: () => void;
}

export function VendorReview({ result, checked, elements, name, onRemove }: VendorReviewProps) {
  const text = useKnowledgeTexts('dpa');
  const rt = useReportTexts();
  const { i18n } = useTranslation();
  const actor = WizardContext.useActorRef();
  const [renaming, setRenaming] = useState(false);
  const headingId = `${result.id}-name`;

  const toggle = (id: string, on: boolean) =>
    actor.send({
      type: 'processor.update',
      id: result.id,
      checked: on ? [...checked, id] : checked.filter((c) => c !== id),
    });

  const missing = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    result.missing.map((id) => rt.t(`processors.items.${id}`)),
  );

  return (
    <section className="vendor-review" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {name}
      </h3>
      <p role="status" className={result.complete ? 'vendor-count complete' : 'vendor-count'}>
        {text('reviews.covered', { covered: result.covered.length, total: elements.length })}
      </p>
      <fieldset className="vendor-elements">
        <legend>{text('reviews.legend', { vendor: name })}</legend>
        {elements.map((element) => (
          <label key={element.id} className="choice">
            <input
              type="checkbox"
              name={`${result.id}-${element.id}`}
              checked={checked.includes(element.id)}
              onChange={(e) => toggle(element.id, e.target.checked)}
            />
            <span>{text(`items.${element.id}.label`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="vendor-result">
        {result.complete ? text('result.complete') : text('result.incomplete', { missing })}
      </p>
      {renaming ? (
        <RenameForm
          id={result.id}
          name={name}
          onDone={(renamed) => {
            setRenaming(false);
            requestAnimationFrame(() =>
              document.getElementById(renamed ? headingId : `${result.id}-rename`)?.focus(),
            );
          }}
        />
      ) : (
        <div className="vendor-actions">
          <button
            type="button"
            id={`${result.id}-rename`}
            className="button secondary"
            onClick={() => setRenaming(true)}
          >
            {text('reviews.rename')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="button secondary" onClick={onRemove}>
            {text('reviews.remove')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </div>
      )}
    </section>
  );
}

function RenameForm({
  id,
  name,
  onDone,
}: {
  id: string;
  name: string;
  onDone: (renamed: boolean) => void;
}) {
  const text = useKnowledgeTexts('dpa');
  const actor = WizardContext.useActorRef();
  const [value, setValue] = useState(name);
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = `${id}-new-name`;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const vendor = value.trim();
    if (vendor === '') {
      setError(true);
      input.current?.focus();
      return;
    }
    actor.send({ type: 'processor.update', id, vendor });
    onDone(true);
  };

  return (
    <form className="vendor-rename" onSubmit={save} noValidate>
      <label htmlFor={inputId}>{text('reviews.newName', { vendor: name })}</label>
      <input
        id={inputId}
        ref={input}
        type="text"
        maxLength={200}
        value={value}
        aria-invalid={error}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone(false);
        }}
      />
      {error && (
        <p id={`${inputId}-error`} className="field-error">
          {text('reviews.nameRequired')}
        </p>
      )}
      <div className="vendor-actions">
        <button type="submit" className="button primary">
          {text('reviews.saveName')}
        </button>
        <button type="button" className="button secondary" onClick={() => onDone(false)}>
          {text('reviews.cancel')}
        </button>
      </div>
    </form>
  );
}
