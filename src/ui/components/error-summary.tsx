import { useTranslation } from 'react-i18next';

export interface ErrorItem {
  readonly id: string;
  readonly label: string;
  readonly message: string;
}

export function ErrorSummary({
  items,
  onSelect,
}: {
  items: readonly ErrorItem[];
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="error-summary" role="alert">
      <p>{t('step.errorSummary', { count: items.length })}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#question-${item.id}`}
              onClick={(e) => {
                e.preventDefault();
                onSelect(item.id);
              }}
            >
              {item.label}
            </a>
            : {item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
