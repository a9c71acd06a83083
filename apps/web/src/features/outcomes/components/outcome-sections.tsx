import type { Outcomes } from '@praxis/contracts/outcomes';
import { useCallback, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { SelectField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { funnelBars, monthBars, seriesColours } from './charts.ts';
import { KeyFigures } from './key-figures.tsx';

const STAGES = ['invited', 'voted', 'going', 'attended', 'contributed'] as const;

const legendOf = (series: { label: string }[]) =>
  series.map((one, index) => ({ label: one.label, colour: seriesColours[index] ?? '' }));

/** A month (`YYYY-MM`) as the reader's language writes it short: "Mar 2025". */
function useMonthLabel() {
  const intl = useIntl();
  return useCallback(
    (month: string) => {
      const [year = 0, number = 1] = month.split('-').map(Number);
      return intl.formatDate(Date.UTC(year, number - 1, 1), {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
    },
    [intl],
  );
}

/**
 * Every figure of one answer, chart by chart, each with its table and CSV: the dashboard shows
 * them under its filters, the report for funders on its own (`printable`: tables open, the
 * latest meetup's funnel).
 */
export function OutcomeSections({
  outcomes,
  printable = false,
}: {
  outcomes: Outcomes;
  printable?: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const { period, questions, stories, advice, activeMembers, meetups } = outcomes;
  const file = (name: string) => `praxis-${name}-${period.from}-${period.to}`;
  const monthLabel = useMonthLabel();
  const monthColumn = { key: 'month', label: t('outcomes.column.month') };
  const labelled = <T extends { month: string }>(rows: T[]) =>
    rows.map((row) => ({ ...row, month: monthLabel(row.month) }));

  const [meetupId, setMeetupId] = useState<string | null>(null);
  const meetup = meetups.find((one) => one.id === meetupId) ?? meetups[0];
  const stageLabel = useCallback(
    (stage: (typeof STAGES)[number]) => t(`outcomes.funnel.${stage}`),
    [t],
  );

  const charts = useMemo(() => {
    const months = period.months.map(monthLabel);
    const questionSeries = [
      { key: 'asked', label: t('outcomes.series.asked') },
      { key: 'answered', label: t('outcomes.series.answered') },
      { key: 'solved', label: t('outcomes.series.solved') },
    ];
    const storySeries = [
      { key: 'success', label: t('outcomes.series.success') },
      { key: 'failure', label: t('outcomes.series.failure') },
    ];
    const adviceSeries = [
      { key: 'asked', label: t('outcomes.series.adviceAsked') },
      { key: 'answered', label: t('outcomes.series.adviceAnswered') },
    ];
    return {
      questionSeries,
      storySeries,
      adviceSeries,
      questions: monthBars({
        months,
        series: questionSeries,
        rows: questions.byMonth,
        ariaLabel: t('outcomes.questions.title'),
        ariaDescription: t('outcomes.chart.seeTable'),
      }),
      stories: monthBars({
        months,
        series: storySeries,
        rows: stories.byMonth,
        ariaLabel: t('outcomes.stories.title'),
        ariaDescription: t('outcomes.chart.seeTable'),
      }),
      advice: monthBars({
        months,
        series: adviceSeries,
        rows: advice.byMonth,
        ariaLabel: t('outcomes.advice.title'),
        ariaDescription: t('outcomes.chart.seeTable'),
      }),
      active: monthBars({
        months,
        series: [{ key: 'active', label: t('outcomes.series.active') }],
        rows: activeMembers.byMonth,
        ariaLabel: t('outcomes.active.title'),
        ariaDescription: t('outcomes.chart.seeTable'),
      }),
    };
  }, [period, questions, stories, advice, activeMembers, t, monthLabel]);

  const funnel = useMemo(
    () =>
      meetup
        ? funnelBars({
            stages: STAGES.map((stage) => ({ stage: stageLabel(stage), count: meetup[stage] })),
            ariaLabel: t('outcomes.funnel.chartLabel', { title: meetup.title }),
            ariaDescription: t('outcomes.chart.seeTable'),
          })
        : null,
    [meetup, t, stageLabel],
  );

  const cohortColumns = [
    { key: 'cohort', label: t('outcomes.column.cohort') },
    ...period.months.map((month) => ({ key: month, label: monthLabel(month) })),
  ];
  const tableOpen = printable;

  return (
    <div className="outcome-sections">
      <section className="outcome-section" aria-labelledby="outcomes-key-figures">
        <h2 id="outcomes-key-figures">{t('outcomes.figures.title')}</h2>
        <KeyFigures outcomes={outcomes} />
      </section>

      <section className="outcome-section" aria-labelledby="outcomes-conversations">
        <h2 id="outcomes-conversations">{t('outcomes.section.conversations')}</h2>
        <ChartFigure
          title={t('outcomes.questions.title')}
          description={t('outcomes.questions.description')}
          draw={charts.questions}
          fileName={file('questions')}
          tableOpen={tableOpen}
          legend={legendOf(charts.questionSeries)}
          table={{
            columns: [monthColumn, ...charts.questionSeries],
            rows: labelled(questions.byMonth),
          }}
        />
        <ChartFigure
          title={t('outcomes.stories.title')}
          description={t('outcomes.stories.description')}
          draw={charts.stories}
          fileName={file('stories')}
          tableOpen={tableOpen}
          legend={legendOf(charts.storySeries)}
          table={{ columns: [monthColumn, ...charts.storySeries], rows: labelled(stories.byMonth) }}
        />
        <ChartFigure
          title={t('outcomes.advice.title')}
          description={t('outcomes.advice.description')}
          draw={charts.advice}
          fileName={file('advice')}
          tableOpen={tableOpen}
          legend={legendOf(charts.adviceSeries)}
          table={{ columns: [monthColumn, ...charts.adviceSeries], rows: labelled(advice.byMonth) }}
        />
      </section>

      <section className="outcome-section" aria-labelledby="outcomes-members">
        <h2 id="outcomes-members">{t('outcomes.section.members')}</h2>
        <ChartFigure
          title={t('outcomes.active.title')}
          description={t('outcomes.active.description')}
          draw={charts.active}
          fileName={file('active-members')}
          tableOpen={tableOpen}
          table={{
            columns: [monthColumn, { key: 'active', label: t('outcomes.series.active') }],
            rows: labelled(activeMembers.byMonth),
          }}
        />
        <ChartFigure
          title={t('outcomes.cohorts.title')}
          description={t('outcomes.cohorts.description')}
          draw={null}
          fileName={file('active-members-by-cohort')}
          tableOpen
          table={{
            columns: cohortColumns,
            rows: activeMembers.byCohort.map(({ cohort, months: counts }) => ({
              cohort: cohort.name,
              ...Object.fromEntries(counts.map((one) => [one.month, one.active])),
            })),
          }}
        />
      </section>

      <section className="outcome-section" aria-labelledby="outcomes-meetups">
        <h2 id="outcomes-meetups">{t('outcomes.section.meetups')}</h2>
        {meetups.length === 0 ? (
          <p className="muted">{t('outcomes.funnel.none')}</p>
        ) : (
          <>
            {!printable && meetups.length > 1 && (
              <SelectField
                label={t('outcomes.funnel.pick')}
                value={meetup?.id}
                onChange={(event) => setMeetupId(event.target.value)}
              >
                {meetups.map((one) => (
                  <option key={one.id} value={one.id}>
                    {one.title} · {intl.formatDate(one.startsAt, { dateStyle: 'medium' })}
                  </option>
                ))}
              </SelectField>
            )}
            <ChartFigure
              title={
                meetup
                  ? t('outcomes.funnel.title', {
                      title: meetup.title,
                      date: intl.formatDate(meetup.startsAt, { dateStyle: 'medium' }),
                    })
                  : ''
              }
              description={t('outcomes.funnel.description')}
              draw={funnel}
              fileName={file('meetup-funnels')}
              tableOpen={tableOpen}
              table={{
                columns: [
                  { key: 'meetup', label: t('outcomes.column.meetup') },
                  ...STAGES.map((stage) => ({ key: stage, label: stageLabel(stage) })),
                ],
                rows: meetups.map((one) => ({
                  meetup: `${one.title} (${intl.formatDate(one.startsAt, { dateStyle: 'medium' })})`,
                  ...Object.fromEntries(STAGES.map((stage) => [stage, one[stage]])),
                })),
              }}
            />
          </>
        )}
      </section>
    </div>
  );
}
