// The demo network's threads written in French and Bosnian, so that the demo shows texts in
// their own languages and one search finding them all ("échec", "saradnj", "budžet").
// Plain data, like demo-threads-content.ts; demo-threads.ts turns it into rows.

import type { Locale } from '@praxis/i18n/locales';
import type { replies, threads } from '../schema/threads.ts';
import { DEMO_THREADS, type DemoReply, type DemoThread } from './demo-threads-content.ts';
import { DEMO_PRIVATE_THREADS } from './demo-threads-private.ts';

interface DemoReplyInLanguage extends DemoReply {
  /** Absent: the thread's language. */
  language?: Locale;
}

interface DemoThreadInLanguage extends DemoThread {
  language: Locale;
  replies?: DemoReplyInLanguage[];
}

const DEMO_THREADS_IN_OTHER_LANGUAGES: DemoThreadInLanguage[] = [
  {
    kind: 'failure',
    language: 'fr',
    title: 'Le formulaire d’aide d’urgence en ligne que les gens abandonnaient à mi-chemin',
    author: 'member16',
    tags: ['accès aux droits', 'services numériques', 'recherche utilisateur'],
    daysAgo: 64,
    story: {
      context:
        'En 2022, au Département, nous avons mis en ligne la demande d’aide d’urgence pour désengorger les accueils. L’objectif : que la moitié des demandes arrivent en ligne au bout d’un an.',
      tried:
        'Un prestataire a transposé tel quel le formulaire papier de douze pages, avec toutes les pièces justificatives à fournir en une seule fois. Nous avons annoncé le service par des affiches dans les maisons départementales des solidarités.',
      happened:
        'Un échec : au bout d’un an, 9 % des demandes arrivaient en ligne, et les trois quarts des formulaires commencés étaient abandonnés à l’étape des pièces justificatives. Les accueils recevaient en plus des personnes venues se faire aider pour remplir le formulaire en ligne.',
      learned:
        '- **Regarder de vraies personnes remplir le formulaire avant de le lancer.** Deux après-midi en accueil nous auraient tout appris.\n- **Demander les pièces au fil de l’eau**, et permettre d’enregistrer un brouillon.\n- **Compter les abandons, pas seulement les envois** : c’est là que le problème se voyait.',
      differently:
        'Nous commencerions par les trois questions qui décident de l’éligibilité, et ne demanderions les justificatifs qu’aux personnes éligibles.',
    },
    helpful: ['member1', 'member41'],
    replies: [
      {
        author: 'member1',
        afterHours: 20,
        body: 'Même constat à la Région pour les aides à la mobilité. Ce qui a tout changé chez nous : un bouton « être rappelé » à chaque étape. Les abandons ont baissé de moitié.',
        helpful: ['member16'],
      },
      {
        author: 'member3',
        language: 'en',
        afterHours: 30,
        body: 'We saw exactly the same with the unemployment benefit form in Tuzla Canton. Did you measure where people stopped before the redesign, or only after?',
      },
      {
        author: 'member16',
        afterHours: 40,
        body: 'Seulement après, hélas. C’est la première chose que je mettrais en place aujourd’hui : un tableau de bord des abandons par étape, dès le premier jour.',
      },
    ],
  },
  {
    kind: 'question',
    language: 'bs',
    title: 'Kako uključiti mjesne zajednice u participativni budžet?',
    author: 'member15',
    tags: ['participativni budžet', 'mjesne zajednice', 'participacija'],
    daysAgo: 52,
    body: 'Grad ove godine prvi put izdvaja dio budžeta o kojem odlučuju građani. Plan je da prijedloge skupljamo preko mjesnih zajednica, ali neke od njih godinama nisu imale sastanak.\n\n- Kako ste kod vas pokrenuli mjesne zajednice koje ne rade?\n- Da li glasanje ide samo online ili i na papiru?\n\nSvako iskustvo iz BiH ili regiona mi je dragocjeno.',
    helpful: ['member30'],
    accepted: 'schools',
    replies: [
      {
        key: 'schools',
        author: 'member30',
        afterHours: 18,
        body: 'U Općini Novo Sarajevo smo prošle godine imali isti problem. Pomogle su dvije stvari: sastanke smo održavali navečer u školama, a ne u prostorijama mjesne zajednice, i svaki prijedlog je trebao potpise barem deset komšija.\n\nGlasali smo i online i na papiru u svakoj mjesnoj zajednici; na papiru je glasalo skoro 40 % ljudi, uglavnom stariji.',
        helpful: ['member15', 'member3'],
      },
      {
        author: 'member3',
        afterHours: 30,
        body: 'Kod nas u Tuzli su najbolje prolazili mali prijedlozi: klupe, rasvjeta, igrališta. Dajte ljudima primjere iznosa, inače stižu prijedlozi za novi most.',
      },
    ],
  },
  {
    kind: 'success',
    language: 'bs',
    title: 'Upis u prvi razred bez čekanja pred školom',
    author: 'member6',
    tags: ['digitalne usluge', 'obrazovanje', 'razmjena podataka'],
    daysAgo: 88,
    story: {
      context:
        'Svakog aprila roditelji u kantonu satima čekaju pred školama da upišu dijete u prvi razred, s dokumentima koje država već ima: izvodom iz matične knjige rođenih, uvjerenjem o prebivalištu i ljekarskim nalazom.',
      tried:
        'U saradnji s matičnim uredom i domom zdravlja napravili smo online prijavu: roditelj unese JMBG djeteta, a škola sama provjeri izvod i prebivalište kod matičnog ureda. Na papiru je ostao samo ljekarski nalaz. Prve godine smo probali u šest škola.',
      happened:
        'U tih šest škola 70 % roditelja je upisalo dijete online, a prosječno čekanje pred školom palo je s dva sata na petnaest minuta. Sljedeće godine smo upis proširili na sve osnovne škole u kantonu.',
      learned:
        '- **Najveći posao nije bila aplikacija nego sporazum o razmjeni podataka** između ministarstva i matičnog ureda; za njega je trebalo pet mjeseci.\n- **Pitajte sekretare škola od prvog dana.** Oni znaju koji dokument stvarno kasni.\n- **Ostavite i papir**: trećina roditelja je ipak htjela doći lično.',
      differently:
        'Sporazum o razmjeni podataka bismo počeli pripremati godinu ranije, prije nego što je napisana ijedna linija koda.',
    },
    helpful: ['member69', 'member15', 'member11'],
    replies: [
      {
        key: 'agreement',
        author: 'member69',
        afterHours: 12,
        body: 'Bravo! Možete li podijeliti sporazum o razmjeni podataka? Grad bi isto htio uraditi za upis u vrtiće.',
        helpful: ['member6'],
      },
      {
        author: 'member6',
        afterHours: 20,
        replyTo: 'agreement',
        body: 'Naravno, poslat ću ga u direktnoj poruci. Najvažnije je bilo precizno navesti koje podatke škola smije vidjeti i koliko dugo ih čuva.',
      },
      {
        author: 'member11',
        language: 'fr',
        afterHours: 48,
        body: 'Très inspirant. À Paris, l’inscription en maternelle demande encore trois justificatifs que la Ville possède déjà ; je transmets votre récit à notre direction des affaires scolaires.',
      },
    ],
  },
];

