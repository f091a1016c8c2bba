import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '@/engine/library/library';
import { INDEX_KEY } from '@/engine/library/library-keys';
import type { RestoreResult } from '@/engine/session/restore-session';
import { testI18n } from './helpers/test-i18n';
import { LibraryRepairNotice } from '@/ui/components/library-repair-notice';
import { StorageNotice } from '@/ui/components/storage-notice';
import { MemoryStore } from './helpers/memory-store';

/** The texts handed out as downloads, by blob URL (jsdom has no object URLs). */
const blobs = new Map<string, Blob>();
beforeAll(() => {
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
});
afterEach(cleanup);

/** A library whose index lost two names and an export date, and one entry's id. */
function damagedLibrary(damage: (entries: Record<string, unknown>[]) => void): {
  library: Library;
  damaged: string;
} {
  const store = new MemoryStore();
  const seed = new Library(store);
  for (const name of ['Shop', 'Clinic', 'School']) seed.create('gdpr-readiness', { name });
  seed.markExported([seed.list()[0]!.id]);
  const index = JSON.parse(store.getItem(INDEX_KEY)!) as { assessments: Record<string, unknown>[] };
  damage(index.assessments);
  const damaged = JSON.stringify(index);
  store.setItem(INDEX_KEY, damaged);
  return { library: new Library(store), damaged };
}

function renderIn(lang: 'en' | 'nl', element: React.ReactElement) {
  return render(<I18nextProvider i18n={testI18n(lang)}>{element}</I18nextProvider>);
}

async function downloaded(link: HTMLElement): Promise<string> {
  return blobs.get(link.getAttribute('href') ?? '')!.text();
}

describe('LibraryRepairNotice', () => {
  const twoNamesAndADate = (entries: Record<string, unknown>[]) => {
    entries[0]!.name = 7;
    entries[0]!.lastExportedAt = 'yesterday';
    entries[1]!.name = null;
  };

  it('says what could not be read and hands back the damaged list', async () => {
    const { library, damaged } = damagedLibrary(twoNamesAndADate);
    renderIn('en', <LibraryRepairNotice library={library} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'The list of your assessments was damaged and has been repaired: 2 names and 1 export date could not be read.',
    );
    const link = screen.getByRole('link', { name: 'Download the damaged list' });
    expect(link.getAttribute('download')).toBe('gdpr-readiness-damaged-list.json');
    expect(await downloaded(link)).toBe(damaged);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(library.repairs()).toEqual([]);
  });

  it('speaks Dutch, informally', () => {
    const { library } = damagedLibrary(twoNamesAndADate);
    renderIn('nl', <LibraryRepairNotice library={library} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'De lijst met je evaluaties was beschadigd en is hersteld: 2 namen en 1 exportdatum konden niet worden gelezen.',
    );
    screen.getByRole('link', { name: 'Beschadigde lijst downloaden' });
  });

  it('says nothing was lost when only an unknown field was removed', () => {
    const { library } = damagedLibrary((entries) => (entries[2]!.colour = 'red'));
    renderIn('en', <LibraryRepairNotice library={library} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'was damaged and has been repaired. Nothing in it was lost.',
    );
  });

  it('shows nothing for an intact list', () => {
    const { library } = damagedLibrary(() => undefined);
    renderIn('en', <LibraryRepairNotice library={library} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('StorageNotice: answers a questionnaire update left out', () => {
  it('offers them as a download of question id and value', async () => {
    const restore = {
      kind: 'restored',
      session: {},
      dropped: ['old-question', 'employees'],
      droppedAnswers: { 'old-question': 'yes', employees: -5 },
    } as unknown as RestoreResult;
    renderIn('en', <StorageNotice restore={restore} saveFailed={false} />);
    expect(screen.getByRole('alert').textContent).toContain('2 earlier answers no longer fit');
    const link = screen.getByRole('link', { name: 'Download the answers left out' });
    expect(link.getAttribute('download')).toBe('gdpr-readiness-answers-left-out.json');
    expect(JSON.parse(await downloaded(link))).toEqual({ 'old-question': 'yes', employees: -5 });
  });
});
