import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  render,
  Section,
  Text,
} from '@react-email/components';

/** One thing a mail tells of: a reply, a message, a story, a meetup. */
export interface MailItem {
  title: string;
  href: string;
  /** Who and when, in a line above the body. */
  meta?: string;
  /** Plain text (the post's own words, never HTML): shown as it is, escaped. */
  body?: string;
}

/**
 * `text` at most `max` characters long: when longer, cut at the last space or line break before
 * the limit (or at the limit, when that would drop more than half) and ended with "…"; the item's
 * link leads to the rest.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastBreak = cut.search(/\s\S*$/);
  return `${(lastBreak >= max / 2 ? cut.slice(0, lastBreak) : cut).trimEnd()}…`;
}

export interface MailSection {
  heading?: string;
  items: MailItem[];
}

/**
 * What every Praxis mail is made of, in words already chosen (from the catalog): the layout is
 * the same for a notice, a summary, a digest and a refusal, so a translation only swaps text.
 */
export interface MailContent {
  /** BCP 47: the language the words were chosen in (MailLanguage's `tag`). */
  lang: string;
  /** The line mail clients show after the subject. */
  preview: string;
  heading: string;
  intro?: string[];
  sections?: MailSection[];
  action?: { label: string; href: string };
  /** Why the member gets this mail, and where to change it. */
  footer: { reason: string; links: { label: string; href: string }[] };
}

const page = { backgroundColor: '#f4f4f5', fontFamily: 'Arial, Helvetica, sans-serif', margin: 0 };
const card = { backgroundColor: '#ffffff', maxWidth: '600px', margin: '0 auto', padding: '24px' };
const muted = { color: '#52525b', fontSize: '13px', lineHeight: '20px', margin: '0 0 4px' };
const body = { color: '#18181b', fontSize: '15px', lineHeight: '22px', margin: '0 0 12px' };

function Item({ item }: { item: MailItem }) {
  return (
    <Section style={{ margin: '0 0 16px' }}>
      <Text style={{ ...body, fontWeight: 'bold', margin: '0 0 2px' }}>
        <Link href={item.href} style={{ color: '#1d4ed8' }}>
          {item.title}
        </Link>
      </Text>
      {item.meta ? <Text style={muted}>{item.meta}</Text> : null}
      {item.body
        ? pieces(item.body, /\n{2,}/).map(({ text, at }) => (
            <Text key={at} style={body}>
              {pieces(text, /\n/).flatMap((line) =>
                line.at === 0 ? [line.text] : [<br key={line.at} />, line.text],
              )}
            </Text>
          ))
        : null}
    </Section>
  );
}

/** `text` split at `separator`, each piece with where it starts (a stable key). */
function pieces(text: string, separator: RegExp): { text: string; at: number }[] {
  let at = 0;
  return text.split(separator).map((piece) => {
    const result = { text: piece, at };
    at += piece.length + 1;
    return result;
  });
}

function Mail({ content }: { content: MailContent }) {
  return (
    <Html lang={content.lang}>
      <Head />
      <Preview>{content.preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Heading as="h1" style={{ color: '#18181b', fontSize: '20px', margin: '0 0 16px' }}>
            {content.heading}
          </Heading>
          {(content.intro ?? []).map((paragraph) => (
            <Text key={paragraph} style={body}>
              {paragraph}
            </Text>
          ))}
          {(content.sections ?? []).map((section, index) => (
            <Section key={section.heading ?? `${index}`}>
              {section.heading ? (
                <Heading
                  as="h2"
                  style={{ color: '#18181b', fontSize: '17px', margin: '20px 0 8px' }}
                >
                  {section.heading}
                </Heading>
              ) : null}
              {section.items.map((item) => (
                <Item key={item.href + item.title} item={item} />
              ))}
            </Section>
          ))}
          {content.action ? (
            <Button
              href={content.action.href}
              style={{
                backgroundColor: '#1d4ed8',
                borderRadius: '6px',
                color: '#ffffff',
                fontSize: '15px',
                padding: '12px 20px',
                textDecoration: 'none',
              }}
            >
              {content.action.label}
            </Button>
          ) : null}
          <Hr style={{ borderColor: '#e4e4e7', margin: '24px 0 12px' }} />
          <Text style={muted}>{content.footer.reason}</Text>
          <Text style={muted}>
            {content.footer.links.map((link, index) => (
              <span key={link.href}>
                {index > 0 ? ' · ' : null}
                <Link href={link.href} style={{ color: '#52525b' }}>
                  {link.label}
                </Link>
              </span>
            ))}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The HTML and the plain-text part of a mail; both say the same. */
export async function renderMail(content: MailContent): Promise<{ html: string; text: string }> {
  const element = <Mail content={content} />;
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
