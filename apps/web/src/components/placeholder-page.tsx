import { useDocumentTitle } from '../lib/use-document-title.ts';

/** A section of Praxis that is planned but not built yet. */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="lead">{description}</p>
      <p className="muted">This part of Praxis is on its way.</p>
    </section>
  );
}
