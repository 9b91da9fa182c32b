import { editorEn, type EditorTexts } from '@/i18n/editor-en';

/** The editor's texts: English in every interface language for now (see editor-en.ts). */
export function useEditorTexts(): EditorTexts {
  return editorEn;
}
