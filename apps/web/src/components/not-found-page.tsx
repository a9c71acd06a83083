import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** An address no page answers to: say so, and offer the two ways on. */
export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address.</p>
      <p>If you followed a link, the page may have moved or been removed.</p>
      <ul>
        <li>
          <Link to="/">Go to the home page</Link>
        </li>
        <li>
          <Link to="/search">Search Praxis</Link>
        </li>
      </ul>
    </section>
  );
}
