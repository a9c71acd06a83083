import { LESSON_STAGES, type LessonStage } from '@praxis/contracts/lessons';
import { isLocale } from '@praxis/i18n/locales';
import { type FormEvent, useEffect, useState } from 'react';
import { SelectField } from '../../../components/form-field.tsx';
import { LocaleOptions } from '../../../components/locale-options.tsx';
import { TagFilter } from '../../../components/tag-filter.tsx';
import { useProgrammes } from '../../../lib/api/list-programmes.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { STAGE_NAMES } from '../lesson-stages.ts';
import type { LibraryFilters } from '../library-search-params.ts';

/**
 * The library's search (applied with its button, not per keystroke), its filters (applied as
 * chosen) and its order.
 */
export function LibraryFilterBar({
  filters,
  onChange,
}: {
  filters: LibraryFilters;
  onChange(next: LibraryFilters): void;
}) {
  const t = useT();
  const programmes = useProgrammes();
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);

  function search(event: FormEvent) {
    event.preventDefault();
    onChange({ ...filters, q: text.trim() || undefined });
  }

  return (
    <div className="library-filter-area">
      <search>
        <form className="library-search" onSubmit={search}>
          <div className="field">
            <label htmlFor="library-search">{t('lessons.filters.searchLabel')}</label>
            <input
              id="library-search"
              type="search"
              value={text}
              maxLength={200}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <button type="submit" className="button-primary">
            {t('lessons.filters.search')}
          </button>
        </form>
      </search>
      <div className="library-filters">
        <SelectField
          label={t('lessons.filters.programme')}
          value={filters.programme ?? ''}
          onChange={(event) => onChange({ ...filters, programme: event.target.value || undefined })}
        >
          <option value="">{t('lessons.filters.anyProgramme')}</option>
          {programmes.data?.programmes.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lessons.filters.stage')}
          value={filters.stage ?? ''}
          onChange={(event) =>
            onChange({ ...filters, stage: (event.target.value || undefined) as LessonStage })
          }
        >
          <option value="">{t('lessons.filters.anyStage')}</option>
          {LESSON_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(STAGE_NAMES[stage])}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lessons.filters.language')}
          value={filters.language ?? ''}
          onChange={(event) =>
            onChange({
              ...filters,
              language: isLocale(event.target.value) ? event.target.value : undefined,
            })
          }
        >
          <option value="">{t('lessons.filters.anyLanguage')}</option>
          <LocaleOptions />
        </SelectField>
        <SelectField
          label={t('lessons.filters.sort')}
          value={filters.sort ?? 'recent'}
          onChange={(event) =>
            onChange({ ...filters, sort: event.target.value === 'useful' ? 'useful' : undefined })
          }
        >
          <option value="recent">{t('lessons.filters.recent')}</option>
          <option value="useful">{t('lessons.filters.useful')}</option>
        </SelectField>
        <TagFilter
          id="library-tag-filter"
          tag={filters.tag}
          onApply={(tag) => onChange({ ...filters, tag })}
        />
      </div>
    </div>
  );
}