/** Every demo thread: the English ones, then those in other languages. */
export const EVERY_DEMO_THREAD: DemoThread[] = [
  ...DEMO_THREADS,
  ...DEMO_THREADS_IN_OTHER_LANGUAGES,
  ...DEMO_PRIVATE_THREADS,
];

/**
 * Gives the rows of the threads above, and of their replies, the language they are written in;
 * every other row keeps the column's default, English. A reply is known by its thread and text.
 */
export function inTheirLanguages<
  Rows extends {
    threads: (typeof threads.$inferInsert)[];
    replies: (typeof replies.$inferInsert)[];
  },
>(rows: Rows): Rows {
  const byTitle = new Map(DEMO_THREADS_IN_OTHER_LANGUAGES.map((thread) => [thread.title, thread]));
  const threadById = new Map<string, DemoThreadInLanguage>();
  for (const row of rows.threads) {
    const thread = byTitle.get(row.title);
    if (!thread || !row.id) continue;
    row.language = thread.language;
    threadById.set(row.id, thread);
  }
  for (const row of rows.replies) {
    const thread = threadById.get(row.threadId);
    if (!thread) continue;
    const reply = thread.replies?.find((candidate) => candidate.body === row.bodySource);
    row.language = reply?.language ?? thread.language;
  }
  return rows;
}
