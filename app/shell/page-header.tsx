import { EmbedDialog } from '@/features/embed/embed-dialog';
import type { Theme } from '@/lib/url-state';
import { useUi } from '@/store/store';
import { ClassroomTools } from './classroom-tools';
import { LanguageMenu } from './language-menu';

export function PageHeader() {
  const theme = useUi((s) => s.theme);
  const setTheme = useUi((s) => s.setTheme);
  return (
    <header className="page-header">
      <div>
        <h1>Kazakhstan’s foreign and security relations</h1>
        <p className="standfirst">
          An evidence map: every line rests on passages quoted word for word from the source texts.
        </p>
      </div>
      <div className="header-tools">
        <ClassroomTools />
        <EmbedDialog />
        <LanguageMenu />
        <label>
          <span className="theme-word">Theme</span>{' '}
          <select
            value={theme ?? 'system'}
            onChange={(e) =>
              setTheme(e.target.value === 'system' ? null : (e.target.value as Theme))
            }
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="contrast">High contrast</option>
          </select>
        </label>
      </div>
    </header>
  );
}
