import { EmbedDialog } from '@/features/embed/embed-dialog';
import { useT } from '@/i18n/catalogue';
import type { Theme } from '@/store/url-codec';
import { useUi } from '@/store/store';
import { ClassroomTools } from './classroom-tools';
import { LanguageMenu } from './language-menu';

export function PageHeader() {
  const theme = useUi((s) => s.theme);
  const setTheme = useUi((s) => s.setTheme);
  const t = useT();
  return (
    <header className="page-header">
      <div>
        <h1>{t.shell.heading}</h1>
        <p className="standfirst">{t.shell.standfirst}</p>
      </div>
      <div className="header-tools">
        <ClassroomTools />
        <EmbedDialog />
        <LanguageMenu />
        <label>
          <span className="theme-word">{t.shell.theme}</span>{' '}
          <select
            value={theme ?? 'system'}
            onChange={(e) =>
              setTheme(e.target.value === 'system' ? null : (e.target.value as Theme))
            }
          >
            <option value="system">{t.shell.themeSystem}</option>
            <option value="light">{t.shell.themeLight}</option>
            <option value="dark">{t.shell.themeDark}</option>
            <option value="contrast">{t.shell.themeContrast}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
