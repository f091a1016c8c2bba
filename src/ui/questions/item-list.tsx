import { useEffect, useRef, useState, type ComponentType } from 'react';
import {
  addFromTemplate,
  addItem,
  duplicateItem,
  removeItem,
  restoreItem,
  setItemAnswer,
  type RemovedItem,
} from '@/engine/answers/item-list';
import { toAnswer, toFieldValue, type FieldValue } from '@/engine/answers/field-value';
import { itemVisibility } from '@/engine/questionnaire/answer-validation';
import { isItemList } from '@/engine/questionnaire/answer-value';
import { itemName } from '@/engine/questionnaire/item-name';
import type {
  PlainQuestion,
  RepeatableQuestion,
  RepeatedItem,
} from '@/engine/questionnaire/questionnaire.schema';
import type { AnswerTexts, QuestionProps } from './question-props';
import { plainQuestionComponents } from './plain-registry';

/**
 * A list the person makes (processing activities, say): each item is a row with its name and
 * buttons to edit, copy or remove it; one item at a time opens to answer the group's questions.
 * An item can start from a template, whose answers show in the open item to be checked.
 * A removed item can be put back until the next change, so no click loses work.
 * Each row's buttons are named with the item (WCAG 2.5.3: the visible word comes first).
 */
export function ItemList({
  question,
  value,
  onChange,
  onBlur,
  label,
  hint,
  describedBy,
  invalid,
  inputRef,
  texts,
}: QuestionProps<RepeatableQuestion>) {
  const { t, qt } = texts;
  const items = isItemList(value) ? value : [];
  const [open, setOpen] = useState<string | null>(null);
  const [removed, setRemoved] = useState<RemovedItem | null>(null);
  const [status, setStatus] = useState('');
  const [template, setTemplate] = useState('');
  // Where focus goes after a change: an item's first field or its Edit button, or the Add button.
  const focusNext = useRef<string | null>(null);
  const root = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    root.current?.querySelector<HTMLElement>(target)?.focus();
  });

  const word = qt.text(`questions.${question.id}.item`);
  const title = (item: RepeatedItem, n: number) => itemName(question, item) ?? `${word} ${n + 1}`;
  const full = items.length >= question.maxItems;

  // A change to the list (not to an item's answers) is announced, and ends the offer to undo.
  const change = (next: RepeatedItem[], message: string) => {
    onChange(next);
    setRemoved(null);
    setStatus(message);
  };
  const openItem = (id: string | null, focus: string) => {
    setOpen(id);
    focusNext.current = focus;
  };
  const add = (next: RepeatedItem[]) => {
    if (next.length === items.length) return;
    const item = next.at(-1)!;
    change(next, t('items.added', { item: title(item, next.length - 1) }));
    openItem(item.id, `[data-item="${item.id}"] .item-fields :is(input, textarea, select)`);
  };
  const duplicate = (item: RepeatedItem, n: number) => {
    const next = duplicateItem(question, items, item.id, (name) => t('items.copyName', { name }));
    const copy = next[n + 1]!;
    change(next, t('items.copied', { item: title(copy, n + 1) }));
    openItem(copy.id, `[data-item="${copy.id}"] .item-fields :is(input, textarea, select)`);
  };
  const remove = (item: RepeatedItem, n: number) => {
    const result = removeItem(items, item.id);
    if (!result) return;
    change(result.items, t('items.removed', { item: title(item, n) }));
    setRemoved(result.removed);
    if (open === item.id) setOpen(null);
    focusNext.current = '.item-undo';
  };
  const undo = () => {
    if (!removed) return;
    const next = restoreItem(items, removed);
    change(next, t('items.restored', { item: title(removed.item, removed.index) }));
    focusNext.current = `[data-item="${removed.item.id}"] .item-edit`;
  };

  return (
    <fieldset
      ref={root}
      className="question-items"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onBlur={onBlur}
    >
      <legend className="question-label">{label}</legend>
      {hint}
      {items.length === 0 ? (
        <p className="items-empty">{t('items.none')}</p>
      ) : (
        <ol className="items">
          {items.map((item, n) => {
            const name = title(item, n);
            const isOpen = open === item.id;
            const fieldsId = `${question.id}-${item.id}-fields`;
            return (
              <li key={item.id} className="item" data-item={item.id}>
                <div className="item-head">
                  <span className="item-title">{name}</span>
                  <button
                    type="button"
                    className="button secondary item-edit"
                    aria-expanded={isOpen}
                    aria-label={`${isOpen ? t('items.close') : t('items.edit')}: ${name}`}
                    aria-controls={isOpen ? fieldsId : undefined}
                    onClick={() =>
                      isOpen
                        ? openItem(null, `[data-item="${item.id}"] .item-edit`)
                        : openItem(item.id, `#${fieldsId} :is(input, textarea, select)`)
                    }
                  >
                    {isOpen ? t('items.close') : t('items.edit')}
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    disabled={full}
                    aria-label={`${t('items.copy')}: ${name}`}
                    onClick={() => duplicate(item, n)}
                  >
                    {t('items.copy')}
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    aria-label={`${t('items.remove')}: ${name}`}
                    onClick={() => remove(item, n)}
                  >
                    {t('items.remove')}
                  </button>
                </div>
                {isOpen && (
                  <div className="item-fields" id={fieldsId}>
                    <ItemFields
                      group={question}
                      item={item}
                      texts={texts}
                      onAnswer={(questionId, answer) =>
                        onChange(setItemAnswer(items, item.id, questionId, answer))
                      }
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {removed && (
        <p className="item-removed">
          <button type="button" className="button secondary item-undo" onClick={undo}>
            {t('items.undo', { item: title(removed.item, removed.index) })}
          </button>
        </p>
      )}
      <div className="item-add">
        <button
          type="button"
          className="button secondary"
          ref={inputRef}
          disabled={full}
          onClick={() => add(addItem(items))}
        >
          {qt.text(`questions.${question.id}.add`)}
        </button>
        {question.templates.length > 0 && (
          <span className="item-template">
            <label htmlFor={`${question.id}-template`}>{t('items.template')}</label>
            <select
              id={`${question.id}-template`}
              value={template}
              onChange={(e) => setTemplate(e.target.value)}
            >
              <option value="">{t('items.chooseTemplate')}</option>
              {question.templates.map((x) => (
                <option key={x.id} value={x.id}>
                  {qt.text(`questions.${question.id}.templates.${x.id}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button secondary"
              disabled={full || template === ''}
              onClick={() => {
                const name = qt.text(`questions.${question.id}.templates.${template}`);
                add(addFromTemplate(question, items, template, name));
                setTemplate('');
              }}
            >
              {t('items.addTemplate')}
            </button>
          </span>
        )}
      </div>
      {full && <p className="hint">{t('validation.tooManyItems', { max: question.maxItems })}</p>}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </fieldset>
  );
}

/** The questions one item shows, in order, each read as typed and kept as its answer. */
function ItemFields({
  group,
  item,
  texts,
  onAnswer,
}: {
  group: RepeatableQuestion;
  item: RepeatedItem;
  texts: AnswerTexts;
  onAnswer: (questionId: string, answer: RepeatedItem['answers'][string] | null) => void;
}) {
  const { questions } = itemVisibility(group, item.answers);
  return group.questions
    .filter((inner) => questions.get(inner.id))
    .map((inner) => (
      <ItemField
        key={inner.id}
        question={inner}
        saved={item.answers[inner.id]}
        texts={texts}
        onAnswer={(answer) => onAnswer(inner.id, answer)}
      />
    ));
}

/**
 * One question of an item. The field keeps what is typed (a number half written, say) and
 * hands on the answer it reads; a number it refuses is kept as typed, as the step form does.
 */
function ItemField({
  question,
  saved,
  texts,
  onAnswer,
}: {
  question: PlainQuestion;
  saved: RepeatedItem['answers'][string] | undefined;
  texts: AnswerTexts;
  onAnswer: (answer: RepeatedItem['answers'][string] | null) => void;
}) {
  const [field, setField] = useState<FieldValue>(() =>
    toFieldValue(question, saved, texts.language),
  );
  const Component = plainQuestionComponents[question.type] as ComponentType<QuestionProps>;
  const hintKey = `questions.${question.id}.hint`;
  const hasHint = texts.qt.has(hintKey);
  return (
    <div className="question item-question" data-question={question.id}>
      <Component
        question={question}
        value={field}
        label={
          texts.qt.text(`questions.${question.id}.label`) +
          (question.required ? '' : ` (${texts.t('step.optional')})`)
        }
        hint={
          hasHint && (
            <p className="hint" id={`hint-${question.id}`}>
              {texts.qt.text(hintKey)}
            </p>
          )
        }
        describedBy={hasHint ? `hint-${question.id}` : undefined}
        invalid={false}
        inputRef={() => undefined}
        onBlur={() => undefined}
        onChange={(value) => {
          setField(value);
          const read = toAnswer(question, value, texts.language);
          onAnswer(read.refused ? read.text : ((read.answer as typeof saved) ?? null));
        }}
        texts={texts}
      />
    </div>
  );
}
