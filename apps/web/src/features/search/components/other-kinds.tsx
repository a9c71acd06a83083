import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { authorLabel } from '../../../components/author-link.tsx';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';
import { SnippetText } from '../../../components/snippet.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useKindPages } from '../api/search-kind.ts';
import { roomLabel } from './room-label.ts';

/**
 * The people, meetups and chat messages matching the words, above the threads (which keep their
 * filters and pages), each kind with its own "more"; a kind with nothing found is left out, and
 * the whole section when all are.
 */
export function OtherKinds({ q }: { q: string }) {
  const t = useT();
  const people = useKindPages('people', q);
  const meetups = useKindPages('meetups', q);
  const messages = useKindPages('messages', q);
  const found = {
    people: people.data?.pages.flatMap((page) => page.hits) ?? [],
    meetups: meetups.data?.pages.flatMap((page) => page.hits) ?? [],
    messages: messages.data?.pages.flatMap((page) => page.hits) ?? [],
  };
  if (found.people.length + found.meetups.length + found.messages.length === 0) return null;
  return (
    <section className="search-other-kinds" aria-labelledby="search-other-kinds">
      <h2 id="search-other-kinds" className="visually-hidden">
        {t('search.page.otherKinds')}
      </h2>
      {found.people.length > 0 && (
        <KindList
          id="search-people"
          title={t('search.everything.people')}
          more={<ShowMoreButton list={people} label={t('search.page.morePeople')} />}
        >
          {found.people.map((person) => (
            <li key={person.id}>
              <Link to={`/members/${person.handle}`}>{person.name}</Link>
              <span className="small muted">
                {' '}
                {[person.headline, person.organisation].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </KindList>
      )}
      {found.meetups.length > 0 && (
        <KindList
          id="search-meetups"
          title={t('search.everything.meetups')}
          more={<ShowMoreButton list={meetups} label={t('search.page.moreMeetups')} />}
        >
          {found.meetups.map((meetup) => (
            <li key={meetup.id}>
              <Link to={`/meetups/${meetup.id}`}>{meetup.title}</Link>
              <span className="small muted"> {meetup.seriesName}</span>
            </li>
          ))}
        </KindList>
      )}
      {found.messages.length > 0 && (
        <KindList
          id="search-messages"
          title={t('search.everything.messages')}
          more={<ShowMoreButton list={messages} label={t('search.page.moreMessages')} />}
        >
          {found.messages.map((hit) => (
            <li key={hit.messageId}>
              <Link to={`/chat/${hit.roomId}?message=${hit.messageId}`}>
                {authorLabel(t, hit.author)} · {roomLabel(t, hit)}
              </Link>
              <p className="snippet">
                <SnippetText parts={hit.snippet} lang={hit.snippetLanguage} />
              </p>
            </li>
          ))}
        </KindList>
      )}
    </section>
  );
}

function KindList({
  id,
  title,
  more,
  children,
}: {
  id: string;
  title: string;
  more: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="search-kind-list">{children}</ul>
      <div className="search-kind-more">{more}</div>
    </section>
  );
}
