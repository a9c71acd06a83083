// What the demo network talks about: questions, stories, discussions and an announcement, written
// the way practitioners from La Transfo and the BiH public-sector innovation training would.
// Plain data; demo-threads.ts turns it into rows.

import type { ThreadKind } from '@praxis/contracts/threads';
import type { StorySections } from '../schema/threads.ts';

/** A seeded account by the part of its e-mail before @praxis.example. */
export type DemoAccount = `member${number}` | 'organiser1' | 'organiser2' | 'admin';

export interface DemoReply {
  /** Names the reply for `replyTo` and `accepted` within its thread. */
  key?: string;
  author: DemoAccount;
  /** Hours after the thread was opened. */
  afterHours: number;
  body: string;
  replyTo?: string;
  helpful?: DemoAccount[];
}

export interface DemoThread {
  kind: ThreadKind;
  title: string;
  author: DemoAccount;
  /** A cohort's name: only that cohort sees the thread. Absent: the whole network. */
  cohort?: string;
  tags: string[];
  daysAgo: number;
  body?: string;
  story?: StorySections;
  pinned?: boolean;
  /** Helpful marks on the opening post. */
  helpful?: DemoAccount[];
  replies?: DemoReply[];
  /** The key of the reply that answers a question. */
  accepted?: string;
}

