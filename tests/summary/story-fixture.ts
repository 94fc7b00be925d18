import type { FixtureArticle } from '../quote/library-fixture.js';

// An invented story told by three articles: the later ones repeat some sentences nearly word for word,
// and the articles carry a caption, a dateline, a sign-off and a sign-up prompt that no summary should use.

export const MARATHON: FixtureArticle[] = [
  {
    id: 'marathon-2',
    title: 'Record field for Lakeside marathon',
    date: '2031-05-11',
    body: `Runners cross the finish line at Lakeside Park. PHOTO: Staff

A record field of 12,000 runners finished the first Lakeside marathon on Sunday, the organisers said.

The race was won by Amara Diallo in two hours and nine minutes, a course record for the lake loop.

Mayor Elena Duarte said the marathon would return next spring with a second, shorter route for beginners.

Local hotels reported full bookings for the whole weekend, and several restaurants stayed open all night.

Follow our running channel on Telegram for the latest news.`,
  },
  {
    id: 'marathon-1',
    title: 'Lakeside marathon set for Sunday',
    date: '2031-05-09',
    body: `LAKESIDE (Staff) - The city's first marathon will start at the lake pier on Sunday morning, with 12,000 runners expected.

Organisers closed the lake road from Friday evening to let crews mark the course and set up water stations.

Mayor Elena Duarte said the marathon would return next spring with a second, shorter route for new runners.

Heavy rain is forecast for Saturday, but the weather service expects a dry and cool Sunday.

- Staff`,
  },
  {
    id: 'marathon-3',
    title: 'Marathon winner plans a return',
    body: `Amara Diallo, who won the Lakeside marathon in a course record time, said she would defend her title next year.

The race was won by Amara Diallo in two hours and nine minutes, a record for the lake loop course.

Diallo trains in the hills above the city and works as a teacher during the week.`,
  },
];
