// The smallest app that uses each fixed library once: its bundle is the floor our first load is measured against.
import { useMachine } from '@xstate/react';
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { initReactI18next, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createMachine } from 'xstate';

void i18next
  .use(initReactI18next)
  .init({ lng: 'en', resources: { en: { translation: { hi: 'Hi' } } } });
const machine = createMachine({ initial: 'a', states: { a: { on: { next: 'b' } }, b: {} } });

function Page() {
  const { t } = useTranslation();
  const [state, send] = useMachine(machine);
  const { register, handleSubmit } = useForm<{ name: string }>();
  return (
    <form onSubmit={(e) => void handleSubmit(() => send({ type: 'next' }))(e)}>
      <label>
        {t('hi')} <input {...register('name')} />
      </label>
      <output>{String(state.value)}</output>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(
  <BrowserRouter>
    <Routes>
      <Route path="*" element={<Page />} />
    </Routes>
  </BrowserRouter>,
);