export const DEMO_THREADS: DemoThread[] = [
  {
    kind: 'failure',
    title: 'Our innovation partnership for school transport routes collapsed after 14 months',
    author: 'member34',
    tags: ['innovation procurement', 'procurement', 'transport', 'data sharing'],
    daysAgo: 140,
    story: {
      context:
        'In 2021, in my previous job in a Region’s transport directorate, we wanted software that would redraw rural school bus routes every term from actual enrolments, instead of routes that had barely changed in fifteen years. Nothing on the market handled our constraints (pupils with disabilities, very long routes, several operators), so we chose an **innovation partnership**: research and development paid by milestone, with the option to buy the finished product without a new tender.',
      tried:
        'The competitive procedure took seven months. We received four applications and selected one partner, a start-up of twelve people with a strong optimisation team. The contract had three phases: a prototype on one district, a test on three districts for one term, then acquisition, each paid on delivery.\n\nThe data we needed (stops, enrolments, vehicles) was held by the bus operators under their own contracts. We assumed they would hand it over because the Region is their client.',
      happened:
        'Phase 1 was accepted four months late, mostly because two of the three operators took months to send data, in formats that did not match. During phase 2 the start-up lost its lead developer and then missed a funding round.\n\nOur milestones ("a working prototype") were too vague either to refuse a weak delivery or to end the contract cleanly, so we spent five months with lawyers on both sides. We ended it by mutual agreement at month 14, paid for phase 1 and part of phase 2, and had nothing we could use. The routes for the next school year were drawn by hand, as before.',
      learned:
        '- **Secure access to the data before the procedure.** Our operator contracts did not oblige them to share data in a usable form; changing that is a contract amendment, and it takes a year.\n- **Select more than one partner.** The procedure allows several in parallel; with one, any trouble at the company is your trouble.\n- **Write go/no-go criteria you can measure**, such as "routes for one district computed in under an hour with every constraint met on the test set", and keep the right to stop at each milestone without a fight.\n- **Ask about the partner’s cash.** A small company on a 14-month contract paid at milestones needs a runway; talk about it openly.',
      differently:
        'I would start with a three-month paid study of our own data and a market consultation, and only then decide whether we needed an innovation partnership at all. Half of what we wanted might have come from a standard route-planning tool and cleaner data.',
    },
    helpful: ['member5', 'member47', 'member25', 'member2'],
    replies: [
      {
        author: 'member47',
        afterHours: 26,
        body: 'Thank you for writing this up so plainly. The point about the operators’ contracts is one I had never considered: we are about to launch something similar for on-demand transport and our data sits with the operators too. Checking our contracts this week.',
        helpful: ['member34'],
      },
    ],
  },
  {
    kind: 'question',
    title: 'Piloting a start-up’s booking tool for six months: which procurement route?',
    author: 'member2',
    tags: ['innovation procurement', 'procurement', 'pilots', 'legal'],
    daysAgo: 118,
    body: 'We want to test an online booking tool from a young company in two of our social action centres for six months before deciding anything. Licence and set-up for the pilot come to about €55,000 excl. VAT.\n\nOur procurement team’s first reaction was a full open tender, which takes longer than the pilot itself. Someone mentioned an *innovation partnership*, which sounds even heavier.\n\n- Is there a lighter route for a genuinely small experiment?\n- If the pilot works, can we keep the tool without starting again from zero?\n\nIf you have done this under the French public procurement code (or its equivalent elsewhere), I would love to hear which route you used and what your lawyers asked for.',
    helpful: ['member47', 'member16'],
    accepted: 'innovative',
    replies: [
      {
        key: 'innovative',
        author: 'member5',
        afterHours: 5,
        body: 'Yes: below €100,000 excl. VAT you can award an **innovative** purchase without publicity or competition (article R2122-9-1 of the *Code de la commande publique*, permanent since the end of 2021). We used it twice last year.\n\nWhat our legal team wanted on file:\n\n1. **Why it is innovative**: new or significantly improved compared with what is on the market. A short note is enough.\n2. **A record of your sourcing**: who you met and what you compared. Talking to suppliers before buying is allowed as long as you treat them equally and keep notes.\n3. **A sensible price**: compare with two or three other offers, even informal ones.\n\nOn your second point: the contract can include an option to continue after the pilot, as long as the *total* value, options included, stays under the threshold. If you expect to roll out to all your centres, that will probably not fit, and the roll-out will need its own procedure. Plan for it now, not in month five.',
        helpful: ['member2', 'member34', 'member10', 'member61'],
      },
      {
        key: 'splitting',
        author: 'member47',
        afterHours: 9,
        replyTo: 'innovative',
        body: '> the contract can include an option to continue after the pilot, as long as the *total* value, options included, stays under the threshold\n\nThis is the part people get wrong. Do not cut the pilot into two contracts of €50k to stay under the line: that is splitting the need, and our auditors flagged exactly that in 2022. Estimate honestly what the whole thing would cost if it works, and choose the procedure from that.',
        helpful: ['member5', 'member2'],
      },
      {
        author: 'member34',
        afterHours: 30,
        body: 'On the innovation partnership: it is meant for when the thing does not exist yet, so you pay for the research and then buy the result. For an existing product you want to try, it is the wrong tool and months of work. I wrote up how ours went wrong in the stories, if you want to see what it costs in practice.',
        helpful: ['member2'],
      },
      {
        author: 'member2',
        afterHours: 52,
        body: 'Thank you all. We are going with the innovative purchase at €55k for the pilot, with a sourcing note comparing three suppliers, and we have started drafting the roll-out tender in parallel so there is no gap if it works. Our lawyer was much happier once she saw the article number and Selma’s list.',
      },
    ],
  },
  {
    kind: 'success',
    title: 'A two-week service-design sprint halved incomplete applications for housing support',
    author: 'member1',
    tags: ['service design', 'user research', 'benefits', 'sprint'],
    daysAgo: 96,
    story: {
      context:
        'During La Transfo I was embedded with the team at our partner département that handles the housing solidarity fund (*FSL*): help with deposits, rent arrears and energy bills. In spring 2022, 41% of applications arrived incomplete, a decision took seven weeks on average, and the agents spent much of their day chasing missing documents by post while some families faced eviction.',
      tried:
        'We ran a two-week sprint with two agents from the team, a social worker and me.\n\n- **Days 1–3:** we sat at the reception desk and on the phone line, and interviewed twelve applicants and six social workers, who fill in most forms *for* people.\n- **Days 4–6:** we sorted a sample of 80 incomplete files by what was missing. Three documents explained most of it, and the list of documents was on page four of the form.\n- **Days 7–10:** we prototyped a one-page checklist stapled to the front of the form, a rewritten letter for missing documents, and a phone call from an agent instead of a letter for the first missing item, and tested each on paper at the desk.',
      happened:
        'The checklist and the phone call went live within a month. Over the following three months, incomplete applications fell from 41% to 19%, and the average time to a decision from seven weeks to a little over four.\n\nThe biggest surprise was the agents: they had been asking for a checklist for years, and once it was theirs they improved it every week. The rewritten letter took five months to go live, because the letter templates sit in software that only the IT department can change.',
      learned:
        '- Count the baseline **before** the sprint. We only had the 41% because one agent kept a tally by hand.\n- The people who fill in the form are not always the applicants. Designing for social workers moved the numbers more than designing for applicants.\n- Small, boring changes that the team owns outlast a new digital service.',
      differently:
        'Bring the IT department in on day one: anything that touches a template or a system has a queue, and we found out too late. And set a comparison period, a previous year or a neighbouring département, so the improvement is harder to dismiss as seasonal.',
    },
    helpful: ['member40', 'member14', 'member43', 'member56', 'organiser1'],
    replies: [
      {
        key: 'question',
        author: 'member43',
        afterHours: 20,
        body: 'How did you get the agents two weeks away from their caseload? That is always where our sprints die.',
      },
      {
        author: 'member1',
        afterHours: 27,
        replyTo: 'question',
        body: 'We didn’t, quite: they were with us mornings only, and the head of service moved the afternoon phone shifts to colleagues. Asking for half-time got a yes where full-time had been refused twice.',
        helpful: ['member43', 'member40'],
      },
    ],
  },
  {
    kind: 'question',
    title: 'What did you report after a service-design sprint?',
    author: 'member40',
    tags: ['service design', 'evaluation', 'measurement'],
    daysAgo: 76,
    body: 'I am running my first two-week sprint with a local tax office next month, on the counter that handles payment plans. My director wants to know "how we will know it worked", and honestly I have no good answer yet. Satisfaction surveys at the counter feel weak, and two weeks is too short to move any big number.\n\nWhat did you measure, and what did you put in front of your management afterwards?',
    helpful: ['member43', 'member14'],
    accepted: 'baseline',
    replies: [
      {
        key: 'baseline',
        author: 'member7',
        afterHours: 6,
        body: 'Separate what the sprint can show from what the change will show later.\n\n**For the sprint**, report at the end: how many users and agents you talked to, which problems you found with evidence behind them, which prototypes you tested and what happened. That is a research output; do not dress it up as impact.\n\n**For the change**, report three to six months later: pick *one or two* measures the service already has and that the problem you found should move. For payment plans that might be the share of requests complete on first contact, or the number of repeat visits. Get the baseline **before** the sprint; it is almost impossible to rebuild afterwards.\n\nAnd write down before you start what result would make you say it did not work. Directors trust a team that says so up front.',
        helpful: ['member40', 'member8', 'member1', 'member58'],
      },
      {
        author: 'member8',
        afterHours: 11,
        replyTo: 'baseline',
        body: '+1 to the baseline. We once lost a good result because nobody had counted repeat calls before the change, and "it feels quieter" does not survive a budget meeting. If your office logs visits by reason, ask for twelve months of it now.',
        helpful: ['member40', 'member7'],
      },
      {
        author: 'member1',
        afterHours: 29,
        body: 'In my housing-support sprint we reported two numbers, before and three months after: incomplete applications on arrival, and weeks to a decision. The story is in the stories section. What convinced the director, though, was the agents’ own count of calls about missing documents, because it came from them.',
        helpful: ['member40'],
      },
      {
        author: 'member40',
        afterHours: 70,
        body: 'Thanks all. I have asked for twelve months of counter logs by reason, and we agreed with the director on "complete on first visit" as the main measure, with a stop criterion written down. I will report back after the sprint.',
      },
    ],
  },
  {
    kind: 'success',
    title: 'Train-the-trainers across four cantons: 14 trainers, 300 civil servants in a year',
    author: 'member9',
    tags: ['train the trainers', 'capacity building', 'bosnia and herzegovina', 'service design'],
    daysAgo: 61,
    story: {
      context:
        'After the Public Sector Innovation training in 2022, about 70 of us had the methods but our colleagues did not, and one training in Sarajevo was never going to reach the cantonal administrations. In Bosnia and Herzegovina each canton has its own government and civil service, so nothing spreads by default. In early 2023 we proposed to train trainers from four cantons: Sarajevo, Tuzla, Zenica-Doboj and Herzegovina-Neretva.',
      tried:
        'We picked 16 alumni who had already run a small project, four per canton, and trained them over three days in Bosnian, with examples from local services (birth certificates, building permits, social assistance) instead of the international cases from our own training.\n\nTrainers worked in **pairs from the same canton**. Each pair ran two-day workshops for colleagues in their own administration, and all 16 met online once a month to swap what worked. We translated the materials and kept one shared folder with every version of the exercises.',
      happened:
        'In twelve months, 14 of the 16 trainers ran at least one workshop and about 300 civil servants took part. Two cantons added the workshop to the official training catalogue of their civil service, so it is now funded without us.\n\nIn Herzegovina-Neretva the programme stalled: the government took months to form and nobody could approve anything. The most common complaint from participants was that their managers did not let them apply what they had learned.',
      learned:
        '- **Pairs** kept trainers going: nobody faced a sceptical room alone, and when one changed jobs the other carried on.\n- Local examples mattered more than any method. The exercise on the birth certificate queue is what people talked about afterwards.\n- A half-day session for **managers** is worth more than another full workshop for staff. We started it only in the second half of the year.',
      differently:
        'Involve the cantonal civil service agencies from day one: the two cantons where it stuck are the two where the agency was involved early. And track what participants do afterwards, not only attendance. We can say that 300 people attended, not how many changed something.',
    },
    helpful: ['member12', 'member54', 'member27', 'member25', 'organiser2', 'member59'],
    replies: [
      {
        author: 'member59',
        afterHours: 40,
        body: 'The pairs idea is excellent. Did the trainers get any time or money for this, or was it on top of their jobs?',
      },
    ],
  },
  {
    kind: 'failure',
    title: 'The chatbot for citizen enquiries that nobody used',
    author: 'member28',
    tags: ['chatbot', 'digital services', 'contact centre', 'ai'],
    daysAgo: 47,
    story: {
      context:
        'In 2021 our city’s contact centre answered around 9,000 calls a month, and we estimated that over half were about a handful of topics: waste collection days, appointments for identity cards and passports, and residents’ parking permits. The elected member for digital affairs wanted a chatbot on the website to take pressure off the phone line, and a recovery fund could pay for it.',
      tried:
        'We bought a chatbot through an existing framework contract and spent three months with the vendor writing around 200 "intents": questions the bot should recognise, each with an answer written by contact-centre agents. We launched it on the home page and on the pages for the top topics, and promoted it in the city magazine.',
      happened:
        'About 4% of website visitors opened the bot. Around 70% of conversations ended with some version of "I did not understand your question", often on questions it had an intent for, phrased differently. Calls did not go down.\n\nWhen we listened to calls again, we found the real reason behind most identity card calls: there were no appointment slots for six weeks, and no bot could answer that. Keeping 200 answers up to date took an agent half a day a week. We switched it off after eleven months.',
      learned:
        '- People called because of a **service problem**, not because they could not find information. Fix the service, not the channel.\n- The boring fix worked: the appointment page now shows the next free slot and nearby town halls with earlier ones, and a waste calendar looks up your address. Calls about waste fell by about a third in two months.\n- A chatbot is only as good as the pages behind it, and ours were poor.',
      differently:
        'Start by listening to 200 calls and fixing the top three reasons on the website, measured against call volumes. If we still wanted a bot after that, set a stop criterion before launch, such as a share of conversations resolved without a call, rather than deciding after a year that it felt like a failure.',
    },
    helpful: ['member2', 'member31', 'member44', 'member11', 'member70'],
    replies: [
      {
        key: 'vendor',
        author: 'member44',
        afterHours: 8,
        body: 'We are being pitched a generative AI assistant for exactly the same calls right now. Do you think a better language model would have changed the outcome?',
      },
      {
        author: 'member28',
        afterHours: 15,
        replyTo: 'vendor',
        body: 'It would have understood more questions, yes. It would not have created appointment slots. I would ask the vendor which of your top five call reasons their assistant can *resolve*, not answer, and test that on real call transcripts before signing anything.',
        helpful: ['member44', 'member2', 'member31'],
      },
    ],
  },
  {
    kind: 'discussion',
    title: 'What do you answer when someone asks for the lab’s return on investment?',
    author: 'member38',
    tags: ['policy labs', 'evaluation', 'impact'],
    daysAgo: 38,
    body: 'The budget committee asked us again this year for the "ROI of the lab". With salaries we cost about €400k a year. I can list projects and a few before-and-after numbers, but the honest answer is that much of our value is in decisions not taken, or taken better, and that is hard to count.\n\nHow do you answer this? Has anyone found a way of reporting that holds up in a budget discussion without overclaiming?',
    helpful: ['member25', 'member54'],
    replies: [
      {
        key: 'portfolio',
        author: 'member67',
        afterHours: 4,
        body: 'We stopped answering with an ROI and started reporting a **portfolio**: each project with what it cost us, what the department would have done otherwise, and what actually changed, one line each. Three or four rows have hard numbers; the rest say plainly that they do not. Committees seem to trust a table where some rows say "no measurable effect" more than a slide of successes.',
        helpful: ['member38', 'member25', 'member12', 'member55'],
      },
      {
        author: 'member11',
        afterHours: 20,
        body: 'For the projects that *can* be measured, measure them properly: a comparison group, a baseline, a date. Two well-measured results defend the other ten better than ten soft ones.',
        helpful: ['member38'],
      },
      {
        author: 'member55',
        afterHours: 44,
        replyTo: 'portfolio',
        body: '> Committees seem to trust a table where some rows say "no measurable effect"\n\nSeconded. We add one more column: **who asked for the project**. When most rows are requests from departments, the question shifts from "what does the lab produce" to "do the departments want this service", and the answer is in the table.',
        helpful: ['member38', 'member67'],
      },
      {
        author: 'member38',
        afterHours: 60,
        body: 'Thank you, this is very useful. I am drafting the portfolio table for next month’s committee, with the "who asked" column. I will bring it to the meetup to compare notes.',
      },
    ],
  },
  {
    kind: 'question',
    title: 'Keeping a lab alive after a change of minister',
    author: 'member12',
    tags: ['policy labs', 'change management', 'politics'],
    daysAgo: 33,
    body: 'Our lab sits in a cantonal ministry and was set up by the previous minister, who championed it personally. Since the change of government the new minister has not met us once. Our budget line for next year is "under review", and two of our four people are on temporary contracts that end in March.\n\nFor those who lived through a change of government: what did you do in the first months? Did you try to get a meeting, or keep your head down and deliver? Is there anything you wish you had done *before* the change?',
    helpful: ['member54', 'member9'],
    replies: [
      {
        key: 'programme',
        author: 'member25',
        afterHours: 8,
        body: 'We went through it after the regional elections in 2021. What worked for us, roughly in order:\n\n1. **Find out what the new team promised.** We read their programme line by line and picked two commitments we could help deliver quickly.\n2. **Go through the cabinet, not the minister.** The chief of staff had a deadline problem; we solved a small piece of it in three weeks.\n3. **Stop using the old minister’s name.** "The minister’s lab" became "the departments’ lab", and we asked two directors to present our work instead of us.\n\nWhat I wish we had done before: get the lab written into an administrative document, an organisation chart or a service plan, so that it exists without a patron.',
        helpful: ['member12', 'member38', 'member54', 'member9'],
      },
      {
        author: 'member38',
        afterHours: 26,
        replyTo: 'programme',
        body: 'Agree with 3 especially. A lab identified with one politician leaves with them. Ours survived because the directors it worked for defended it in the budget talks, and they did that because we had made *their* projects succeed, not ours.',
        helpful: ['member12'],
      },
      {
        author: 'member54',
        afterHours: 75,
        body: 'Julien, in our case the temporary contracts were the real risk, not the minister. We got our two people onto the civil service agency’s training budget for a year as in-house trainers, which bought us time. Happy to explain how at the meetup.',
        helpful: ['member12'],
      },
    ],
  },
  {
    kind: 'success',
    title: 'Three months of immersion inside the Region’s transport directorate',
    author: 'member41',
    tags: ['immersion', 'regional government', 'transport', 'la transfo'],
    daysAgo: 24,
    story: {
      context:
        'In 2023, as part of La Transfo, our team (a designer, a sociologist and me, an agent of the Region) did a residency in the Region’s transport directorate. The question was why young people in rural areas do not use regional trains and coaches, even where there is a line. The directorate had not asked for us, the director general had, and the transport teams were polite and sceptical.',
      tried:
        'Instead of interviewing from a distance, we moved in: three residency weeks spread over three months, at desks in the directorate’s open-plan office. We rode the coaches with drivers and ticket inspectors, spent days at two rural stations, met young people in a vocational school and a youth centre, and sat with the call centre.\n\nEvery Thursday lunchtime we showed what we had found, unfinished, on a wall in the corridor, and anyone could add sticky notes.',
      happened:
        'Two prototypes came out of it: a weekend on-demand shuttle linking three villages to a station, and a simpler fare for under-26s that could be bought on the coach. The shuttle ran for a term as a test and is in next year’s budget; the fare was blocked by the ticketing system’s contract.\n\nThe larger result was the relationship: the director asked for the lab on two other projects, and sceptical staff started coming to the Thursday wall. Not everyone liked it. Some agents told us they felt observed and judged in the first weeks, and one team lead refused to take part.',
      learned:
        '- Being physically there changes what people tell you. Most useful insights came from the coffee machine, not the interviews.\n- Showing work **unfinished** made people correct us early, and made it their work too.\n- Name an insider as co-lead. Ours, from the directorate, carried the shuttle after we left.',
      differently:
        'Agree at the start how we treat what people tell us off the record, and explain it in the first week: the feeling of being observed came from not doing that. And plan the exit from the beginning: who owns each prototype on the day the residency ends.',
    },
    helpful: ['member67', 'member1', 'member13'],
    replies: [
      {
        author: 'member67',
        afterHours: 30,
        body: 'The Thursday wall is a lovely idea. We did something similar with a shared document and nobody read it; a physical wall in a corridor people walk through is a different thing.',
        helpful: ['member41'],
      },
    ],
  },
  {
    kind: 'discussion',
    title: 'Where are our seven pilot ideas now?',
    author: 'member15',
    cohort: 'Public Sector Innovation BiH 2022',
    tags: ['pilots', 'follow-up'],
    daysAgo: 14,
    body: 'At the end of our training we presented seven concept ideas for pilots. I know the e-appointments one in Mostar went ahead and the school enrolment one stopped when the ministry changed. What about the others?\n\nCould each team write two lines: where it stands, and what is blocking it? If there is a pattern, it is a good topic for our cohort session at the next meetup.',
    helpful: ['member27', 'member3'],
    replies: [
      {
        author: 'member3',
        afterHours: 6,
        body: '**Employment service dashboard:** live in Tuzla since spring, and caseworkers use it every week. Blocking the next step: the other cantons’ employment services use different software, so there is nothing to connect to yet.',
        helpful: ['member15', 'member27'],
      },
      {
        author: 'member21',
        afterHours: 22,
        body: '**Simpler procurement for small municipal purchases:** the guide is written and two municipalities use it. Blocking: the Public Procurement Agency has not answered our request for an opinion, and without it most municipalities will not touch it.',
        helpful: ['member15'],
      },
      {
        key: 'feedback',
        author: 'member27',
        afterHours: 30,
        body: '**Citizen feedback at the counter:** tested for two months in one municipality, paused since the head of service left. The tablets are in a cupboard. Honestly, we never found anyone inside who would own it after us.',
        helpful: ['member15', 'member3', 'member9'],
      },
      {
        author: 'organiser2',
        afterHours: 50,
        replyTo: 'feedback',
        body: 'Thank you all. "What happens to a pilot when its owner leaves" is the pattern in three of the seven so far, so I will keep a slot for it in the cohort session at the meetup.',
        helpful: ['member15', 'member27'],
      },
    ],
  },
  {
    kind: 'question',
    title: 'How did you get your legal service to sign off an experiment?',
    author: 'member1',
    tags: ['legal', 'experimentation', 'grants', 'service design'],
    daysAgo: 9,
    body: 'At the Region we want to test a simpler application form for our grant to local associations: one page instead of six, with supporting documents asked for only if the file goes to committee. The idea is to run it for one call, with about 30 associations, alongside the usual form.\n\nOur legal service says no for now: two forms for the same grant would break **equal treatment** between applicants, and the grant rules adopted by the assembly list the documents to provide.\n\nHas anyone got a legal service to say yes to something like this? What did you put in front of them: a protocol, a deliberation, a time limit? Stories of how it went wrong are welcome too.',
    helpful: ['member13', 'member46'],
    replies: [
      {
        key: 'protocol',
        author: 'member10',
        afterHours: 3,
        body: 'Two things helped us:\n\n- **Bring the lawyers in as co-authors, not as a gate.** We asked ours to write the "risks" section of the experiment protocol themselves. Once it was their text, the conversation changed.\n- **Give everyone the same deal.** Instead of two forms for two groups, offer the short form to *every* applicant in that call, with the long one still available. Equal treatment is then about choice, not about whom you picked.\n\n@camille-begic did something very close with school enrolment forms. Camille, would you share your protocol?',
        helpful: ['member1', 'member13', 'member55'],
      },
      {
        author: 'member13',
        afterHours: 20,
        replyTo: 'protocol',
        body: 'Happy to. Ours was a four-page note signed by the director general, not a deliberation:\n\n1. the purpose and the hypothesis ("a shorter form does not reduce the quality of the files"),\n2. the scope and the **end date**,\n3. what we measure and who looks at it,\n4. what happens when it ends: we go back to the old form unless a new decision says otherwise.\n\nPoint 4 reassured our legal service more than anything. Our assembly’s rules also listed the documents, so we asked for a small amendment allowing "a simplified procedure for a fixed period, evaluated before renewal". It passed at the next session without debate.',
        helpful: ['member1', 'member10', 'member25'],
      },
      {
        author: 'member25',
        afterHours: 50,
        body: 'Another angle: ask what the *current* form protects against. Our lawyers wanted six pages because of one fraud case years ago. When we looked, the checks that caught it were done at committee stage anyway, not from the form. That made the discussion about risk rather than about trusting the lab.',
        helpful: ['member1'],
      },
    ],
  },
  {
    kind: 'question',
    title: 'Onboarding a citizen panel: what do you send people before the first session?',
    author: 'member6',
    tags: ['citizen engagement', 'citizen panels', 'facilitation'],
    daysAgo: 5,
    body: 'We are recruiting a panel of 35 residents by lot to advise the canton on school transport, with the first session in six weeks. I am writing the welcome pack and keep going back and forth on how much to send: the briefing on the current system is 40 pages.\n\nWhat did you send before the first meeting, and when? Did you pay people or cover childcare and travel, and how did you square that with the finance rules? Anything you would never do again?',
    helpful: ['member51'],
  },
  {
    kind: 'announcement',
    title: 'Spring exchange meetup: date poll and call for talks',
    author: 'organiser1',
    tags: ['meetup'],
    daysAgo: 4,
    pinned: true,
    body: 'Every six months we meet to exchange what we did and where we failed. The spring meetup will be a full day in Sarajevo, with remote participation for those who cannot travel.\n\n- **Date:** the date poll opens next week, with four candidate dates in late May and early June. Please answer it even if you can only join online.\n- **Agenda:** we are looking for six short talks of ten minutes, at least half of them about something that **did not** work. Reply here, or link a story you have written.\n- **Travel:** grants are available for members of the BiH cohort; ask Omar.',
    helpful: ['member9', 'member6', 'member1'],
    replies: [
      {
        author: 'member28',
        afterHours: 3,
        body: 'I would like to present the chatbot story in a failure slot, please. It is the one I get asked about most.',
        helpful: ['organiser1', 'member38'],
      },
      {
        author: 'member12',
        afterHours: 20,
        body: 'Could we have a session on keeping labs alive through political change? Several of us are living it right now.',
        helpful: ['member54', 'member25', 'member38'],
      },
    ],
  },
  {
    kind: 'question',
    title: 'Open data in a municipality: where would you start with no budget?',
    author: 'member30',
    tags: ['open data', 'municipalities', 'data'],
    daysAgo: 2,
    body: 'Our mayor announced an open data portal in a speech last week. We are a municipality of about 65,000 people with no data team: one IT person, and data in spreadsheets across departments (permits, grants to associations, public spaces).\n\nIf you had to publish your first five data sets in three months, which would you pick, and in what format? Would you build a portal or start with a page on the existing website? I would like to avoid a portal that is empty after a year.',
  },
];
