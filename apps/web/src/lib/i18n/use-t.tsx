import { useCallback } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from './message-ids.ts';

type Values = Record<string, string | number | boolean | Date | null | undefined>;

/**
 * `t('threads.empty')`: a message of the catalogs as a string, for attributes, titles and
 * anything that is not JSX. Dates, numbers, lists and relative times: `useIntl()`'s formatters.
 */
export function useT() {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values?: Values) => intl.formatMessage({ id }, values),
    [intl],
  );
}
export type TFunction = ReturnType<typeof useT>;

/** `<T id="threads.intro" values={{ name, link: (chunks) => <Link …>{chunks}</Link> }} />`. */
export function T({
  id,
  values,
}: {
  id: MessageId;
  values?: Record<string, React.ReactNode | ((chunks: React.ReactNode[]) => React.ReactNode)>;
}) {
  return <FormattedMessage id={id} values={values as never} />;
}
