import { STORY_SECTIONS } from '@praxis/contracts/thread-rules';
import type { StoryText } from '@praxis/contracts/threads';
import { CookedHtml } from '../../../components/cooked-html.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** A story's sections under their headings; an empty optional section is left out. */
export function StorySections({ storyHtml, lang }: { storyHtml: StoryText; lang: string }) {
  const t = useT();
  return (
    <div className="story">
      {STORY_SECTIONS.map((section) =>
        storyHtml[section.key].trim() === '' ? null : (
          <section key={section.key} aria-labelledby={`story-${section.key}`}>
            <h2 id={`story-${section.key}`} className="story-heading">
              {t(`threads.story.label.${section.key}`)}
            </h2>
            <CookedHtml html={storyHtml[section.key]} lang={lang} />
          </section>
        ),
      )}
    </div>
  );
}
