const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

/** "Sep 2023 – Jun 2025", or the start alone, or null when the cohort has no dates. */
export function cohortDates(cohort: { startsOn: string | null; endsOn: string | null }) {
  const format = (date: string) => monthFormat.format(new Date(`${date}T00:00:00`));
  if (cohort.startsOn && cohort.endsOn) {
    return `${format(cohort.startsOn)} – ${format(cohort.endsOn)}`;
  }
  return cohort.startsOn ? `from ${format(cohort.startsOn)}` : null;
}
