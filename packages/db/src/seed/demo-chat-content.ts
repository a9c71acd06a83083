// What the demo network says in chat since it opened: the room of everyone, the three cohort
// rooms, the room of the next Inter-Transfo and member1's direct conversations. Plain data;
// demo-chat.ts turns it into rows. Links to threads are written `[text](thread:Exact title)`.

import type { DemoAccount } from './demo-threads-content.ts';

/** Who the demo's visitors sign in as: their rooms show read markers and unread messages. */
export const DEMO_VISITOR: DemoAccount = 'member1';

export type DemoRoomOwner =
  | { kind: 'network' }
  | { kind: 'cohort'; cohort: string }
  /** Only those going write in a meetup's room. */
  | { kind: 'meetup'; meetup: string }
  | { kind: 'direct'; members: DemoAccount[] };

export interface DemoBurst {
  /** When its first message was sent, in hours before seeding; the others follow minutes apart. */
  hoursAgo: number;
  /** Each message as `account: text`, read like a transcript. */
  lines: string[];
}

export interface DemoChat {
  room: DemoRoomOwner;
  bursts: DemoBurst[];
  /** How many of the latest messages the visitor has not read yet; they read all the others. */
  unreadByVisitor?: number;
}

export const DEMO_CHATS: DemoChat[] = [
  {
    room: { kind: 'network' },
    bursts: [
      {
        hoursAgo: 215,
        lines: [
          'organiser1: Hello everyone, and welcome to the new chat! 👋 This room is the whole network, La Transfo and the BiH programme together. Use it for quick questions and news; anything others should find again in a year still belongs in a thread.',
          'member47: Finally! I have been running a WhatsApp group for exactly this 😅',
          'member9: Hello from Sarajevo. Is there a room for our cohort too?',
          'organiser2: Yes: every cohort has its own room, seen only by its members, and every meetup has one for the people going. They are all in the list of rooms.',
          'member34: Nice. Direct messages work with several people at once too, I just tried it with two former colleagues.',
        ],
      },
      {
        hoursAgo: 100,
        lines: [
          'member6: Quick one for anyone who has run a citizen panel: did you send the full briefing before the first session, or only a summary? My question is in [the citizen panel thread](thread:Onboarding a citizen panel: what do you send people before the first session?), it has been quiet so far.',
          'member51: We sent a four-page summary a week before and kept the full report for those who asked. Nobody asked 🙂 I will write up the details in your thread tonight.',
          'member43: Same here: people read the summary and a one-page “who is who” of the officials they would meet. And cover childcare, it changed who came.',
          'member6: Thank you both, that helps a lot.',
        ],
      },
      {
        hoursAgo: 40,
        lines: [
          'member30: Our mayor promised an open data portal in a speech last week 😬 If you have published data with no budget, I would love your advice: [open data with no budget](thread:Open data in a municipality: where would you start with no budget?)',
          'member2: Start with what people already ask you for by e-mail. For us that was the list of public toilets and the opening hours of municipal buildings. Boring, but used.',
          'member28: And skip the portal at first: a page of CSV files, each with its date, is enough. We lost six months choosing a portal.',
          'member30: A page of CSV files I can do by myself. Thank you!',
        ],
      },
      {
        hoursAgo: 6,
        lines: [
          'organiser2: Reminder: the date poll for **Inter-Transfo in Sarajevo** is open on the meetups page. Please vote for every date, even if you will only join online.',
          'member12: Done. The Friday works best for those of us coming from Mostar.',
          'member38: Voted too. Will the talks be recorded this time?',
          'organiser2: Streamed for sure, recorded if the speakers agree. We will ask each of them.',
        ],
      },
    ],
  },
  {
    room: { kind: 'cohort', cohort: 'La Transfo 2021' },
    bursts: [
      {
        hoursAgo: 190,
        lines: [
          'member4: Hello 2021s! Strange to have a room of our own again, two years after the last residency.',
          'member16: Hello! Is everyone still in the same job? I moved to the Département’s social action directorate in January.',
          'member22: Same Region, new team: I now run the innovation fund. Which means I write the rules I used to complain about 😅',
          'member1: Still at the Region, still trying to get short forms past our legal service. The [legal sign-off thread](thread:How did you get your legal service to sign off an experiment?) has been gold, thank you to those of you who answered.',
          'member10: Happy to help. Bringing the lawyers in as co-authors really works, I can send you our protocol.',
        ],
      },
      {
        hoursAgo: 120,
        lines: [
          'member40: Has anyone kept the sprint report template from the second residency? I have to report on my tax-office sprint and cannot find it anywhere.',
          'member1: I have it, it is what I described in [the sprint reporting thread](thread:What did you report after a service-design sprint?). I will send it to you directly.',
          'member40: You’re a star, thank you.',
        ],
      },
      {
        hoursAgo: 30,
        lines: [
          'member34: Who is going to the Inter-Transfo next month? I got one of the last seats in the small room.',
          'member43: Me too. I am coming by train, so I might be a few minutes late.',
          'member7: I answered maybe: I will know next week whether someone can take the kids.',
          'member13: I am going. Shall we have a drink afterwards, like after the residencies?',
          'member4: Count me in for the drink, even if I only follow the talks online 😄',
        ],
      },
    ],
  },
  {
    room: { kind: 'cohort', cohort: 'La Transfo 2023' },
    unreadByVisitor: 3,
    bursts: [
      {
        hoursAgo: 170,
        lines: [
          'member38: Hi all! Does anyone have a budget committee coming up? I would like to try the portfolio format from [the ROI thread](thread:What do you answer when someone asks for the lab’s return on investment?) on a real one.',
          'member5: Mine is in June. Send me the format and I will try it too, then we can compare.',
          'member41: I will sit in on the Region’s budget committee during my immersion, I can tell you how they read these reports.',
          'member38: Perfect, thank you both.',
        ],
      },
      {
        hoursAgo: 96,
        lines: [
          'member2: News from the booking tool pilot: the two social action centres went live on Monday! 🎉',
          'member47: Congratulations! Which procurement route did you take in the end?',
          'member2: The innovative purchase under €100k, as you suggested in [my question](thread:Piloting a start-up’s booking tool for six months: which procurement route?). Legal signed off in three weeks once they saw the article number.',
          'member8: That is fast. Could you share your sourcing note? We have a similar case with a scheduling tool.',
          'member2: Sure, I will add it to the thread so everyone can find it.',
        ],
      },
      {
        hoursAgo: 50,
        lines: [
          'member41: My three months in the transport directorate are over. I wrote up [what I learned](thread:Three months of immersion inside the Region’s transport directorate), comments welcome before I present it at the Inter-Transfo.',
          'member25: Read it on the train. The part about listening in on the complaint calls is great.',
          'member11: Agreed. Do you think the directorate will keep the weekly route review once you have gone?',
          'member41: The head of unit says yes. I asked for it to be written into the team’s objectives, just in case.',
        ],
      },
      {
        hoursAgo: 3,
        lines: [
          'member44: Reminder for Thursday’s residency day: the reading list is in the shared drive, and we moved to the room on the second floor.',
          'member5: Thanks! Is lunch still provided?',
          'member44: Yes, same as last time.',
        ],
      },
    ],
  },
  {
    room: { kind: 'cohort', cohort: 'Public Sector Innovation BiH 2022' },
    bursts: [
      {
        hoursAgo: 200,
        lines: [
          'member15: Hi everyone! Thank you to those who answered in [the pilot ideas thread](thread:Where are our seven pilot ideas now?). Four teams still to go 🙂',
          'member18: Sorry, that is us: the one-stop shop for business permits. Short version: the software is bought, the training of the staff is not. I will write it up properly this week.',
          'member24: Ours is the shared kindergarten waiting list. It stopped after the pilot: the municipalities could not agree on who hosts the data.',
          'member27: That is the third “who owns it” story. A good topic for our cohort session.',
          'organiser2: Agreed, it is on the agenda already. Keep them coming.',
        ],
      },
      {
        hoursAgo: 110,
        lines: [
          'member9: The trainers from the four cantons asked whether they can join our cohort session at the meetup as observers. Any objections?',
          'member3: None from me, that is how the methods spread.',
          'member12: Fine by me, but maybe not for the part about stuck pilots: people speak more freely among us.',
          'member9: Good point, I will invite them for the morning only.',
        ],
      },
      {
        hoursAgo: 20,
        lines: [
          'member30: Travel question for Sarajevo: are the travel grants only for people from outside Sarajevo canton?',
          'organiser2: Yes, for travel from outside the canton. Send me your estimate by the end of the month and I will confirm.',
          'member6: Shall we share cars from Mostar? I have three free seats.',
          'member21: Yes please, one seat for me!',
          'member12: And one for me, thank you 🙏',
        ],
      },
    ],
  },
  {
    room: { kind: 'meetup', meetup: 'Inter-Transfo: showing what a lab is worth' },
    bursts: [
      {
        hoursAgo: 150,
        lines: [
          'organiser1: Welcome to the meetup room! It is for everyone with a seat in the small room, and the waitlist. Doors open at 17:45 and the talks start at 18:00 sharp.',
          'member67: Is there a cloakroom? I am coming straight from the station with a suitcase.',
          'organiser1: A small one by the entrance, no problem.',
          'member47: Does the room have HDMI for the slides?',
          'organiser1: HDMI and USB-C. Speakers, please send me your slides the day before, so that we start on time.',
        ],
      },
      {
        hoursAgo: 60,
        lines: [
          'member38: My talk follows [the ROI thread](thread:What do you answer when someone asks for the lab’s return on investment?). If a budget committee ever asked you something you could not answer, tell me: I would like to use real questions.',
          'member54: “How many jobs did the lab create?” Asked in all seriousness, last year.',
          'member5: “Why can’t the IT department do this?” Every single time.',
          'member38: Both are going in, thank you 😄',
        ],
      },
      {
        hoursAgo: 10,
        lines: [
          'member54: For my talk on keeping the team I would like a show of hands at the start. Could someone count the people online?',
          'member25: I can watch the online chat and count for you.',
          'member40: A small request: if you cannot come after all, change your answer on the meetup page, so that someone on the waitlist gets your seat.',
          'member13: Good reminder. See you all there!',
        ],
      },
    ],
  },
  {
    room: { kind: 'direct', members: ['member1', 'member13'] },
    unreadByVisitor: 2,
    bursts: [
      {
        hoursAgo: 180,
        lines: [
          'member1: Hello! Could you send me the four-page note you described under my legal question? I would love to show our lawyers a real one.',
          'member13: Of course. I will take the names out and send it tomorrow.',
          'member1: Thank you so much!',
        ],
      },
      {
        hoursAgo: 158,
        lines: [
          'member13: Here it is, anonymised: https://files.praxis.example/experiment-decision-note.pdf. Point 4, the end date, is what convinced ours.',
          'member1: Perfect. I am meeting them next week, I will tell you how it goes.',
        ],
      },
      {
        hoursAgo: 20,
        lines: [
          'member1: It went better than I hoped: they want to write the risks section themselves, as suggested in the thread!',
          'member13: Told you 😄 Tell me if they ask about the evaluation part, I have a template for that too.',
          'member13: And our director general would be happy to talk to yours, if that helps.',
        ],
      },
    ],
  },
  {
    room: { kind: 'direct', members: ['member1', 'member40'] },
    bursts: [
      {
        hoursAgo: 118,
        lines: [
          'member1: As promised, the sprint report template: https://files.praxis.example/sprint-report-template.docx. One page per sprint: what we changed, what we measured before and after, and what we stopped doing.',
          'member40: That is exactly what I needed. May I use it for my talk at the Inter-Transfo too?',
          'member1: Of course! I will follow the talks online.',
        ],
      },
      {
        hoursAgo: 26,
        lines: [
          'member40: A draft of my slides on the tax-office sprint: https://files.praxis.example/tax-office-sprint-slides.pdf. Fifteen minutes is short, so I cut the part on method.',
          'member1: Looks great. I would keep one slide on what you stopped doing: it is what people remember.',
          'member40: Good idea, I am adding it back.',
        ],
      },
    ],
  },
  {
    room: { kind: 'direct', members: ['member1', 'member10', 'member25'] },
    bursts: [
      {
        hoursAgo: 70,
        lines: [
          'member10: An idea for Sarajevo: a joint talk on getting legal services on board, from your legal sign-off thread. The three of us answered from three different angles.',
          'member25: I like it. Mine would be “what does the current form protect against?”',
          'member1: And I can tell it from the other side: what we asked, what they said, and what changed once they wrote the risks section.',
          'member10: Then I take the protocol. The call asks for ten-minute talks though, so ten minutes for the three of us.',
          'member25: Three minutes each and one for questions? Tight, but doable.',
          'member1: Let’s try. I will propose it on the meetup page, with the three of us in the description.',
        ],
      },
      {
        hoursAgo: 8,
        lines: [
          'member10: Proposed already? I do not see it yet.',
          'member1: Not yet, I wanted your OK on the title first: “Three ways to make lawyers co-authors of an experiment”.',
          'member25: Love it.',
          'member10: Perfect, go!',
        ],
      },
    ],
  },
];
