import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_REVIEWS } from '@/engine/session/session.schema';
import { requiredElements, reviewVendor } from '@/report/processor-reviews';
import { ConfirmDialog } from '../components/confirm-dialog';
import { WizardContext } from '../wizard/wizard-context';
import { useKnowledgeTexts } from './use-knowledge-texts';
import { VendorReview } from './vendor-review';

const elements = requiredElements();

const newId = () => `vendor-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The DPA checklist ticked per vendor, kept with the assessment by the wizard actor. */
export function ProcessorReviews() {
  const text = useKnowledgeTexts('dpa');
  const actor = WizardContext.useActorRef();
  const reviews = WizardContext.useSelector((s) => s.context.processorReviews);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Set before a change, moved to once React has drawn what the change added or removed.
  const focusTarget = useRef<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusTarget.current === null) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const results = reviews.map((review) => reviewVendor(review, elements));
  const complete = results.filter((r) => r.complete).length;
  const displayName = (vendor: string | null) => vendor ?? text('reviews.unnamed');
  const removingReview = results.find((r) => r.id === removing);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const vendor = name.trim();
    if (vendor === '') {
      setError(text('reviews.nameRequired'));
      nameInput.current?.focus();
      return;
    }
    if (reviews.length >= MAX_REVIEWS) {
      setError(text('reviews.tooMany', { max: MAX_REVIEWS }));
      nameInput.current?.focus();
      return;
    }
    const id = newId();
    actor.send({ type: 'processor.add', id, vendor });
    setName('');
    setError(null);
    setAnnouncement('');
    focusTarget.current = `${id}-name`;
  };

  const remove = (id: string) => {
    const index = reviews.findIndex((r) => r.id === id);
    const neighbour = reviews[index + 1] ?? reviews[index - 1];
    const removed = results[index];
    actor.send({ type: 'processor.remove', id });
    setRemoving(null);
    setAnnouncement(text('reviews.removed', { vendor: displayName(removed?.vendor ?? null) }));
    focusTarget.current = neighbour ? `${neighbour.id}-name` : 'vendor-name';
  };

  return (
    <section className="dpa-reviews" aria-labelledby="dpa-reviews-heading">
      <h2 id="dpa-reviews-heading">{text('reviews.title')}</h2>
      <p>{text('reviews.intro')}</p>
      <p>{text('howToUse')}</p>
      <p className="dpa-saved">{text('reviews.saved')}</p>
      <p className="dpa-note">{text('reviews.standardClauses')}</p>
      <h3>{text('reviews.missingTitle')}</h3>
      <p>{text('reviews.missingHelp')}</p>

      <p role="status" className="dpa-reviews-count">
        {announcement && `${announcement} `}
        {reviews.length === 0
          ? text('reviews.empty')
          : text('reviews.count', { count: reviews.length, complete })}
      </p>
      {results.length > 0 && (
        <ul className="vendor-list">
          {results.map((result) => (
            <li key={result.id}>
              <VendorReview
                result={result}
                checked={reviews.find((r) => r.id === result.id)?.checked ?? []}
                elements={elements}
                name={displayName(result.vendor)}
                onRemove={() => setRemoving(result.id)}
              />
            </li>
          ))}
        </ul>
      )}

      <form className="vendor-add" onSubmit={add} noValidate>
        <h3>{text('reviews.addTitle')}</h3>
        <label htmlFor="vendor-name">{text('reviews.name')}</label>
        <div className="vendor-add-row">
          <input
            id="vendor-name"
            ref={nameInput}
            type="text"
            maxLength={200}
            autoComplete="organization"
            value={name}
            aria-invalid={error !== null}
            aria-describedby={error ? 'vendor-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button primary">
            {text('reviews.add')}
          </button>
        </div>
        {error && (
          <p id="vendor-name-error" className="field-error">
            {error}
          </p>
        )}
      </form>

      <ConfirmDialog
        open={removingReview !== undefined}
        title={text('reviews.removeTitle', { vendor: displayName(removingReview?.vendor ?? null) })}
        body={text('reviews.removeBody')}
        confirmLabel={text('reviews.removeConfirm')}
        cancelLabel={text('reviews.removeCancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove(removing)}
      />
    </section>
  );
}
